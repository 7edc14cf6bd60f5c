"""Calendar effects for the staffing forecast (docs/staffing.md, "Holidays, events, level
shifts and gaps"): the periods of a Finnish year whose contacts are not the usual ones, and
the events and level shifts a supervisor declares.

An **event** is a period kept out of the forecast's level, trend and yearly index; a day in
it is forecast with its own factor — the one declared, or the one the same event had last
year. A **shift** says that from a day on the service's contacts are `factor` times what
they were (a service moved to the front line: 1.3).
"""

import datetime as dt
from dataclasses import dataclass

from dateutil.easter import easter
from django.utils.translation import gettext_lazy as _

DECLARED = "declared:"  # the key of what a supervisor declared
KNOWN_EVENTS = {
    "christmas": _("Christmas and New Year"),
    "tax_cards": _("Tax-card season"),
    "winter_break": _("Winter school break"),
    "easter": _("Easter"),
    "midsummer": _("Midsummer"),
    "autumn_break": _("Autumn school break"),
}


@dataclass(frozen=True)
class Event:
    key: str  # the same event in other years shares its key
    name: str
    starts: dt.date
    ends: dt.date  # inclusive
    factor: float | None = None  # contacts × factor in it; None: learned from last year
    shift: bool = False  # a lasting change from `starts` on (then `factor` is required)

    def __contains__(self, day: dt.date) -> bool:
        return self.starts <= day <= self.ends

    def days(self) -> list[dt.date]:
        return [
            self.starts + dt.timedelta(days=offset)
            for offset in range((self.ends - self.starts).days + 1)
        ]


def _iso_week(year: int, week: int) -> tuple[dt.date, dt.date]:
    monday = dt.date.fromisocalendar(year, week, 1)
    return monday, monday + dt.timedelta(days=6)


def _midsummer_week(year: int) -> tuple[dt.date, dt.date]:
    eve = next(
        dt.date(year, 6, day) for day in range(19, 26) if dt.date(year, 6, day).weekday() == 4
    )
    return eve - dt.timedelta(days=4), eve + dt.timedelta(days=2)


def known_events(year: int) -> list[Event]:
    """The year's usual calendar effects: Christmas from 20 December to Epiphany, the
    tax-card season in January (new tax cards take effect on 1 February), the winter school
    break (ISO week 8, as in Turku and Helsinki), Easter (Monday of Holy Week to Easter
    Monday), Midsummer's week and the autumn school break (ISO week 42)."""
    sunday = easter(year)
    periods = {
        "christmas": (dt.date(year, 12, 20), dt.date(year + 1, 1, 6)),
        "tax_cards": (dt.date(year, 1, 7), dt.date(year, 1, 31)),
        "winter_break": _iso_week(year, 8),
        "easter": (sunday - dt.timedelta(days=6), sunday + dt.timedelta(days=1)),
        "midsummer": _midsummer_week(year),
        "autumn_break": _iso_week(year, 42),
    }
    return [
        Event(key=f"{key}:{year}", name=str(KNOWN_EVENTS[key]), starts=start, ends=end)
        for key, (start, end) in periods.items()
    ]


def calendar_events(since: dt.date, until: dt.date, declared=()) -> list[Event]:
    """The known events touching [since, until] and the declared ones, declared first (a
    declared factor wins over a learned one on the days both cover)."""
    result = list(declared)
    for year in range(since.year - 1, until.year + 1):
        result += [
            event for event in known_events(year) if event.ends >= since and event.starts <= until
        ]
    return result


def same_event_last_year(event: Event, events: list[Event]) -> Event | None:
    kind, _colon, year = event.key.partition(":")
    if not year.isdigit():
        return None
    wanted = f"{kind}:{int(year) - 1}"
    return next((other for other in events if other.key == wanted), None)


def matching_day(day: dt.date, event: Event, previous: Event) -> dt.date:
    """The day of last year's event that matches `day`: at the same distance from its start,
    moved to the nearest same weekday (Christmas Eve's Monday matches last year's Monday
    before Christmas, Easter's days match Easter's)."""
    candidate = previous.starts + (day - event.starts)
    delta = (day.weekday() - candidate.weekday()) % 7
    if delta > 3:
        delta -= 7
    return candidate + dt.timedelta(days=delta)
