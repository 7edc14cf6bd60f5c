"""Background jobs of the walk-in queue, run by `luukku worker`."""

from django_tasks import task


@task()
def tickets_notify_nearly_task() -> int:
    from .services.notifications import tickets_notify_nearly

    return tickets_notify_nearly()
