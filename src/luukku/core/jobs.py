"""Leases on background jobs, so that no job is lost when its worker dies.

`django-tasks`' database worker marks a job *running* when it takes it and *successful* or
*failed* when it ends; a worker killed in between (a crash, `kill -9`, a server lost) left
the job running for ever. Here a worker that takes a job also takes a lease on it (its
worker id and a deadline `JOB_LEASE_SECONDS` ahead) and renews it while the job runs. A
running job whose lease ran out is taken again by the next worker; each take is an attempt
(the job's `worker_ids`), and after `JOB_ATTEMPTS` the job fails visibly: marked failed with
the reason, and the task's own give-up step run (a message to a customer is shown on its
case as failed, with "send again").

A job may therefore run more than once: jobs are written to be safe to run again.
"""

import logging
import sys
import time
from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.module_loading import import_string
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from .models import JobLease

logger = logging.getLogger(__name__)

# What to do when a job of a task is given up (its keyword arguments are passed on).
GIVE_UP_STEPS = {
    "luukku.cases.tasks.outbound_mail_send": "luukku.cases.notifications.outbound_mail_abandon",
}


class LeaseExpired(Exception):
    """Recorded on a job given up because its workers kept stopping while running it."""


def lease_length() -> timedelta:
    return timedelta(seconds=settings.JOB_LEASE_SECONDS)


def job_lease_take(*, job: DBTaskResult, worker_id: str, now: datetime | None = None) -> None:
    """Hold `job` for `worker_id` until a lease's length from now (the job is running)."""
    expires_at = (now or timezone.now()) + lease_length()
    JobLease.objects.update_or_create(
        job=job, defaults={"worker_id": worker_id, "expires_at": expires_at}
    )


def job_lease_renew(*, job_id, worker_id: str, now: datetime | None = None) -> bool:
    """Push the lease on a job this worker still holds a lease's length ahead; False when
    the lease is no longer this worker's (it ran out and another worker took the job)."""
    expires_at = (now or timezone.now()) + lease_length()
    return bool(
        JobLease.objects.filter(job_id=job_id, worker_id=worker_id).update(expires_at=expires_at)
    )


def job_lease_release(*, job_id, worker_id: str) -> None:
    JobLease.objects.filter(job_id=job_id, worker_id=worker_id).delete()


def _expired(now: datetime):
    """Running jobs whose lease ran out; a job taken without a lease (by a worker of an
    earlier version, or killed before it wrote one) holds it from when it was started."""
    return DBTaskResult.objects.filter(status=TaskResultStatus.RUNNING).filter(
        Q(lease__expires_at__lte=now) | Q(lease__isnull=True, started_at__lte=now - lease_length())
    )


def expired_jobs_recover(*, now: datetime | None = None, limit: int = 100) -> dict[str, int]:
    """Take back the running jobs whose workers died: ready to run again, or failed for good
    after their last attempt (with the task's give-up step). Safe in several workers at once:
    each job is changed under a row lock by one of them."""
    now = now or timezone.now()
    counts = {"retried": 0, "failed": 0}
    for job_id in list(_expired(now).values_list("pk", flat=True)[:limit]):
        with transaction.atomic():
            job = (
                _expired(now)
                .select_for_update(skip_locked=True, of=("self",))
                .filter(pk=job_id)
                .first()
            )
            if job is None:
                continue  # finished meanwhile, or another worker is taking it back
            lease = JobLease.objects.filter(job=job).first()
            holder = lease.worker_id if lease else (job.worker_ids or ["?"])[-1]
            attempts = len(job.worker_ids)
            JobLease.objects.filter(job=job).delete()
            if attempts < settings.JOB_ATTEMPTS:
                job.status = TaskResultStatus.READY
                job.save(update_fields=["status"])
                counts["retried"] += 1
                logger.warning(
                    "job %s (%s): worker %s stopped during attempt %d; it runs again",
                    job.pk,
                    job.task_path,
                    holder,
                    attempts,
                )
                continue
            job.set_failed(
                LeaseExpired(
                    f"the worker stopped while running the job, {attempts} times "
                    f"(the last one, {holder}, held it until {_moment(lease, job)})"
                )
            )
            counts["failed"] += 1
            logger.error("job %s (%s) given up after %d attempts", job.pk, job.task_path, attempts)
            step = GIVE_UP_STEPS.get(job.task_path)
            if step:
                import_string(step)(**job.args_kwargs["kwargs"])
    return counts


def _moment(lease: JobLease | None, job: DBTaskResult) -> str:
    moment = lease.expires_at if lease else job.started_at + lease_length()
    return moment.isoformat(timespec="seconds")


def worker_checkpoint(step: str) -> None:
    """A named step of a job's life. Only the worker-kill tests use it: with
    `LUUKKU_WORKER_PAUSE_AT=<step>` the worker says so on stderr and waits there for ever,
    to be killed (`core/tests/test_worker_kill.py`). Otherwise it does nothing."""
    if step != settings.WORKER_PAUSE_AT:
        return
    sys.stderr.write(f"luukku worker paused at {step}\n")
    sys.stderr.flush()
    while True:
        time.sleep(60)
