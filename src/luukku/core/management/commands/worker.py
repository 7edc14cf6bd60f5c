import logging
import threading
import time

from django.db import close_old_connections
from django_tasks_db.management.commands.db_worker import Command as DatabaseWorkerCommand

from luukku.core.scheduler import finished_jobs_prune, periodic_jobs_queue

logger = logging.getLogger(__name__)

SCHEDULER_TICK = 5  # seconds
PRUNE_EVERY = 3600  # seconds


def _schedule_forever():
    last_prune = 0.0
    while True:
        try:
            close_old_connections()
            periodic_jobs_queue()
            if time.monotonic() - last_prune > PRUNE_EVERY:
                finished_jobs_prune()
                last_prune = time.monotonic()
        except Exception:
            logger.exception("queueing the periodic jobs failed")
        finally:
            close_old_connections()
        time.sleep(SCHEDULER_TICK)


class Command(DatabaseWorkerCommand):
    help = (
        "Run Luukku's background work: send the queued e-mail, and fetch the IMAP mailboxes "
        "every MAIL_FETCH_INTERVAL seconds. Run one or more on any server."
    )

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.set_defaults(reload=False, queue_name="*")
        parser.add_argument(
            "--no-schedule",
            action="store_false",
            dest="schedule",
            help="only run queued jobs; do not queue the periodic ones",
        )

    def handle(self, *args, schedule: bool = True, **options):
        if schedule and not options.get("batch"):
            threading.Thread(target=_schedule_forever, name="scheduler", daemon=True).start()
        super().handle(*args, **options)
