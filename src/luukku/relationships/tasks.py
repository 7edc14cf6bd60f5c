"""Background jobs of relationships, run by `luukku worker`."""

from django_tasks import task


@task()
def plan_reminders_task() -> int:
    from .services import plan_reminders_send

    return plan_reminders_send()
