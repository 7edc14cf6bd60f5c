"""Expected waiting time per group (docs/queue.md, "Waiting-time estimates").

The method: a ticket waits until every ticket that a desk able to call it would call first
has been called, and one of the desks frees up. With `c` desks staffed for the group, `k`
tickets ahead, `b` of those desks busy and a mean service time `S`, the expected wait is

    max(0, k + 1 - (c - b)) * S / c

— exact for exponential service times (each busy desk frees up at rate 1/S, so the next free
desk comes after S/c on average, and `k + 1 - free` of them are needed). `S` is the mean
service time measured in the group over the last `MEASURE_DAYS` days (the time from the call
to the end of the visit, so walking to the desk counts), or the group's expected service time
until `MIN_SAMPLES` visits have been measured. Without a staffed desk there is no estimate.
"""

import datetime as dt

from django.db.models import Avg, DurationField, ExpressionWrapper, F, Q

from luukku.organisation.models import ServicePoint

from ..models import Desk, ServiceGroup, Ticket, TicketStatus

MEASURE_DAYS = 14
MIN_SAMPLES = 20


def mean_service_time(group: ServiceGroup, now: dt.datetime) -> dt.timedelta:
    """The group's measured mean service time, or its expected one while too few visits."""
    done = Ticket.objects.filter(
        group=group,
        status=TicketStatus.DONE,
        first_called_at__isnull=False,
        finished_at__gte=now - dt.timedelta(days=MEASURE_DAYS),
        finished_at__lte=now,
    )
    if done.count() < MIN_SAMPLES:
        return dt.timedelta(minutes=group.default_service_minutes)
    duration = ExpressionWrapper(F("finished_at") - F("first_called_at"), DurationField())
    mean = done.aggregate(mean=Avg(duration))["mean"]
    return mean or dt.timedelta(minutes=group.default_service_minutes)


def expected_wait(*, ahead: int, desks: int, busy: int, service: dt.timedelta) -> dt.timedelta:
    """The formula above; `desks` > 0."""
    free = max(0, desks - busy)
    needed = max(0, ahead + 1 - free)
    return service * needed / desks


def _staffed_for(group: ServiceGroup) -> list[Desk]:
    return list(
        Desk.objects.filter(
            groups=group, is_active=True, sessions__ended_at__isnull=True
        ).distinct()
    )


def _busy(desks: list[Desk]) -> int:
    return (
        Ticket.objects.filter(
            desk__in=desks, status__in=[TicketStatus.CALLED, TicketStatus.SERVING]
        )
        .values("desk")
        .distinct()
        .count()
    )


def ahead_queryset(ticket: Ticket, now: dt.datetime):
    """Waiting tickets that the desks able to call `ticket` would call before it."""
    groups = ServiceGroup.objects.filter(desks__groups=ticket.group).values("pk")
    same_desks = Q(group__in=groups) | Q(group=ticket.group)
    earlier = Q(queued_at__lt=ticket.queued_at) | Q(queued_at=ticket.queued_at, id__lt=ticket.pk)
    first_by_priority = Q(priority_from__lte=now) & ~Q(pk=ticket.pk)
    ahead = Ticket.objects.filter(day_id=ticket.day_id, status=TicketStatus.WAITING).filter(
        same_desks, for_desk__isnull=True
    )
    if ticket.priority_from is not None and ticket.priority_from <= now:
        return ahead.filter(first_by_priority).filter(earlier)
    return ahead.filter(first_by_priority | earlier).exclude(pk=ticket.pk)


def ticket_wait_estimate(ticket: Ticket, now: dt.datetime) -> dt.timedelta | None:
    desks = _staffed_for(ticket.group)
    if not desks:
        return None
    return expected_wait(
        ahead=ahead_queryset(ticket, now).count(),
        desks=len(desks),
        busy=_busy(desks),
        service=mean_service_time(ticket.group, now),
    )


def new_ticket_wait_estimates(
    service_point: ServicePoint, now: dt.datetime
) -> dict[int, dt.timedelta | None]:
    """For each active group of the point: the expected wait of a number taken now."""
    estimates: dict[int, dt.timedelta | None] = {}
    for group in ServiceGroup.objects.filter(service_point=service_point, is_active=True):
        desks = _staffed_for(group)
        if not desks:
            estimates[group.pk] = None
            continue
        groups = ServiceGroup.objects.filter(desks__in=desks).values("pk")
        ahead = Ticket.objects.filter(
            day__service_point=service_point,
            day__closed_at__isnull=True,
            status=TicketStatus.WAITING,
            group__in=groups,
            for_desk__isnull=True,
        ).count()
        estimates[group.pk] = expected_wait(
            ahead=ahead,
            desks=len(desks),
            busy=_busy(desks),
            service=mean_service_time(group, now),
        )
    return estimates
