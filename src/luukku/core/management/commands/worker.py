import logging
import threading
import time

from django.db import close_old_connections
from django_tasks_db.management.commands.db_worker import Command as DatabaseWorkerCommand

from luukku.channels.services import submissions_prune, submissions_register_waiting
from luukku.core.scheduler import finished_jobs_prune, periodic_jobs_queue

logger = logging.getLogger(__name__)

SCHEDULER_TICK = 5  # seconds
PRUNE_EVERY = 3600  # seconds
REGISTER_TICK = 1  # seconds between looks for requests to register, when there were none


def _schedule_forever():
    last_prune = 0.0
    while True:
        try:
            close_old_connections()
            periodic_jobs_queue()
            if time.monotonic() - last_prune > PRUNE_EVERY:
                finished_jobs_prune()
                submissions_prune()
                last_prune = time.monotonic()
        except Exception:
            logger.exception("queueing the periodic jobs failed")
        finally:
            close_old_connections()
        time.sleep(SCHEDULER_TICK)


def _register_forever():
    """Make the requests taken in from the web form and Open311 cases, as they come."""
    while True:
        handled = 0
        try:
            close_old_connections()
            handled = submissions_register_waiting()
        except Exception:
            logger.exception("registering the requests taken in failed")
        finally:
            close_old_connections()
        if not handled:
            time.sleep(REGISTER_TICK)


class Command(DatabaseWorkerCommand):
    help = (
        "Run Luukku's background work: register the requests taken in from the web form "
        "and Open311, send the queued e-mail, fetch the IMAP mailboxes every "
        "MAIL_FETCH_INTERVAL seconds. Run one or more on any server."
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
        if options.get("batch"):
            while submissions_register_waiting():
                pass
        else:
            threading.Thread(target=_register_forever, name="registrar", daemon=True).start()
        super().handle(*args, **options)
