"""E-mail in: a message parsed, threaded to its case or made a new one, or quarantined."""

import hashlib
from email.utils import parseaddr

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import IntegrityError
from django.utils.translation import gettext as _

from luukku.cases.events import event_mail_bounced, message_details
from luukku.cases.merges import case_surviving
from luukku.cases.models import Case, CaseEvent, Channel, OutboundMail, Status
from luukku.cases.notifications import acknowledgement_queue, mail_bounced
from luukku.cases.services import (
    REFERENCE_FORMAT,
    attachments_validate,
    case_create,
    case_customer_message,
)
from luukku.core.locks import write_transaction
from luukku.customers.services import (
    contact_clean,
    customer_for_contact,
    customer_mark_email_failing,
)
from luukku.organisation.models import User
from luukku.privacy.services import access_log_record

from ..mail_parsing import MailParseError, ParsedMail, mail_parse
from ..models import InboundMessage, Mailbox


def _quarantine(*, raw: bytes, message_id: str, error: str, mailbox=None, parsed=None):
    inbound, _created = InboundMessage.objects.get_or_create(
        message_id=message_id,
        defaults={
            "raw": raw,
            "mailbox": mailbox,
            "status": InboundMessage.Status.QUARANTINED,
            "error": error[:2000],
            "sender": parsed.sender[:320] if parsed else "",
            "subject": parsed.subject[:300] if parsed else "",
        },
    )
    return inbound


def _own_addresses() -> set[str]:
    addresses = set(Mailbox.objects.values_list("address", flat=True))
    addresses.add(parseaddr(settings.DEFAULT_FROM_EMAIL)[1])
    return {address.lower() for address in addresses if address}


def _mailbox_for(parsed: ParsedMail) -> Mailbox:
    mailboxes = Mailbox.objects.filter(is_active=True).select_related("default_service")
    for mailbox in mailboxes:
        if mailbox.address.lower() in parsed.recipients:
            return mailbox
    mailbox = mailboxes.order_by("pk").first()
    if mailbox is None:
        raise ValidationError(_("No mailbox is configured to take in e-mail."))
    return mailbox


def _thread_case(parsed: ParsedMail) -> Case | None:
    """The case a reply belongs to: the case its subject's reference or a message it answers
    names, or the case that was merged into since, if it is the same customer's (a reply to
    another customer's case would go to them)."""
    case = _named_case(parsed)
    return None if case is None else case_surviving(case=case, same_customer_only=True)


def _named_case(parsed: ParsedMail) -> Case | None:
    """The case a reply names: its reference in the subject, or a message it answers."""
    match = REFERENCE_FORMAT.search(parsed.subject)
    if match:
        case = Case.objects.filter(reference=match.group(0).upper()).first()
        if case is not None:
            return case
    ids = [value for value in (parsed.in_reply_to, *reversed(parsed.references)) if value]
    if ids:
        event = (
            CaseEvent.objects.filter(external_id__in=ids).select_related("case").order_by("-at")
        ).first()
        if event is not None:
            return event.case
        sent = OutboundMail.objects.filter(message_id__in=ids).select_related("case").first()
        if sent is not None:
            return sent.case
    return None


def _mail_files(parsed: ParsedMail) -> tuple[list[ContentFile], list[str]]:
    """The attachments the case may keep, and the names of those refused (type or size)."""
    kept, refused = [], []
    for attachment in parsed.attachments:
        file = ContentFile(attachment.content, name=attachment.filename)
        try:
            attachments_validate([file])
        except ValidationError:
            refused.append(attachment.filename)
        else:
            kept.append(file)
    if len(kept) > settings.ATTACHMENT_MAX_COUNT:
        refused += [file.name for file in kept[settings.ATTACHMENT_MAX_COUNT :]]
        kept = kept[: settings.ATTACHMENT_MAX_COUNT]
    return kept, refused


def _record_processed(*, parsed: ParsedMail, raw: bytes, mailbox: Mailbox, case, event):
    """Keep the whole message, linked to the case and the timeline event it became."""
    return InboundMessage.objects.create(
        message_id=parsed.message_id,
        mailbox=mailbox,
        raw=raw,
        sender=parsed.sender[:320],
        subject=parsed.subject[:300],
        status=InboundMessage.Status.PROCESSED,
        case=case,
        event=event,
    )


def _deliver(*, parsed: ParsedMail, raw: bytes, mailbox: Mailbox) -> InboundMessage:
    files, refused = _mail_files(parsed)
    details = message_details(
        subject=parsed.subject, sender=parsed.sender, refused_attachments=refused
    )
    body = parsed.reply_text or parsed.subject or "—"
    case = _thread_case(parsed)
    if case is not None and case.status != Status.CLOSED:
        event = case_customer_message(
            case=case, body=body, files=files, external_id=parsed.message_id, message_data=details
        )
    else:
        first, _space, last = parsed.sender_name.partition(" ")
        contact = contact_clean(email=parsed.sender, first_name=first, last_name=last)
        customer = customer_for_contact(**contact, context="mail_receive")
        case = case_create(
            service=mailbox.default_service,
            channel=Channel.EMAIL,
            subject=parsed.subject or _("(no subject)"),
            body=body,
            customer=customer,
            contact_email=contact["email"],
            contact_phone="",
            language=customer.preferred_language if customer else "fi",
            files=files,
            context="mail_receive",
            external_id=parsed.message_id,
            message_data=details,
        )
        event = case.events.get(kind=CaseEvent.Kind.MESSAGE_IN)
        if not parsed.auto_submitted:
            acknowledgement_queue(case=case)
    return _record_processed(parsed=parsed, raw=raw, mailbox=mailbox, case=case, event=event)


def _deliver_bounce(*, parsed: ParsedMail, raw: bytes, mailbox: Mailbox) -> InboundMessage | None:
    """A bounce joins the case whose mail failed and marks the address as failing."""
    sent = (
        OutboundMail.objects.filter(message_id=parsed.bounced_message_id)
        .select_related("case__customer")
        .first()
        if parsed.bounced_message_id
        else None
    )
    if sent is None:
        return None
    if sent.case_id is None:  # an announcement or a sign-in link: its app handles it
        mail_bounced(mail=sent, recipients=list(parsed.bounced_recipients) or [sent.recipient])
        return _record_processed(parsed=parsed, raw=raw, mailbox=mailbox, case=None, event=None)
    case = sent.case
    failed = ", ".join(parsed.bounced_recipients) or sent.recipient
    event = event_mail_bounced(
        case,
        body=_("E-mail to %(address)s could not be delivered.") % {"address": failed},
        recipients=list(parsed.bounced_recipients),
        message_id=parsed.bounced_message_id,
    )
    if (
        case.customer_id
        and case.customer.email
        and case.customer.email.lower() in {r.lower() for r in parsed.bounced_recipients}
    ):
        customer_mark_email_failing(customer=case.customer, context="mail_bounce")
    return _record_processed(parsed=parsed, raw=raw, mailbox=mailbox, case=case, event=event)


def mail_receive(*, raw: bytes, mailbox: Mailbox | None = None) -> InboundMessage:
    """Take in one e-mail: thread it to its case or open a new one.

    Idempotent: the same Message-ID (or, without one, the same bytes) is taken in once.
    Mail that cannot be read, or that has nowhere to go, is kept raw in quarantine for
    staff to see and retry; nothing is dropped.
    """
    try:
        parsed = mail_parse(raw)
    except MailParseError as error:
        return _quarantine(
            raw=raw,
            message_id="sha256:" + hashlib.sha256(raw).hexdigest(),
            error=str(error),
            mailbox=mailbox,
        )
    existing = InboundMessage.objects.filter(message_id=parsed.message_id).first()
    if existing is not None and existing.status == InboundMessage.Status.PROCESSED:
        return existing
    try:
        with write_transaction(savepoint=True):  # each message rolls back on its own
            if existing is not None:
                InboundMessage.objects.filter(pk=existing.pk).delete()
            target = mailbox or _mailbox_for(parsed)
            if parsed.sender in _own_addresses():
                raise ValidationError(_("The message came from the service centre's own address."))
            if parsed.bounce:
                inbound = _deliver_bounce(parsed=parsed, raw=raw, mailbox=target)
                if inbound is None:
                    raise ValidationError(
                        _("A delivery failure for mail that Luukku did not send.")
                    )
                return inbound
            return _deliver(parsed=parsed, raw=raw, mailbox=target)
    except IntegrityError:
        # The same message taken in at the same moment by another worker.
        inbound = InboundMessage.objects.filter(message_id=parsed.message_id).first()
        if inbound is None:
            raise
        return inbound
    except ValidationError as error:
        return _quarantine(
            raw=raw,
            message_id=parsed.message_id,
            error="; ".join(error.messages),
            mailbox=mailbox,
            parsed=parsed,
        )


def mail_retry(*, message: InboundMessage, actor: User) -> InboundMessage:
    """Take a quarantined message in again, after its fault (e.g. no mailbox) is fixed."""
    if message.status != InboundMessage.Status.QUARANTINED:
        raise ValidationError(_("Only quarantined messages can be retried."))
    access_log_record(actor=actor, action="change", context=f"quarantine_retry:{message.pk}")
    return mail_receive(raw=bytes(message.raw), mailbox=message.mailbox)
