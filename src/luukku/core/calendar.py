"""Business days in Finland: weekends and public holidays (from `holidays`) are not worked.

The fuller business-hours calendar with opening hours belongs to service levels;
this module gives the day arithmetic that reply-time promises need.
"""

import datetime as dt
from functools import lru_cache

import holidays


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
