"""Background jobs of service levels, run by `luukku worker`."""

from django_tasks import task


@task()
def service_levels_check_task() -> str:
    from .services import service_levels_check

    result = service_levels_check()
    return f"{result.cases} cases checked, {result.escalations} escalations taken further"
