"""Forecasting contacts per 15 minutes from history (docs/staffing.md).

The method: a day's total is the recent same-weekday level (an exponentially weighted mean
of the last eight such days), times a linear trend fitted on the last twelve weeks, times a
yearly seasonal index when a year of history exists; it is spread over the day with the
weekday's intraday profile. Days the service centre is closed get nothing. Its accuracy is
measured by forecasting each of the last weeks from what came before it (WAPE and MAPE).
"""

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

QUARTERS = 96  # 15-minute intervals in a day
LEVEL_WEEKS = 8
TREND_WEEKS = 12
SMOOTHING = 0.3  # weight of the latest same-weekday day in the level


@dataclass(frozen=True)
class History:
    """Contacts (and handling seconds where known) per day and quarter-hour, local time."""

    contacts: dict[dt.date, list[float]]
    handle_seconds: float | None = None  # mean handling time, when the source records it

    @property
    def first_day(self) -> dt.date | None:
        return min(self.contacts, default=None)

    def day(self, day: dt.date) -> list[float]:
        return self.contacts.get(day, [0.0] * QUARTERS)

    def before(self, cutoff: dt.date) -> "History":
        return History(
            {day: values for day, values in self.contacts.items() if day < cutoff},
            self.handle_seconds,
        )


def _level(history: History, weekday_days: list[dt.date]) -> float:
    level = None
    for day in weekday_days:  # oldest first
        total = sum(history.day(day))
        level = total if level is None else SMOOTHING * total + (1 - SMOOTHING) * level
    return level or 0.0


def _trend(history: History, cutoff: dt.date, is_open) -> float:
    """Relative change per week, least squares over the last weeks' totals (damped to ±5 %)."""
    totals = []
    for week in range(TREND_WEEKS, 0, -1):
        start = cutoff - dt.timedelta(weeks=week)
        days = [start + dt.timedelta(days=offset) for offset in range(7)]
        if history.first_day is None or start < history.first_day:
            continue
        open_days = [day for day in days if is_open(day)]
        if open_days:
            totals.append(sum(sum(history.day(day)) for day in open_days) / len(open_days))
    if len(totals) < 4:
        return 0.0
    n = len(totals)
    mean_x, mean_y = (n - 1) / 2, sum(totals) / n
    slope = sum((x - mean_x) * (y - mean_y) for x, y in enumerate(totals)) / sum(
        (x - mean_x) ** 2 for x in range(n)
    )
    return max(-0.05, min(0.05, slope / mean_y)) if mean_y else 0.0


def _season(history: History, day: dt.date, cutoff: dt.date) -> float:
    """Last year's volume around this day relative to last year's volume before the cutoff."""
    if history.first_day is None or history.first_day > cutoff - dt.timedelta(days=364 + 56):
        return 1.0

    def volume(center: dt.date) -> float:
        return sum(
            sum(history.day(center + dt.timedelta(days=offset))) for offset in range(-14, 14)
        )

    then, before = (
        volume(day - dt.timedelta(days=364)),
        volume(cutoff - dt.timedelta(days=364 + 14)),
    )
    return then / before if before else 1.0


def _profile(history: History, days: list[dt.date]) -> list[float]:
    sums = [0.0] * QUARTERS
    for day in days:
        for quarter, value in enumerate(history.day(day)):
            sums[quarter] += value
    total = sum(sums)
    return [value / total for value in sums] if total else [0.0] * QUARTERS


def forecast(
    history: History, days: list[dt.date], *, cutoff: dt.date, is_open
) -> dict[dt.date, list[float]]:
    """Contacts per quarter-hour for each of `days`, from the history before `cutoff`."""
    known = history.before(cutoff)
    trend = _trend(known, cutoff, is_open)
    result = {}
    for day in days:
        if not is_open(day):
            result[day] = [0.0] * QUARTERS
            continue
        same_weekday = [
            cutoff - dt.timedelta(days=offset)
            for offset in range(1, 7 * LEVEL_WEEKS + 1)
            if (cutoff - dt.timedelta(days=offset)).weekday() == day.weekday()
        ]
        same_weekday = [d for d in reversed(same_weekday) if is_open(d) and d in known.contacts]
        level = _level(known, same_weekday)
        # The weighted level stands about (1 − s) ÷ s weeks before the cutoff.
        weeks_ahead = (day - cutoff).days / 7 + (1 - SMOOTHING) / SMOOTHING
        total = level * (1 + trend * weeks_ahead) * _season(known, day, cutoff)
        result[day] = [max(total, 0.0) * share for share in _profile(known, same_weekday)]
    return result


def per_interval(values: list[float], minutes: int) -> list[float]:
    """Quarter-hour values summed into intervals of 15, 30 or 60 minutes."""
    size = minutes // 15
    return [sum(values[index : index + size]) for index in range(0, QUARTERS, size)]


@dataclass(frozen=True)
class Accuracy:
    week: dt.date
    actual: float
    forecast: float
    wape: float | None  # Σ|actual − forecast| ÷ Σ actual, per interval
    mape: float | None  # mean of |actual − forecast| ÷ actual over intervals with contacts
    daily_wape: float | None


def backtest(history: History, *, weeks: list[dt.date], minutes: int, is_open) -> list[Accuracy]:
    """Forecast each week (a Monday) from the history before it and compare."""
    result = []
    for monday in weeks:
        days = [monday + dt.timedelta(days=offset) for offset in range(7)]
        predicted = forecast(history, days, cutoff=monday, is_open=is_open)
        errors, actual_sum, forecast_sum, relative = 0.0, 0.0, 0.0, []
        daily_errors = 0.0
        for day in days:
            actual = per_interval(history.day(day), minutes)
            expected = per_interval(predicted[day], minutes)
            for a, f in zip(actual, expected, strict=True):
                errors += abs(a - f)
                if a > 0:
                    relative.append(abs(a - f) / a)
            actual_sum += sum(actual)
            forecast_sum += sum(expected)
            daily_errors += abs(sum(actual) - sum(expected))
        result.append(
            Accuracy(
                week=monday,
                actual=actual_sum,
                forecast=forecast_sum,
                wape=errors / actual_sum if actual_sum else None,
                mape=sum(relative) / len(relative) if relative else None,
                daily_wape=daily_errors / actual_sum if actual_sum else None,
            )
        )
    return result


def history_from_rows(rows, *, handle_seconds: float | None = None) -> History:
    """(local start, contacts) rows → a History."""
    contacts: dict = defaultdict(lambda: [0.0] * QUARTERS)
    for starts_at, count in rows:
        quarter = (starts_at.hour * 60 + starts_at.minute) // 15
        contacts[starts_at.date()][quarter] += count
    return History(dict(contacts), handle_seconds)
