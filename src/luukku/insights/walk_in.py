"""The walk-in queue's figures for the dashboard and the staffing planner (docs/metrics.md,
"Walk-in queue").

Read from the queue's tickets and desk sessions, not from rollups: a point takes a few hundred
tickets a day, so a year of one point is one query of some tens of thousands of short rows,
and the figures are exact (percentiles included) without a second copy to keep current.
A ticket belongs to the day it was taken and to the group it ended in (after transfers).
"""

import datetime as dt
import math
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Q
from django.db.models.functions import ExtractHour
from django.utils import timezone

from luukku.core.calendar import HELSINKI
from luukku.queueing.models import DeskSession, ServiceGroup, Ticket, TicketStatus

GAVE_UP = (TicketStatus.LEFT, TicketStatus.CLOSED)
# Tickets that ended at a desk: from the first call to the end, the desk was theirs.
AT_DESK = (TicketStatus.DONE, TicketStatus.NO_SHOW)


def percentile(values: list[float], share: float) -> float | None:
    """The nearest-rank percentile: the smallest value with at least `share` of the values at
    or below it; None when there are none."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


@dataclass
class QueueFigures:
    """One group's (or all groups') tickets of a period. Times in seconds."""

    tickets: int = 0
    waits: list[float] = field(default_factory=list)  # of the called tickets
    services: list[float] = field(default_factory=list)  # of the served tickets
    gave_up: int = 0  # left before service or closed with the day
    no_shows: int = 0
    within_target: int = 0
    target_counted: int = 0  # called, or gave up without being called

    @property
    def wait_mean(self) -> float | None:
        return _mean(self.waits)

    @property
    def wait_p90(self) -> float | None:
        return percentile(self.waits, 0.9)

    @property
    def service_mean(self) -> float | None:
        return _mean(self.services)

    @property
    def service_p90(self) -> float | None:
        return percentile(self.services, 0.9)

    @property
    def within_target_share(self) -> float | None:
        return self.within_target / self.target_counted if self.target_counted else None

    def add(self, row: dict, target: dt.timedelta) -> None:
        self.tickets += 1
        called = row["first_called_at"]
        if called is not None:
            wait = called - row["queued_at"]
            self.waits.append(wait.total_seconds())
            self.target_counted += 1
            self.within_target += wait <= target
        if row["status"] in GAVE_UP:
            self.gave_up += 1
            self.target_counted += called is None
        elif row["status"] == TicketStatus.NO_SHOW:
            self.no_shows += 1
        elif row["status"] == TicketStatus.DONE and called is not None and row["finished_at"]:
            self.services.append((row["finished_at"] - called).total_seconds())


@dataclass
class QueueReport:
    total: QueueFigures
    groups: list[tuple[ServiceGroup, QueueFigures]]
    # tickets per hour of the day (local time): {hour: {group id: count}}
    hours: dict[int, dict[int, int]]
    utilisation: float | None  # busy time ÷ staffed time of the desks, None without sessions


def queue_tickets(*, start: dt.date, end: dt.date, service_point=None, group=None):
    """The tickets taken from `start` to `end` (inclusive) at the point, in the group."""
    tickets = Ticket.objects.filter(day__date__gte=start, day__date__lte=end)
    if service_point is not None:
        tickets = tickets.filter(day__service_point=service_point)
    if group is not None:
        tickets = tickets.filter(group=group)
    return tickets


def queue_report(
    *, start: dt.date, end: dt.date, service_point=None, group=None, now=None
) -> QueueReport:
    """Tickets per group and hour, waiting and service times (mean, 90th percentile), left
    before service, no-shows, share called within the group's target wait, desk utilisation."""
    groups = ServiceGroup.objects.select_related("service_point").order_by(
        "service_point__name", "position", "prefix"
    )
    if service_point is not None:
        groups = groups.filter(service_point=service_point)
    if group is not None:
        groups = groups.filter(pk=group.pk)
    groups = {item.pk: item for item in groups}
    rows = (
        queue_tickets(start=start, end=end, service_point=service_point, group=group)
        .annotate(hour=ExtractHour("queued_at", tzinfo=HELSINKI))
        .values("group", "status", "queued_at", "first_called_at", "finished_at", "hour")
        .order_by()
    )
    total = QueueFigures()
    by_group: dict[int, QueueFigures] = defaultdict(QueueFigures)
    hours: dict[int, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    for row in rows:
        target = dt.timedelta(minutes=groups[row["group"]].target_wait_minutes)
        total.add(row, target)
        by_group[row["group"]].add(row, target)
        hours[row["hour"]][row["group"]] += 1
    return QueueReport(
        total=total,
        groups=[(item, by_group[pk]) for pk, item in groups.items() if pk in by_group],
        hours={hour: dict(counts) for hour, counts in sorted(hours.items())},
        utilisation=desk_utilisation(
            start=start, end=end, service_point=service_point, now=now or timezone.now()
        ),
    )


def _bounds(start: dt.date, end: dt.date) -> tuple[dt.datetime, dt.datetime]:
    return (
        dt.datetime.combine(start, dt.time.min, tzinfo=HELSINKI),
        dt.datetime.combine(end + dt.timedelta(days=1), dt.time.min, tzinfo=HELSINKI),
    )


def desk_utilisation(
    *, start: dt.date, end: dt.date, service_point=None, now: dt.datetime
) -> float | None:
    """The desks' busy time (from a ticket's first call to its end, for tickets that ended at
    a desk) over their staffed time (desk sessions, an open one up to now), in the period."""
    since, until = _bounds(start, end)
    until = min(until, now)
    sessions = DeskSession.objects.filter(started_at__lt=until).filter(
        Q(ended_at__isnull=True) | Q(ended_at__gt=since)
    )
    tickets = Ticket.objects.filter(
        status__in=AT_DESK, desk__isnull=False, first_called_at__lt=until, finished_at__gt=since
    )
    if service_point is not None:
        sessions = sessions.filter(desk__service_point=service_point)
        tickets = tickets.filter(desk__service_point=service_point)

    def overlap(begin, finish) -> float:
        finish = until if finish is None else min(finish, until)
        return max(0.0, (finish - max(begin, since)).total_seconds())

    staffed = sum(
        overlap(*pair) for pair in sessions.order_by().values_list("started_at", "ended_at")
    )
    if not staffed:
        return None
    busy = sum(
        overlap(*pair) for pair in tickets.order_by().values_list("first_called_at", "finished_at")
    )
    return min(1.0, busy / staffed)


def queue_arrivals(*, group: ServiceGroup, since: dt.date, until: dt.date):
    """Tickets taken in the group per local day and quarter-hour before `until`, and the mean
    service time (seconds) of its served tickets in that time: the staffing planner's
    measured history of the walk-in channel."""
    tickets = queue_tickets(start=since, end=until - dt.timedelta(days=1), group=group)
    arrivals = [
        moment.astimezone(HELSINKI) for moment in tickets.values_list("queued_at", flat=True)
    ]
    services = [
        (finished - called).total_seconds()
        for called, finished in tickets.filter(
            status=TicketStatus.DONE, first_called_at__isnull=False, finished_at__isnull=False
        ).values_list("first_called_at", "finished_at")
    ]
    return arrivals, _mean(services)
