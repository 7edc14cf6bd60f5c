"""Synthetic contact histories of known truth, for the forecast's tests and benchmark
(docs/staffing.md, "How the forecast is checked"): 15-minute contacts with a weekday ×
time-of-day profile and Poisson noise around a known daily mean, with calendar effects,
level shifts and gaps put in on purpose."""

import datetime as dt
import math
import random
from collections.abc import Callable
from dataclasses import dataclass, field

from luukku.core.calendar import is_business_day

from .forecast import QUARTERS, History

WEEKDAY = (1.25, 1.1, 1.0, 0.95, 0.7, 0.0, 0.0)  # Monday … Sunday, relative to a mean day
OFFICE = [0.0] * 32 + [3, 5, 7, 8, 8, 7, 6, 6, 5, 5, 6, 7, 7, 6, 5, 5, 4, 4, 3, 3] + [0.0] * 44
# Round the clock (e-mail): a little at night, most in office hours, every day of the week.
ALL_DAY = [0.6] * 28 + [2, 3, 4, 5] + [6] * 32 + [3] * 16 + [1.2] * 16
ALL_WEEK = (1.2, 1.1, 1.0, 1.0, 0.9, 0.4, 0.4)


@dataclass
class Scenario:
    name: str
    history: History  # what was imported, the held-out weeks included
    expected: dict[dt.date, float]  # each day's true mean, before the noise
    is_open: Callable[[dt.date], bool]
    cutoff: dt.date  # the first held-out Monday
    events: tuple = ()  # what a supervisor declared
    weeks: int = 4  # held-out weeks
    missing: set = field(default_factory=set)  # days whose figures are absent or zero

    def held_out(self) -> list[dt.date]:
        return [self.cutoff + dt.timedelta(weeks=week) for week in range(self.weeks)]


def poisson(rng: random.Random, mean: float) -> int:
    """A Poisson draw (Knuth's product for small means, a normal approximation for large)."""
    if mean <= 0:
        return 0
    if mean > 60:
        return max(0, round(rng.gauss(mean, math.sqrt(mean))))
    limit, product, count = math.exp(-mean), rng.random(), 0
    while product > limit:
        product *= rng.random()
        count += 1
    return count


def generate(
    name: str,
    *,
    cutoff: dt.date,
    weeks: int,
    daily: float = 180.0,
    seed: int = 1,
    effect: Callable[[dt.date], float] = lambda day: 1.0,
    absent: set | frozenset = frozenset(),
    zero: set | frozenset = frozenset(),
    weekdays: tuple[int, ...] = tuple(range(7)),
    round_the_clock: bool = False,
    held_out: int = 4,
    events: tuple = (),
) -> Scenario:
    """`weeks` weeks of history before `cutoff` and `held_out` weeks after it; `effect(day)`
    multiplies a day's mean (a Christmas drop, a surge, a new level); `absent` days have no
    rows, `zero` days rows of nothing."""
    rng = random.Random(seed)
    profile, week = (ALL_DAY, ALL_WEEK) if round_the_clock else (OFFICE, WEEKDAY)
    shares = [value / sum(profile) for value in profile]
    first = cutoff - dt.timedelta(weeks=weeks)

    def is_open(day: dt.date) -> bool:
        return True if round_the_clock else is_business_day(day)

    contacts, expected = {}, {}
    for offset in range((weeks + held_out) * 7):
        day = first + dt.timedelta(days=offset)
        mean = daily * week[day.weekday()] * effect(day) if is_open(day) else 0.0
        if day < cutoff and day.weekday() not in weekdays:
            continue  # a short history that lacks these weekdays
        expected[day] = mean
        values = [float(poisson(rng, mean * share)) for share in shares]
        if day in absent:
            continue
        contacts[day] = [0.0] * QUARTERS if day in zero else values
    return Scenario(
        name=name,
        history=History(contacts),
        expected=expected,
        is_open=is_open,
        cutoff=cutoff,
        events=events,
        weeks=held_out,
        missing=set(absent) | set(zero),
    )


def christmas_week(day: dt.date) -> bool:
    """The Monday-to-Sunday week of Christmas Day."""
    christmas = dt.date(day.year, 12, 25)
    monday = christmas - dt.timedelta(days=christmas.weekday())
    return monday <= day <= monday + dt.timedelta(days=6)
