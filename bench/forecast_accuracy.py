"""The staffing forecast's accuracy on synthetic histories of known truth, against two baselines.

Each scenario is a `luukku.staffing.synthetic` history (Poisson noise around a known daily
mean: steady, Christmas, a surge, level shifts, gaps, a short history, round-the-clock e-mail)
with four held-out weeks. Each held-out week (a Monday) is forecast from the history before it
(rolling origin) by

- Luukku: `luukku.staffing.forecast.forecast`, with the scenario's declared events;
- seasonal naive: each day is the same weekday a week earlier (or, if that day has no
  figures, the latest earlier same weekday that has), its quarter-hours as they were; it does
  not read the calendar (a holiday is forecast as a usual day and the reverse), and a weekday
  never seen is forecast as 0;
- Holt-Winters: statsmodels' `ExponentialSmoothing` (additive damped trend, additive weekly
  season, default optimisation) on the daily totals of every calendar day before the Monday;
  days without figures are filled by linear interpolation (the ends by the nearest day),
  zero rows are taken as they are; 7 days ahead, negatives clipped to 0, days the scenario's
  `is_open` says are closed set to 0. It forecasts day totals only, and needs two weeks of
  days: where a held-out week has fewer before it, the scenario has no Holt-Winters figures
  for that seed ("–").

The noise floor is the error of the true daily means (at intervals: the mean × the
generator's intraday shares), the best any forecast can do on average. Errors are over the
held-out days that have figures and are not a gap (`Scenario.missing`), pooled over the four
weeks: WAPE = Σ|actual − forecast| ÷ Σ actual, of day totals (daily) or of 60- and 15-minute
intervals. The bias is the first held-out week's Σ forecast ÷ Σ true mean − 1 (the true
means, so that noise does not blur it). Each figure, ratios included, is computed per seed;
the table gives the median over the seeds and the [min–max] range. Scenarios of the same
cutoff, length and means draw the same noise for a seed (the gap scenarios differ only in
their gaps), so their seeds are not independent of one another's.

    .venv/bin/pip install -e '.[bench]'
    DEBUG=1 LUUKKU_DATA_DIR=$(mktemp -d) .venv/bin/python bench/forecast_accuracy.py --seeds 5
    # --json PATH writes every seed's figures as well
"""

import argparse
import datetime as dt
import json
import os
import statistics
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "luukku.settings")
import django

django.setup()

import pandas as pd  # noqa: E402
from statsmodels.tsa.holtwinters import ExponentialSmoothing  # noqa: E402

from luukku.staffing import synthetic  # noqa: E402
from luukku.staffing.events import Event  # noqa: E402
from luukku.staffing.forecast import QUARTERS, forecast, per_interval  # noqa: E402

D = dt.date
DAY = dt.timedelta(days=1)


def _christmas(day):
    return 0.35 if synthetic.christmas_week(day) else 1.0


def _shift(start, factor):
    return lambda day: factor if day >= start else 1.0


SHIFT = Event("declared", "front line", D(2026, 10, 5), D(2026, 10, 5), 1.3, True)
WEEK = {D(2026, 9, 21) + dt.timedelta(days=offset) for offset in range(7)}
SCENARIOS = {  # name: generate()'s arguments
    "steady": dict(cutoff=D(2026, 11, 2), weeks=52),
    "christmas week": dict(cutoff=D(2026, 12, 21), weeks=70, effect=_christmas),
    "after christmas": dict(cutoff=D(2026, 12, 28), weeks=70, effect=_christmas),
    "after christmas, 30 weeks": dict(cutoff=D(2026, 12, 28), weeks=30, effect=_christmas),
    "tax-card surge +40 %": dict(
        cutoff=D(2027, 2, 1),
        weeks=40,
        effect=lambda day: 1.4 if D(2027, 1, 7) <= day <= D(2027, 1, 31) else 1.0,
    ),
    "shift +30 %, detected": dict(
        cutoff=D(2026, 10, 5), weeks=40, effect=_shift(D(2026, 9, 21), 1.3)
    ),
    "shift at cutoff, undeclared": dict(
        cutoff=D(2026, 10, 5), weeks=40, effect=_shift(D(2026, 10, 5), 1.3)
    ),
    "shift at cutoff, declared": dict(
        cutoff=D(2026, 10, 5), weeks=40, effect=_shift(D(2026, 10, 5), 1.3), events=(SHIFT,)
    ),
    "3 absent days": dict(
        cutoff=D(2026, 10, 5), weeks=40, absent={D(2026, 9, 28), D(2026, 9, 29), D(2026, 9, 30)}
    ),
    "absent week": dict(cutoff=D(2026, 10, 5), weeks=40, absent=WEEK),
    "gap of zero rows": dict(cutoff=D(2026, 10, 5), weeks=40, zero=WEEK),
    "absent in a held-out week": dict(
        cutoff=D(2026, 10, 5), weeks=40, absent={D(2026, 10, 6), D(2026, 10, 7)}
    ),
    "Wed–Fri of 2 weeks": dict(cutoff=D(2026, 10, 5), weeks=2, weekdays=(2, 3, 4)),
    "e-mail, round the clock": dict(
        cutoff=D(2026, 10, 5), weeks=30, daily=300, round_the_clock=True
    ),
}


def seasonal_naive(history, days):
    result = {}
    for day in days:
        earlier = day - dt.timedelta(weeks=1)
        while earlier not in history.contacts and earlier >= history.first_day:
            earlier -= dt.timedelta(weeks=1)
        result[day] = list(history.contacts.get(earlier, [0.0] * QUARTERS))
    return result


def holt_winters(history, days, is_open):
    """Day totals (day: total) from the daily totals before days[0]; None if there are fewer
    than two weeks of them."""
    first, last = history.first_day, days[0] - DAY
    index = pd.date_range(first, last, freq="D")
    totals = [sum(history.contacts.get(d.date(), [float("nan")])) for d in index]
    series = pd.Series(totals, index=index, dtype=float).interpolate(limit_direction="both")
    if len(series) < 14:
        return None  # statsmodels needs two full weeks to start the season
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model = ExponentialSmoothing(
            series, trend="add", damped_trend=True, seasonal="add", seasonal_periods=7
        ).fit()
        ahead = model.forecast(len(days))
    return {
        day: max(0.0, float(value)) if is_open(day) else 0.0
        for day, value in zip(days, ahead, strict=True)
    }


def measure(name, seed):
    arguments = SCENARIOS[name]
    scenario = synthetic.generate(name, seed=seed, **arguments)
    profile = synthetic.ALL_DAY if arguments.get("round_the_clock") else synthetic.OFFICE
    shares = [value / sum(profile) for value in profile]
    history, expected = scenario.history, scenario.expected
    sums = {key: 0.0 for key in ("actual", "luukku", "naive", "hw", "floor")}
    sums |= {f"{who} {m}": 0.0 for who in ("luukku", "naive", "floor") for m in (60, 15)}
    bias, unfit = {}, False
    for monday in scenario.held_out():
        days = [monday + dt.timedelta(days=offset) for offset in range(7)]
        before = history.before(monday)
        quarters = {
            "luukku": forecast(
                before, days, cutoff=monday, is_open=scenario.is_open, events=scenario.events
            ),
            "naive": seasonal_naive(before, days),
            "floor": {day: [expected[day] * share for share in shares] for day in days},
        }
        totals = {who: {day: sum(values[day]) for day in days} for who, values in quarters.items()}
        totals["hw"] = holt_winters(before, days, scenario.is_open)
        if totals["hw"] is None:
            unfit, totals["hw"] = True, dict.fromkeys(days, 0.0)
        if monday == scenario.cutoff:
            truth = sum(expected[day] for day in days)
            bias = {who: sum(totals[who].values()) / truth - 1 for who in ("luukku", "naive", "hw")}
            bias["hw"] = None if unfit else bias["hw"]
        for day in days:
            if day not in history.contacts or day in scenario.missing:
                continue
            actual = history.contacts[day]
            sums["actual"] += sum(actual)
            for who, values in totals.items():
                sums[who] += abs(sum(actual) - values[day])
            for who, values in quarters.items():
                for minutes in (60, 15):
                    pairs = zip(
                        per_interval(actual, minutes),
                        per_interval(values[day], minutes),
                        strict=True,
                    )
                    sums[f"{who} {minutes}"] += sum(abs(a - f) for a, f in pairs)
    wape = {key: value / sums["actual"] for key, value in sums.items() if key != "actual"}
    wape["hw"] = None if unfit else wape["hw"]
    ratios = {
        f"luukku / {who}": wape["luukku"] / wape[who] if wape[who] is not None else None
        for who in ("hw", "floor", "naive")
    }
    return {"wape": wape, "bias": bias, "ratio": ratios}


def summary(values, scale=1.0, digits=1, sign=""):
    values = sorted(value * scale for value in values if value is not None)
    if not values:
        return "–"
    form = f"{sign}.{digits}f"
    low, mid, high = values[0], statistics.median(values), values[-1]
    return f"{mid:{form}} [{low:{form}}–{high:{form}}]".replace("-", "−")


def table(header, rows):
    lines = ["| " + " | ".join(header) + " |", "|---" + "|---:" * (len(header) - 1) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


PERCENT, RATIO, SIGNED = {"scale": 100}, {"digits": 2}, {"scale": 100, "sign": "+"}
TABLES = [  # (title, [(header, group, key, format)])
    (
        "Daily WAPE (day totals) and Luukku's ratio to each:",
        [
            ("Luukku", "wape", "luukku", PERCENT),
            ("Holt-Winters", "wape", "hw", PERCENT),
            ("seasonal naive", "wape", "naive", PERCENT),
            ("noise floor", "wape", "floor", PERCENT),
            ("Luukku ÷ H-W", "ratio", "luukku / hw", RATIO),
            ("Luukku ÷ floor", "ratio", "luukku / floor", RATIO),
            ("Luukku ÷ naive", "ratio", "luukku / naive", RATIO),
        ],
    ),
    (
        "Interval WAPE, and the first held-out week's bias against the true means:",
        [
            ("Luukku 60 min", "wape", "luukku 60", PERCENT),
            ("floor 60 min", "wape", "floor 60", PERCENT),
            ("naive 60 min", "wape", "naive 60", PERCENT),
            ("Luukku 15 min", "wape", "luukku 15", PERCENT),
            ("floor 15 min", "wape", "floor 15", PERCENT),
            ("bias Luukku", "bias", "luukku", SIGNED),
            ("bias H-W", "bias", "hw", SIGNED),
            ("bias naive", "bias", "naive", SIGNED),
        ],
    ),
]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seeds", type=int, default=5, help="seeds 1 … N per scenario")
    parser.add_argument("--json", type=Path, help="write every seed's figures here")
    args = parser.parse_args()
    started = time.perf_counter()
    seeds = range(1, args.seeds + 1)
    results = {name: {seed: measure(name, seed) for seed in seeds} for name in SCENARIOS}
    elapsed = time.perf_counter() - started

    def pick(name, group, key):
        return [results[name][seed][group][key] for seed in seeds]

    print(
        f"Forecast accuracy on synthetic histories, 4 held-out weeks (rolling origin), "
        f"median [min–max] over seeds {seeds[0]}–{seeds[-1]}; WAPE and bias in %."
    )
    print()
    for title, columns in TABLES:
        print(title)
        print()
        rows = [
            [name] + [summary(pick(name, group, key), **form) for _, group, key, form in columns]
            for name in SCENARIOS
        ]
        print(table(["Scenario"] + [column[0] for column in columns], rows))
        print()
    print(f"{len(SCENARIOS)} scenarios × {args.seeds} seeds in {elapsed:.1f} s.")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
