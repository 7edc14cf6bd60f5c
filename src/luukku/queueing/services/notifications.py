"""“Nearly your turn” and “go to desk 3”: messages to the address an online visitor gave,
sent by the worker.

A waiting online ticket with no more than `notify_at_position` tickets ahead gets one e-mail
or text message, in the ticket's language, to the address given when joining and nowhere
else; once called to a desk (or called again) it gets one more, naming the desk. Each ticket
is claimed under a row lock (`core.locks.row_claim`) and marked in the same transaction (its
`notified_at`, a NOTIFIED event), so a second run or a second worker passes it by: one
message per ticket and call.
"""

import datetime as dt
import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.db.models import Exists, OuterRef
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from luukku.core.locks import row_claim, write_transaction
from luukku.core.site import service_centre_name
from luukku.core.sms import sms_send

from ..models import Ticket, TicketEvent, TicketEventKind, TicketSource, TicketStatus
from ..selectors.estimates import ticket_wait_estimate
from ..selectors.queue import ticket_ahead_count
from .events import ticket_event_add

log = logging.getLogger(__name__)


def ticket_private_url(ticket: Ticket) -> str:
    """The visitor's own page of the ticket, in the ticket's language."""
    with translation.override(ticket.language):
        path = reverse("public:queue_ticket", kwargs={"token": ticket.token})
    return settings.SITE_URL + path


def _near_candidates(now: dt.datetime) -> list[int]:
    waiting = Ticket.objects.filter(
        source=TicketSource.VIRTUAL,
        status=TicketStatus.WAITING,
        notified_at__isnull=True,
        day__closed_at__isnull=True,
    ).select_related("group")
    return [
        ticket.pk
        for ticket in waiting
        if ticket_ahead_count(ticket, now) <= ticket.notify_at_position
    ]


def _told_since_call():
    return TicketEvent.objects.filter(
        ticket=OuterRef("pk"), kind=TicketEventKind.NOTIFIED, at__gte=OuterRef("called_at")
    )


def _called(queryset):
    """Online tickets called to a desk (or called again) and not told since."""
    return queryset.filter(
        source=TicketSource.VIRTUAL,
        status=TicketStatus.CALLED,
        desk__isnull=False,
        called_at__isnull=False,
    ).exclude(Exists(_told_since_call()))


def _message(ticket: Ticket, now: dt.datetime, *, called: bool) -> dict:
    with translation.override(ticket.language):
        estimate = None if called else ticket_wait_estimate(ticket, now)
        context = {
            "ticket": ticket,
            "point": ticket.day.service_point,
            "desk": ticket.desk.number if called else "",
            "ahead": 0 if called else ticket_ahead_count(ticket, now),
            "minutes": round(estimate.total_seconds() / 60) if estimate is not None else None,
            "url": ticket_private_url(ticket),
            "centre": service_centre_name(),
        }
        what = "called" if called else "nearly"
        return {
            "subject": render_to_string(f"queueing/mail/{what}_subject.txt", context).strip(),
            "body": render_to_string(f"queueing/mail/{what}.txt", context),
            "sms": render_to_string(f"queueing/mail/{what}_sms.txt", context).strip(),
        }


def _send(ticket: Ticket, message: dict) -> None:
    if ticket.notify_email:
        EmailMessage(
            subject=message["subject"],
            body=message["body"],
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[ticket.notify_email],
        ).send()
    else:
        sms_send(to=ticket.notify_phone, body=message["sms"])


def _tell(pk: int, claimable, now: dt.datetime, *, called: bool) -> bool:
    """Claim the ticket while it still needs the message, send it, mark it; whether sent."""
    try:
        with write_transaction(savepoint=True):
            ticket = row_claim(
                claimable.filter(pk=pk).select_related("group", "desk", "day__service_point")
            )
            if ticket is None:  # another worker has it, or it no longer needs the message
                return False
            _send(ticket, _message(ticket, now, called=called))
            if not called:
                ticket.notified_at = now
                ticket.save(update_fields=["notified_at"])
            ticket_event_add(ticket=ticket, kind=TicketEventKind.NOTIFIED, at=now)
    except Exception:  # the mail server or SMS gateway: the next run tries again
        log.exception("Could not send ticket %s its message", pk)
        return False
    return True


def tickets_notify_nearly(*, now: dt.datetime | None = None) -> int:
    """Tell the online visitors whose turn is near, and those called to a desk since the last
    run ("K 12: go to desk 3"); how many were told. A message that cannot be sent leaves its
    ticket for the next run."""
    now = now or timezone.now()
    near = Ticket.objects.filter(status=TicketStatus.WAITING, notified_at__isnull=True)
    told = sum(_tell(pk, near, now, called=False) for pk in _near_candidates(now))
    called = _called(Ticket.objects.filter(day__closed_at__isnull=True))
    for pk in called.values_list("pk", flat=True):
        told += _tell(pk, _called(Ticket.objects.all()), now, called=True)
    return told
