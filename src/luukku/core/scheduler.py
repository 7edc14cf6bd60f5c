"""Regular background jobs: `luukku worker` queues each one when it falls due.

Whether a job is due is decided from the job table itself, so several workers on
several servers queue it about once per interval between them. A job running when its
worker died is taken back through its lease (`core.jobs`) and then runs again or fails,
so a running job counts as pending however long it runs.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from django.utils.module_loading import import_string
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

logger = logging.getLogger(__name__)

# (task, the setting that holds its interval in seconds; 0 turns it off)
PERIODIC_JOBS = [
    ("luukku.channels.tasks.mailboxes_fetch_task", "MAIL_FETCH_INTERVAL"),
    ("luukku.servicelevels.tasks.service_levels_check_task", "SERVICE_LEVEL_CHECK_INTERVAL"),
    ("luukku.appointments.tasks.appointment_reminders_task", "APPOINTMENT_REMINDER_INTERVAL"),
    ("luukku.insights.tasks.rollups_refresh_task", "METRICS_ROLLUP_INTERVAL"),
    ("luukku.privacy.tasks.retention_round_task", "RETENTION_INTERVAL"),
]
KEEP_SUCCESSFUL = timedelta(days=2)
KEEP_FAILED = timedelta(days=30)


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
