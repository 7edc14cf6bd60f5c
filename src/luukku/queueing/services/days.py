"""Opening and closing a service point's queue day, and the agent's place at a desk."""

import datetime as dt

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from luukku.core.locks import in_transaction, row_created, row_lock
from luukku.organisation.models import ServicePoint, User

from ..models import Desk, DeskSession, QueueDay, TicketEventKind, TicketSource, TicketStatus
from ..selectors.queue import desk_current_ticket, queue_day_open_now, queue_stream
from .events import queue_changed, ticket_event_add

# What a ticket still open when its day closes becomes: the visitor being served was served,
# the one called but not come did not come, and a waiting one left without service.
CLOSING_OUTCOME = {
    TicketStatus.WAITING: (TicketStatus.CLOSED, TicketEventKind.CLOSED),
    TicketStatus.CALLED: (TicketStatus.NO_SHOW, TicketEventKind.NO_SHOW),
    TicketStatus.SERVING: (TicketStatus.DONE, TicketEventKind.DONE),
    TicketStatus.ON_HOLD: (TicketStatus.DONE, TicketEventKind.DONE),
}


@in_transaction
def queue_day_open(
    *, service_point: ServicePoint, actor: User | None, now: dt.datetime | None = None
) -> QueueDay:
    """Open today's queue at the point: numbers start from 1. A day left open before today
    is closed first. Reopening today's closed day carries on its numbers."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    for stale in QueueDay.objects.filter(
        service_point=service_point, closed_at__isnull=True, date__lt=today
    ):
        queue_day_close(day=stale, actor=actor, now=now)
    day = QueueDay.objects.filter(service_point=service_point, date=today).first()
    if day is None:
        day = row_created(
            QueueDay.objects.create(
                service_point=service_point, date=today, opened_at=now, opened_by=actor
            )
        )
    elif day.closed_at is not None:
        day = row_lock(day)
        day.closed_at = None
        day.closed_by = None
        day.save(update_fields=["closed_at", "closed_by"])
    queue_changed(service_point.pk, {"event": "opened"})
    return day


@in_transaction
def queue_day_close(*, day: QueueDay, actor: User | None, now: dt.datetime | None = None) -> dict:
    """Close the day: every ticket still open ends with its outcome (`CLOSING_OUTCOME`) and the
    desks' agents leave. The addresses online visitors gave for their message were given for
    this day's turn only: they are erased now, except on the waiting tickets the close ended
    (CLOSED), whose visitors the notification job tells that the queue closed and then erases
    theirs (`services.notifications`). Returns how many tickets ended in each status."""
    now = now or timezone.now()
    if day.closed_at is not None:
        raise ValidationError(_("The queue of this day is already closed."))
    outcomes: dict[str, int] = {}
    for ticket in day.tickets.filter(status__in=CLOSING_OUTCOME).select_related("desk"):
        status, kind = CLOSING_OUTCOME[ticket.status]
        ticket = row_lock(ticket)
        ticket.status = status
        ticket.finished_at = now
        ticket.save(update_fields=["status", "finished_at"])
        ticket_event_add(ticket=ticket, kind=kind, at=now, desk=ticket.desk, actor=actor)
        outcomes[status] = outcomes.get(status, 0) + 1
    day.tickets.exclude(notify_email="", notify_phone="").exclude(
        status=TicketStatus.CLOSED, source=TicketSource.VIRTUAL
    ).update(notify_email="", notify_phone="")
    day = row_lock(day)
    day.closed_at = now
    day.closed_by = actor
    day.save(update_fields=["closed_at", "closed_by"])
    DeskSession.objects.filter(desk__service_point_id=day.service_point_id, ended_at=None).update(
        ended_at=now
    )
    queue_changed(day.service_point_id, {"event": "closed"})
    return outcomes


@in_transaction
def desk_session_start(*, desk: Desk, agent: User, now: dt.datetime | None = None) -> DeskSession:
    """The agent sits at the desk (leaving any other desk). Another agent's open session at
    this desk is refused: two people cannot call from one desk."""
    now = now or timezone.now()
    if not desk.is_active:
        raise ValidationError(_("This desk is not in use."))
    current = DeskSession.objects.filter(desk=desk, ended_at=None).first()
    if current is not None and current.agent_id == agent.pk:
        return current
    if current is not None:
        raise ValidationError(
            _("%(name)s is at this desk. Choose another desk.")
            % {"name": current.agent.get_full_name() or current.agent.get_username()}
        )
    DeskSession.objects.filter(agent=agent, ended_at=None).update(ended_at=now)
    session = row_created(DeskSession.objects.create(desk=desk, agent=agent, started_at=now))
    queue_changed(desk.service_point_id, {"event": "staffed"})
    return session


@in_transaction
def desk_session_end(*, agent: User, now: dt.datetime | None = None) -> int:
    """The agent leaves their desk; returns the number of sessions ended (0 or 1). Refused
    while a visitor is called to or served at the desk: nobody would be left to serve them."""
    now = now or timezone.now()
    session = DeskSession.objects.filter(agent=agent, ended_at=None).select_related("desk").first()
    current = desk_current_ticket(session.desk) if session is not None else None
    if current is not None:
        raise ValidationError(
            _("Finish, transfer or put %(ticket)s on hold first.") % {"ticket": current.code}
        )
    ended = DeskSession.objects.filter(agent=agent, ended_at=None).update(ended_at=now)
    return ended


def queue_day_required(service_point: ServicePoint, now: dt.datetime) -> QueueDay:
    day = queue_day_open_now(service_point, now)
    if day is None:
        raise ValidationError(_("The queue is closed. Open the day first."))
    return day


__all__ = [
    "desk_session_end",
    "desk_session_start",
    "queue_day_close",
    "queue_day_open",
    "queue_day_required",
    "queue_stream",
]
