"""Background jobs of privacy, run by `luukku worker`."""

from django_tasks import task


@task()
def retention_round_task() -> int:
    """Apply the retention rules; returns how many records were anonymised."""
    from .retention import retention_run

    run = retention_run(dry_run=False)
    return run.cases_anonymised + run.appointments_anonymised
