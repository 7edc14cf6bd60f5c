"""Messages to the customer about their case: the acknowledgement and replies; and mail
about no case (a sign-in link, an announcement), through the same queue and worker.

A message is rendered and queued (an `OutboundMail` row and a background task) in the
same transaction as the change that caused it, so a case is never saved without its
mail nor a mail queued for a change that was rolled back. `luukku worker` sends it,
retrying with a growing pause; the outcome is written on the case's timeline.
"""

import logging
import mimetypes
import re
from collections.abc import Collection
from datetime import timedelta
from email.header import Header
from email.headerregistry import Address
from email.message import Message
from email.utils import parseaddr

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from django.core.mail.message import make_msgid
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from luukku.core.jobs import worker_checkpoint
from luukku.core.locks import in_transaction, row_lock
from luukku.core.site import service_centre_name
from luukku.core.text import single_line
from luukku.organisation.models import User
from luukku.privacy.services import access_log_record

from .events import event_mail_outcome
from .models import Attachment, Case, CaseEvent, OutboundMail
from .replies import reply_letter

logger = logging.getLogger(__name__)


def case_private_url(case: Case) -> str:
    with translation.override(case.language):
        return settings.SITE_URL + reverse("public:case_status", kwargs={"token": case.token})


def mail_domain() -> str:
    """The domain of the service centre's address, for Message-IDs and calendar UIDs."""
    return parseaddr(settings.DEFAULT_FROM_EMAIL)[1].rpartition("@")[2] or "luukku.invalid"


def _thread_ids(case: Case) -> list[str]:
    """The Message-IDs of the case's e-mails so far, oldest first, so that replies thread."""
    ids = (
        case.events.exclude(external_id="")
        .filter(kind__in=[CaseEvent.Kind.MESSAGE_IN, CaseEvent.Kind.NOTIFICATION])
        .order_by("at", "pk")
        .values_list("external_id", flat=True)
    )
    # An id is written into headers as it came in: only one of the plain form (no spaces,
    # brackets or control characters), so that no sender's text can break a header.
    return [f"<{value}>" for value in ids if MESSAGE_ID.fullmatch(value)]


MESSAGE_ID = re.compile(r"[!-;=?-~]+@[!-;=?-~]+")


def mail_queue(
    case: Case,
    *,
    kind: str,
    subject: str,
    body: str,
    event: CaseEvent | None = None,
    calendar: str = "",
    recipient: str | None = None,
    attachments: Collection[Attachment] = (),
) -> OutboundMail | None:
    """Queue a message to the case's e-mail address: the one its sender gave (none when they
    gave none), never an address found on a customer record; `recipient`, another address
    the customer gave for this matter (an order's). `attachments`: the case's files to send
    with it."""
    from .tasks import outbound_mail_send

    recipient = case.contact_email if recipient is None else recipient
    if not recipient:
        return None
    headers = {}
    if kind == OutboundMail.Kind.ACKNOWLEDGEMENT:
        # RFC 3834: mark it automatic, so that auto-replies do not answer it.
        headers["Auto-Submitted"] = "auto-replied"
    thread = _thread_ids(case)
    if thread:
        headers["In-Reply-To"] = thread[-1]
        headers["References"] = " ".join(thread[-10:])
    mail = OutboundMail.objects.create(
        case=case,
        event=event,
        kind=kind,
        message_id=make_msgid(domain=mail_domain()).strip("<>"),
        recipient=recipient,
        subject=single_line(subject)[:300],
        body=body,
        headers=headers,
        calendar=calendar,
    )
    if attachments:
        mail.attachments.set(attachments)
    # The database task backend writes the job in this same transaction.
    outbound_mail_send.enqueue(mail_id=mail.pk)
    return mail


def mail_queue_direct(
    *,
    recipient: str,
    language: str,
    kind: str,
    subject: str,
    body: str,
    headers: dict | None = None,
    send_after=None,
) -> OutboundMail:
    """Queue a message about no case (a sign-in link, an announcement, a survey) to
    `recipient`, the address its app was given for it, sent as `language`'s centre; from
    `send_after` on (a throttle spreading a large mailing), else at once. Its outcome goes
    to the hooks of `mail_outcome_hook_register`, a bounce to those of
    `mail_bounce_hook_register`; the app keeps what it was for by the mail's id."""
    from .tasks import outbound_mail_send

    mail = OutboundMail.objects.create(
        kind=kind,
        language=language,
        message_id=make_msgid(domain=mail_domain()).strip("<>"),
        recipient=recipient,
        subject=single_line(subject)[:300],
        body=body,
        headers=dict(headers or {}),
    )
    task = outbound_mail_send.using(run_after=send_after) if send_after else outbound_mail_send
    task.enqueue(mail_id=mail.pk)
    return mail


# Told of what became of mail about no case: fn(mail=, status="sent"|"failed"), in the
# transaction that records it; and of a bounce: fn(mail=, recipients=[...]).
_OUTCOME_HOOKS: list = []
_BOUNCE_HOOKS: list = []


def mail_outcome_hook_register(hook) -> None:
    if hook not in _OUTCOME_HOOKS:
        _OUTCOME_HOOKS.append(hook)


def mail_bounce_hook_register(hook) -> None:
    if hook not in _BOUNCE_HOOKS:
        _BOUNCE_HOOKS.append(hook)


def mail_bounced(*, mail: OutboundMail, recipients: list[str]) -> None:
    """A bounce of mail about no case, for the app that sent it (channels calls this)."""
    for hook in _BOUNCE_HOOKS:
        hook(mail=mail, recipients=recipients)


def _mail_outcome(mail: OutboundMail, *, status: str) -> None:
    """On the case's timeline, or to the app that sent mail about no case."""
    if mail.case_id is not None:
        event_mail_outcome(mail, status=status)
        return
    for hook in _OUTCOME_HOOKS:
        hook(mail=mail, status=status)


@in_transaction
def acknowledgement_queue(*, case: Case) -> OutboundMail | None:
    """The automatic acknowledgement: reference, expected reply date and private link."""
    with translation.override(case.language):
        context = {
            "case": case,
            "url": case_private_url(case),
            "due": timezone.localtime(case.due_at) if case.due_at else None,
            "centre": service_centre_name(case.language),
        }
        subject = render_to_string("cases/mail/acknowledgement_subject.txt", context).strip()
        body = render_to_string("cases/mail/acknowledgement.txt", context)
    return mail_queue(case, kind=OutboundMail.Kind.ACKNOWLEDGEMENT, subject=subject, body=body)


@in_transaction
def reply_queue(
    *, event: CaseEvent, attachments: Collection[Attachment] = ()
) -> OutboundMail | None:
    """A reply written on the case, from the service centre, signed once (`replies`) in the
    case's language; the link to follow the case is added unless the reply gives it.
    `attachments`: files already on the case sent with it (a scanned archive copy)."""
    case = event.case
    with translation.override(case.language):
        context = {
            "case": case,
            "letter": reply_letter(event),
            "url": case_private_url(case),
        }
        subject = render_to_string("cases/mail/reply_subject.txt", context).strip()
        body = render_to_string("cases/mail/reply.txt", context)
    return mail_queue(
        case,
        kind=OutboundMail.Kind.REPLY,
        subject=subject,
        body=body,
        event=event,
        attachments=attachments,
    )


def _claim(
    mail_id: int, *, worker_id: str = "", dead_workers: Collection[str] = ()
) -> OutboundMail | None:
    """Mark the mail as being sent by this worker, on a lease (`core.jobs`' length), unless it
    is sent, or being sent by a worker that still holds it. A mail whose worker died while
    sending it is taken again (the server may have had it: at least once, the same
    Message-ID), or failed visibly when its attempts are spent. Its worker died when its
    lease ran out, or when it is one of `dead_workers`: those that held this job before its
    own lease ran out (the mail's lease, taken later, may run a little longer)."""
    now = timezone.now()
    with transaction.atomic():
        mail = row_lock(OutboundMail, mail_id, missing_ok=True)
        if mail is None:
            return None
        abandoned = mail.status == OutboundMail.Status.SENDING and (
            mail.lease_expired(now) or (mail.claimed_by and mail.claimed_by in dead_workers)
        )
        if abandoned:
            logger.warning("mail %s: the worker sending it stopped; it is sent again", mail.pk)
            if mail.attempts >= settings.MAIL_SEND_ATTEMPTS:
                _give_up(mail, error=INTERRUPTED)
                return None
        elif mail.status not in {OutboundMail.Status.QUEUED, OutboundMail.Status.FAILED}:
            return None
        mail.status = OutboundMail.Status.SENDING
        mail.attempts += 1
        mail.attempted_at = now
        mail.next_attempt_at = None
        mail.claimed_by = worker_id
        mail.lease_expires_at = now + timedelta(seconds=settings.JOB_LEASE_SECONDS)
        mail.save(
            update_fields=[
                "status",
                "attempts",
                "attempted_at",
                "next_attempt_at",
                "claimed_by",
                "lease_expires_at",
            ]
        )
        return mail


# The reason on a message whose worker stopped while sending it (the staff see it on the case).
INTERRUPTED = "the worker stopped while sending it; it may have arrived"


def _give_up(mail: OutboundMail, *, error: str) -> None:
    """Fail a message for good: it shows on its case with "send again"."""
    mail.status = OutboundMail.Status.FAILED
    mail.last_error = error
    mail.next_attempt_at = None
    mail.lease_expires_at = None
    mail.save(update_fields=["status", "last_error", "next_attempt_at", "lease_expires_at"])
    _mail_outcome(mail, status="failed")


@in_transaction
def outbound_mail_abandon(*, mail_id: int, error: str = "", worker_id: str = "") -> None:
    """The job sending a message was given up (its workers kept dying, `core.jobs`) or
    failed on `worker_id` (`error`): unless the message went, or another worker is sending
    it, it is failed on its case for a person to send again."""
    mail = row_lock(OutboundMail, mail_id, missing_ok=True)
    if mail is None or mail.status == OutboundMail.Status.SENT or mail.needs_attention:
        return
    if mail.status == OutboundMail.Status.FAILED and mail.next_attempt_at is not None:
        return  # its next attempt is queued
    sending = mail.status == OutboundMail.Status.SENDING
    held_by_another = sending and worker_id and mail.claimed_by != worker_id
    if held_by_another and not mail.lease_expired(timezone.now()):
        return
    _give_up(mail, error=error[:1000] or (INTERRUPTED if sending else STOPPED))


STOPPED = "the worker stopped before sending it"


def sender(language: str) -> str:
    """`DEFAULT_FROM_EMAIL`, named as the centre is in `language` where the city has named
    it in that language ("Vuoksela stads kundtjänst <asiakaspalvelu@…>" to a
    Swedish-speaking customer)."""
    name, address = parseaddr(settings.DEFAULT_FROM_EMAIL)
    translated = service_centre_name(language)
    if translated != service_centre_name(settings.LANGUAGE_CODE):
        name = translated
    name = single_line(name)
    return str(Address(display_name=name, addr_spec=address)) if name else address


def calendar_method(calendar: str) -> str:
    """The iTIP method the calendar object says (its METHOD line), for the MIME header,
    which must match it (RFC 6047): REQUEST for an appointment, CANCEL for a cancelled
    one, PUBLISH for a course's sessions; REQUEST when it says none."""
    for line in calendar.splitlines():
        name, _sep, value = line.partition(":")
        if name.strip().upper() == "METHOD" and value.strip():
            return value.strip().upper()
    return "REQUEST"


class _CustomerMessage(EmailMessage):
    """Its subject encoded knowing the header's name, so a long non-ASCII subject folds
    within its line instead of on a line of its own after "Subject:", which readers
    unfold to a subject beginning with a space."""

    def message(self, *args, **kwargs):
        msg = super().message(*args, **kwargs)
        del msg["Subject"]
        # The plain Message's setter: Django's would encode the Header again without its name.
        Message.__setitem__(msg, "Subject", Header(self.subject, "utf-8", header_name="Subject"))
        return msg


def _message(mail: OutboundMail) -> EmailMessage:
    from_email = sender(mail.language or mail.case.language)
    message = _CustomerMessage(
        # Folded again: a message queued before subjects were kept on one line.
        subject=single_line(mail.subject),
        body=mail.body,
        from_email=from_email,
        to=[mail.recipient],
        reply_to=[from_email],
        headers={"Message-ID": f"<{mail.message_id}>", **mail.headers},
    )
    if mail.calendar:
        method = calendar_method(mail.calendar)
        message.attach(
            "invite.ics",
            mail.calendar,
            f"text/calendar; method={method}",  # Django adds the charset
        )
    files = list(mail.event.attachments.all()) if mail.event_id else []
    files += [file for file in mail.attachments.all() if file not in files]
    for attachment in files:
        with attachment.file.open("rb") as handle:
            content_type = (
                attachment.content_type
                or mimetypes.guess_type(attachment.filename)[0]
                or "application/octet-stream"
            )
            message.attach(attachment.filename, handle.read(), content_type)
    return message


def outbound_mail_deliver(
    *, mail_id: int, worker_id: str = "", dead_workers: Collection[str] = ()
) -> str:
    """Send one queued mail; on failure schedule the next attempt or give up visibly.
    `worker_id`: the worker running the job; `dead_workers`, those that ran it before and
    died (see `_claim`)."""
    from .tasks import outbound_mail_send

    worker_checkpoint("running")
    mail = _claim(mail_id, worker_id=worker_id, dead_workers=dead_workers)
    if mail is None:
        return "skipped"
    worker_checkpoint("mail-claimed")
    try:
        _message(mail).send()
    except Exception as error:
        logger.warning("sending mail %s for case %s failed: %s", mail.pk, mail.case_id, error)
        with transaction.atomic():
            mail.status = OutboundMail.Status.FAILED
            mail.last_error = str(error)[:1000] or error.__class__.__name__
            mail.lease_expires_at = None
            update = ["status", "last_error", "next_attempt_at", "lease_expires_at"]
            if mail.attempts < settings.MAIL_SEND_ATTEMPTS:
                pause = settings.MAIL_RETRY_SECONDS * 2 ** (mail.attempts - 1)
                mail.next_attempt_at = timezone.now() + timedelta(seconds=pause)
                mail.save(update_fields=update)
                outbound_mail_send.using(run_after=mail.next_attempt_at).enqueue(mail_id=mail.pk)
            else:
                mail.save(update_fields=update)
                _mail_outcome(mail, status="failed")
        return "failed"
    # A worker that dies here has sent the message but not marked it: the next one sends it
    # again with the same Message-ID. The window is this one short write.
    worker_checkpoint("mail-sent")
    with transaction.atomic():
        mail.status = OutboundMail.Status.SENT
        mail.sent_at = timezone.now()
        mail.last_error = ""
        mail.lease_expires_at = None
        mail.save(update_fields=["status", "sent_at", "last_error", "lease_expires_at"])
        _mail_outcome(mail, status="sent")
    return "sent"


@in_transaction
def outbound_mail_retry(*, mail: OutboundMail, actor: User) -> OutboundMail:
    """A person sends a failed (or stuck) message again, after checking it."""
    from .tasks import outbound_mail_send

    mail = row_lock(mail)
    if not mail.needs_attention:
        raise ValidationError(_("This message is not waiting for a person to send it again."))
    mail.status = OutboundMail.Status.QUEUED
    mail.next_attempt_at = None
    mail.save(update_fields=["status", "next_attempt_at"])
    access_log_record(
        actor=actor, action="change", case=mail.case, context=f"mail_resend:{mail.pk}"
    )
    outbound_mail_send.enqueue(mail_id=mail.pk)
    return mail
