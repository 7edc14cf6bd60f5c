"""A chat queue as a measured channel of the staffing planner: arrivals per quarter-hour,
handling time divided by the chats an agent holds at once, patience from those who left,
Erlang A with the queue's answer target, the queue's hours (docs/staffing.md, "Live chat")."""

import datetime as dt
import secrets

import pytest
import time_machine

from luukku.cases.models import Case, Channel
from luukku.catalogue.tests.factories import ServiceFactory
from luukku.chat.models import ChatQueue, ChatSession
from luukku.core.calendar import HELSINKI
from luukku.organisation.models import OpeningHours
from luukku.organisation.tests.factories import TeamFactory, UserFactory
from luukku.queueing.tests.factories import ServicePointFactory
from luukku.staffing import erlang
from luukku.staffing.selectors import CHAT_QUEUE, Parameters, staffing_plan

MONDAY = dt.date(2026, 11, 23)
NOW = dt.datetime(2026, 11, 18, 12, 0, tzinfo=dt.UTC)
S = ChatSession.Status


@pytest.fixture
def advice(db):
    """Eight weeks of weekdays. At 10.00 and 10.15 five chats each: two started on the quarter
    and answered together by A 30 s later, two a minute later answered together by B after
    60 s (all four last 600 s), and one who left after 90 s. At 12.00 another queue's chat,
    C's alone for 600 s. The queue's chat opens 9–15 at its own point."""
    point = ServicePointFactory()
    for weekday in range(5):
        OpeningHours.objects.create(
            service_point=point, weekday=weekday, opens=dt.time(9), closes=dt.time(15)
        )
    team = TeamFactory()
    queue = ChatQueue.objects.create(
        name="Neuvonta", team=team, service_point=point, answer_target_seconds=60
    )
    other = ChatQueue.objects.create(name="Rakentaminen", team=team)
    a, b, c = UserFactory(), UserFactory(), UserFactory()
    second = dt.timedelta(seconds=1)
    plans = []
    for offset in range(1, 57):
        day = MONDAY - dt.timedelta(days=offset)
        if day.weekday() >= 5:
            continue
        for minute in (0, 15):
            q = dt.datetime.combine(day, dt.time(10, minute), tzinfo=HELSINKI)
            later = q + 60 * second
            for agent, start, wait in ((a, q, 30), (a, q, 30), (b, later, 60), (b, later, 60)):
                answered = start + wait * second
                plans.append((queue, agent, S.ENDED, start, answered, answered + 600 * second))
            plans.append((queue, None, S.ABANDONED, q + 120 * second, None, q + 210 * second))
        noon = dt.datetime.combine(day, dt.time(12), tzinfo=HELSINKI)
        plans.append((other, c, S.ENDED, noon, noon, noon + 600 * second))
    service = ServiceFactory()
    cases = Case.objects.bulk_create(
        Case(
            reference=f"T-{index}",
            token=secrets.token_urlsafe(32),
            service=service,
            channel=Channel.CHAT,
            subject="Chat",
        )
        for index in range(len(plans))
    )
    ChatSession.objects.bulk_create(
        ChatSession(
            token=secrets.token_urlsafe(32),
            queue=chat_queue,
            team=team,
            case=case,
            agent=agent,
            topic="Kysymys",
            status=status,
            created_at=created,
            queued_at=created,
            accepted_at=accepted,
            ended_at=ended,
        )
        for case, (chat_queue, agent, status, created, accepted, ended) in zip(
            cases, plans, strict=True
        )
    )
    return queue


def test_the_chat_queue_is_planned_from_its_chats(advice):
    with time_machine.travel(NOW, tick=False):
        plan = staffing_plan(
            Parameters(channel=CHAT_QUEUE, week=MONDAY, answer_seconds=60, chat_queue=advice)
        )
    # A and B held 2 chats for 2 × 600 s of each 600 s busy, C 1: 5,400 s of chats in
    # 3,000 s busy a day, 1.8 at once; 600 s ÷ 1.8 of an agent's time per chat.
    assert plan.chat.handle_seconds == 600
    assert plan.chat.concurrency == pytest.approx(1.8)
    assert plan.handle_seconds == pytest.approx(600 / 1.8)
    assert plan.handle_time_is_measured
    # Waited 30 + 30 + 60 + 60 + 90 s a quarter, one left: 270 s of patience, Erlang A.
    assert plan.chat.patience_seconds == pytest.approx(270)
    assert plan.patience_seconds == pytest.approx(270)
    hours = sorted({row.starts_at.astimezone(HELSINKI).hour for row in plan.intervals})
    assert hours == list(range(9, 15))  # the queue's point's hours, not the centre's 8–16
    by_hour = {row.starts_at.astimezone(HELSINKI).hour: row for row in plan.intervals}
    ten = by_hour[10]
    assert ten.contacts == pytest.approx(10)
    expected = erlang.erlang_a_agents(
        load=10 * (600 / 1.8) / 3600,
        handle_seconds=600 / 1.8,
        answer_seconds=60,
        patience_seconds=270,
        target=0.8,
    )
    assert ten.base.agents == expected.agents
    assert ten.base.abandonment == pytest.approx(expected.abandonment)
    assert by_hour[12].contacts == pytest.approx(0)  # another queue's chats are not arrivals
    assert plan.contacts == pytest.approx(5 * 10)


def test_a_patience_given_overrides_the_measured(advice):
    with time_machine.travel(NOW, tick=False):
        plan = staffing_plan(
            Parameters(
                channel=CHAT_QUEUE,
                week=MONDAY,
                answer_seconds=60,
                chat_queue=advice,
                patience_seconds=120,
                handle_seconds=400,
            )
        )
    assert plan.patience_seconds == 120 and plan.handle_seconds == 400
    assert not plan.handle_time_is_measured


def test_the_planner_page_takes_the_queue_s_answer_target(client, supervisor, advice):
    advice.answer_target_percent = 70
    advice.save()
    client.force_login(supervisor)
    with time_machine.travel(NOW, tick=False):
        page = client.get(
            f"/en/staff/staffing/?channel=chat_queue&chat_queue={advice.pk}&week=2026-11-23"
        )
    assert page.status_code == 200
    assert 'name="answer_seconds" value="60"' in page.text
    assert 'name="target" value="70"' in page.text
    assert "Neuvonta" in page.text and "agents held 1.8 chats at once" in page.text
    assert "Patience measured from those who left while waiting: 270 s." in page.text
    assert "Erlang A" in page.text


@pytest.mark.parametrize(
    ("prefix", "message"),
    [
        ("", "Valitse chat-jono, jota suunnitellaan."),
        ("/sv", "Välj den chattkö som ska planeras."),
        ("/en", "Choose the chat queue to plan."),
    ],
)
def test_the_chat_queue_needs_a_queue(client, supervisor, advice, prefix, message):
    client.force_login(supervisor)
    with time_machine.travel(NOW, tick=False):
        page = client.get(f"{prefix}/staff/staffing/?channel=chat_queue&week=2026-11-23")
    assert page.status_code == 400
    assert message in page.text
