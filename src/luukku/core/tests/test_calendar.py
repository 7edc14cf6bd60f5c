import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from luukku.core.calendar import BusinessHours, add_business_days, is_business_day


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


# -- business hours: due times across nights, weekends, holidays and exceptional days ---------

HKI = ZoneInfo("Europe/Helsinki")


def at(*parts):
    return dt.datetime(*parts, tzinfo=HKI)


HOURS = dt.timedelta(hours=1)


@pytest.mark.parametrize(
    ("start", "duration", "due"),
    [
        # Inside one day.
        (at(2026, 11, 23, 9, 0), 4 * HOURS, at(2026, 11, 23, 13, 0)),
        # Friday afternoon: the rest runs on Monday morning.
        (at(2026, 11, 27, 15, 0), 4 * HOURS, at(2026, 11, 30, 11, 0)),
        # Received at night: the clock starts when the centre opens.
        (at(2026, 11, 24, 22, 30), 2 * HOURS, at(2026, 11, 25, 10, 0)),
        # Saturday: starts on Monday.
        (at(2026, 11, 28, 12, 0), 1 * HOURS, at(2026, 11, 30, 9, 0)),
        # Midsummer: Eve (Fri 19.6.2026) and Day are holidays in `holidays`; Thursday 15:00 + 2 h
        # ends on Monday 22.6. at 9:00.
        (at(2026, 6, 18, 15, 0), 2 * HOURS, at(2026, 6, 22, 9, 0)),
        # New Year: Wed 31.12.2025 15:00 + 3 h skips New Year's Day to Friday 2.1.2026.
        (at(2025, 12, 31, 15, 0), 3 * HOURS, at(2026, 1, 2, 10, 0)),
        # Easter: Maundy Thursday 2.4.2026 15:30 + 1 h → Tuesday 7.4. after Good Friday and
        # Easter Monday.
        (at(2026, 4, 2, 15, 30), 1 * HOURS, at(2026, 4, 7, 8, 30)),
        # Exactly at closing: nothing left today.
        (at(2026, 11, 23, 16, 0), 1 * HOURS, at(2026, 11, 24, 9, 0)),
        # Zero: the next open moment.
        (at(2026, 11, 28, 12, 0), dt.timedelta(), at(2026, 11, 30, 8, 0)),
        # Five working days of eight hours: a full week later.
        (at(2026, 11, 23, 8, 0), 40 * HOURS, at(2026, 11, 27, 16, 0)),
    ],
)
def test_due_time_across_the_calendar(start, duration, due):
    assert BusinessHours().add(start, duration) == due


def test_christmas_eve_is_closed_and_a_staff_day_closes_by_exception():
    # `holidays` counts Christmas Eve as a Finnish holiday, like Midsummer Eve.
    start = at(2026, 12, 23, 15, 0)
    assert BusinessHours().add(start, 2 * HOURS) == at(2026, 12, 28, 9, 0)
    # The service centre's staff day on Wednesday 25.11.2026.
    hours = BusinessHours(exceptions={dt.date(2026, 11, 25): ()})
    assert hours.add(at(2026, 11, 24, 15, 0), 2 * HOURS) == at(2026, 11, 26, 9, 0)
    assert BusinessHours().add(at(2026, 11, 24, 15, 0), 2 * HOURS) == at(2026, 11, 25, 9, 0)


def test_a_short_day_and_a_split_day():
    week = {0: ((dt.time(8), dt.time(12)), (dt.time(13), dt.time(16)))}  # Mondays only
    hours = BusinessHours(
        week=week, exceptions={dt.date(2026, 11, 30): ((dt.time(10), dt.time(11)),)}
    )
    # Monday 23.11. 11:00 + 3 h: 11–12 and 13–15.
    assert hours.add(at(2026, 11, 23, 11, 0), 3 * HOURS) == at(2026, 11, 23, 15, 0)
    # Monday 23.11. 15:00 + 2 h: 15–16, then the short Monday 30.11. 10–11.
    assert hours.add(at(2026, 11, 23, 15, 0), 2 * HOURS) == at(2026, 11, 30, 11, 0)


def test_an_exception_can_open_a_holiday():
    hours = BusinessHours(exceptions={dt.date(2026, 12, 6): ((dt.time(10), dt.time(14)),)})
    assert hours.add(at(2026, 12, 6, 9, 0), 2 * HOURS) == at(2026, 12, 6, 12, 0)


def test_daylight_saving_changes_do_not_move_a_due_time():
    every_day = {day: ((dt.time(0), dt.time(23, 59)),) for day in range(7)}
    hours = BusinessHours(week=every_day)
    # Sunday 29.3.2026 clocks go from 03:00 to 04:00: 1:00 (UTC+2) + 3 h of real time is
    # 5:00 summer time (UTC+3), not 4:00.
    assert hours.add(at(2026, 3, 29, 1, 0), 3 * HOURS) == at(2026, 3, 29, 5, 0)
    assert hours.between(at(2026, 3, 29, 1, 0), at(2026, 3, 29, 6, 0)) == 4 * HOURS


def test_open_time_between_two_moments():
    hours = BusinessHours()
    # Friday 15:00 to Monday 10:00: one hour on Friday, two on Monday.
    assert hours.between(at(2026, 11, 27, 15, 0), at(2026, 11, 30, 10, 0)) == 3 * HOURS
    assert hours.between(at(2026, 11, 30, 10, 0), at(2026, 11, 27, 15, 0)) == dt.timedelta()
    start = at(2026, 6, 18, 15, 0)
    assert hours.between(start, hours.add(start, 7 * HOURS)) == 7 * HOURS


def test_is_open():
    hours = BusinessHours()
    assert hours.is_open(at(2026, 11, 23, 8, 0))
    assert not hours.is_open(at(2026, 11, 23, 16, 0))
    assert not hours.is_open(at(2026, 12, 6, 12, 0))  # Independence Day


def test_a_calendar_that_never_opens_says_so():
    with pytest.raises(ValueError, match="no open hours"):
        BusinessHours(week={}).add(at(2026, 11, 23, 8, 0), HOURS)
