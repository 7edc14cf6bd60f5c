"""Queueing formulas for staffing: Erlang C (callers wait as long as it takes) and Erlang A
(callers give up after an exponentially distributed patience).

Everything is computed with recurrences on probabilities, never with factorials or powers of
the load, so hundreds of erlangs and thousands of agents stay exact to floating-point
precision. The definitions are written out in docs/staffing.md.
"""

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class Result:
    """What `agents` agents achieve on one interval's load."""

    agents: int
    load: float  # offered load in erlangs: contacts × handling time ÷ interval length
    wait_probability: float  # share of contacts that have to queue
    service_level: float  # share answered within the target time (of all contacts)
    average_wait: float  # seconds, over all contacts (answered and abandoned)
    occupancy: float  # share of the agents' time spent handling contacts
    abandonment: float  # share that gives up waiting (always 0 in Erlang C)


def offered_load(*, contacts: float, handle_seconds: float, interval_seconds: float) -> float:
    return contacts * handle_seconds / interval_seconds


def erlang_b(agents: int, load: float) -> float:
    """Blocking probability B(n, A) by the recurrence B(k) = A·B(k−1) / (k + A·B(k−1))."""
    blocking = 1.0
    for k in range(1, agents + 1):
        blocking = load * blocking / (k + load * blocking)
    return blocking


def _erlang_c_from_b(agents: int, load: float, blocking: float) -> float:
    return agents * blocking / (agents - load * (1 - blocking))


def erlang_c(*, agents: int, load: float, handle_seconds: float, answer_seconds: float) -> Result:
    """M/M/n: the waiting probability C(n, A), the share answered within `answer_seconds`,
    the average wait and occupancy. With too few agents (n ≤ A) the queue grows without end."""
    if agents <= load:
        return Result(agents, load, 1.0, 0.0, math.inf, 1.0 if load else 0.0, 0.0)
    return _erlang_c_result(agents, load, erlang_b(agents, load), handle_seconds, answer_seconds)


def _erlang_c_result(agents, load, blocking, handle_seconds, answer_seconds) -> Result:
    waiting = _erlang_c_from_b(agents, load, blocking)
    spare = agents - load
    service_level = 1 - waiting * math.exp(-spare * answer_seconds / handle_seconds)
    return Result(
        agents=agents,
        load=load,
        wait_probability=waiting,
        service_level=service_level,
        average_wait=waiting * handle_seconds / spare,
        occupancy=load / agents,
        abandonment=0.0,
    )


def erlang_c_agents(
    *,
    load: float,
    handle_seconds: float,
    answer_seconds: float,
    target: float,
    max_occupancy: float = 1.0,
) -> Result:
    """The fewest agents that answer `target` of the contacts within `answer_seconds` (and
    keep occupancy at or under `max_occupancy`). One pass of the Erlang B recurrence, so the
    cost grows with the number of agents, not with its square."""
    if load <= 0:
        return Result(0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0)
    blocking = 1.0
    agents = 0
    while True:
        agents += 1
        blocking = load * blocking / (agents + load * blocking)
        if agents <= load or load / agents > max_occupancy:
            continue
        result = _erlang_c_result(agents, load, blocking, handle_seconds, answer_seconds)
        if result.service_level >= target:
            return result


def _beta_tail_terms(alpha: float, count: int, x: float):
    """Regularised incomplete beta I_x(alpha, b) for b = 1, 2, …, count.

    I_x(a, 1) = x^a and I_x(a, b+1) = I_x(a, b) + x^a (1−x)^b / (b · B(a, b)), every term
    in logarithms so that large a and b neither overflow nor underflow.
    """
    if x <= 0:
        yield from (0.0 for _ in range(count))
        return
    log_x = math.log(x)
    log_rest = math.log1p(-x) if x < 1 else -math.inf
    value = math.exp(alpha * log_x)
    yield value
    for b in range(1, count):
        log_beta = math.lgamma(alpha) + math.lgamma(b) - math.lgamma(alpha + b)
        value += math.exp(alpha * log_x + b * log_rest - math.log(b) - log_beta)
        yield min(value, 1.0)


def erlang_a(
    *,
    agents: int,
    load: float,
    handle_seconds: float,
    answer_seconds: float,
    patience_seconds: float,
) -> Result:
    """M/M/n+M (Palm's Erlang A): contacts leave the queue after an exponential patience
    with mean `patience_seconds`.

    The number of contacts in the system is a birth–death chain (arrivals λ; departures
    kμ below n agents, nμ + jθ with j waiting). An arrival finding j waiting is answered
    if its own patience outlasts the j + 1 departures ahead of it; with α = nμ/θ, e^(−θV)
    of that waiting time V is Beta(α, j+1)-distributed, which gives the share answered
    within t as α/(α+j+1) · (1 − I_x(α+1, j+1)) with x = e^(−θt).
    """
    if load <= 0:
        return Result(agents, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0)
    mu = 1 / handle_seconds
    theta = 1 / patience_seconds
    arrivals = load * mu
    # State probabilities in logarithms (Poisson-shaped below n agents, then each waiting
    # state λ/(nμ + jθ) times the one before), scaled by the largest before leaving them.
    log_load = math.log(load)
    log_below = [k * log_load - math.lgamma(k + 1) for k in range(agents)]
    log_waiting = [agents * log_load - math.lgamma(agents + 1)]
    highest = log_waiting[0]
    j = 0
    while True:
        j += 1
        ratio = arrivals / (agents * mu + j * theta)
        log_waiting.append(log_waiting[-1] + math.log(ratio))
        highest = max(highest, log_waiting[-1])
        if ratio < 1 and log_waiting[-1] < highest - 40:
            break
    peak = max(highest, max(log_below, default=-math.inf))
    below = math.fsum(math.exp(value - peak) for value in log_below)
    waiting_terms = [math.exp(value - peak) for value in log_waiting]
    total = below + math.fsum(waiting_terms)
    alpha = agents * mu / theta
    x = math.exp(-theta * answer_seconds)
    answered_in_time = below
    abandoned = 0.0
    queue_length = 0.0
    tails = _beta_tail_terms(alpha + 1, len(waiting_terms), x)
    for ahead, (weight, tail) in enumerate(zip(waiting_terms, tails, strict=True)):
        served = alpha / (alpha + ahead + 1)
        answered_in_time += weight * served * (1 - tail)
        abandoned += weight * (1 - served)
        queue_length += weight * ahead
    queue_length /= total
    answered = 1 - abandoned / total
    return Result(
        agents=agents,
        load=load,
        wait_probability=math.fsum(waiting_terms) / total,
        service_level=answered_in_time / total,
        average_wait=queue_length / arrivals,
        occupancy=min(load * answered / agents, 1.0) if agents else 1.0,
        abandonment=abandoned / total,
    )


def erlang_a_agents(
    *,
    load: float,
    handle_seconds: float,
    answer_seconds: float,
    patience_seconds: float,
    target: float,
    max_occupancy: float = 1.0,
) -> Result:
    """The fewest agents that answer `target` of all contacts within `answer_seconds` when
    callers abandon. The service level rises with every agent added, so a doubling search
    followed by bisection needs only a few evaluations even for thousands of agents."""
    if load <= 0:
        return Result(0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0)

    def evaluate(agents: int) -> Result:
        return erlang_a(
            agents=agents,
            load=load,
            handle_seconds=handle_seconds,
            answer_seconds=answer_seconds,
            patience_seconds=patience_seconds,
        )

    def enough(result: Result) -> bool:
        return result.service_level >= target and result.occupancy <= max_occupancy

    low, high = 0, max(1, math.ceil(load))
    result = evaluate(high)
    while not enough(result):
        low, high = high, high * 2
        result = evaluate(high)
    best = result
    while high - low > 1:
        middle = (low + high) // 2
        candidate = evaluate(middle)
        if enough(candidate):
            high, best = middle, candidate
        else:
            low = middle
    return best


def with_shrinkage(agents: int, shrinkage: float) -> int:
    """Agents to schedule so that `agents` are available when a share `shrinkage` of paid
    time goes to breaks, training, meetings and absence."""
    if agents == 0:
        return 0
    return math.ceil(agents / (1 - shrinkage) - 1e-9)
