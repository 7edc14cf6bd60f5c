"""Background jobs of the registrations, run by `luukku worker`."""

from django_tasks import task


@task()
def registrations_expire_task() -> int:
    from .services.registration_changes import registrations_expire

    return registrations_expire()
