"""A recurring booking's dates before it is made: every week on the weekday through the
range, each with what stands in its way (closed, outside the rules, booked already)."""

import datetime as dt
from dataclasses import dataclass, field

from django.utils import timezone

from luukku.core.calendar import HELSINKI

from ..models import Reservation, Unit
from .reservations import _occupancies, clashes, rules_errors, unit_hours, unit_spaces

MAX_WEEKS = 53


@dataclass(frozen=True)
class SeriesDate:
    day: dt.date
    starts_at: dt.datetime
    ends_at: dt.datetime
    problems: list[str] = field(default_factory=list)
    clashing: list[Reservation] = field(default_factory=list)

    @property
    def free(self) -> bool:
        return not self.problems and not self.clashing


def series_dates(
    *,
    unit: Unit,
    weekday: int,
    starts: dt.time,
    ends: dt.time,
    first_day: dt.date,
    last_day: dt.date,
    now: dt.datetime | None = None,
) -> list[SeriesDate]:
    """The dates of the series, each free or with its clashes (staff rules: any notice)."""
    now = now or timezone.now()
    hours = unit_hours(unit)
    day = first_day + dt.timedelta(days=(weekday - first_day.weekday()) % 7)
    # The range's bookings of the unit's spaces read once, not once a week.
    rows = _occupancies(
        unit_spaces(unit),
        dt.datetime.combine(day, starts, tzinfo=HELSINKI),
        dt.datetime.combine(last_day, ends, tzinfo=HELSINKI),
    )
    dates = []
    while day <= last_day and len(dates) < MAX_WEEKS:
        start = dt.datetime.combine(day, starts, tzinfo=HELSINKI)
        end = dt.datetime.combine(day, ends, tzinfo=HELSINKI)
        problems = rules_errors(unit, start, end, now=now, staff=True, hours=hours)
        found = clashes(unit, start, end, rows=rows)
        dates.append(SeriesDate(day, start, end, problems, found))
        day += dt.timedelta(days=7)
    return dates
