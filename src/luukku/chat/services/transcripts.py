"""The transcript of an ended chat, e-mailed to the citizen (docs/chat.md)."""

import datetime as dt

from django.core.exceptions import ValidationError
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from luukku.cases.events import event_details_changed
from luukku.cases.models import CaseEvent, OutboundMail
from luukku.cases.notifications import case_private_url, mail_queue
from luukku.core.locks import in_transaction, row_lock
from luukku.core.site import service_centre_name
from luukku.customers.services import contact_clean

from ..models import ChatSession


def transcript_lines(session: ChatSession) -> list[dict]:
    """The chat's messages in order: when, who (the citizen, or the agent's first name and
    title in the chat's language) and what."""
    events = (
        session.case.events.filter(
            kind__in=[CaseEvent.Kind.MESSAGE_IN, CaseEvent.Kind.MESSAGE_OUT],
            data__chat=session.pk,
        )
        .select_related("author")
        .order_by("at", "pk")
    )
    lines = []
    with translation.override(session.language):
        for event in events:
            if event.author is None:
                who = session.name or _("You")
            else:
                who = event.author.first_name or event.author.username
                if event.author.title:
                    who = f"{who}, {event.author.title}"
            lines.append({"at": timezone.localtime(event.at), "who": who, "body": event.body})
    return lines


@in_transaction
def chat_transcript_send(
    *, session: ChatSession, email: str = "", now: dt.datetime | None = None
) -> OutboundMail:
    """Queue the transcript of an ended chat to the address the citizen gave: the one given
    when the chat started, or, when none was, the one given now (it becomes the case's
    address for this contact). Once per chat."""
    session = row_lock(session)
    if session.is_live:
        raise ValidationError({"email": _("The transcript can be sent once the chat has ended.")})
    case = row_lock(session.case)
    if case.outbound_mail.filter(kind=OutboundMail.Kind.TRANSCRIPT).exists():
        raise ValidationError({"email": _("The transcript has already been sent.")})
    if not case.contact_email:
        given = contact_clean(email=email)["email"] if (email or "").strip() else ""
        if not given:
            raise ValidationError({"email": _("Give the e-mail address for the transcript.")})
        event_details_changed(case, actor=None, contact_email=[case.contact_email, given])
        case.contact_email = given
        case.save(update_fields=["contact_email"])
    with translation.override(session.language):
        context = {
            "session": session,
            "case": case,
            "lines": transcript_lines(session),
            "url": case_private_url(case),
            "centre": service_centre_name(session.language),
        }
        subject = render_to_string("chat/mail/transcript_subject.txt", context).strip()
        body = render_to_string("chat/mail/transcript.txt", context)
    mail = mail_queue(case, kind=OutboundMail.Kind.TRANSCRIPT, subject=subject, body=body)
    return mail
