"""The waiting-time estimate against a simulation with known answers (docs/queue.md).

The simulations are plain Python with a seeded `random.Random`: no clock, no database, the
same numbers on every run. Tolerances are about four standard errors of the simulated mean.
"""

import datetime as dt
import heapq
import random
import secrets
from collections import deque

import pytest

from luukku.organisation.tests.factories import UserFactory
from luukku.queueing.models import Ticket, TicketEvent, TicketEventKind, TicketSource, TicketStatus
from luukku.queueing.selectors.estimates import (
    MIN_SAMPLES,
    ahead_queryset,
    expected_wait,
    new_ticket_wait_estimates,
    ticket_wait_estimate,
)
from luukku.queueing.services.days import desk_session_start
from luukku.queueing.services.tickets import ticket_issue
from luukku.staffing.erlang import erlang_c

from .factories import DeskFactory, ServiceGroupFactory

MINUTE = dt.timedelta(minutes=1)


def estimate_seconds(*, ahead, desks, busy, service_seconds):
    return expected_wait(
        ahead=ahead, desks=desks, busy=busy, service=dt.timedelta(seconds=service_seconds)
    ).total_seconds()


def simulate(*, desks, arrival_rate, service, customers, seed):
    """A first-come-first-served queue with `desks` desks and Poisson arrivals; `service`
    draws a service time. Yields, for each arrival after the warm-up, what it found (tickets
    waiting, desks busy) and how long it waited."""
    rng = random.Random(seed)
    free_at = [0.0] * desks  # a heap: when each desk is next free
    starts = deque()  # start times of the earlier customers not yet called
    now = 0.0
    for index in range(customers):
        now += rng.expovariate(arrival_rate)
        while starts and starts[0] <= now:
            starts.popleft()
        busy = sum(1 for moment in free_at if moment > now)
        waiting = len(starts)
        start = max(now, heapq.heappop(free_at))
        heapq.heappush(free_at, start + service(rng))
        starts.append(start)
        if index >= customers // 10:  # the first tenth warms the queue up
            yield waiting, busy, start - now


def test_the_wait_of_an_arrival_that_finds_all_desks_busy_is_k_plus_one_services_over_c():
    """Three busy desks, four waiting, exponential service of 600 s: (4 + 1) · 600 / 3."""
    rng = random.Random(28)
    desks, ahead, service = 3, 4, 600.0
    trials = 20_000
    total = 0.0
    for _trial in range(trials):
        # Memoryless: what is left of each busy desk's visit is again exponential.
        free_at = [rng.expovariate(1 / service) for _desk in range(desks)]
        heapq.heapify(free_at)
        for _ticket in range(ahead):
            heapq.heappush(free_at, heapq.heappop(free_at) + rng.expovariate(1 / service))
        total += free_at[0]
    simulated = total / trials
    estimate = estimate_seconds(ahead=ahead, desks=desks, busy=desks, service_seconds=service)
    assert estimate == 1000.0
    # Standard error: sqrt(5) · 200 / sqrt(20 000) ≈ 3.2 s.
    assert simulated == pytest.approx(estimate, abs=15)


def test_on_mm3_the_estimates_average_out_to_the_erlang_c_mean_wait():
    """M/M/3 at 85 % occupancy: the simulated mean wait is Erlang C's, and the estimate made
    at each arrival from what it found is right on average (no bias)."""
    desks, service, rate = 3, 480.0, 0.85 * 3 / 480.0
    found = list(
        simulate(
            desks=desks,
            arrival_rate=rate,
            service=lambda rng: rng.expovariate(1 / service),
            customers=120_000,
            seed=2804,
        )
    )
    waits = [wait for _waiting, _busy, wait in found]
    estimates = [
        estimate_seconds(ahead=waiting, desks=desks, busy=busy, service_seconds=service)
        for waiting, busy, _wait in found
    ]
    erlang = erlang_c(agents=desks, load=rate * service, handle_seconds=service, answer_seconds=0)
    simulated = sum(waits) / len(waits)
    estimated = sum(estimates) / len(estimates)
    # By the textbook formula with factorials: C(3, 2.55) = 0.7304, W = C · S / (c − A).
    assert erlang.average_wait == pytest.approx(779.07, abs=0.01)
    # Waits are strongly correlated in a busy queue: the tolerance is 5 % of the mean.
    assert simulated == pytest.approx(erlang.average_wait, rel=0.05)
    assert estimated == pytest.approx(erlang.average_wait, rel=0.05)
    bias = sum(e - w for e, w in zip(estimates, waits, strict=True)) / len(waits)
    assert abs(bias) < 0.02 * erlang.average_wait


def test_with_deterministic_service_the_estimate_is_half_a_service_too_long():
    """M/D/1: the visit at the desk has on average half its length left when somebody
    arrives, not a whole one as the method assumes, so the estimate of an arrival that has to
    wait is S/2 too long (300 s of 600 s)."""
    service = 600.0
    found = simulate(
        desks=1,
        arrival_rate=0.7 / service,
        service=lambda rng: service,
        customers=60_000,
        seed=2805,
    )
    errors = [
        estimate_seconds(ahead=waiting, desks=1, busy=busy, service_seconds=service) - wait
        for waiting, busy, wait in found
        if busy
    ]
    bias = sum(errors) / len(errors)
    assert bias == pytest.approx(service / 2, rel=0.03)


# The estimate the queue shows, from the tickets in the database.


def done_ticket(group, *, desk, agent, minutes, finished_at, held=False):
    """A visit of the past that took `minutes` from the call to its end."""
    ticket = Ticket.objects.create(
        day=desk.service_point.queue_days.get(),
        group=group,
        number=Ticket.objects.count() + 100,
        code=f"{group.prefix} {Ticket.objects.count() + 100}",
        token=secrets.token_urlsafe(32),
        source=TicketSource.KIOSK,
        status=TicketStatus.DONE,
        queued_at=finished_at - (minutes + 5) * MINUTE,
        first_called_at=finished_at - minutes * MINUTE,
        finished_at=finished_at,
        desk=desk,
        served_by=agent,
    )
    if held:
        TicketEvent.objects.create(ticket=ticket, kind=TicketEventKind.HELD, at=finished_at)
    return ticket


@pytest.mark.django_db
@pytest.mark.clock_set
def test_the_kiosk_uses_the_default_service_time_until_enough_visits_are_measured(
    kela, desk_one, staffed, agent, open_day, clock
):
    kela.default_service_minutes = 10
    kela.save()
    for _index in range(2):
        ticket_issue(group=kela, source=TicketSource.KIOSK)
    # One desk, free: the first two wait for one visit each, the third for two: 2 · 10 min.
    now = dt.datetime.now(tz=dt.UTC)
    assert new_ticket_wait_estimates(kela.service_point, now)[kela.pk] == 20 * MINUTE
    for _index in range(MIN_SAMPLES - 1):
        done_ticket(kela, desk=desk_one, agent=agent, minutes=4, finished_at=now - 30 * MINUTE)
    assert new_ticket_wait_estimates(kela.service_point, now)[kela.pk] == 20 * MINUTE
    done_ticket(kela, desk=desk_one, agent=agent, minutes=4, finished_at=now - 30 * MINUTE)
    assert new_ticket_wait_estimates(kela.service_point, now)[kela.pk] == 8 * MINUTE


@pytest.mark.django_db
@pytest.mark.clock_set
def test_held_visits_are_not_measured_as_service_time(kela, desk_one, staffed, agent, clock):
    now = dt.datetime.now(tz=dt.UTC)
    for _index in range(MIN_SAMPLES):
        done_ticket(kela, desk=desk_one, agent=agent, minutes=6, finished_at=now - MINUTE)
    for _index in range(5):
        done_ticket(kela, desk=desk_one, agent=agent, minutes=60, finished_at=now, held=True)
    waiting = ticket_issue(group=kela, source=TicketSource.KIOSK)
    assert ticket_wait_estimate(waiting, now) == 0 * MINUTE  # the desk is free
    ticket_issue(group=kela, source=TicketSource.KIOSK)
    assert new_ticket_wait_estimates(kela.service_point, now)[kela.pk] == 12 * MINUTE


@pytest.mark.django_db
@pytest.mark.clock_set
def test_a_shared_desk_counts_another_groups_line_by_its_share(
    point, kela, permits, desk_one, agent, open_day, clock
):
    """Desk 1 serves K and R, desks 2 and 3 serve only R: of three R tickets waiting, one
    is expected to go to desk 1, so a new K ticket waits for about one visit, not three."""
    desk_two = DeskFactory(service_point=point, number="2", groups=[permits])
    desk_three = DeskFactory(service_point=point, number="3", groups=[permits])
    for desk in (desk_one, desk_two, desk_three):
        desk_session_start(desk=desk, agent=UserFactory(role="agent"))
    kela.default_service_minutes = permits.default_service_minutes = 9
    kela.save()
    permits.save()
    for _index in range(3):
        ticket_issue(group=permits, source=TicketSource.KIOSK)
    now = dt.datetime.now(tz=dt.UTC)
    estimates = new_ticket_wait_estimates(point, now)
    # K: one desk, free; one R ticket ahead by share (3 × 1/3): (1 + 1 − 1) · 9 min.
    assert estimates[kela.pk] == 9 * MINUTE
    # R: three free desks, three ahead: (3 + 1 − 3) · 9 / 3.
    assert estimates[permits.pk] == 3 * MINUTE


@pytest.mark.django_db
@pytest.mark.clock_set
def test_a_ticket_transferred_to_a_desk_is_ahead_of_the_desks_other_tickets(
    point, kela, desk_one, staffed, agent, clock
):
    first = ticket_issue(group=kela, source=TicketSource.KIOSK)
    clock.shift(MINUTE)
    other_group = ServiceGroupFactory(service_point=point, prefix="B")
    transferred = ticket_issue(group=other_group, source=TicketSource.KIOSK)
    Ticket.objects.filter(pk=transferred.pk).update(for_desk=desk_one)
    now = dt.datetime.now(tz=dt.UTC)
    assert list(ahead_queryset(first, now)) == [transferred]
    assert list(ahead_queryset(transferred, now)) == []


@pytest.mark.django_db
@pytest.mark.clock_set
def test_the_visits_ahead_count_with_their_own_groups_service_time(
    point, kela, desk_one, staffed, agent, clock
):
    """Desk 1 serves K (10 min) and B (2 min); it is serving a B visit with two more B
    tickets waiting. A new K ticket waits for three B visits: 3 · 2 min, not 3 · 10 min."""
    cards = ServiceGroupFactory(service_point=point, prefix="B", default_service_minutes=2)
    desk_one.groups.add(cards)
    kela.default_service_minutes = 10
    kela.save()
    at_desk = ticket_issue(group=cards, source=TicketSource.KIOSK)
    Ticket.objects.filter(pk=at_desk.pk).update(status=TicketStatus.SERVING, desk=desk_one)
    for _index in range(2):
        ticket_issue(group=cards, source=TicketSource.KIOSK)
    now = dt.datetime.now(tz=dt.UTC)
    estimates = new_ticket_wait_estimates(point, now)
    assert estimates[kela.pk] == 6 * MINUTE
    assert estimates[cards.pk] == 6 * MINUTE
    waiting_kela = ticket_issue(group=kela, source=TicketSource.KIOSK)
    assert ticket_wait_estimate(waiting_kela, now) == 6 * MINUTE
