"""What the agent's desk view and the point's queue page read (docs/queue.md, "The desk")."""

import datetime as dt
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count, Prefetch, QuerySet
from django.utils import timezone

from luukku.appointments.models import Appointment, MeetingType
from luukku.catalogue.models import Service
from luukku.organisation.models import ServicePoint

from ..models import OPEN_STATUSES, Desk, DeskSession, QueueDay, Ticket, TicketStatus, VisitContact


@dataclass
class DeskSeat:
    """A desk of the point and who sits at it now (None: free)."""

    desk: Desk
    agent: object | None


def point_desks(service_point: ServicePoint) -> list[DeskSeat]:
    """The point's desks in use, each with its groups and the agent at it now."""
    sessions = DeskSession.objects.filter(ended_at=None).select_related("agent")
    desks = (
        Desk.objects.filter(service_point=service_point, is_active=True)
        .prefetch_related("groups", Prefetch("sessions", queryset=sessions, to_attr="open"))
        .order_by("number")
    )
    return [DeskSeat(desk=desk, agent=desk.open[0].agent if desk.open else None) for desk in desks]


def closed_point_of_agent(agent, now: dt.datetime) -> ServicePoint | None:
    """The point whose queue day closed under the agent: the point of their latest desk,
    if today's day there is closed (closing the day ends its desks' sessions). None when
    they left the desk themselves or the day is open."""
    session = (
        DeskSession.objects.filter(agent=agent)
        .select_related("desk__service_point")
        .order_by("-started_at", "-pk")
        .first()
    )
    if session is None:
        return None
    point = session.desk.service_point
    day = queue_day_today(point, now)
    return point if day is not None and day.closed_at is not None else None


def desk_staffing(desks) -> dict[int, object]:
    """The agent at each of the desks now, by desk id (a desk nobody sits at is missing)."""
    sessions = DeskSession.objects.filter(desk__in=desks, ended_at=None).select_related("agent")
    return {session.desk_id: session.agent for session in sessions}


def queue_day_today(service_point: ServicePoint, now: dt.datetime) -> QueueDay | None:
    """Today's day of the point's queue, open or closed; None before it is first opened."""
    return QueueDay.objects.filter(
        service_point=service_point, date=timezone.localdate(now)
    ).first()


def day_status_counts(day: QueueDay) -> dict[str, int]:
    """How many of the day's tickets are in each status."""
    rows = day.tickets.values("status").annotate(count=Count("id"))
    return {row["status"]: row["count"] for row in rows}


def day_open_tickets(day: QueueDay) -> int:
    return day.tickets.filter(status__in=OPEN_STATUSES).count()


def no_show_allowed_at(ticket: Ticket) -> dt.datetime | None:
    """When a called ticket may be marked not come: the window after its last call."""
    if ticket.status != TicketStatus.CALLED or ticket.called_at is None:
        return None
    return ticket.called_at + dt.timedelta(seconds=settings.QUEUE_NO_SHOW_SECONDS)


def ticket_for_desk_view(pk: int) -> Ticket | None:
    return (
        Ticket.objects.filter(pk=pk)
        .select_related("group", "desk", "day__service_point", "appointment")
        .first()
    )


def visit_contacts(ticket: Ticket) -> list[VisitContact]:
    """What was logged of the visit, each with its case."""
    return list(ticket.contacts.select_related("case", "service"))


def contact_services(group) -> tuple[list[Service], list[Service]]:
    """The services a visit is logged as: the group's own first, then the others of the
    catalogue (published ones)."""
    own = list(group.services.filter(is_published=True).order_by("name"))
    others = list(
        Service.objects.filter(is_published=True)
        .exclude(pk__in=[service.pk for service in own])
        .order_by("name")
    )
    return own, others


def point_appointments_today(
    *, appointments: QuerySet[Appointment], service_point: ServicePoint, now: dt.datetime
) -> list[Appointment]:
    """The day's booked appointments at the point, of those given (the ones the reader may
    see), by time; each with `checked_in`: its open or finished ticket, if any."""
    start = timezone.localtime(now).replace(hour=0, minute=0, second=0, microsecond=0)
    tickets = Ticket.objects.exclude(status__in=[TicketStatus.LEFT, TicketStatus.CLOSED])
    found = list(
        appointments.filter(
            service_point=service_point,
            meeting_type=MeetingType.SERVICE_POINT,
            status=Appointment.Status.BOOKED,
            starts_at__gte=start,
            starts_at__lt=start + dt.timedelta(days=1),
        )
        .select_related("customer", "service")
        .prefetch_related(Prefetch("tickets", queryset=tickets, to_attr="queue_tickets"))
        .order_by("starts_at", "pk")
    )
    for appointment in found:
        appointment.checked_in = appointment.queue_tickets[0] if appointment.queue_tickets else None
    return found
