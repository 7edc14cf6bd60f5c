"""Background jobs of relationships, run by `luukku worker`.

Background jobs of the relationships app, run by `luukku worker`."""

from django_tasks import task


@task()
def plan_reminders_task() -> int:
    from .services import plan_reminders_send

    return plan_reminders_send()


@task()
def sign_in_link_send(*, email: str, language: str) -> str:
    from .own_page import sign_in_link_send as send

    return send(email=email, language=language)


@task()
def resolved_sms_deliver(*, case_id: int, to: str, body: str) -> str:
    from .resolved_notices import resolved_sms_deliver as deliver

    return deliver(case_id=case_id, to=to, body=body)
