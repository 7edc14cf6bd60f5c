import logging
import threading
import time

from django.conf import settings
from django.db import close_old_connections
from django_tasks_db.management.commands.db_worker import Command as DatabaseWorkerCommand
from django_tasks_db.management.commands.db_worker import Worker

from luukku.core.jobs import (
    expired_jobs_recover,
    job_lease_release,
    job_lease_renew,
    job_lease_take,
    worker_checkpoint,
)
from luukku.core.scheduler import periodic_jobs_queue, registered_prunes_run, waiting_work_take

logger = logging.getLogger(__name__)

SCHEDULER_TICK = 5  # seconds
PRUNE_EVERY = 3600  # seconds
REGISTER_TICK = 1  # seconds between looks for requests to register, when there were none
LEASE_TICK = 5  # seconds between looks for jobs whose worker died


def _schedule_forever():
    last_prune = 0.0
    while True:
        try:
            close_old_connections()
            periodic_jobs_queue()
            if time.monotonic() - last_prune > PRUNE_EVERY:
                registered_prunes_run()
                last_prune = time.monotonic()
        except Exception:
            logger.exception("queueing the periodic jobs failed")
        finally:
            close_old_connections()
        time.sleep(SCHEDULER_TICK)


def _register_forever():
    """Take the work the apps registered as it comes (`core.scheduler.WAITING_WORK`): the
    requests taken in from the web form and Open311 are made cases."""
    while True:
        handled = 0
        try:
            close_old_connections()
            handled = waiting_work_take()
        except Exception:
            logger.exception("registering the requests taken in failed")
        finally:
            close_old_connections()
        if not handled:
            time.sleep(REGISTER_TICK)


class LeasedWorker(Worker):
    """django-tasks' database worker, holding each job it runs on a lease (`core.jobs`)."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.current_job = None

    def run_task(self, db_task_result) -> None:
        job_lease_take(job=db_task_result, worker_id=self.worker_id)
        self.current_job = db_task_result.pk
        try:
            worker_checkpoint("taken")
            super().run_task(db_task_result)
        finally:
            self.current_job = None
            job_lease_release(job_id=db_task_result.pk, worker_id=self.worker_id)

    def keep_leases(self) -> None:
        """In a thread of its own: renew the lease on the job this worker runs a third of a
        lease before it would run out, and take back the jobs of workers that died."""
        renew_every = settings.JOB_LEASE_SECONDS / 3
        renewed = (None, time.monotonic())
        while True:
            try:
                close_old_connections()
                job = self.current_job
                if job is not None and renewed[0] != job:
                    renewed = (job, time.monotonic())
                elif job is not None and time.monotonic() - renewed[1] >= renew_every:
                    if not job_lease_renew(job_id=job, worker_id=self.worker_id):
                        logger.error("the lease on job %s was lost: another worker took it", job)
                    renewed = (job, time.monotonic())
                expired_jobs_recover()
            except Exception:
                logger.exception("keeping the jobs' leases failed")
            finally:
                close_old_connections()
            time.sleep(min(LEASE_TICK, renew_every))


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
        self.configure_logging(options["verbosity"])
        if options["reload"]:
            logger.warning("luukku worker does not reload on code changes; restart it.")
        batch = options["batch"]
        # Jobs whose workers died are taken back first, so that even a `--batch` run
        # finishes what a dead worker left.
        expired_jobs_recover()
        if schedule and not batch:
            threading.Thread(target=_schedule_forever, name="scheduler", daemon=True).start()
        if batch:
            while waiting_work_take():
                pass
        else:
            threading.Thread(target=_register_forever, name="registrar", daemon=True).start()
        queues = options["queue_name"].split(",")
        excluded = options["exclude_queues"].split(",") if options["exclude_queues"] else []
        worker = LeasedWorker(
            queue_names=queues,
            interval=options["interval"],
            batch=batch,
            backend_name=options["backend_name"],
            startup_delay=options["startup_delay"],
            max_tasks=options["max_tasks"],
            worker_id=options["worker_id"],
            excluded_queue_names=excluded,
        )
        threading.Thread(target=worker.keep_leases, name="leases", daemon=True).start()
        worker.configure_signals()
        worker.run()
