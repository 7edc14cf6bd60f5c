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
Tickets transferred to one of our desks count whole (that desk calls them first). When the
groups' service times differ, `S` is the mean over the visits the desks have in hand and in
front of the ticket (each by its own group's measured time), not the ticket's own group's:
three bus-card visits of 4 minutes ahead of a Kela visit take 12 minutes, not three Kela
visits' time. With one group that is the group's `S`; with one desk it is exact for
exponential times.
"""

import datetime as dt
from collections import Counter

from django.db.models import Avg, Count, DurationField, ExpressionWrapper, F, Q

from luukku.organisation.models import ServicePoint

from ..models import Desk, ServiceGroup, Ticket, TicketEventKind, TicketStatus

MEASURE_DAYS = 14
MIN_SAMPLES = 20


def _measured(groups, now: dt.datetime) -> dict[int, dt.timedelta]:
    """Each group's measured mean service time, or its expected one while too few visits.
    Visits that were transferred or put on hold are not measured (see above)."""
    duration = ExpressionWrapper(F("finished_at") - F("first_called_at"), DurationField())
    rows = (
        Ticket.objects.filter(
            group__in=[group.pk for group in groups],
            status=TicketStatus.DONE,
            first_called_at__isnull=False,
            finished_at__gte=now - dt.timedelta(days=MEASURE_DAYS),
            finished_at__lte=now,
        )
        .exclude(events__kind__in=[TicketEventKind.TRANSFERRED, TicketEventKind.HELD])
        .order_by()
        .values("group")
        .annotate(count=Count("pk", distinct=True), mean=Avg(duration))
    )
    measured = {row["group"]: row for row in rows}
    times = {}
    for group in groups:
        row = measured.get(group.pk)
        if row is None or row["count"] < MIN_SAMPLES or row["mean"] is None:
            times[group.pk] = dt.timedelta(minutes=group.default_service_minutes)
        else:
            times[group.pk] = row["mean"]
    return times


def mean_service_time(group: ServiceGroup, now: dt.datetime) -> dt.timedelta:
    """The group's measured mean service time, or its expected one while too few visits."""
    return _measured([group], now)[group.pk]


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


def _busy_desks(desks) -> dict[int, int]:
    """The desks with a ticket called or being served, and that ticket's group."""
    return dict(
        Ticket.objects.filter(
            desk__in=list(desks), status__in=[TicketStatus.CALLED, TicketStatus.SERVING]
        ).values_list("desk", "group")
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


def _estimate(
    *,
    rows,
    ours: set[int],
    staffed: dict[int, set[int]],
    busy: dict[int, int],
    times: dict[int, dt.timedelta],
    own: dt.timedelta,
) -> dt.timedelta:
    """`rows`: (group, for_desk) of the waiting tickets ahead. Each counts by how likely one
    of our desks calls it (whole when transferred to one of them, by the group's share
    otherwise); `S` is the mean service time of those and of the visits at our busy desks."""
    shares = _shares(ours, staffed)
    ahead = 0.0
    work = dt.timedelta()
    for group, for_desk in rows:
        weight = float(for_desk in ours) if for_desk is not None else shares.get(group, 0.0)
        ahead += weight
        work += times.get(group, own) * weight
    in_hand = [group for desk, group in busy.items() if desk in ours]
    work += sum((times.get(group, own) for group in in_hand), dt.timedelta())
    count = ahead + len(in_hand)
    service = work / count if count else own
    return expected_wait(ahead=ahead, desks=len(ours), busy=len(in_hand), service=service)


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


def _point_groups(service_point_id: int) -> list[ServiceGroup]:
    return list(ServiceGroup.objects.filter(service_point_id=service_point_id, is_active=True))


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
    times = _measured(_point_groups(ticket.group.service_point_id), now)
    return _estimate(
        rows=ahead_queryset(ticket, now).values_list("group", "for_desk"),
        ours=ours,
        staffed=staffed,
        busy=_busy_desks(ours),
        times=times,
        own=times.get(ticket.group_id) or mean_service_time(ticket.group, now),
    )


def new_ticket_wait_estimates(
    service_point: ServicePoint, now: dt.datetime
) -> dict[int, dt.timedelta | None]:
    """For each active group of the point: the expected wait of a number taken now (every
    waiting ticket came before it)."""
    staffed = _staffed_desks(service_point.pk)
    groups = _point_groups(service_point.pk)
    if not staffed:
        return {group.pk: None for group in groups}
    busy = _busy_desks(staffed)
    times = _measured(groups, now)
    rows = list(
        Ticket.objects.filter(
            day__service_point=service_point,
            day__closed_at__isnull=True,
            status=TicketStatus.WAITING,
        ).values_list("group", "for_desk")
    )
    estimates: dict[int, dt.timedelta | None] = {}
    for group in groups:
        ours = {desk for desk, served in staffed.items() if group.pk in served}
        estimates[group.pk] = (
            _estimate(
                rows=rows, ours=ours, staffed=staffed, busy=busy, times=times, own=times[group.pk]
            )
            if ours
            else None
        )
    return estimates
