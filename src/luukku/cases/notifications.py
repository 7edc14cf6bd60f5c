"""Messages to the customer about their case: the acknowledgement and replies.

Sent through Django's mail backend after the transaction commits, so that a mail
failure never loses the case; the outcome is written on the timeline.
"""

import logging
from email.utils import parseaddr

from django.conf import settings
from django.core.mail import EmailMessage
from django.core.mail.message import make_msgid
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
    message_id = make_msgid(domain=_mail_domain())
    headers = {"Message-ID": message_id}
    if kind == "acknowledgement":
        # RFC 3834: mark it automatic, so that auto-replies do not answer it.
        headers["Auto-Submitted"] = "auto-replied"
    thread = _thread_ids(case)
    if thread:
        headers["In-Reply-To"] = thread[-1]
        headers["References"] = " ".join(thread[-10:])
    message = EmailMessage(
        subject=subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[recipient],
        reply_to=[settings.DEFAULT_FROM_EMAIL],
        headers=headers,
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
        case=case,
        kind=CaseEvent.Kind.NOTIFICATION,
        data=data,
        at=timezone.now(),
        external_id=message_id.strip("<>"),
    )
    return data["status"]


def _mail_domain() -> str:
    return parseaddr(settings.DEFAULT_FROM_EMAIL)[1].rpartition("@")[2] or "luukku.invalid"


def _thread_ids(case: Case) -> list[str]:
    """The Message-IDs of the case's e-mails so far, oldest first, so that replies thread."""
    ids = (
        case.events.exclude(external_id="")
        .filter(kind__in=[CaseEvent.Kind.MESSAGE_IN, CaseEvent.Kind.NOTIFICATION])
        .order_by("at", "pk")
        .values_list("external_id", flat=True)
    )
    return [f"<{value}>" for value in ids if not value.startswith("sha256:")]


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
