"""Staffing a week of 15-minute intervals: Luukku's Erlang C against pyworkforce's.

The week is a large contact centre's: 672 intervals, open 7–21 on weekdays and 9–15 at the
weekend, the load following a morning and an afternoon peak up to PEAK erlangs. Both
libraries find the fewest agents that answer 80 % within 20 seconds; the answers are compared
(they differ only where pyworkforce's search starts above the true minimum, see
src/luukku/staffing/tests/test_erlang.py) and the time of each is taken as the best of a few
runs. Erlang A (60 s patience) is timed as well; pyworkforce has no Erlang A.

    python bench/erlang_speed.py [--peak 300] [--repeat 5]
"""

import argparse
import math
import time

from pyworkforce.queuing import ErlangC

from luukku.staffing import erlang

HANDLE = 240.0
ANSWER = 20.0
TARGET = 0.8


def week_loads(peak: float) -> list[float]:
    loads = []
    for day in range(7):
        opens, closes = (7, 21) if day < 5 else (9, 15)
        for quarter in range(96):
            hour = quarter / 4
            if not opens <= hour < closes:
                loads.append(0.0)
                continue
            shape = 0.35 + 0.65 * max(
                math.exp(-((hour - 10) ** 2) / 4), 0.8 * math.exp(-((hour - 14) ** 2) / 3)
            )
            loads.append(peak * shape * (1.0 if day < 5 else 0.4))
    return loads


def ours(loads: list[float]) -> list[int]:
    return [
        erlang.erlang_c_agents(
            load=load, handle_seconds=HANDLE, answer_seconds=ANSWER, target=TARGET
        ).agents
        for load in loads
    ]


def ours_a(loads: list[float]) -> list[int]:
    return [
        erlang.erlang_a_agents(
            load=load,
            handle_seconds=HANDLE,
            answer_seconds=ANSWER,
            patience_seconds=60,
            target=TARGET,
        ).agents
        for load in loads
    ]


def theirs(loads: list[float]) -> list[int]:
    agents = []
    for load in loads:
        if load <= 0:
            agents.append(0)
            continue
        contacts = load * 15 * 60 / HANDLE
        model = ErlangC(transactions=contacts, aht=HANDLE / 60, asa=ANSWER / 60, interval=15)
        agents.append(model.required_positions(service_level=TARGET)["raw_positions"])
    return agents


def best(function, loads, repeat) -> tuple[float, list[int]]:
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = function(loads)
        times.append(time.perf_counter() - started)
    return min(times), result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--peak", type=float, default=300.0, help="erlangs at the busiest hour")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    loads = week_loads(args.peak)
    open_intervals = sum(1 for load in loads if load > 0)
    luukku_c, agents = best(ours, loads, args.repeat)
    pyworkforce, expected = best(theirs, loads, args.repeat)
    luukku_a, agents_a = best(ours_a, loads, args.repeat)
    same = sum(a == b for a, b in zip(agents, expected, strict=True))
    print(
        f"A week of 15-minute intervals ({len(loads)}, {open_intervals} open), "
        f"peak {args.peak:.0f} erlangs, 80 % in 20 s, {HANDLE:.0f} s handling:"
    )
    print("| Method | time for the week (ms) | agent-intervals |")
    print("|---|---:|---:|")
    print(f"| Luukku, Erlang C | {1000 * luukku_c:.1f} | {sum(agents)} |")
    print(f"| pyworkforce 0.5.1, Erlang C | {1000 * pyworkforce:.1f} | {sum(expected)} |")
    print(f"| Luukku, Erlang A (60 s patience) | {1000 * luukku_a:.1f} | {sum(agents_a)} |")
    print(
        f"Same number of agents in {same} of {len(loads)} intervals; "
        f"pyworkforce ÷ Luukku time: {pyworkforce / luukku_c:.1f}×"
    )


if __name__ == "__main__":
    main()
