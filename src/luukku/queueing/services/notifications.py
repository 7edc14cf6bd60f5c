"""“Nearly your turn” and “go to desk 3”: messages to the address an online visitor gave,
sent by the worker.

A waiting online ticket with no more than `notify_at_position` tickets ahead gets one e-mail
or text message, in the ticket's language, to the address given when joining and nowhere
else; once called to a desk (or called again) it gets one more, naming the desk. Each ticket
is claimed under a row lock (`core.locks.row_claim`) and marked in the same transaction (its
`notified_at`, a NOTIFIED event), so a second run or a second worker passes it by: one
message per ticket and call.

A waiting online ticket ended by the closing of its day (CLOSED) gets one last message
saying so and when the queue opens next; its address is erased in the same transaction.
Addresses of days older than yesterday are erased in any case, so none lingers when
sending keeps failing.
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
from ..selectors.queue import queue_opens_next, ticket_ahead_count
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


def _closed_untold():
    """Online tickets the closing of their day ended, still holding the visitor's address."""
    return Ticket.objects.filter(source=TicketSource.VIRTUAL, status=TicketStatus.CLOSED).exclude(
        notify_email="", notify_phone=""
    )


def _context(ticket: Ticket, now: dt.datetime, what: str) -> dict:
    point = ticket.day.service_point
    context = {
        "ticket": ticket,
        "point": point,
        "url": ticket_private_url(ticket),
        "centre": service_centre_name(),
    }
    if what == "called":
        context["desk"] = ticket.desk.number
    elif what == "nearly":
        estimate = ticket_wait_estimate(ticket, now)
        context["ahead"] = ticket_ahead_count(ticket, now)
        context["minutes"] = round(estimate.total_seconds() / 60) if estimate is not None else None
    else:
        context["opens_next"] = queue_opens_next(point, now)
    return context


def _message(ticket: Ticket, now: dt.datetime, what: str) -> dict:
    with translation.override(ticket.language):
        context = _context(ticket, now, what)
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


def _tell(pk: int, claimable, now: dt.datetime, what: str) -> bool:
    """Claim the ticket while it still needs the message ("nearly", "called" or "closed"),
    send it, mark it; whether sent. The "closed" message is the last: the address goes."""
    try:
        with write_transaction(savepoint=True):
            ticket = row_claim(
                claimable.filter(pk=pk).select_related("group", "desk", "day__service_point")
            )
            if ticket is None:  # another worker has it, or it no longer needs the message
                return False
            _send(ticket, _message(ticket, now, what))
            if what == "nearly":
                ticket.notified_at = now
                ticket.save(update_fields=["notified_at"])
            elif what == "closed":
                ticket.notify_email = ticket.notify_phone = ""
                ticket.save(update_fields=["notify_email", "notify_phone"])
            ticket_event_add(ticket=ticket, kind=TicketEventKind.NOTIFIED, at=now)
    except Exception:  # the mail server or SMS gateway: the next run tries again
        log.exception("Could not send ticket %s its message", pk)
        return False
    return True


def tickets_notify_nearly(*, now: dt.datetime | None = None) -> int:
    """Tell the online visitors whose turn is near, and those called to a desk since the last
    run ("K 12: go to desk 3"), and those whose ticket the day's closing ended; how many were
    told. A message that cannot be sent leaves its ticket for the next run, until the day is
    older than yesterday: then the address is erased unsent."""
    now = now or timezone.now()
    near = Ticket.objects.filter(status=TicketStatus.WAITING, notified_at__isnull=True)
    told = sum(_tell(pk, near, now, "nearly") for pk in _near_candidates(now))
    called = _called(Ticket.objects.filter(day__closed_at__isnull=True))
    for pk in called.values_list("pk", flat=True):
        told += _tell(pk, _called(Ticket.objects.all()), now, "called")
    yesterday = timezone.localdate(now) - dt.timedelta(days=1)
    Ticket.objects.filter(day__date__lt=yesterday).exclude(notify_email="", notify_phone="").update(
        notify_email="", notify_phone=""
    )
    for pk in _closed_untold().values_list("pk", flat=True):
        told += _tell(pk, _closed_untold(), now, "closed")
    return told
