"""Forecasting contacts per 15 minutes from history (docs/staffing.md, "Forecast").

A day's total is the recent same-weekday level (an exponentially weighted mean of the last
eight such days), times a linear trend fitted on the last twelve weeks, times a yearly
seasonal index from the years of history there are, times the day's calendar effect; it is
spread over the day with the weekday's intraday profile. The level, the trend and the
yearly index read only *usual* days: days without figures are missing, not zero; the
calendar's events (Christmas, Easter, Midsummer, school breaks, the tax-card season, what a
supervisor declares) and days far off their neighbours are left out; a lasting change of
level — declared, or detected — brings the days before it to the new level. Days the
service is closed get nothing. Accuracy is measured by forecasting each of the last weeks
from what came before it (WAPE and MAPE).
"""

import datetime as dt
import math
from collections import defaultdict
from dataclasses import dataclass, field
from statistics import median

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .assumptions import day_label, weekday_notes
from .events import Event, calendar_events, matching_day, same_event_last_year

QUARTERS = 96  # 15-minute intervals in a day
LEVEL_WEEKS = 8  # same-weekday days in the intraday profile
LOOKBACK_WEEKS = 26  # how far back usual days are looked for
TREND_WEEKS = 12
TREND_SIGNIFICANCE = 2.5  # a trend must be this many standard errors from none
SMOOTHING = (0.05, 0.1, 0.2, 0.3)  # weights of the latest usual day in the level, to choose from
WARM_UP = 10  # usual days before the smoothing's one-day-ahead errors are counted
SHARE_DAYS = 20  # a weekday's last usual days giving its share of a mean day
SEASON_YEARS = 2  # yearly indexes averaged, as far as the history reaches
SEASON_WINDOW = 14  # days each side of the day a year back
SEASON_BEFORE = 28  # days before the cutoff a year back: the level then
SEASON_MIN_DAYS = 10  # usual days a season window needs
# The planner loads what the yearly index can use: SEASON_YEARS years back from the cutoff
# and the window before it.
HISTORY_DAYS = 364 * SEASON_YEARS + SEASON_BEFORE
MISSING_ZERO_LEVEL = 10.0  # a day's zero is missing data where its weekday usually has this
SHIFT_MIN_DAYS = 5  # usual days at a new level before it is taken as a shift
SHIFT_MIN = 0.10  # smallest relative change taken as a shift
OUTLIER_MIN = 0.25  # a day this far off its neighbours (and 4 standard deviations) is left out
WEEKDAYS = range(7)
LISTED_DAYS = 6  # days named in a note (the latest)


@dataclass(frozen=True)
class History:
    """Contacts (and handling seconds where known) per day and quarter-hour, local time.
    A day without an entry has no figures (missing), which is not a day of no contacts."""

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


@dataclass
class Model:
    """What the forecast learned from the history before `cutoff` (see the module's doc)."""

    history: History
    cutoff: dt.date
    is_open: object
    events: list[Event]
    notes: list[str] = field(default_factory=list)
    totals: dict = field(default_factory=dict)  # open days with figures: their totals
    usual: dict = field(default_factory=dict)  # usual days: totals at today's level
    event_days: dict = field(default_factory=dict)  # day → its (first) event
    weekday_share: dict = field(default_factory=dict)  # weekday → its mean ÷ a mean day

    @classmethod
    def fit(cls, history, *, cutoff, is_open, until, events=()) -> "Model":
        known = history.before(cutoff)
        first = known.first_day or cutoff
        model = cls(known, cutoff, is_open, calendar_events(first, until, declared=events))
        for event in model.events:
            if not event.shift:
                for day in event.days():
                    model.event_days.setdefault(day, event)
        model._read_days()
        model._levels()
        return model

    # -- which days are usual ---------------------------------------------------------------

    def _read_days(self) -> None:
        recent = self.cutoff - dt.timedelta(weeks=TREND_WEEKS)
        self.totals = {
            day: sum(values) for day, values in self.history.contacts.items() if self.is_open(day)
        }
        typical = {
            weekday: median(values)
            for weekday in WEEKDAYS
            if (
                values := [
                    total
                    for day, total in self.totals.items()
                    if day.weekday() == weekday and total > 0 and day >= recent
                ]
            )
        }
        zeros = {
            day
            for day, total in self.totals.items()
            if total == 0 and typical.get(day.weekday(), 0) >= MISSING_ZERO_LEVEL
        }
        for day in zeros:
            del self.totals[day]
        since = self.cutoff - dt.timedelta(weeks=LOOKBACK_WEEKS)
        first, last = self.history.first_day, max(self.history.contacts, default=None)
        # Days after the last figures have not come yet (the plan is for a later week).
        absent = first and sum(
            1
            for offset in range((last - max(first, since)).days)
            if self.is_open(day := max(first, since) + dt.timedelta(days=offset))
            and day not in self.totals
        )
        if absent:
            self.notes.append(
                ngettext(
                    "%(count)d open day of the last half-year has no figures: it is left out "
                    "of the forecast, not counted as a day without contacts.",
                    "%(count)d open days of the last half-year have no figures: they are "
                    "left out of the forecast, not counted as days without contacts.",
                    absent,
                )
                % {"count": absent}
            )
        declared = [event for event in self.events if event.shift and event.starts <= self.cutoff]
        self.usual = {
            day: total * self._declared_shift(day, declared)
            for day, total in self.totals.items()
            if day >= since and day not in self.event_days
        }
        self._check_declared(declared)
        self._detect_shift()
        self._leave_out_outliers()

    def _check_declared(self, declared) -> None:
        """A declared change that the usual days after it do not bear out is said."""
        series = self._relative(TREND_WEEKS)
        for event in declared:
            before = [value for day, value in series if day < event.starts]
            after = [value for day, value in series if day >= event.starts]
            if min(len(before), len(after)) < SHIFT_MIN_DAYS or not sum(before):
                continue
            off = (sum(after) / len(after)) / (sum(before) / len(before)) - 1
            if abs(off) >= SHIFT_MIN:
                self.notes.append(
                    _(
                        "%(event)s from %(day)s: the contacts after it are %(off)+.0f %% from "
                        "what the declared change expects. Check the change."
                    )
                    % {"event": event.name, "day": day_label(event.starts), "off": off * 100}
                )

    @staticmethod
    def _declared_shift(day: dt.date, shifts) -> float:
        return math.prod(event.factor for event in shifts if day < event.starts)

    def _weekday_means(self, days) -> dict[int, float]:
        sums, counts = defaultdict(float), defaultdict(int)
        for day in days:
            sums[day.weekday()] += self.usual[day]
            counts[day.weekday()] += 1
        return {weekday: sums[weekday] / counts[weekday] for weekday in sums if sums[weekday]}

    def _relative(self, weeks: int) -> list[tuple[dt.date, float]]:
        """Usual days of the last weeks, each relative to its weekday's mean."""
        since = self.cutoff - dt.timedelta(weeks=weeks)
        days = sorted(day for day in self.usual if day >= since)
        means = self._weekday_means(days)
        return [
            (day, self.usual[day] / means[day.weekday()])
            for day in days
            if means.get(day.weekday())
        ]

    def _detect_shift(self) -> None:
        """A step in the last weeks that explains them much better than a line and has held
        for at least SHIFT_MIN_DAYS usual days: the days before it are brought to its level."""
        series = self._relative(TREND_WEEKS)
        values = [value for _day_, value in series]
        n = len(values)
        if n < 2 * SHIFT_MIN_DAYS:
            return
        line_error = _line_fit(series)[2]
        best = None
        for split in range(SHIFT_MIN_DAYS, n - SHIFT_MIN_DAYS + 1):
            before, after = values[:split], values[split:]
            mean_before, mean_after = sum(before) / len(before), sum(after) / len(after)
            error = sum((v - mean_before) ** 2 for v in before) + sum(
                (v - mean_after) ** 2 for v in after
            )
            if best is None or error < best[0]:
                best = (error, split, mean_before, mean_after)
        error, split, mean_before, mean_after = best
        if not mean_before or abs(mean_after / mean_before - 1) < SHIFT_MIN:
            return
        spread = math.sqrt(error / (n - 2)) * math.sqrt(1 / split + 1 / (n - split))
        # The step must beat the line by far more than the noise, and stand far out of it.
        gain = (line_error - error) / (error / (n - 2)) if error else math.inf
        if gain < 16 or abs(mean_after - mean_before) < 5 * spread:
            return
        starts, ratio = series[split][0], mean_after / mean_before
        # The step may have begun on a day left out (a missing day, an event) before it.
        for day in list(self.usual):
            if day < starts:
                self.usual[day] *= ratio
        self.notes.append(
            _(
                "The contacts changed level from %(day)s (%(change)+.0f %%): the forecast "
                "starts from the new level."
            )
            % {"day": day_label(starts), "change": (ratio - 1) * 100}
        )

    def _leave_out_outliers(self) -> None:
        series = self._relative(LOOKBACK_WEEKS)
        means = self._weekday_means(self.usual)
        left_out = []
        for day, value in series:
            near = [
                other
                for other_day, other in series
                if abs((other_day - day).days) <= 21 and other_day != day
            ]
            if len(near) < 5:
                continue
            local = median(near)
            noise = 4 / math.sqrt(max(means[day.weekday()], 1.0))
            if local and abs(value / local - 1) > max(OUTLIER_MIN, noise):
                del self.usual[day]
                left_out.append(day)
        if left_out:
            self.notes.append(
                ngettext(
                    "%(count)d day far off the days around it is left out of the level: %(days)s.",
                    "%(count)d days far off the days around them are left out of the level: "
                    "%(days)s.",
                    len(left_out),
                )
                % {
                    "count": len(left_out),
                    "days": ("…, " if len(left_out) > LISTED_DAYS else "")
                    + ", ".join(day_label(day) for day in left_out[-LISTED_DAYS:]),
                }
            )

    # -- level, trend, profile --------------------------------------------------------------

    def _levels(self) -> None:
        """Each weekday's share of a mean day, from its last usual days; the level, an
        exponentially weighted mean of every usual day divided by its weekday's share."""
        self.profile, means = {}, {}
        for weekday in WEEKDAYS:
            days = sorted(day for day in self.usual if day.weekday() == weekday)
            if days:
                means[weekday] = sum(self.usual[day] for day in days[-SHARE_DAYS:]) / len(
                    days[-SHARE_DAYS:]
                )
                self.profile[weekday] = _profile(self.history, days[-LEVEL_WEEKS:])
        mean = sum(means.values()) / len(means) if means else 0.0
        self.weekday_share = {
            weekday: value / mean for weekday, value in means.items() if mean and value
        }
        days = sorted(day for day in self.usual if day.weekday() in self.weekday_share)
        series = [
            (self.usual[day] / self.weekday_share[day.weekday()], (self.cutoff - day).days / 7)
            for day in days
        ]
        # The smoothing that forecast each usual day best from the days before it.
        smoothing = min(SMOOTHING, key=lambda weight: _smoothed(series, weight)[2])
        self.level, self.age, _error = _smoothed(series, smoothing)
        self.trend = self._trend()

    def _trend(self) -> float:
        """Relative change per week: least squares over the last weeks' usual days, each
        relative to its weekday's mean (limited to ±5 %)."""
        series = self._relative(TREND_WEEKS)
        if len(series) < 10 or (series[-1][0] - series[0][0]).days < 28:
            return 0.0
        slope, mean, error = _line_fit(series)
        weeks = [(day - series[0][0]).days / 7 for day, _value in series]
        spread = sum((x - sum(weeks) / len(weeks)) ** 2 for x in weeks)
        noise = math.sqrt(error / (len(series) - 2) / spread) if spread else math.inf
        if not mean or abs(slope) < TREND_SIGNIFICANCE * noise:
            return 0.0  # within the noise: a trend read into it would only add error
        return max(-0.05, min(0.05, slope / mean))

    # -- the forecast of a day ----------------------------------------------------------------

    def total(self, day: dt.date) -> float:
        if not self.weekday_share:
            return 0.0
        # A weekday the history lacks is planned at the mean of the others (share 1).
        level = self.level * self.weekday_share.get(day.weekday(), 1.0)
        age = self.age
        weeks_ahead = (day - self.cutoff).days / 7 + age
        future = [e for e in self.events if e.shift and self.cutoff < e.starts <= day]
        return (
            max(level * (1 + self.trend * weeks_ahead), 0.0)
            * self.season(day)
            * self.event_factor(day)
            * math.prod(event.factor for event in future)
        )

    def day_profile(self, day: dt.date) -> list[float]:
        if day.weekday() in self.profile:
            return self.profile[day.weekday()]
        return _profile(self.history, sorted(self.usual))

    def _usual_mean(self, start: dt.date, end: dt.date) -> tuple[float, float] | None:
        """Contacts per usual day between the days (a weekday-weighted mean) and their sum."""
        days = [start + dt.timedelta(days=offset) for offset in range((end - start).days)]
        days = [day for day in days if day in self.totals and day not in self.event_days]
        if len(days) < SEASON_MIN_DAYS:
            return None
        weight = sum(self.weekday_share.get(day.weekday(), 1.0) for day in days)
        volume = sum(self.totals[day] for day in days)
        return (volume / weight, volume) if weight and volume else None

    def season(self, day: dt.date) -> float:
        """The yearly index: the usual days around this day a year back (and two) relative to
        the usual days before the cutoff then; left at 1 when within its noise."""
        indexes, spread = [], []
        for years in range(1, SEASON_YEARS + 1):
            back = dt.timedelta(days=364 * years)
            window = dt.timedelta(days=SEASON_WINDOW)
            then = self._usual_mean(day - back - window, day - back + window)
            before = self._usual_mean(
                self.cutoff - back - dt.timedelta(days=SEASON_BEFORE), self.cutoff - back
            )
            if then and before:
                indexes.append(then[0] / before[0])
                spread.append(1 / then[1] + 1 / before[1])
        if not indexes:
            return 1.0
        index = sum(indexes) / len(indexes)
        noise = math.sqrt(sum(spread)) / len(spread)
        return index if abs(math.log(index)) > 2 * noise else 1.0

    def event_factor(self, day: dt.date) -> float:
        """A declared event's factor; a known event's from the same event last year (the
        matching day relative to the usual days around it); otherwise 1."""
        event = self.event_days.get(day)
        if event is None:
            return 1.0
        if event.factor is not None:
            return event.factor
        previous = same_event_last_year(event, self.events)
        if previous is None:
            return 1.0
        matched = matching_day(day, event, previous)
        # That day closed or without figures (Christmas Eve last year): its nearest days'.
        for distance in range(0, 8):
            factors = [
                factor
                for other in {
                    matched - dt.timedelta(days=distance),
                    matched + dt.timedelta(days=distance),
                }
                if other in previous and (factor := self._day_factor(other)) is not None
            ]
            if factors:
                return sum(factors) / len(factors)
        return 1.0

    def _day_factor(self, day: dt.date) -> float | None:
        if day not in self.totals:
            return None
        around = self._usual_mean(day - dt.timedelta(days=35), day + dt.timedelta(days=36))
        if not around:
            return None
        expected = around[0] * self.weekday_share.get(day.weekday(), 1.0)
        factor = self.totals[day] / expected
        # One day's count is noisy (Poisson: variance 1 ÷ expected in the factor): the factor
        # is shrunk towards 1 by its noise, so a usual day in an event's span stays usual and
        # a real drop keeps nearly all of its size.
        gap = (factor - 1) ** 2
        return 1 + (factor - 1) * max(0.0, 1 - 1 / max(expected, 1.0) / gap) if gap else 1.0


def _smoothed(series, weight: float) -> tuple[float, float, float]:
    """An exponentially weighted mean of (value, age) pairs, oldest first: the level, where
    it stands (its weighted age in weeks) and the squared errors of forecasting each value
    after the first WARM_UP from the level before it."""
    level, age, error = 0.0, 0.0, 0.0
    for index, (value, weeks) in enumerate(series):
        if index == 0:
            level, age = value, weeks
            continue
        if index >= WARM_UP:
            error += (value - level) ** 2
        level += weight * (value - level)
        age += weight * (weeks - age)
    return level, age, error


def _line_fit(series) -> tuple[float, float, float]:
    """Least squares of the values on weeks: slope per week, mean value, squared error."""
    n = len(series)
    xs = [(day - series[0][0]).days / 7 for day, _value in series]
    ys = [value for _day_, value in series]
    mean_x, mean_y = sum(xs) / n, sum(ys) / n
    spread = sum((x - mean_x) ** 2 for x in xs)
    slope = (
        sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / spread
        if spread
        else 0.0
    )
    error = sum((y - mean_y - slope * (x - mean_x)) ** 2 for x, y in zip(xs, ys, strict=True))
    return slope, mean_y, error


def _profile(history: History, days: list[dt.date]) -> list[float]:
    sums = [0.0] * QUARTERS
    for day in days:
        for quarter, value in enumerate(history.day(day)):
            sums[quarter] += value
    total = sum(sums)
    return [value / total for value in sums] if total else [0.0] * QUARTERS


def forecast(
    history: History, days: list[dt.date], *, cutoff: dt.date, is_open, events=(), notes=None
) -> dict[dt.date, list[float]]:
    """Contacts per quarter-hour for each of `days`, from the history before `cutoff`;
    `events` are the declared ones (events.Event); what the forecast had to assume is added
    to `notes` when given."""
    model = Model.fit(history, cutoff=cutoff, is_open=is_open, until=max(days), events=events)
    if notes is not None:
        notes.extend(model.notes)
        notes.extend(weekday_notes(model, days))
    result = {}
    for day in days:
        if not is_open(day):
            result[day] = [0.0] * QUARTERS
            continue
        total = model.total(day)
        result[day] = [total * share for share in model.day_profile(day)]
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


def backtest(
    history: History, *, weeks: list[dt.date], minutes: int, is_open, events=()
) -> list[Accuracy]:
    """Forecast each week (a Monday) from the history before it and compare, over the days
    with figures (a day without them, or a zero where many were expected, is missing)."""
    result = []
    for monday in weeks:
        days = [monday + dt.timedelta(days=offset) for offset in range(7)]
        predicted = forecast(history, days, cutoff=monday, is_open=is_open, events=events)
        errors, actual_sum, forecast_sum, relative = 0.0, 0.0, 0.0, []
        daily_errors = 0.0
        for day in days:
            if day not in history.contacts:
                continue
            actual = per_interval(history.day(day), minutes)
            expected = per_interval(predicted[day], minutes)
            if not sum(actual) and sum(expected) >= MISSING_ZERO_LEVEL:
                continue
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


def history_from_rows(
    rows, *, handle_seconds: float | None = None, complete_until: dt.date | None = None
) -> History:
    """(local start, contacts) rows → a History. Rows Luukku counted itself are complete
    from the first day on (`complete_until`: a day without rows had no contacts); imported
    statistics are not (a day without rows has no figures)."""
    contacts: dict = defaultdict(lambda: [0.0] * QUARTERS)
    for starts_at, count in rows:
        quarter = (starts_at.hour * 60 + starts_at.minute) // 15
        contacts[starts_at.date()][quarter] += count
    if complete_until and contacts:
        first = min(contacts)
        for offset in range((complete_until - first).days):
            contacts.setdefault(first + dt.timedelta(days=offset), [0.0] * QUARTERS)
    return History(dict(contacts), handle_seconds)
