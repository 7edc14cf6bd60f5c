"""The worker's tasks of sales and payments."""

from django_tasks import task


@task()
def online_late_refunds_task() -> int:
    from .services.online_late import online_late_refunds_run

    return online_late_refunds_run()
