"""Background jobs of the channels app, run by `luukku worker`."""

from django_tasks import task


@task()
def mailboxes_fetch_task() -> dict[str, int]:
    from .services import mailboxes_fetch

    return {address: result.taken for address, result in mailboxes_fetch().items()}
