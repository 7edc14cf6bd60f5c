"""Background jobs of the key register, run by `luukku worker`."""

from django_tasks import task


@task()
def key_reminders_task() -> int:
    from .services.reminders import key_reminders_send

    return key_reminders_send()
