"""“Tell me when it's fixed” (docs/relationships.md): a citizen asks on their request's page
to be told, by e-mail or text message, when the case is resolved; the notice goes once, in
the case's language, even if the case is reopened and resolved again.

Every change of a request is made under the case's lock (the status change that sends the
notice holds it too), so that a notice is neither sent twice nor sent after a cancellation.
"""

import datetime as dt
import logging

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from luukku.cases.models import Case, OutboundMail, Status
from luukku.cases.notifications import case_private_url, mail_queue
from luukku.core.locks import in_transaction, row_lock
from luukku.core.site import service_centre_name
from luukku.customers.services import normalise_phone

from .models import ResolvedNoticeRequest

logger = logging.getLogger(__name__)

FINISHED = (Status.RESOLVED, Status.CLOSED)
Channel = ResolvedNoticeRequest.Channel


def resolved_notice_of(case: Case) -> ResolvedNoticeRequest | None:
    """The case's request to be told, if one was made (cancelled or sent ones too)."""
    return ResolvedNoticeRequest.objects.filter(case=case).first()


def _recipient_clean(case: Case, *, channel: str, email: str, phone: str) -> str:
    if channel == Channel.EMAIL:
        address = email.strip() or case.contact_email
        if not address:
            raise ValidationError({"email": _("Give the e-mail address to send the notice to.")})
        try:
            validate_email(address)
        except ValidationError as error:
            raise ValidationError({"email": _("Enter a valid e-mail address.")}) from error
        return address
    if channel == Channel.SMS:
        if not phone.strip():
            raise ValidationError({"phone": _("Give the phone number to send the notice to.")})
        return normalise_phone(phone)
    raise ValidationError({"channel": _("Choose e-mail or text message.")})


@in_transaction
def resolved_notice_request(
    *, case: Case, channel: str, email: str = "", phone: str = "", now: dt.datetime | None = None
) -> ResolvedNoticeRequest:
    """Ask to be told when `case` is resolved: by e-mail to `email` (the case's own address
    when empty) or by text message to `phone`. Asking again changes where it goes. A
    ValidationError (nothing changed) for a bad address, a case already resolved, or a
    notice already sent."""
    now = now or timezone.now()
    case = row_lock(case)
    recipient = _recipient_clean(case, channel=channel, email=email, phone=phone)
    if case.status in FINISHED:
        raise ValidationError(_("The request has already been resolved."))
    found = resolved_notice_of(case)
    if found is not None and found.sent_at is not None:
        raise ValidationError(_("You have already been told that this request was resolved."))
    found = found or ResolvedNoticeRequest(case=case)
    found.channel, found.recipient, found.language = channel, recipient, case.language
    found.created_at, found.cancelled_at = now, None
    found.save()
    return found


@in_transaction
def resolved_notice_cancel(*, case: Case, now: dt.datetime | None = None) -> bool:
    """Cancel the case's request to be told; whether there was one waiting."""
    now = now or timezone.now()
    case = row_lock(case)
    found = resolved_notice_of(case)
    if found is None or not found.is_active:
        return False
    found.cancelled_at = now
    found.save(update_fields=["cancelled_at"])
    return True


def resolved_notice_on_status(*, case: Case, old: str, new: str, actor, at) -> None:
    """The status hook (cases.registry): a case resolved sends its waiting notice, once.
    Runs in the status change's transaction, under the case's lock."""
    if new != Status.RESOLVED:
        return
    found = ResolvedNoticeRequest.objects.filter(
        case=case, cancelled_at__isnull=True, sent_at__isnull=True
    ).first()
    if found is None:
        return
    with translation.override(case.language):
        context = {
            "case": case,
            "url": case_private_url(case),
            "centre": service_centre_name(case.language),
        }
        subject = render_to_string("relationships/mail/resolved_subject.txt", context).strip()
        body = render_to_string("relationships/mail/resolved.txt", context)
        sms = render_to_string("relationships/mail/resolved_sms.txt", context).strip()
    found.sent_at = at
    if found.channel == Channel.EMAIL:
        mail = mail_queue(
            case,
            kind=OutboundMail.Kind.RESOLVED_NOTICE,
            subject=subject,
            body=body,
            recipient=found.recipient,
        )
        found.mail_id = mail.pk if mail else None
    else:
        from .tasks import resolved_sms_deliver

        case_id, to = case.pk, found.recipient
        transaction.on_commit(
            lambda: resolved_sms_deliver.enqueue(case_id=case_id, to=to, body=sms)
        )
    found.save(update_fields=["sent_at", "mail_id"])
    logger.info("resolved notice of case %s queued by %s", case.pk, found.channel)


def resolved_sms_deliver(*, case_id: int, to: str, body: str) -> str:
    """Send the notice's text message and write the outcome on the case's timeline."""
    from luukku.cases.events import event_text_message_outcome
    from luukku.core.sms import sms_send

    case = Case.objects.get(pk=case_id)
    try:
        sms_send(to=to, body=body)
    except Exception as error:  # the gateway's own errors, whatever they are
        event = event_text_message_outcome(case, what="resolved_notice", to=to, error=str(error))
    else:
        event = event_text_message_outcome(case, what="resolved_notice", to=to)
    return event.data["status"]
