"""Business time in Finland: weekends and public holidays (from `holidays`) are not worked.

`add_business_days` gives the day arithmetic of reply-time promises; `BusinessHours` counts
hours and minutes across opening hours, nights, weekends, holidays and exceptional days, for
service-level due times.
"""

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

HELSINKI = ZoneInfo("Europe/Helsinki")
Period = tuple[dt.time, dt.time]
# The usual hours of a Finnish city's customer service when nothing else is set up.
DEFAULT_WEEK: dict[int, tuple[Period, ...]] = {
    weekday: ((dt.time(8), dt.time(16)),) for weekday in range(5)
}
# How far ahead a due time is searched for before the calendar is declared empty.
SEARCH_DAYS = 3 * 366


@lru_cache(maxsize=32)
def finnish_holidays(year: int) -> frozenset[dt.date]:
    return frozenset(holidays.country_holidays("FI", years=year).keys())


def is_business_day(day: dt.date) -> bool:
    return day.weekday() < 5 and day not in finnish_holidays(day.year)


def add_business_days(start: dt.date, days: int) -> dt.date:
    """The date `days` business days after `start` (a day started late counts from the next)."""
    day = start
    remaining = days
    while remaining > 0:
        day += dt.timedelta(days=1)
        if is_business_day(day):
            remaining -= 1
    return day


@dataclass(frozen=True)
class BusinessHours:
    """Opening hours by weekday, closed on Finnish public holidays, with exceptional days.

    `week` maps a weekday (0 = Monday) to its opening periods in local time; `exceptions` maps
    a date to its periods, an empty tuple for a closed day (Christmas Eve) and periods for a
    day open at other times — an exception also overrides a holiday.
    """

    week: Mapping[int, tuple[Period, ...]] = field(default_factory=lambda: DEFAULT_WEEK)
    exceptions: Mapping[dt.date, tuple[Period, ...]] = field(default_factory=dict)
    timezone: dt.tzinfo = HELSINKI

    def periods(self, day: dt.date) -> tuple[Period, ...]:
        if day in self.exceptions:
            return tuple(self.exceptions[day])
        if day in finnish_holidays(day.year):
            return ()
        return tuple(self.week.get(day.weekday(), ()))

    def _open_intervals(self, start: dt.datetime) -> Iterable[tuple[dt.datetime, dt.datetime]]:
        """The open intervals from `start` on, in UTC (exact across DST changes), in order."""
        start = start.astimezone(dt.UTC)
        first_day = start.astimezone(self.timezone).date()
        for offset in range(SEARCH_DAYS):
            day = first_day + dt.timedelta(days=offset)
            for opens, closes in sorted(self.periods(day)):
                begin = dt.datetime.combine(day, opens, tzinfo=self.timezone).astimezone(dt.UTC)
                end = dt.datetime.combine(day, closes, tzinfo=self.timezone).astimezone(dt.UTC)
                if end <= start:
                    continue
                yield max(begin, start), end

    def add(self, start: dt.datetime, duration: dt.timedelta) -> dt.datetime:
        """The moment when `duration` of open time has passed after `start`.

        A zero duration gives the next open moment (now, if open).
        """
        remaining = duration
        for begin, end in self._open_intervals(start):
            if remaining <= end - begin:
                return begin + remaining
            remaining -= end - begin
        raise ValueError("The calendar has no open hours in the next three years.")

    def between(self, start: dt.datetime, end: dt.datetime) -> dt.timedelta:
        """Open time from `start` to `end` (zero when `end` is not after `start`)."""
        total = dt.timedelta()
        if end <= start:
            return total
        end = end.astimezone(dt.UTC)
        for begin, close in self._open_intervals(start):
            if begin >= end:
                break
            total += min(close, end) - begin
        return total

    def is_open(self, moment: dt.datetime) -> bool:
        local = moment.astimezone(self.timezone)
        return any(opens <= local.time() < closes for opens, closes in self.periods(local.date()))
