import datetime as dt

import pytest

from luukku.core.calendar import add_business_days, is_business_day


@pytest.mark.parametrize(
    ("start", "days", "expected"),
    [
        (dt.date(2026, 11, 20), 1, dt.date(2026, 11, 23)),  # Friday -> Monday
        (dt.date(2026, 11, 16), 5, dt.date(2026, 11, 23)),  # a whole week
        (dt.date(2026, 6, 18), 1, dt.date(2026, 6, 22)),  # Midsummer Eve (Fri 19.6.) is off
        (dt.date(2026, 12, 23), 1, dt.date(2026, 12, 28)),  # Christmas Eve, Day, Boxing Day
        (dt.date(2026, 12, 31), 1, dt.date(2027, 1, 4)),  # New Year's Day, then the weekend
        (dt.date(2027, 1, 5), 1, dt.date(2027, 1, 7)),  # Epiphany (6.1.)
    ],
)
def test_add_business_days_skips_weekends_and_finnish_holidays(start, days, expected):
    assert add_business_days(start, days) == expected


def test_public_holidays_are_not_business_days():
    assert not is_business_day(dt.date(2026, 12, 6))  # Independence Day
    assert not is_business_day(dt.date(2026, 5, 1))  # May Day
    assert is_business_day(dt.date(2026, 11, 23))
