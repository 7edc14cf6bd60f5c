"""What the desks, the display and a visitor's ticket page show, read from the database."""

import datetime as dt
from dataclasses import dataclass, field

from django.db.models import Count, Min, Q
from django.utils import timezone

from luukku.core.calendar import HELSINKI
from luukku.core.realtime import stream_name
from luukku.organisation.models import ServicePoint
from luukku.organisation.selectors import service_point_hours

from ..models import (
    Desk,
    DeskSession,
    QueueDay,
    ServiceGroup,
    Ticket,
    TicketEvent,
    TicketEventKind,
    TicketStatus,
)


def queue_stream(service_point_id: int) -> str:
    """The realtime stream of a point's queue (`core.realtime`)."""
    return stream_name("queue", service_point_id)


def queue_day_open_now(service_point: ServicePoint, now: dt.datetime) -> QueueDay | None:
    """Today's day of the point's queue, if it is open."""
    return QueueDay.objects.filter(
        service_point=service_point, date=timezone.localdate(now), closed_at__isnull=True
    ).first()


def desk_current_ticket(desk: Desk) -> Ticket | None:
    """The ticket called to or being served at the desk (one at a time; held ones aside)."""
    return (
        Ticket.objects.filter(desk=desk, status__in=[TicketStatus.CALLED, TicketStatus.SERVING])
        .select_related("group")
        .first()
    )


def desk_held_tickets(desk: Desk) -> list[Ticket]:
    return list(
        Ticket.objects.filter(desk=desk, status=TicketStatus.ON_HOLD).select_related("group")
    )


def desk_transferred_tickets(desk: Desk) -> list[Ticket]:
    """Waiting tickets transferred to this desk: it calls them before its groups' lines,
    whatever their group."""
    return list(
        Ticket.objects.filter(
            for_desk=desk, status=TicketStatus.WAITING, day__closed_at__isnull=True
        )
        .select_related("group")
        .order_by("queued_at", "id")
    )


def desk_of_agent(agent) -> Desk | None:
    session = (
        DeskSession.objects.filter(agent=agent, ended_at=None)
        .select_related("desk__service_point")
        .first()
    )
    return session.desk if session else None


@dataclass
class GroupLine:
    """One group's line as the desks and the display show it."""

    group: ServiceGroup
    waiting: int
    longest_wait: dt.timedelta | None
    estimate: dt.timedelta | None = None
    next_tickets: list[Ticket] = field(default_factory=list)


def group_lines(
    service_point: ServicePoint, now: dt.datetime, *, next_count: int = 0
) -> list[GroupLine]:
    """Every active group of the point with its waiting count, longest wait and estimate."""
    from .estimates import new_ticket_wait_estimates

    day = queue_day_open_now(service_point, now)
    groups = list(ServiceGroup.objects.filter(service_point=service_point, is_active=True))
    counts = {}
    if day is not None:
        counts = {
            row["group"]: row
            for row in Ticket.objects.filter(day=day, status=TicketStatus.WAITING)
            .values("group")
            .annotate(waiting=Count("id"), oldest=Min("queued_at"))
        }
    estimates = new_ticket_wait_estimates(service_point, now) if day is not None else {}
    lines = []
    for group in groups:
        row = counts.get(group.pk)
        line = GroupLine(
            group=group,
            waiting=row["waiting"] if row else 0,
            longest_wait=now - row["oldest"] if row else None,
            estimate=estimates.get(group.pk),
        )
        if next_count and row:
            line.next_tickets = list(
                Ticket.objects.filter(day=day, group=group, status=TicketStatus.WAITING)
                .select_related("group", "for_desk")
                .order_by("queued_at", "id")[:next_count]
            )
        lines.append(line)
    return lines


@dataclass
class Call:
    ticket: str
    desk: str
    at: dt.datetime


def current_calls(service_point: ServicePoint, now: dt.datetime) -> list[Call]:
    """Every ticket of the open day called to a desk and not yet come (CALLED), newest call
    first: what the display shows as "now serving"."""
    day = queue_day_open_now(service_point, now)
    if day is None:
        return []
    called = (
        day.tickets.filter(status=TicketStatus.CALLED, desk__isnull=False)
        .select_related("desk")
        .order_by("-called_at", "-id")
    )
    return [Call(ticket=t.code, desk=t.desk.number, at=t.called_at) for t in called]


# Tickets that will not come to a desk any more: not shown among the last calls.
GONE = [TicketStatus.CALLED, TicketStatus.NO_SHOW, TicketStatus.LEFT, TicketStatus.CLOSED]


def recent_calls(service_point: ServicePoint, now: dt.datetime, *, limit: int = 6) -> list[Call]:
    """The day's latest calls, newest first, each ticket once (its latest call), of tickets
    that came to the desk: those still called are `current_calls`, and those that did not
    come (or that the closing of the day ended) are left out."""
    day = queue_day_open_now(service_point, now)
    if day is None:
        return []
    events = (
        TicketEvent.objects.filter(
            ticket__day=day, kind__in=[TicketEventKind.CALLED, TicketEventKind.RECALLED]
        )
        .exclude(ticket__status__in=GONE)
        .select_related("ticket", "desk")
        .order_by("-at", "-id")
    )
    calls: list[Call] = []
    seen: set[int] = set()
    for event in events[: limit * 4]:
        if event.ticket_id in seen or event.desk is None:
            continue
        seen.add(event.ticket_id)
        calls.append(Call(ticket=event.ticket.code, desk=event.desk.number, at=event.at))
        if len(calls) == limit:
            break
    return calls


def ticket_by_token(token: str) -> Ticket | None:
    return (
        Ticket.objects.filter(token=token)
        .select_related("group", "desk", "day__service_point")
        .first()
    )


def ticket_ahead_count(ticket: Ticket, now: dt.datetime) -> int:
    """How many waiting tickets a desk that can call this one would call before it."""
    from .estimates import ahead_queryset

    return ahead_queryset(ticket, now).count()


def point_queue_open(service_point: ServicePoint, now: dt.datetime) -> bool:
    return queue_day_open_now(service_point, now) is not None


def points_with_queue():
    """Service points that have service groups, for choosing a kiosk, display or desk."""
    return (
        ServicePoint.objects.filter(Q(service_groups__is_active=True)).distinct().order_by("name")
    )


def queue_opens_next(service_point: ServicePoint, now: dt.datetime) -> dt.datetime | None:
    """When the point's opening hours next begin (later today or within a week), in
    Helsinki time; None when no opening hours are known. What a closed kiosk tells."""
    local = now.astimezone(HELSINKI)
    for day in service_point_hours(service_point=service_point, start=local.date(), days=8):
        for opens, _closes in sorted(day["periods"]):
            starts = dt.datetime.combine(day["date"], opens, tzinfo=HELSINKI)
            if starts > local:
                return starts
    return None


@dataclass
class ServiceQueue:
    """A point where a catalogue service can be queued for online: its group's line."""

    service_point: ServicePoint
    line: GroupLine


def service_queues(service, now: dt.datetime) -> list[ServiceQueue]:
    """The points whose queue is open now with a group serving `service`, each with the
    group's waiting count and estimate (the first group of the point that serves it)."""
    groups = (
        ServiceGroup.objects.filter(services=service, is_active=True)
        .select_related("service_point")
        .order_by("service_point__name", "position", "prefix")
    )
    queues: list[ServiceQueue] = []
    for group in groups:
        point = group.service_point
        if any(queue.service_point.pk == point.pk for queue in queues):
            continue
        if not point_queue_open(point, now):
            continue
        line = next(line for line in group_lines(point, now) if line.group.pk == group.pk)
        queues.append(ServiceQueue(service_point=point, line=line))
    return queues
