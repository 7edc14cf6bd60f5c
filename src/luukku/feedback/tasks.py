"""Background jobs of the feedback app, run by `luukku worker`."""

from django_tasks import task


@task()
def surveys_send_due_task() -> int:
    from .surveys import surveys_send_due

    return surveys_send_due()
