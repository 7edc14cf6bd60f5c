"""Announcements to a segment (docs/relationships.md, "Announcements"): written in up to
three languages, sent once to the segment's customers as it is then — by e-mail through the
outbound queue, spread over the minutes by `ANNOUNCEMENT_PER_MINUTE`, or by text message to
those who prefer one — each with a link to unsubscribe; bounces and outcomes recorded on
the delivery, and each recipient's copy on their own timeline."""

import datetime as dt
import logging

from django.conf import settings
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from luukku.cases.models import OutboundMail
from luukku.cases.notifications import mail_queue_direct
from luukku.core.locks import in_transaction, row_lock
from luukku.core.sms import sms_send
from luukku.customers.events import customer_event_announcement
from luukku.customers.services import customer_mark_email_failing
from luukku.privacy.services import access_log_record

from .models import Announcement, Delivery, Segment, Unsubscription
from .selectors import Recipient, announcement_plan

logger = logging.getLogger(__name__)

TEXTS = ("subject_fi", "body_fi", "subject_sv", "body_sv", "subject_en", "body_en")


def _clean(data: dict) -> dict:
    data = {name: (data.get(name) or "").strip() for name in TEXTS}
    errors = {}
    if not data["subject_fi"]:
        errors["subject_fi"] = _("Write the subject in Finnish.")
    if not data["body_fi"]:
        errors["body_fi"] = _("Write the text in Finnish.")
    for language in ("sv", "en"):
        subject, body = data[f"subject_{language}"], data[f"body_{language}"]
        if subject and not body:
            errors[f"body_{language}"] = _("Write the text for this subject too.")
        elif body and not subject:
            errors[f"subject_{language}"] = _("Write the subject for this text too.")
    for name in TEXTS:
        if name.startswith("subject") and len(data[name]) > 200:
            errors[name] = _("The subject is too long (at most 200 characters).")
    if errors:
        raise ValidationError(errors)
    return data


@in_transaction
def announcement_create(*, segment: Segment, data: dict, by) -> Announcement:
    """A draft announcement to the segment; sent by `announcement_send` after a look at
    whom it reaches."""
    data = _clean(data)
    return Announcement.objects.create(segment=segment, created_by=by, **data)


def unsubscribe_url(delivery: Delivery) -> str:
    with translation.override(delivery.language):
        path = reverse("public:unsubscribe", kwargs={"token": delivery.token})
    return settings.SITE_URL + path


def _send_after(index: int, now: dt.datetime) -> dt.datetime | None:
    """The throttle: the first ANNOUNCEMENT_PER_MINUTE mails at once, the next as many a
    minute later, and so on."""
    minute = index // max(1, settings.ANNOUNCEMENT_PER_MINUTE)
    return now + dt.timedelta(minutes=minute) if minute else None


def _mail_body(body: str, url: str) -> str:
    footer = _("You got this announcement as a customer of the city's customer service.")
    stop = _("To get no more announcements, open this link: %(url)s") % {"url": url}
    return f"{body}\n\n-- \n{footer}\n{stop}\n"


def _deliver(announcement, recipient: Recipient, *, index: int, now) -> Delivery:
    language, subject, body = announcement.text_in(recipient.language)
    delivery = Delivery.objects.create(
        announcement=announcement,
        customer=recipient.customer,
        channel=recipient.channel,
        language=language,
        address=recipient.address,
        created_at=now,
    )
    url = unsubscribe_url(delivery)
    with translation.override(language):
        text = _mail_body(body, url)
    if recipient.channel == Delivery.Channel.EMAIL:
        mail = mail_queue_direct(
            recipient=recipient.address,
            language=language,
            kind=OutboundMail.Kind.ANNOUNCEMENT,
            subject=subject,
            body=text,
            headers={
                "List-Unsubscribe": f"<{url}>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            },
            send_after=_send_after(index, now),
        )
        delivery.mail_id = mail.pk
    else:
        delivery.status = _sms(recipient.address, f"{subject}\n{text}")
        delivery.delivered_at = now if delivery.status == Delivery.Status.SENT else None
    delivery.save(update_fields=["mail_id", "status", "delivered_at"])
    customer_event_announcement(
        recipient.customer,
        title=subject,
        data={
            "announcement": announcement.pk,
            "delivery": delivery.pk,
            "channel": delivery.channel,
            "status": "sent",
        },
        at=now,
    )
    return delivery


def _sms(to: str, body: str) -> str:
    try:
        sms_send(to=to, body=body)
    except Exception:  # the gateway's own error, whatever it is: recorded, the rest go on
        logger.exception("An announcement's text message was not sent")
        return Delivery.Status.FAILED
    return Delivery.Status.SENT


@in_transaction
def announcement_send(*, announcement: Announcement, by, now=None) -> int:
    """Send the announcement to its segment's customers as they are now (once); how many
    it went to. Those unsubscribed, without an address or whose address bounces are
    left out and counted."""
    now = now or timezone.now()
    announcement = row_lock(announcement)
    if announcement.sent_at is not None:
        raise ValidationError(_("This announcement has already been sent."))
    plan = announcement_plan(announcement, now=now)
    emails = 0
    for recipient in plan.recipients:
        _deliver(announcement, recipient, index=emails, now=now)
        emails += recipient.channel == Delivery.Channel.EMAIL
    announcement.sent_at, announcement.sent_by = now, by
    announcement.skipped = plan.skipped
    announcement.save(update_fields=["sent_at", "sent_by", "skipped", "updated_at"])
    access_log_record(
        actor=by,
        action="list",
        context="announcement_send",
        query={"announcement": announcement.pk, "segment": announcement.segment_id},
        count=len(plan.recipients),
    )
    return len(plan.recipients)


def delivery_by_token(token: str) -> Delivery | None:
    return (
        Delivery.objects.select_related("announcement", "customer")
        .filter(token=token, customer__isnull=False)
        .first()
    )


@in_transaction
def unsubscribe(*, delivery: Delivery, now=None) -> Unsubscription:
    """The delivery's customer wants no more announcements (again: nothing changes)."""
    unsubscription, created = Unsubscription.objects.get_or_create(
        customer=delivery.customer,
        defaults={"at": now or timezone.now(), "delivery": delivery},
    )
    if created:
        access_log_record(
            actor=None,
            action="change",
            customer=delivery.customer,
            context="announcement_unsubscribe",
            fields=["unsubscribed"],
        )
    return unsubscription


@in_transaction
def subscribe_again(*, customer, by) -> bool:
    """Staff note that the customer wants announcements again (they asked)."""
    deleted, _rows = Unsubscription.objects.filter(customer=customer).delete()
    if deleted:
        access_log_record(
            actor=by,
            action="change",
            customer=customer,
            context="announcement_unsubscribe",
            fields=["unsubscribed"],
        )
    return bool(deleted)


def mail_outcome(*, mail, status: str) -> None:
    """The outbound queue's word on an announcement's e-mail (a hook, in its transaction)."""
    if mail.kind != OutboundMail.Kind.ANNOUNCEMENT:
        return
    if status == "sent":
        Delivery.objects.filter(mail_id=mail.pk, status=Delivery.Status.QUEUED).update(
            status=Delivery.Status.SENT, delivered_at=timezone.now()
        )
    else:
        Delivery.objects.filter(mail_id=mail.pk).exclude(status=Delivery.Status.BOUNCED).update(
            status=Delivery.Status.FAILED
        )


def mail_bounce(*, mail, recipients: list[str]) -> None:
    """A bounce of an announcement's e-mail: the delivery bounced and the customer's
    address failing (a hook; channels calls it when the bounce comes in)."""
    if mail.kind != OutboundMail.Kind.ANNOUNCEMENT:
        return
    delivery = Delivery.objects.select_related("customer", "announcement").filter(mail_id=mail.pk)
    delivery = delivery.first()
    if delivery is None or delivery.status == Delivery.Status.BOUNCED:
        return
    now = timezone.now()
    Delivery.objects.filter(pk=delivery.pk).update(status=Delivery.Status.BOUNCED, bounced_at=now)
    customer = delivery.customer
    if customer is None:
        return
    if customer.email and customer.email.lower() == delivery.address.lower():
        customer_mark_email_failing(customer=customer, context="announcement_bounce")
    customer_event_announcement(
        customer,
        title=mail.subject,
        data={
            "announcement": delivery.announcement_id,
            "delivery": delivery.pk,
            "channel": delivery.channel,
            "status": "bounced",
        },
        at=now,
    )
