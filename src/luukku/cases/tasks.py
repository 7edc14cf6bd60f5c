"""Background jobs of the cases app, run by `luukku worker`."""

from django_tasks import task


@task()
def outbound_mail_send(*, mail_id: int) -> str:
    from .notifications import outbound_mail_deliver

    return outbound_mail_deliver(mail_id=mail_id)
