"""Erlang C and A against published worked examples, pyworkforce, closed forms and a
simulation of the queue itself."""

import heapq
import math
import random

import pytest
from pyworkforce.queuing import ErlangC

from luukku.staffing import erlang


def test_erlang_c_matches_the_published_worked_example():
    # Call Centre Helper's worked example: 100 calls in 30 minutes, 3 minutes each,
    # 80 % answered in 20 seconds → 10 erlangs, 14 agents, 20 with 30 % shrinkage.
    load = erlang.offered_load(contacts=100, handle_seconds=180, interval_seconds=1800)
    assert load == 10
    eleven = erlang.erlang_c(agents=11, load=load, handle_seconds=180, answer_seconds=20)
    assert eleven.wait_probability == pytest.approx(0.6821, abs=5e-5)
    assert eleven.service_level == pytest.approx(0.3896, abs=5e-5)
    result = erlang.erlang_c_agents(load=load, handle_seconds=180, answer_seconds=20, target=0.8)
    assert result.agents == 14
    assert result.wait_probability == pytest.approx(0.1741, abs=5e-5)
    assert result.service_level == pytest.approx(0.8883, abs=1e-4)  # published as 88.83 %
    assert result.occupancy == pytest.approx(0.7143, abs=5e-5)
    assert result.average_wait == pytest.approx(7.84, abs=5e-3)
    assert erlang.with_shrinkage(result.agents, 0.3) == 20


GRID = [
    (transactions, aht, answer, target)
    for transactions in (3, 17, 40, 100, 260, 900)
    for aht in (2, 3.5, 7)
    for answer in (0.25, 1, 10)
    for target in (0.6, 0.8, 0.95)
]


@pytest.mark.parametrize(("transactions", "aht", "answer", "target"), GRID)
def test_erlang_c_gives_the_same_answers_as_pyworkforce(transactions, aht, answer, target):
    # pyworkforce counts in minutes; Luukku in seconds.
    theirs = ErlangC(transactions=transactions, aht=aht, asa=answer, interval=30, shrinkage=0.3)
    expected = theirs.required_positions(service_level=target, max_occupancy=1.0)
    load = erlang.offered_load(
        contacts=transactions, handle_seconds=aht * 60, interval_seconds=30 * 60
    )
    ours = erlang.erlang_c_agents(
        load=load, handle_seconds=aht * 60, answer_seconds=answer * 60, target=target
    )
    # Both use the same formula: pyworkforce's service level at our number of agents is ours.
    assert theirs.service_level(ours.agents) == pytest.approx(ours.service_level, abs=1e-9)
    assert theirs.waiting_probability(ours.agents) == pytest.approx(ours.wait_probability, abs=1e-9)
    assert ours.occupancy == pytest.approx(theirs.achieved_occupancy(ours.agents), abs=1e-12)
    if ours.agents >= round(load + 1):
        assert ours.agents == expected["raw_positions"]
        assert ours.service_level == pytest.approx(expected["service_level"], abs=1e-9)
    else:
        # pyworkforce starts its search at round(A + 1) and so misses one agent fewer that
        # already meets the target (A = 2.67: 3 agents answer 85 % in time, it says 4).
        assert ours.agents == expected["raw_positions"] - 1
        assert theirs.service_level(ours.agents) >= target
    # Shrinkage: ⌈n ÷ (1 − s)⌉; pyworkforce's float division rounds 21 ÷ 0.7 up to 31.
    raw = expected["raw_positions"]
    assert erlang.with_shrinkage(raw, 0.3) == math.ceil(round(raw / 0.7, 9))
    assert expected["positions"] - erlang.with_shrinkage(raw, 0.3) in (0, 1)


def test_occupancy_cap_adds_agents_like_pyworkforce():
    theirs = ErlangC(transactions=900, aht=3, asa=1 / 3, interval=30)
    expected = theirs.required_positions(service_level=0.8, max_occupancy=0.85)
    ours = erlang.erlang_c_agents(
        load=90, handle_seconds=180, answer_seconds=20, target=0.8, max_occupancy=0.85
    )
    assert ours.agents == expected["raw_positions"] == math.ceil(90 / 0.85)


def _erlang_c_by_logarithms(agents: int, load: float) -> float:
    """C(n, A) from its closed form, every term a logarithm: an independent formula."""
    log_terms = [k * math.log(load) - math.lgamma(k + 1) for k in range(agents)]
    log_last = (
        agents * math.log(load) - math.lgamma(agents + 1) + math.log(agents / (agents - load))
    )
    peak = max(*log_terms, log_last)
    below = math.fsum(math.exp(value - peak) for value in log_terms)
    last = math.exp(log_last - peak)
    return last / (below + last)


@pytest.mark.parametrize("load", [150.0, 480.5, 2500.0])
def test_erlang_c_is_stable_for_hundreds_of_erlangs(load):
    result = erlang.erlang_c_agents(load=load, handle_seconds=300, answer_seconds=20, target=0.8)
    assert load < result.agents < load + 4 * math.sqrt(load)
    assert result.wait_probability == pytest.approx(
        _erlang_c_by_logarithms(result.agents, load), rel=1e-9
    )
    fewer = erlang.erlang_c(
        agents=result.agents - 1, load=load, handle_seconds=300, answer_seconds=20
    )
    assert fewer.service_level < 0.8 <= result.service_level


def test_erlang_a_with_patience_equal_to_handling_time_is_an_infinite_server_queue():
    # With θ = μ every customer leaves at the same rate waiting or served, so the number in
    # the system is Poisson(A) and the chance of waiting is P(Poisson(A) ≥ n).
    load, agents = 7.3, 9
    result = erlang.erlang_a(
        agents=agents, load=load, handle_seconds=100, answer_seconds=10, patience_seconds=100
    )
    poisson_tail = 1 - sum(math.exp(-load) * load**k / math.factorial(k) for k in range(agents))
    assert result.wait_probability == pytest.approx(poisson_tail, rel=1e-9)


def test_erlang_a_approaches_erlang_c_when_nobody_gives_up():
    c = erlang.erlang_c(agents=12, load=10, handle_seconds=180, answer_seconds=20)
    a = erlang.erlang_a(
        agents=12, load=10, handle_seconds=180, answer_seconds=20, patience_seconds=1e8
    )
    assert a.service_level == pytest.approx(c.service_level, abs=1e-5)
    assert a.wait_probability == pytest.approx(c.wait_probability, abs=1e-5)
    assert a.average_wait == pytest.approx(c.average_wait, rel=1e-4)
    assert a.abandonment < 1e-6


def _simulate(agents, arrival_rate, handle_seconds, patience_seconds, answer_seconds, n=200_000):
    """First come, first served with impatient customers, one customer at a time."""
    rng = random.Random(20261123)
    free_at = [0.0] * agents
    clock = answered = abandoned = 0.0
    waited = 0.0
    for _ in range(n):
        clock += rng.expovariate(arrival_rate)
        patience = rng.expovariate(1 / patience_seconds)
        start = max(clock, free_at[0])
        wait = start - clock
        if wait > patience:
            abandoned += 1
            waited += patience
            continue
        heapq.heapreplace(free_at, start + rng.expovariate(1 / handle_seconds))
        waited += wait
        answered += wait <= answer_seconds
    return answered / n, abandoned / n, waited / n


def test_erlang_a_agrees_with_a_simulation_of_impatient_callers():
    result = erlang.erlang_a(
        agents=12, load=10, handle_seconds=180, answer_seconds=20, patience_seconds=120
    )
    service_level, abandonment, average_wait = _simulate(12, 10 / 180, 180, 120, 20)
    assert result.service_level == pytest.approx(service_level, abs=0.01)
    assert result.abandonment == pytest.approx(abandonment, abs=0.005)
    assert result.average_wait == pytest.approx(average_wait, rel=0.05)


def test_erlang_a_staffing_is_the_fewest_agents_that_meet_the_target():
    common = {"load": 400.0, "handle_seconds": 300, "answer_seconds": 20, "patience_seconds": 90}
    result = erlang.erlang_a_agents(**common, target=0.8)
    assert result.service_level >= 0.8
    fewer = erlang.erlang_a(agents=result.agents - 1, **common)
    assert fewer.service_level < 0.8
    # Abandonment relieves the queue: fewer agents than Erlang C asks for.
    c = erlang.erlang_c_agents(load=400.0, handle_seconds=300, answer_seconds=20, target=0.8)
    assert result.agents < c.agents


@pytest.mark.parametrize("remembered", [None, 0.01, 0.9, 1.0, 50.0])
def test_erlang_a_staffing_does_not_depend_on_the_last_answer(remembered):
    """The search starts from the last answer's agents per erlang: a guess far too low, far
    too high or none at all only changes how long it walks, never where it stops."""
    common = {"handle_seconds": 240, "answer_seconds": 20, "patience_seconds": 60}
    key = (240, 20, 60, 0.8, 0.9)
    for load in (0.3, 4.0, 37.5, 310.0):
        erlang._AGENTS_PER_ERLANG.pop(key, None)
        if remembered is not None:
            erlang._AGENTS_PER_ERLANG[key] = remembered
        result = erlang.erlang_a_agents(load=load, **common, target=0.8, max_occupancy=0.9)
        enough = [
            erlang.erlang_a(agents=n, load=load, **common)
            for n in (result.agents - 1, result.agents)
        ]
        assert enough[1].service_level >= 0.8 and enough[1].occupancy <= 0.9
        assert result.agents == 1 or (enough[0].service_level < 0.8 or enough[0].occupancy > 0.9)


def test_no_contacts_need_no_agents():
    assert (
        erlang.erlang_c_agents(load=0, handle_seconds=1, answer_seconds=1, target=0.8).agents == 0
    )
    assert erlang.with_shrinkage(0, 0.3) == 0
    assert erlang.with_shrinkage(7, 0.3) == 10
