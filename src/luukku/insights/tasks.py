"""Background jobs of metrics, run by `luukku worker`."""

from django_tasks import task


@task()
def rollups_refresh_task() -> int:
    from .services import rollups_refresh

    return rollups_refresh()
