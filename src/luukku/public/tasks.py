"""Background jobs of the citizen pages, run by `luukku worker`."""

from django_tasks import task


@task()
def private_link_send(*, reference: str, email: str) -> str:
    from .services import private_link_send as send

    return send(reference=reference, email=email)
