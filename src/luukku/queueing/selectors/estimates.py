"""Expected waiting time per group (docs/queue.md, "Waiting-time estimates").

The method: a ticket waits until every ticket that a desk able to call it would call first
has been called, and one of the desks frees up. With `c` desks staffed for the group, `k`
tickets ahead, `b` of those desks busy and a mean service time `S`, the expected wait is

    max(0, k + 1 - (c - b)) * S / c

— exact for exponential service times when all desks are busy (each busy desk frees up at
rate 1/S, so the next free desk comes after S/c on average, and `k + 1 - free` of them are
needed); tested against a simulation of M/M/c in tests/test_estimates.py. `S` is the mean
service time measured in the group over the last `MEASURE_DAYS` days (the time from the call
to the end of the visit, so walking to the desk counts; visits that were transferred or put
on hold are left out, as their time includes waiting in another line or at the side), or the
group's expected service time until `MIN_SAMPLES` visits have been measured. Without a
staffed desk there is no estimate.

Desks that serve several groups: a waiting ticket of another group counts as ahead only by
the share of that group's staffed desks that are also ours (`c` being our desks): a line
served by three desks of which one is ours puts a third of its tickets in front of us.
Tickets transferred to one of our desks count whole (that desk calls them first).
"""

import datetime as dt
from collections import Counter

from django.db.models import Avg, Count, DurationField, ExpressionWrapper, F, Q

from luukku.organisation.models import ServicePoint

from ..models import Desk, ServiceGroup, Ticket, TicketEventKind, TicketStatus

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
    ).exclude(events__kind__in=[TicketEventKind.TRANSFERRED, TicketEventKind.HELD])
    duration = ExpressionWrapper(F("finished_at") - F("first_called_at"), DurationField())
    figures = done.aggregate(count=Count("pk", distinct=True), mean=Avg(duration))
    if figures["count"] < MIN_SAMPLES or figures["mean"] is None:
        return dt.timedelta(minutes=group.default_service_minutes)
    return figures["mean"]


def expected_wait(*, ahead: float, desks: int, busy: int, service: dt.timedelta) -> dt.timedelta:
    """The formula above; `desks` > 0. `ahead` may be fractional (shared desks)."""
    free = max(0, desks - busy)
    needed = max(0.0, ahead + 1 - free)
    return service * needed / desks


def _staffed_desks(service_point_id: int) -> dict[int, set[int]]:
    """The point's staffed desks now, each with the groups it serves."""
    desks: dict[int, set[int]] = {}
    rows = Desk.objects.filter(
        service_point_id=service_point_id, is_active=True, sessions__ended_at__isnull=True
    ).values_list("pk", "groups")
    for desk, group in rows:
        groups = desks.setdefault(desk, set())
        if group is not None:
            groups.add(group)
    return desks


def _busy_desks(desks) -> set[int]:
    return set(
        Ticket.objects.filter(
            desk__in=desks, status__in=[TicketStatus.CALLED, TicketStatus.SERVING]
        ).values_list("desk", flat=True)
    )


def _shares(ours: set[int], staffed: dict[int, set[int]]) -> dict[int, float]:
    """For each group: the share of its staffed desks that are among `ours`."""
    all_desks: Counter = Counter()
    our_desks: Counter = Counter()
    for desk, groups in staffed.items():
        for group in groups:
            all_desks[group] += 1
            our_desks[group] += desk in ours
    return {group: our_desks[group] / count for group, count in all_desks.items()}


def _weighted_ahead(rows, ours: set[int], shares: dict[int, float]) -> float:
    """Rows of (group, for_desk) of waiting tickets, each counted by how likely one of our
    desks calls it: whole when transferred to one of them, by the group's share otherwise."""
    ahead = 0.0
    for group, for_desk in rows:
        if for_desk is not None:
            ahead += for_desk in ours
        else:
            ahead += shares.get(group, 0.0)
    return ahead


def ahead_queryset(ticket: Ticket, now: dt.datetime):
    """Waiting tickets that the desks able to call `ticket` would call before it: of the
    groups those desks serve, first by priority, then by arrival, and those transferred to
    one of the desks (they come first there)."""
    if ticket.for_desk_id is not None:
        desks = Desk.objects.filter(pk=ticket.for_desk_id)
    else:
        desks = Desk.objects.filter(groups=ticket.group, is_active=True)
    groups = ServiceGroup.objects.filter(desks__in=desks).values("pk")
    earlier = Q(queued_at__lt=ticket.queued_at) | Q(queued_at=ticket.queued_at, id__lt=ticket.pk)
    priority = Q(priority_from__lte=now)
    waiting = Ticket.objects.filter(day_id=ticket.day_id, status=TicketStatus.WAITING).exclude(
        pk=ticket.pk
    )
    transferred_here = Q(for_desk__in=desks.values("pk"))
    if ticket.for_desk_id is not None:
        return waiting.filter(transferred_here & earlier)
    same_line = Q(for_desk__isnull=True, group__in=groups)
    if ticket.priority_from is not None and ticket.priority_from <= now:
        ahead = same_line & priority & earlier
    else:
        ahead = same_line & (priority | earlier)
    return waiting.filter(ahead | transferred_here)


def ticket_wait_estimate(ticket: Ticket, now: dt.datetime) -> dt.timedelta | None:
    """The expected wait of a waiting ticket from now; None when no desk for it is staffed."""
    if ticket.status != TicketStatus.WAITING:
        return None
    staffed = _staffed_desks(ticket.group.service_point_id)
    if ticket.for_desk_id is not None:
        ours = {ticket.for_desk_id} & staffed.keys()
    else:
        ours = {desk for desk, groups in staffed.items() if ticket.group_id in groups}
    if not ours:
        return None
    rows = ahead_queryset(ticket, now).values_list("group", "for_desk")
    return expected_wait(
        ahead=_weighted_ahead(rows, ours, _shares(ours, staffed)),
        desks=len(ours),
        busy=len(_busy_desks(ours)),
        service=mean_service_time(ticket.group, now),
    )


def new_ticket_wait_estimates(
    service_point: ServicePoint, now: dt.datetime
) -> dict[int, dt.timedelta | None]:
    """For each active group of the point: the expected wait of a number taken now (every
    waiting ticket came before it)."""
    staffed = _staffed_desks(service_point.pk)
    busy = _busy_desks(staffed)
    rows = list(
        Ticket.objects.filter(
            day__service_point=service_point,
            day__closed_at__isnull=True,
            status=TicketStatus.WAITING,
        ).values_list("group", "for_desk")
    )
    estimates: dict[int, dt.timedelta | None] = {}
    for group in ServiceGroup.objects.filter(service_point=service_point, is_active=True):
        ours = {desk for desk, groups in staffed.items() if group.pk in groups}
        if not ours:
            estimates[group.pk] = None
            continue
        estimates[group.pk] = expected_wait(
            ahead=_weighted_ahead(rows, ours, _shares(ours, staffed)),
            desks=len(ours),
            busy=len(busy & ours),
            service=mean_service_time(group, now),
        )
    return estimates
