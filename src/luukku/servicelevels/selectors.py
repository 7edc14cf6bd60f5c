"""Service levels read from the timeline: due times, pauses, warnings and breaches.

Due times are derived from the case's append-only timeline, so they are never out of step
with it: the clock starts when the case is created, stops while the case waits for the
customer, and counts only the service centre's business hours.
"""

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Count, IntegerField, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from luukku.cases.models import OPEN_STATUSES, Case, CaseEvent, Status
from luukku.cases.selectors import case_visible_to, cases_visible_to, consultations_waiting_for
from luukku.core.calendar import BusinessHours
from luukku.core.reference import ReferenceList
from luukku.organisation.models import User

# The service centre's business hours are the organisation's; named here too, where the
# service-level code and its readers have always found them.
from luukku.organisation.selectors import (  # noqa: F401
    BUSINESS_HOURS,
    STAFF,
    business_hours,
)

from .models import Alert, Escalation, Target

TARGETS = ReferenceList("service-level-targets", Target.objects.all())


def target_for(*, service_id: int, priority: int) -> Target | None:
    """The most specific target: the service's for the priority, the service's for any
    priority, the default for the priority, the default for any priority."""
    candidates = [
        target
        for target in TARGETS.all()
        if target.service_id in (None, service_id) and target.priority in (None, priority)
    ]
    return min(
        candidates,
        key=lambda target: (target.service_id is None, target.priority is None),
        default=None,
    )


class State:
    RUNNING = "running"
    PAUSED = "paused"
    WARNING = "warning"
    MET = "met"
    BREACHED = "breached"


@dataclass(frozen=True)
class Clock:
    due_at: dt.datetime
    warn_at: dt.datetime
    done_at: dt.datetime | None
    state: str
    used: Decimal  # share of the target used so far (or when done), 0–1 and over

    @property
    def is_done(self) -> bool:
        return self.done_at is not None

    @property
    def percent(self) -> int:
        return int(self.used * 100)


@dataclass(frozen=True)
class ServiceLevel:
    target: Target
    first_response: Clock
    resolution: Clock
    paused: bool

    @property
    def current(self) -> Clock:
        """The clock that matters now: the first response until it is given, then resolution."""
        return self.resolution if self.first_response.is_done else self.first_response

    @property
    def clocks(self) -> list[tuple[str, Clock]]:
        return [("first_response", self.first_response), ("resolution", self.resolution)]


def _running_intervals(
    case: Case, events: list[CaseEvent]
) -> list[tuple[dt.datetime, dt.datetime | None]]:
    """When the clock ran: from creation, except while the case waited for the customer."""
    intervals = []
    start = case.created_at
    for event in events:
        if event.kind != CaseEvent.Kind.STATUS:
            continue
        to = event.data.get("to")
        if to == Status.WAITING_CUSTOMER and start is not None:
            intervals.append((start, event.at))
            start = None
        elif to != Status.WAITING_CUSTOMER and start is None:
            start = event.at
    if start is not None:
        intervals.append((start, None))
    return intervals


def _resumes_at(events: list[CaseEvent]) -> dt.datetime | None:
    """The moment the last pause is known to last until at least (an application waiting
    for its round's close), if it said so."""
    last = next((e for e in reversed(events) if e.kind == CaseEvent.Kind.STATUS), None)
    if last is None or last.data.get("to") != Status.WAITING_CUSTOMER:
        return None
    moment = last.data.get("resumes_at")
    return dt.datetime.fromisoformat(moment) if moment else None


def _due(
    hours: BusinessHours, intervals, target: dt.timedelta, now: dt.datetime, resumes_at=None
) -> dt.datetime:
    remaining = target
    for begin, end in intervals:
        if end is not None:
            available = hours.between(begin, end)
            if available < remaining:
                remaining -= available
                continue
        return hours.add(begin, remaining)
    # Paused with time left: if it resumed now (or when it is known to resume), the rest
    # would run from then.
    paused_at = intervals[-1][1] if intervals else now
    return hours.add(max(now, paused_at, resumes_at or now), remaining)


def _used(hours: BusinessHours, intervals, until: dt.datetime, target: dt.timedelta) -> Decimal:
    spent = dt.timedelta()
    for begin, end in intervals:
        if begin >= until:
            break
        spent += hours.between(begin, min(end or until, until))
    return Decimal(spent / target).quantize(Decimal("0.001"))


def _clock(hours, intervals, target_hours, done_at, paused, warning, now, resumes_at) -> Clock:
    target = dt.timedelta(hours=float(target_hours))
    due_at = _due(hours, intervals, target, now, resumes_at)
    warn_at = _due(hours, intervals, target * warning / 100, now, resumes_at)
    used = _used(hours, intervals, done_at or now, target)
    if done_at is not None:
        state = State.MET if done_at <= due_at else State.BREACHED
    elif now > due_at:
        state = State.BREACHED
    elif paused:
        state = State.PAUSED
    elif used * 100 >= warning:
        state = State.WARNING
    else:
        state = State.RUNNING
    return Clock(due_at=due_at, warn_at=warn_at, done_at=done_at, state=state, used=used)


def case_service_level(
    *,
    case: Case,
    hours: BusinessHours | None = None,
    now: dt.datetime | None = None,
    events: list[CaseEvent] | None = None,
    targets: dict | None = None,
) -> ServiceLevel | None:
    """The case's targets, due times and their state now; None when no target applies.

    For many cases at once, give each case's `events` in time order (status changes and
    replies are enough) and one `targets` dict to remember the targets already looked up.
    """
    key = (case.service_id, case.priority)
    if targets is not None and key in targets:
        target = targets[key]
    else:
        target = target_for(service_id=case.service_id, priority=case.priority)
        if targets is not None:
            targets[key] = target
    if target is None:
        return None
    hours = hours or business_hours()
    now = now or timezone.now()
    if events is None:
        events = list(case.events.order_by("at", "pk"))
    intervals = _running_intervals(case, events)
    paused = case.status == Status.WAITING_CUSTOMER
    replied = next((e.at for e in events if e.kind == CaseEvent.Kind.MESSAGE_OUT), None)
    resolved = case.resolved_at if case.status in {Status.RESOLVED, Status.CLOSED} else None
    resumes_at = _resumes_at(events) if paused else None
    return ServiceLevel(
        target=target,
        first_response=_clock(
            hours,
            intervals,
            target.first_response_hours,
            replied or resolved,
            paused,
            target.warning_percent,
            now,
            resumes_at,
        ),
        resolution=_clock(
            hours,
            intervals,
            target.resolution_hours,
            resolved,
            paused,
            target.warning_percent,
            now,
            resumes_at,
        ),
        paused=paused,
    )


def case_escalations(*, case: Case) -> list:
    escalations = list(Escalation.objects.filter(case=case).select_related("step"))
    STAFF.attach(escalations, "holder", "escalated_by")
    return escalations


def case_alerts(*, case: Case) -> list:
    return list(Alert.objects.filter(case=case))


def _waiting_for(user):
    return Escalation.objects.filter(
        holder=user, closed_at__isnull=True, case__status__in=OPEN_STATUSES
    )


def escalations_for_holder(*, user) -> list:
    """Open escalations waiting for this person, of cases still open, soonest due first."""
    return list(
        _waiting_for(user)
        .select_related("case__service", "step", "escalated_by")
        .order_by("due_at", "pk")
    )


def requests_waiting_count(*, user) -> int:
    """For the navigation of every staff page, in one query: consultations and escalations
    waiting for this person, and answers to their questions not yet seen."""
    counts = (
        User.objects.filter(pk=user.pk)
        .annotate(
            waiting_consultations=_counted(consultations_waiting_for(user=user)),
            waiting_escalations=_counted(_waiting_for(user)),
        )
        .values_list("waiting_consultations", "waiting_escalations")
        .first()
    )
    return sum(counts or (0, 0))


def _counted(queryset: QuerySet):
    """The rows of `queryset` counted as a scalar subquery (0 when there are none)."""
    grouped = queryset.order_by().annotate(one=Value(1)).values("one")
    count = grouped.annotate(count=Count("pk")).values("count")[:1]
    return Coalesce(Subquery(count, output_field=IntegerField()), 0)


def escalation_get_for_change(*, pk: int, viewer) -> Escalation:
    """An escalation of a case the viewer may see; raises Escalation.DoesNotExist otherwise,
    exactly as for an id that does not exist, so that ids tell nothing of other cases."""
    return Escalation.objects.select_related("case", "step").get(
        pk=pk, case__in=cases_visible_to(user=viewer)
    )


def escalation_can_close(*, escalation, user) -> bool:
    """The person at the step, or a supervisor who may see the case, while it is open."""
    if not escalation.is_open:
        return False
    if user.pk == escalation.holder_id:
        return True
    return user.sees_everything and case_visible_to(case=escalation.case, user=user)


def cases_escalated_to(user) -> QuerySet:
    """The cases at one of whose escalation steps the user stands: they see them, sensitive
    or not (registered with `cases.registry` as an access grant)."""
    return Escalation.objects.filter(holder=user).values("case_id")
