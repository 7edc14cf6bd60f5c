"""Regular background jobs: `luukku worker` queues each one when it falls due.

Whether a job is due is decided from the job table itself, so several workers on
several servers queue it about once per interval between them. A job running when its
worker died is taken back through its lease (`core.jobs`) and then runs again or fails,
so a running job counts as pending however long it runs.

`core` sits below every app, so it names none of them: each app registers its own periodic
jobs, and the work the worker takes as it comes or prunes every hour, in its
`AppConfig.ready()` (`periodic_job_register`, `waiting_work_register`, `prune_register`).
"""

import logging
from collections.abc import Callable
from datetime import timedelta

from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from django.utils.module_loading import import_string
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

logger = logging.getLogger(__name__)

# (task, the setting that holds its interval in seconds; 0 turns it off), as registered
PERIODIC_JOBS: list[tuple[str, str]] = []
# Functions the worker calls again and again in a thread of its own; each takes the work
# waiting for it and returns how much it handled (0: the worker pauses a moment).
WAITING_WORK: list[Callable[[], int]] = []
# Functions the worker calls once an hour to forget what is no longer needed.
PRUNES: list[Callable[[], object]] = []
KEEP_SUCCESSFUL = timedelta(days=2)
KEEP_FAILED = timedelta(days=30)


def periodic_job_register(task_path: str, setting: str) -> None:
    """Have the worker queue the task at `task_path` every `setting` seconds (an app's
    `AppConfig.ready()` calls this; registering the same job twice keeps one)."""
    if (task_path, setting) not in PERIODIC_JOBS:
        PERIODIC_JOBS.append((task_path, setting))


def waiting_work_register(take: Callable[[], int]) -> None:
    """Have the worker call `take` continuously (it returns how much work it handled)."""
    if take not in WAITING_WORK:
        WAITING_WORK.append(take)


def prune_register(prune: Callable[[], object]) -> None:
    """Have the worker call `prune` once an hour."""
    if prune not in PRUNES:
        PRUNES.append(prune)


def waiting_work_take() -> int:
    """Take the waiting work of every app that registered some; how much was handled."""
    return sum(take() for take in WAITING_WORK)


def registered_prunes_run() -> None:
    """Prune what every app registered, after the finished jobs."""
    finished_jobs_prune()
    for prune in PRUNES:
        prune()


def periodic_jobs_queue() -> list[str]:
    """Queue each periodic job that is due; returns the paths of those queued."""
    now = timezone.now()
    queued = []
    for path, setting in PERIODIC_JOBS:
        interval = getattr(settings, setting)
        if interval <= 0:
            continue
        task = import_string(path)
        pending = DBTaskResult.objects.filter(task_path=task.module_path).filter(
            Q(status__in=[TaskResultStatus.READY, TaskResultStatus.RUNNING])
            | Q(enqueued_at__gt=now - timedelta(seconds=interval))
        )
        if not pending.exists():
            task.enqueue()
            queued.append(path)
    return queued


def finished_jobs_prune() -> int:
    """Forget finished jobs: successful ones after two days, failed ones after a month."""
    now = timezone.now()
    deleted, _ = DBTaskResult.objects.filter(
        Q(status=TaskResultStatus.SUCCESSFUL, finished_at__lt=now - KEEP_SUCCESSFUL)
        | Q(status=TaskResultStatus.FAILED, finished_at__lt=now - KEEP_FAILED)
    ).delete()
    return deleted
