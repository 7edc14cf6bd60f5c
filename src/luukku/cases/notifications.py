"""Messages to the customer about their case: the acknowledgement and replies.

Sent through Django's mail backend after the transaction commits, so that a mail
failure never loses the case; the outcome is written on the timeline.
"""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import timezone, translation

from .models import Case, CaseEvent

logger = logging.getLogger(__name__)


def case_private_url(case: Case) -> str:
    with translation.override(case.language):
        from django.urls import reverse

        return settings.SITE_URL + reverse("public:case_status", kwargs={"token": case.token})


def _send(case: Case, *, kind: str, subject: str, body: str, reply_to_event: int | None = None):
    recipient = case.customer.email if case.customer_id else ""
    if not recipient:
        return None
    message = EmailMessage(
        subject=subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[recipient],
        reply_to=[settings.DEFAULT_FROM_EMAIL],
    )
    data = {"type": kind, "to": recipient}
    if reply_to_event:
        data["event"] = reply_to_event
    try:
        message.send()
        data["status"] = "sent"
    except Exception as error:
        logger.exception("sending %s for case %s failed", kind, case.reference)
        data.update(status="failed", error=str(error)[:300])
    CaseEvent.objects.create(
        case=case, kind=CaseEvent.Kind.NOTIFICATION, data=data, at=timezone.now()
    )
    return data["status"]


def acknowledgement_send(*, case_id: int):
    """The automatic acknowledgement that states the reference and the expected reply time."""
    case = Case.objects.select_related("service", "customer").get(pk=case_id)
    with translation.override(case.language):
        context = {
            "case": case,
            "url": case_private_url(case),
            "due": timezone.localtime(case.due_at) if case.due_at else None,
            "centre": settings.SERVICE_CENTRE_NAME,
        }
        subject = render_to_string("cases/mail/acknowledgement_subject.txt", context).strip()
        body = render_to_string("cases/mail/acknowledgement.txt", context)
    return _send(case, kind="acknowledgement", subject=subject, body=body)


def reply_send(*, event_id: int):
    """Send a reply written on the case, signed with the handler's name and role."""
    event = CaseEvent.objects.select_related("case__customer", "case__service", "author").get(
        pk=event_id
    )
    case = event.case
    with translation.override(case.language):
        context = {
            "case": case,
            "event": event,
            "url": case_private_url(case),
            "centre": settings.SERVICE_CENTRE_NAME,
        }
        subject = render_to_string("cases/mail/reply_subject.txt", context).strip()
        body = render_to_string("cases/mail/reply.txt", context)
    return _send(case, kind="reply", subject=subject, body=body, reply_to_event=event.pk)
