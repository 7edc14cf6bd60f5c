"""“Nearly your turn”: one message to the address an online visitor gave, run by the worker.

A waiting online ticket with no more than `notify_at_position` tickets ahead gets one e-mail
or text message, in the ticket's language, to the address given when joining and nowhere
else. Each ticket is claimed under a row lock (`core.locks.row_claim`) and marked in the same
transaction, so a second run or a second worker passes it by: one message per ticket.
"""

import datetime as dt
import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from luukku.core.calendar import HELSINKI
from luukku.core.locks import row_claim, write_transaction
from luukku.core.site import service_centre_name
from luukku.core.sms import sms_send

from ..models import Ticket, TicketEventKind, TicketSource, TicketStatus
from ..selectors.estimates import ticket_wait_estimate
from ..selectors.queue import ticket_ahead_count
from .events import ticket_event_add

log = logging.getLogger(__name__)


def ticket_private_url(ticket: Ticket) -> str:
    """The visitor's own page of the ticket, in the ticket's language."""
    with translation.override(ticket.language):
        path = reverse("public:queue_ticket", kwargs={"token": ticket.token})
    return settings.SITE_URL + path


def _candidates(now: dt.datetime) -> list[int]:
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


def _message(ticket: Ticket, now: dt.datetime) -> dict:
    with translation.override(ticket.language):
        estimate = ticket_wait_estimate(ticket, now)
        context = {
            "ticket": ticket,
            "point": ticket.day.service_point,
            "ahead": ticket_ahead_count(ticket, now),
            "minutes": round(estimate.total_seconds() / 60) if estimate is not None else None,
            "url": ticket_private_url(ticket),
            "centre": service_centre_name(),
            "now": now.astimezone(HELSINKI),
        }
        return {
            "subject": render_to_string("queueing/mail/nearly_subject.txt", context).strip(),
            "body": render_to_string("queueing/mail/nearly.txt", context),
            "sms": render_to_string("queueing/mail/nearly_sms.txt", context).strip(),
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


def tickets_notify_nearly(*, now: dt.datetime | None = None) -> int:
    """Tell the online visitors whose turn is near; how many were told. A message that cannot
    be sent leaves its ticket unmarked, for the next run."""
    now = now or timezone.now()
    told = 0
    for pk in _candidates(now):
        try:
            with write_transaction(savepoint=True):
                ticket = row_claim(
                    Ticket.objects.filter(
                        pk=pk, status=TicketStatus.WAITING, notified_at__isnull=True
                    ).select_related("group", "day__service_point")
                )
                if ticket is None:  # another worker has it, or it is no longer waiting
                    continue
                _send(ticket, _message(ticket, now))
                ticket.notified_at = now
                ticket.save(update_fields=["notified_at"])
                ticket_event_add(ticket=ticket, kind=TicketEventKind.NOTIFIED, at=now)
        except Exception:  # the mail server or SMS gateway: the next run tries again
            log.exception("Could not tell ticket %s that its turn is near", pk)
            continue
        told += 1
    return told
