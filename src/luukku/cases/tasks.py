"""Background jobs of the cases app, run by `luukku worker`."""

from django_tasks import task


@task(takes_context=True)
def outbound_mail_send(context, *, mail_id: int) -> str:
    """Send a queued mail. A job that fails on its own (a database error, not the mail
    server's refusal, which `outbound_mail_deliver` retries) fails its mail on the case, so
    that no message is left waiting for ever."""
    from .notifications import outbound_mail_abandon, outbound_mail_deliver

    *dead, current = context.task_result.worker_ids or [""]
    try:
        return outbound_mail_deliver(mail_id=mail_id, worker_id=current, dead_workers=dead)
    except Exception as error:
        outbound_mail_abandon(
            mail_id=mail_id, error=f"{error.__class__.__name__}: {error}", worker_id=current
        )
        raise
