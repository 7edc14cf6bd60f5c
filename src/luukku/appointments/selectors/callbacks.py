"""Phone hours, callback windows, the callback worklist and its service level."""

import datetime as dt
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count, F, Q, QuerySet
from django.utils import timezone

from luukku.cases.selectors import cases_visible_to
from luukku.catalogue.models import Service
from luukku.core.calendar import HELSINKI, finnish_holidays
from luukku.organisation.models import User
from luukku.organisation.selectors import business_hours

from ..models import (
    Callback,
    PhoneHours,
)
from .slots import _aware


def service_phone_hours(*, service: Service) -> list[PhoneHours]:
    return list(PhoneHours.objects.filter(services=service).select_related("staff", "team"))


@dataclass(frozen=True)
class Window:
    starts_at: dt.datetime
    ends_at: dt.datetime
    staff_id: int | None = None
    team_id: int | None = None

    @property
    def key(self) -> str:
        return f"{self.starts_at:%Y%m%dT%H%M}Z-{self.ends_at:%Y%m%dT%H%M}Z"


def window_parse(value: str) -> tuple[dt.datetime, dt.datetime] | None:
    try:
        first, second = (value or "").split("-")
        start = dt.datetime.strptime(first, "%Y%m%dT%H%MZ").replace(tzinfo=dt.UTC)
        end = dt.datetime.strptime(second, "%Y%m%dT%H%MZ").replace(tzinfo=dt.UTC)
    except ValueError:
        return None
    return (start, end) if start < end else None


# Without phone hours, callbacks are offered in blocks of this many hours of the service
# centre's opening hours, and the front line calls.
FRONT_LINE_WINDOW_HOURS = 2


def callback_windows(
    *, service: Service, days: int = 5, now: dt.datetime | None = None
) -> list[Window]:
    """The windows a citizen may ask to be called back in, soonest first.

    The service's phone hours that offer callbacks, or the service centre's opening hours in
    two-hour blocks; a window must end at least half an hour from now, and windows already
    holding `CALLBACK_WINDOW_CAPACITY` waiting callbacks per person are left out.
    """
    now = now or timezone.now()
    today = now.astimezone(HELSINKI).date()
    latest = now + dt.timedelta(minutes=30)
    candidates: list[Window] = []
    hours_rows = list(
        PhoneHours.objects.filter(services=service, callbacks=True)
        .select_related("team")
        .annotate(members=Count("team__members"))
    )
    calendar = None if hours_rows else business_hours()
    capacity: dict[Window, int] = {}
    for offset in range(days + 7):
        day = today + dt.timedelta(days=offset)
        if hours_rows:
            if day in finnish_holidays(day.year):
                continue
            for row in hours_rows:
                if row.weekday == day.weekday():
                    window = Window(
                        _aware(day, row.starts), _aware(day, row.ends), row.staff_id, row.team_id
                    )
                    candidates.append(window)
                    capacity[window] = max(1, row.members if row.team_id else 1)
        else:
            for opens, closes in calendar.periods(day):
                begin = dt.datetime.combine(day, opens)
                while begin < dt.datetime.combine(day, closes):
                    end = min(
                        begin + dt.timedelta(hours=FRONT_LINE_WINDOW_HOURS),
                        dt.datetime.combine(day, closes),
                    )
                    window = Window(
                        begin.replace(tzinfo=HELSINKI).astimezone(dt.UTC),
                        end.replace(tzinfo=HELSINKI).astimezone(dt.UTC),
                    )
                    candidates.append(window)
                    capacity[window] = 1
                    begin = end
    candidates = sorted(
        (window for window in candidates if window.ends_at >= latest),
        key=lambda window: (window.starts_at, window.ends_at),
    )
    if not candidates:
        return []
    waiting = list(
        Callback.objects.filter(
            status=Callback.Status.WAITING,
            window_start__lt=candidates[-1].ends_at,
            window_end__gt=candidates[0].starts_at,
        ).values_list("window_start", "window_end")
    )
    offered = []
    seen_days = set()
    for window in candidates:
        held = sum(1 for start, end in waiting if start < window.ends_at and window.starts_at < end)
        if held >= settings.CALLBACK_WINDOW_CAPACITY * capacity[window]:
            continue
        offered.append(window)
        seen_days.add(window.starts_at.astimezone(HELSINKI).date())
        if len(seen_days) > days:
            offered.pop()
            break
    return offered


def callbacks_worklist(*, user: User, scope: str = "mine", status: str = "waiting") -> QuerySet:
    """Callbacks ordered by their window: the person's own and their teams' and unassigned
    ones ("mine"), or every visible one ("all")."""
    callbacks = Callback.objects.filter(case__in=cases_visible_to(user=user))
    if status in Callback.Status.values:
        callbacks = callbacks.filter(status=status)
    if scope == "mine":
        callbacks = callbacks.filter(
            Q(assignee=user) | Q(team__members=user) | Q(assignee__isnull=True, team__isnull=True)
        ).distinct()
    order = ["window_start", "pk"] if status == "waiting" else ["-window_start", "-pk"]
    return callbacks.select_related("case", "service", "customer", "assignee", "team").order_by(
        *order
    )


@dataclass(frozen=True)
class CallbackLevel:
    called: int
    on_time: int
    unreached: int
    target_percent: int

    @property
    def percent(self) -> float | None:
        return round(100 * self.on_time / self.called, 1) if self.called else None

    @property
    def met(self) -> bool | None:
        return None if self.percent is None else self.percent >= self.target_percent


def callback_service_level(
    *, since: dt.datetime, until: dt.datetime | None = None
) -> CallbackLevel:
    """How many callbacks asked for in the period were first tried within the agreed window."""
    rows = Callback.objects.filter(created_at__gte=since)
    if until is not None:
        rows = rows.filter(created_at__lt=until)
    called = rows.filter(first_attempt_at__isnull=False)
    return CallbackLevel(
        called=called.count(),
        on_time=called.filter(first_attempt_at__lte=F("first_window_end")).count(),
        unreached=rows.filter(status=Callback.Status.UNREACHED).count(),
        target_percent=settings.CALLBACK_TARGET_PERCENT,
    )


def case_callbacks(*, case) -> list[Callback]:
    return list(case.callbacks.all())
