"""The walk-in queue as a measured channel of the staffing planner: arrivals per quarter-hour
and service time from a group's tickets, the group's target wait as the service level target,
the point's own opening hours (docs/staffing.md)."""

import datetime as dt
import secrets

import pytest
import time_machine

from luukku.core.calendar import HELSINKI
from luukku.organisation.models import OpeningHours
from luukku.queueing.models import QueueDay, Ticket, TicketSource, TicketStatus
from luukku.queueing.tests.factories import ServiceGroupFactory
from luukku.staffing import erlang
from luukku.staffing.selectors import QUEUE, Parameters, staffing_plan

MONDAY = dt.date(2026, 11, 23)
NOW = dt.datetime(2026, 11, 18, 12, 0, tzinfo=dt.UTC)


@pytest.fixture
def kela_queue(db):
    """Eight weeks of K tickets: on weekdays two a quarter 10.00–12.00, each served in 6
    minutes; the point opens 9–15 on weekdays."""
    group = ServiceGroupFactory(prefix="K", name="Kela", target_wait_minutes=12)
    point = group.service_point
    for weekday in range(5):
        OpeningHours.objects.create(
            service_point=point, weekday=weekday, opens=dt.time(9), closes=dt.time(15)
        )
    tickets = []
    for offset in range(1, 57):
        day = MONDAY - dt.timedelta(days=offset)
        if day.weekday() >= 5:
            continue
        opened = dt.datetime.combine(day, dt.time(9), tzinfo=HELSINKI)
        queue_day = QueueDay.objects.create(service_point=point, date=day, opened_at=opened)
        for index in range(16):
            queued = opened + dt.timedelta(hours=1, minutes=15 * (index // 2))
            called = queued + dt.timedelta(minutes=5)
            tickets.append(
                Ticket(
                    day=queue_day,
                    group=group,
                    number=index + 1,
                    code=f"K {index + 1}",
                    token=secrets.token_urlsafe(32),
                    source=TicketSource.KIOSK,
                    status=TicketStatus.DONE,
                    queued_at=queued,
                    first_called_at=called,
                    finished_at=called + dt.timedelta(minutes=6),
                )
            )
    Ticket.objects.bulk_create(tickets)
    return group


def test_the_queue_is_planned_from_its_tickets(kela_queue):
    with time_machine.travel(NOW, tick=False):
        plan = staffing_plan(
            Parameters(channel=QUEUE, week=MONDAY, answer_seconds=720, queue_group=kela_queue)
        )
    assert plan.handle_seconds == pytest.approx(360)
    assert plan.handle_time_is_measured
    hours = sorted({row.starts_at.astimezone(HELSINKI).hour for row in plan.intervals})
    assert hours == list(range(9, 15))  # the point's own hours, not the centre's 8–16
    ten = next(r for r in plan.intervals if r.starts_at.astimezone(HELSINKI).hour == 10)
    assert ten.contacts == pytest.approx(8)
    expected = erlang.erlang_c_agents(
        load=8 * 360 / 3600, handle_seconds=360, answer_seconds=720, target=0.8
    )
    assert ten.base.agents == expected.agents
    nine = next(r for r in plan.intervals if r.starts_at.astimezone(HELSINKI).hour == 9)
    assert nine.contacts == pytest.approx(0)
    assert plan.contacts == pytest.approx(5 * 16)


def test_the_planner_page_takes_the_group_s_target_wait(client, supervisor, kela_queue):
    client.force_login(supervisor)
    with time_machine.travel(NOW, tick=False):
        page = client.get(
            f"/en/staff/staffing/?channel=queue&queue_group={kela_queue.pk}&week=2026-11-23"
        )
    assert page.status_code == 200
    assert 'name="answer_seconds" value="720"' in page.text
    assert "K Kela" in page.text and "measured from the queue" in page.text


@pytest.mark.parametrize(
    ("prefix", "message"),
    [
        ("", "Valitse palveluryhmä, jonka jonoa suunnitellaan."),
        ("/sv", "Välj den tjänstegrupp vars kö ska planeras."),
        ("/en", "Choose the service group whose walk-in queue to plan."),
    ],
)
def test_the_queue_needs_a_group(client, supervisor, kela_queue, prefix, message):
    client.force_login(supervisor)
    with time_machine.travel(NOW, tick=False):
        page = client.get(f"{prefix}/staff/staffing/?channel=queue&week=2026-11-23")
    assert page.status_code == 400
    assert message in page.text
