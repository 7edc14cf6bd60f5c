"""Adapters that turn a contact from a channel into a case through `cases.services`."""

import contextlib
import hashlib
import logging
import re
import ssl
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from email.utils import parseaddr

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
from django.core.validators import MaxLengthValidator, ProhibitNullCharactersValidator
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from imapclient import SEEN, IMAPClient
from imapclient.exceptions import IMAPClientError

from luukku.cases.models import Case, CaseEvent, Channel, OutboundMail, Status
from luukku.cases.notifications import acknowledgement_queue
from luukku.cases.services import (
    attachments_validate,
    case_add_system_note,
    case_change_status,
    case_check,
    case_create,
    case_customer_message,
    case_resolve_at_first_contact,
)
from luukku.catalogue.models import Service
from luukku.customers.models import Customer
from luukku.customers.services import (
    contact_clean,
    customer_for_contact,
    customer_mark_email_failing,
)
from luukku.organisation.models import User
from luukku.organisation.selectors import service_centre
from luukku.privacy.services import access_log_record

from .mail_parsing import MailParseError, ParsedMail, mail_parse
from .models import InboundMessage, Mailbox, Submission, new_token
from .selectors import imap_mailboxes, submission_get

logger = logging.getLogger(__name__)


# The longest subject and description a citizen's request may have (the case's subject
# column; the web form shows the same limits).
REQUEST_LIMITS = {"subject": Case._meta.get_field("subject").max_length, "description": 10_000}
_WITHIN_LIMITS = {name: MaxLengthValidator(limit) for name, limit in REQUEST_LIMITS.items()}
_NO_NUL = ProhibitNullCharactersValidator()
# How a citizen may ask to be contacted back (a letter or a text message is the staff's call).
CITIZEN_CONTACT_CHANNELS = (Customer.ContactChannel.EMAIL, Customer.ContactChannel.PHONE)


def _request_errors(service: Service, **texts: str) -> dict[str, list[str]]:
    """What a citizen's request is refused for before its contact and case are looked at:
    the service, an empty description, text longer than the case holds or with characters
    no database stores, a way of contact the citizen cannot choose, and asking to be called
    without a phone number. The web form relies on these as much as Open311 does."""
    if not service.accepts_requests:
        return {"service": [_("This service does not take requests online.")]}
    errors: dict[str, list[str]] = {}
    if not (texts.get("description") or "").strip():
        errors["description"] = [_("Describe your matter.")]
    for name, within_limit in _WITHIN_LIMITS.items():
        try:
            within_limit(texts.get(name) or "")
        except ValidationError as error:
            errors[name] = error.messages
    for name, value in texts.items():
        try:
            _NO_NUL(value or "")
        except ValidationError as error:
            errors.setdefault(name, error.messages)
    contact_by = texts.get("preferred_channel") or ""
    if contact_by and contact_by not in CITIZEN_CONTACT_CHANNELS:
        errors["preferred_channel"] = [_("Choose e-mail or phone.")]
    elif contact_by == Customer.ContactChannel.PHONE and not (texts.get("phone") or "").strip():
        errors["phone"] = [_("Give a phone number if you want us to call you.")]
    return errors


@transaction.atomic
def web_request_submit(
    *,
    service: Service,
    subject: str,
    description: str,
    first_name: str = "",
    last_name: str = "",
    email: str = "",
    phone: str = "",
    preferred_channel: str = "",
    language: str = "fi",
    answers: dict | None = None,
    address: str = "",
    latitude=None,
    longitude=None,
    files: Iterable[UploadedFile] = (),
    channel: str = Channel.WEB,
    message_data: dict | None = None,
    acknowledge: bool = True,
    token: str = "",
    received_at=None,
) -> Case:
    """A citizen's request from the web form, or from an app through Open311 (`channel`):
    customer found or created, case, acknowledgement (unless the caller sends its own
    confirmation, as a booking does). `token` and `received_at` come from a request taken
    in earlier (`request_take_in`)."""
    if errors := _request_errors(
        service,
        subject=subject,
        description=description,
        first_name=first_name,
        last_name=last_name,
        email=email,
        phone=phone,
        preferred_channel=preferred_channel,
        address=address,
    ):
        raise ValidationError(errors)
    contact = contact_clean(email=email, phone=phone, first_name=first_name, last_name=last_name)
    customer = customer_for_contact(
        **contact,
        preferred_language=language,
        preferred_channel=preferred_channel,
        context=f"{channel}_request",
    )
    case = case_create(
        service=service,
        channel=channel,
        subject=subject,
        body=description,
        customer=customer,
        contact_email=contact["email"],
        contact_phone=contact["phone"],
        request_form=True,
        answers=answers,
        address=address,
        latitude=latitude,
        longitude=longitude,
        language=language,
        files=files,
        context=f"{channel}_request",
        message_data=message_data,
        token=token,
        received_at=received_at,
    )
    if acknowledge:
        acknowledgement_queue(case=case)
    return case


# -- requests taken in now, registered by the worker --------------------------------------

SUBMISSION_FIELDS = (
    "subject",
    "description",
    "first_name",
    "last_name",
    "email",
    "phone",
    "preferred_channel",
    "answers",
    "address",
    "latitude",
    "longitude",
    "media_url",
)
REGISTER_ATTEMPTS = 5


def request_take_in(
    *,
    service: Service,
    subject: str,
    description: str,
    first_name: str = "",
    last_name: str = "",
    email: str = "",
    phone: str = "",
    preferred_channel: str = "",
    language: str = "fi",
    answers: dict | None = None,
    address: str = "",
    latitude=None,
    longitude=None,
    media_url: str = "",
    channel: str = Channel.WEB,
    api_key=None,
) -> Submission:
    """A request from the web form or an Open311 client, checked as `web_request_submit`
    would check it and kept in one insert; the worker registers it as a case (with the
    acknowledgement) moments later, under the private link the sender already holds.

    Raises ValidationError, writing nothing, for anything that would stop the case."""
    errors = _request_errors(
        service,
        subject=subject,
        description=description,
        first_name=first_name,
        last_name=last_name,
        email=email,
        phone=phone,
        preferred_channel=preferred_channel,
        address=address,
    )
    if "service" in errors:
        raise ValidationError(errors)
    try:
        contact = contact_clean(
            email=email, phone=phone, first_name=first_name, last_name=last_name
        )
        anonymous = not (contact["email"] or contact["phone"])
    except ValidationError as error:
        errors.update(error.message_dict)
        anonymous = False  # an address was given, only not a valid one
    try:
        case_check(
            service=service,
            channel=channel,
            subject=subject,
            anonymous=anonymous,
            answers=answers,
            address=address,
            latitude=latitude,
        )
    except ValidationError as error:
        errors.update(error.message_dict)
    if errors:
        raise ValidationError(errors)
    data = {
        "subject": subject,
        "description": description,
        "first_name": first_name,
        "last_name": last_name,
        "email": email,
        "phone": phone,
        "preferred_channel": preferred_channel,
        "answers": answers or {},
        "address": address,
        "latitude": None if latitude is None else str(latitude),
        "longitude": None if longitude is None else str(longitude),
        "media_url": media_url,
    }
    # One insert, nothing else: the row itself is the worker's queue.
    return Submission.objects.create(
        channel=channel,
        service=service,
        api_key=api_key,
        language=language,
        data=data,
        token=new_token() if channel == Channel.OPEN311 else None,
    )


def web_form_send(*, files: list[UploadedFile], **request) -> str:
    """The citizen's web form: with files the case is made at once (the files are stored
    with it), otherwise the request is taken in and registered moments later. The private
    link's token either way."""
    if files:
        return web_request_submit(files=files, **request).token
    return request_take_in(**request).case_token


def submission_register(*, submission_id: int) -> Submission | None:
    """Register this request now (its sender is asking for it), waiting for a worker that
    has it in hand; None when there is nothing left to register."""
    return _register(Submission.objects.filter(pk=submission_id), wait=True)


def submissions_register_waiting(*, limit: int = 100) -> int:
    """The worker's round: register the waiting requests, oldest first, up to `limit`;
    workers on several servers share them, each row taken by one. How many were handled."""
    handled = 0
    while handled < limit:
        due = Submission.objects.filter(next_attempt_at__lte=timezone.now())
        if _register(due.order_by("next_attempt_at", "pk"), wait=False) is None:
            break
        handled += 1
    return handled


def _register(candidates, *, wait: bool) -> Submission | None:
    """Make the first waiting request among `candidates` a case, in one transaction. A
    request the case's own checks now refuse (its service withdrawn since) is marked failed,
    its data kept for the service centre; any other failure is kept as the error and tried
    again after a growing pause."""
    taken = None
    try:
        with transaction.atomic():
            taken = (
                candidates.filter(state=Submission.State.PENDING)
                .select_for_update(skip_locked=not wait, of=("self",))
                .select_related("service")
                .first()
            )
            if taken is None:
                return None
            taken.case = _submission_case(taken)
            taken.state = Submission.State.REGISTERED
            taken.registered_at = timezone.now()
            taken.attempts += 1
            taken.data, taken.error = {}, ""
            taken.save()
            return taken
    except ValidationError as error:
        problems = "; ".join(f"{k}: {' '.join(v)}" for k, v in error.message_dict.items())
        Submission.objects.filter(pk=taken.pk).update(
            state=Submission.State.FAILED, attempts=F("attempts") + 1, error=problems
        )
        logger.error("request %s could not be registered: %s", taken.pk, problems)
    except Exception as error:
        if taken is None:
            raise
        attempts = taken.attempts + 1
        pause = timedelta(seconds=settings.MAIL_RETRY_SECONDS * 2 ** (attempts - 1))
        Submission.objects.filter(pk=taken.pk).update(
            attempts=attempts,
            error=repr(error)[:2000],
            next_attempt_at=timezone.now() + pause,
            state=Submission.State.FAILED
            if attempts >= REGISTER_ATTEMPTS
            else Submission.State.PENDING,
        )
        logger.exception("registering request %s failed", taken.pk)
    return Submission.objects.get(pk=taken.pk)


# A registered request keeps only its tokens and its case, for Open311 clients that ask
# `tokens/{token}` late; after this it is forgotten.
KEEP_REGISTERED = timedelta(days=90)


def submissions_prune() -> int:
    """Forget the requests registered long ago (their cases stay); how many."""
    deleted, _ = Submission.objects.filter(
        state=Submission.State.REGISTERED,
        registered_at__lt=timezone.now() - KEEP_REGISTERED,
    ).delete()
    return deleted


def submissions_retry(*, submission_ids: list[int]) -> int:
    """Send failed requests back to the worker (their cause mended); how many went."""
    return Submission.objects.filter(pk__in=submission_ids, state=Submission.State.FAILED).update(
        state=Submission.State.PENDING, attempts=0, next_attempt_at=timezone.now()
    )


def submission_get_registered(*, token: str = "", case_token: str = "") -> Submission:
    """A request taken in, by its Open311 token or its private link, registered now if
    the worker has not come to it yet; Submission.DoesNotExist for an unknown one."""
    submission = submission_get(token=token, case_token=case_token)
    if submission.state == Submission.State.PENDING:
        submission_register(submission_id=submission.pk)
        submission = submission_get(token=token, case_token=case_token)
    return submission


def _submission_case(submission: Submission) -> Case:
    data = submission.data
    coordinates = [
        None if data.get(key) is None else Decimal(data[key]) for key in ("latitude", "longitude")
    ]
    media_url = data.get("media_url", "")
    case = web_request_submit(
        service=submission.service,
        subject=data["subject"],
        description=data["description"],
        first_name=data.get("first_name", ""),
        last_name=data.get("last_name", ""),
        email=data.get("email", ""),
        phone=data.get("phone", ""),
        preferred_channel=data.get("preferred_channel", ""),
        language=submission.language,
        answers=data.get("answers") or {},
        address=data.get("address", ""),
        latitude=coordinates[0],
        longitude=coordinates[1],
        channel=submission.channel,
        message_data={"media_url": media_url} if media_url else None,
        token=submission.case_token,
        received_at=submission.received_at,
    )
    if submission.api_key_id:
        from luukku.api.models import FiledRequest

        FiledRequest.objects.create(case=case, api_key_id=submission.api_key_id)
    return case


@transaction.atomic
def contact_log(
    *,
    actor: User,
    channel: str,
    service: Service,
    note: str,
    customer: Customer | None = None,
    resolved: bool = False,
) -> Case:
    """Log a counter or phone contact in one step; resolved ones count as first-contact."""
    if channel not in {Channel.COUNTER, Channel.PHONE}:
        raise ValidationError({"channel": _("Choose counter or phone.")})
    if not (note or "").strip():
        raise ValidationError({"note": _("Write a short note of the contact.")})
    subject = note.strip().splitlines()[0][:80]
    case = case_create(
        service=service,
        channel=channel,
        subject=subject,
        body=note,
        customer=customer,
        author=actor,
        language=customer.preferred_language if customer else "fi",
        context=f"contact_log:{channel}",
        service_point=service_centre() if channel == Channel.COUNTER else None,
    )
    if resolved:
        case = case_resolve_at_first_contact(case=case, actor=actor, context="contact_log")
    else:
        case = case_change_status(case=case, actor=actor, status=Status.OPEN, context="contact_log")
    return case


# -- e-mail in ---------------------------------------------------------------------------------

REFERENCE_IN_SUBJECT = re.compile(r"\bLK-\d{4}-\d{6,8}\b", re.IGNORECASE)


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
    """The case a reply belongs to: its reference in the subject, or a message it answers."""
    match = REFERENCE_IN_SUBJECT.search(parsed.subject)
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
    data = {"subject": parsed.subject, "from": parsed.sender}
    if refused:
        data["refused_attachments"] = refused
    body = parsed.reply_text or parsed.subject or "—"
    case = _thread_case(parsed)
    if case is not None and case.status != Status.CLOSED:
        event = case_customer_message(
            case=case, body=body, files=files, external_id=parsed.message_id, message_data=data
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
            message_data=data,
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
    case = sent.case
    failed = ", ".join(parsed.bounced_recipients) or sent.recipient
    event = case_add_system_note(
        case=case,
        body=_("E-mail to %(address)s could not be delivered.") % {"address": failed},
        data={"bounce": list(parsed.bounced_recipients), "message_id": parsed.bounced_message_id},
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
        with transaction.atomic():
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


# -- e-mail in from IMAP -----------------------------------------------------------------------


@dataclass
class FetchResult:
    taken: int = 0
    failed: int = 0
    error: str = ""


def _imap_connect(mailbox: Mailbox) -> IMAPClient:
    secure = mailbox.imap_security == Mailbox.Security.SSL
    client = IMAPClient(
        mailbox.imap_host, port=mailbox.imap_port, ssl=secure, timeout=settings.IMAP_TIMEOUT
    )
    try:
        if mailbox.imap_security == Mailbox.Security.STARTTLS:
            client.starttls(ssl.create_default_context())
        credentials = mailbox.imap_username + mailbox.imap_password
        if credentials.isascii():
            client.login(mailbox.imap_username, mailbox.imap_password)
        else:
            # LOGIN takes ASCII only; AUTHENTICATE PLAIN carries UTF-8 ("ä" in a password).
            client.plain_login(mailbox.imap_username, mailbox.imap_password)
    except BaseException:
        with contextlib.suppress(IMAPClientError, OSError):
            client.shutdown()
        raise
    return client


def mailbox_fetch(*, mailbox: Mailbox, limit: int = 200) -> FetchResult:
    """Take in the waiting mail of one IMAP mailbox.

    A message is marked read (or deleted) only after `mail_receive` has committed it, so
    a crash in between loses nothing: the next fetch sees it again, and the Message-ID
    makes sure it is taken in once. A message that fails is left waiting and retried on
    the next fetch.
    """
    result = FetchResult()
    delete = mailbox.imap_after_fetch == Mailbox.AfterFetch.DELETE
    try:
        client = _imap_connect(mailbox)
        try:
            client.select_folder(mailbox.imap_folder)
            uids = client.search(["NOT", "DELETED"] if delete else ["UNSEEN"])
            for uid in sorted(uids)[:limit]:
                fetched = client.fetch([uid], ["BODY.PEEK[]"]).get(uid)
                if not fetched or b"BODY[]" not in fetched:
                    continue  # removed by someone else meanwhile
                try:
                    mail_receive(raw=fetched[b"BODY[]"], mailbox=mailbox)
                except Exception:
                    logger.exception("taking in message %s of %s failed", uid, mailbox)
                    result.failed += 1
                    continue
                if delete:
                    client.delete_messages([uid])
                else:
                    client.add_flags([uid], [SEEN])
                result.taken += 1
            if delete and result.taken:
                client.expunge()
        finally:
            with contextlib.suppress(IMAPClientError, OSError):
                client.logout()
    except (IMAPClientError, OSError) as error:
        logger.warning("fetching %s failed: %s", mailbox, error)
        result.error = str(error)[:1000] or error.__class__.__name__
    error = result.error
    if not error and result.failed:
        error = ngettext(
            "%(count)d message could not be taken in; it is tried again.",
            "%(count)d messages could not be taken in; they are tried again.",
            result.failed,
        ) % {"count": result.failed}
    Mailbox.objects.filter(pk=mailbox.pk).update(
        last_fetched_at=timezone.now(), last_fetch_error=error
    )
    return result


def mailboxes_fetch() -> dict[str, FetchResult]:
    """Fetch every active IMAP mailbox (the worker does this every MAIL_FETCH_INTERVAL)."""
    return {mailbox.address: mailbox_fetch(mailbox=mailbox) for mailbox in imap_mailboxes()}
