"""Background jobs of the cases app, run by `luukku worker`."""

from django_tasks import task


@task(takes_context=True)
def outbound_mail_send(context, *, mail_id: int) -> str:
    from .notifications import outbound_mail_deliver

    worker_ids = context.task_result.worker_ids
    return outbound_mail_deliver(mail_id=mail_id, worker_id=worker_ids[-1] if worker_ids else "")
