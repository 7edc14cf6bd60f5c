"""Background jobs of appointments, run by `luukku worker`."""

from django_tasks import task


@task()
def appointment_reminders_task() -> int:
    from .services import appointment_reminders_send

    return appointment_reminders_send()


@task()
def sms_deliver_task(*, case_id: int, to: str, body: str, what: str) -> str:
    from .notifications import sms_deliver

    return sms_deliver(case_id=case_id, to=to, body=body, what=what)
