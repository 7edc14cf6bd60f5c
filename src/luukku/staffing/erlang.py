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

    I_x(a, 1) = x^a and I_x(a, b+1) = I_x(a, b) + t_b with t_1 = a·x^a·(1−x) and
    t_(b+1) = t_b · (1−x)(a+b)/(b+1): each term from the one before by one product. A term
    too small for a float is carried in logarithms until it grows into range.
    """
    if x <= 0:
        yield from (0.0 for _ in range(count))
        return
    if x >= 1:
        yield from (1.0 for _ in range(count))
        return
    log_x, rest = math.log(x), 1 - x
    log_rest = math.log1p(-x)
    value = math.exp(alpha * log_x)
    yield value
    log_term = alpha * log_x + log_rest + math.log(alpha)
    term = math.exp(log_term) if log_term > _LOG_TINY else 0.0
    for b in range(1, count):
        if term:
            value += term
            term *= rest * (alpha + b) / (b + 1)
        else:
            log_term += log_rest + math.log((alpha + b) / (b + 1))
            if log_term > _LOG_TINY:
                term = math.exp(log_term)
        yield min(value, 1.0)


_LOG_TINY = -700.0  # e^-700 ≈ 1e-304: below it a float loses its digits


def _waiting_states(agents: int, arrivals: float, mu: float, theta: float) -> list | None:
    """The waiting states' probabilities relative to state n, until they are 40 nats below
    the largest and falling; None where they would grow out of a float's range."""
    terms, value, highest, waiting = [1.0], 1.0, 1.0, 0
    while True:
        waiting += 1
        ratio = arrivals / (agents * mu + waiting * theta)
        value *= ratio
        if value > 1e250:
            return None
        terms.append(value)
        highest = max(highest, value)
        if ratio < 1 and value < highest * _E_MINUS_40:
            return terms


_E_MINUS_40 = math.exp(-40)


def _states_in_logarithms(agents, load, arrivals, mu, theta) -> tuple[float, list[float]]:
    """The states below n (summed) and the waiting states, scaled by the largest: Poisson-
    shaped below n agents, then each waiting state λ/(nμ + jθ) times the one before."""
    log_load = math.log(load)
    log_below, value, top = [], 0.0, 0.0
    for k in range(agents - 1, -1, -1):
        value += math.log(k + 1) - log_load
        top = max(top, value)
        if k < load and value < top - 40:
            break
        log_below.append(value)
    log_waiting, highest, waiting = [0.0], 0.0, 0
    while True:
        waiting += 1
        ratio = arrivals / (agents * mu + waiting * theta)
        log_waiting.append(log_waiting[-1] + math.log(ratio))
        highest = max(highest, log_waiting[-1])
        if ratio < 1 and log_waiting[-1] < highest - 40:
            break
    peak = max(highest, max(log_below, default=-math.inf))
    below = math.fsum(math.exp(value - peak) for value in log_below)
    return below, [math.exp(value - peak) for value in log_waiting]


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
    blocking = erlang_b(agents, load)
    waiting_terms = _waiting_states(agents, arrivals, mu, theta) if blocking > 1e-300 else None
    if waiting_terms is not None:
        # Relative to state n: the states below it sum to 1/B(n, A) − 1 (Erlang B's
        # recurrence), and each waiting state is λ/(nμ + jθ) times the one before.
        below = 1 / blocking - 1
    else:  # too large or too small for floats: the same in logarithms
        below, waiting_terms = _states_in_logarithms(agents, load, arrivals, mu, theta)
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

    # The service level and the occupancy improve with every agent added, so the answer is
    # found by walking from a first guess to the fewest that are enough (doubling the step
    # while far off, then halving it). The guess only saves work, it never changes the
    # answer: the agents per erlang of the last answer for the same targets (a week's loads
    # change little from one interval to the next), else the lower bound target × load
    # (no more than n ÷ A of the contacts can be answered by n agents).
    key = (handle_seconds, answer_seconds, patience_seconds, target, max_occupancy)
    guess = max(1, round(load * _AGENTS_PER_ERLANG.get(key, target)))
    result = evaluate(guess)
    if enough(result):
        low, high, best, step = 0, guess, result, 1  # walk down
        while high - step > low:
            candidate = evaluate(high - step)
            if not enough(candidate):
                low = high - step
                break
            high, best, step = high - step, candidate, step * 2
    else:
        low, step = guess, 1  # walk up
        while True:
            candidate = evaluate(low + step)
            if enough(candidate):
                high, best = low + step, candidate
                break
            low, step = low + step, step * 2
    while high - low > 1:
        middle = (low + high) // 2
        candidate = evaluate(middle)
        if enough(candidate):
            high, best = middle, candidate
        else:
            low = middle
    if len(_AGENTS_PER_ERLANG) > 64:
        _AGENTS_PER_ERLANG.clear()
    _AGENTS_PER_ERLANG[key] = best.agents / load
    return best


# The last answer's agents per erlang for each set of targets: erlang_a_agents' first guess.
_AGENTS_PER_ERLANG: dict[tuple, float] = {}


def with_shrinkage(agents: int, shrinkage: float) -> int:
    """Agents to schedule so that `agents` are available when a share `shrinkage` of paid
    time goes to breaks, training, meetings and absence."""
    if agents == 0:
        return 0
    return math.ceil(agents / (1 - shrinkage) - 1e-9)
