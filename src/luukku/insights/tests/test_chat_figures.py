"""The live chat's figures (insights.live_chat) and its theme on the dashboard, checked
against a small day computed by hand (docs/metrics.md, "Live chat")."""

import datetime as dt
import secrets

import pytest
import time_machine

from luukku.cases.models import Channel
from luukku.cases.tests.factories import make_case
from luukku.catalogue.tests.factories import ServiceFactory
from luukku.chat.models import ChatQueue, ChatSession
from luukku.insights.live_chat import chat_report
from luukku.insights.reports import THEMES
from luukku.insights.selectors import Filters
from luukku.organisation.tests.factories import TeamFactory, UserFactory

DAY = dt.date(2026, 3, 10)  # a Tuesday; Helsinki is UTC+2
NOW = dt.datetime(2026, 3, 11, 8, 0, tzinfo=dt.UTC)
S, OUT = ChatSession.Status, ChatSession.Outcome


def utc(hour, minute, second=0, day=10):
    return dt.datetime(2026, 3, day, hour, minute, second, tzinfo=dt.UTC)


def chat(queue, service, created, accepted=None, ended=None, *, agent=None, status, outcome=""):
    return ChatSession.objects.create(
        token=secrets.token_urlsafe(32),
        queue=queue,
        team=queue.team,
        case=make_case(service=service, channel=Channel.CHAT, subject="Chat"),
        agent=agent,
        topic="Kysymys",
        status=status,
        outcome=outcome,
        created_at=created,
        queued_at=created,
        accepted_at=accepted,
        ended_at=ended,
    )


@pytest.fixture
def chat_day(db):
    """N (answer within 60 s, goal 80 %) and R (120 s, 70 %), agents A and B.

    N: answered after 30, 90, 20 and 60 s (handled 600, 300, 1,200 and 900 s; two resolved),
    left after 40 and 120 s, and after 60 s at 00.30 Helsinki time (22.30 UTC the day before).
    R: answered after 120 and 240 s (handled 600 and 360 s; one resolved), left after 300 s.
    A held N1, N2 and R1 at once (three at most); B held R2 and N4 together for five minutes."""
    team = TeamFactory()
    advice = ChatQueue.objects.create(name="Neuvonta", team=team, answer_target_seconds=60)
    building = ChatQueue.objects.create(
        name="Rakentaminen", team=team, answer_target_seconds=120, answer_target_percent=70
    )
    general, permits = ServiceFactory(), ServiceFactory()
    a, b = UserFactory(), UserFactory()
    n = (advice, general)
    r = (building, permits)
    done = {"status": S.ENDED}
    chat(*n, utc(7, 0), utc(7, 0, 30), utc(7, 10, 30), agent=a, outcome=OUT.RESOLVED, **done)
    chat(*n, utc(7, 2), utc(7, 3, 30), utc(7, 8, 30), agent=a, outcome=OUT.EXPERT, **done)
    chat(*n, utc(7, 5), None, utc(7, 5, 40), status=S.ABANDONED)
    chat(*n, utc(7, 20), utc(7, 20, 20), utc(7, 40, 20), agent=b, outcome=OUT.RESOLVED, **done)
    chat(*n, utc(8, 10), None, utc(8, 12), status=S.ABANDONED)
    chat(*n, utc(9, 14), utc(9, 15), utc(9, 30), agent=b, outcome=OUT.CUSTOMER_LEFT, **done)
    chat(*n, utc(22, 30, day=9), None, utc(22, 31, day=9), status=S.ABANDONED)
    chat(*r, utc(7, 4), utc(7, 6), utc(7, 16), agent=a, outcome=OUT.RESOLVED, **done)
    chat(*r, utc(9, 0), None, utc(9, 5), status=S.ABANDONED)
    chat(*r, utc(9, 10), utc(9, 14), utc(9, 20), agent=b, outcome=OUT.CALLBACK, **done)
    # Other Finnish days: 00.30 on the 11th and 23.30 on the 9th.
    chat(*n, utc(22, 30), None, utc(22, 31), status=S.ABANDONED)
    chat(*n, utc(21, 30, day=9), None, utc(21, 30, 30, day=9), status=S.ABANDONED)
    return advice, building, general, permits, a, b


def test_the_day_in_figures(chat_day):
    advice, building, *_rest = chat_day
    report = chat_report(start=DAY, end=DAY, now=NOW)
    total = report.total
    assert (total.offered, total.answered, total.abandoned) == (10, 6, 4)
    assert total.abandoned_share == 0.4
    # Left after 40, 60, 120 and 300 s: the median is the 2nd of 4, the 90th the 4th.
    assert (total.abandon_wait_median, total.abandon_wait_p90) == (60, 300)
    assert total.answer_mean == pytest.approx((30 + 90 + 20 + 60 + 120 + 240) / 6)
    assert total.answer_p90 == 240
    # Within the target: N 30, 20 and 60 s, R 120 s; of 6 answered and 4 who left.
    assert total.within_target_share == pytest.approx(4 / 10)
    assert total.handling_mean == (600 + 300 + 1200 + 900 + 600 + 360) / 6
    assert (total.resolved, total.resolved_share) == (3, 0.5)
    # A: 1,500 s of chats in 930 s busy (07.00.30–07.16); B: 1,200 in 1,200 and 360 + 900
    # in 960 (09.14–09.30). Three at once at most (A at 07.06–07.08.30).
    held = report.concurrency
    assert (held.chat_seconds, held.busy_seconds, held.most) == (3960, 3090, 3)
    assert held.average == pytest.approx(3960 / 3090)
    [(first, n), (second, r)] = report.queues
    assert (first, second) == (advice, building)
    assert (n.offered, n.answered, n.abandoned, n.answer_mean, n.answer_p90) == (7, 4, 3, 50, 90)
    assert n.within_target_share == pytest.approx(3 / 7)
    assert (n.handling_mean, n.resolved_share) == (750, 0.5)
    assert (r.offered, r.answered, r.abandoned, r.answer_mean, r.answer_p90) == (3, 2, 1, 180, 240)
    assert r.within_target_share == pytest.approx(1 / 3)
    assert (r.handling_mean, r.resolved_share) == (480, 0.5)
    # Hours of the day in Helsinki: 07.xx UTC is 09–10.
    assert report.hours == {
        0: {advice.pk: 1},
        9: {advice.pk: 4, building.pk: 1},
        10: {advice.pk: 1},
        11: {advice.pk: 1, building.pk: 2},
    }
    assert list(report.days) == [DAY]


def test_days_of_a_longer_period(chat_day):
    report = chat_report(start=DAY - dt.timedelta(days=1), end=DAY, now=NOW)
    assert {day: f.offered for day, f in report.days.items()} == {
        DAY - dt.timedelta(days=1): 1,
        DAY: 10,
    }
    assert report.total.offered == 11


def test_a_chat_in_progress_counts_up_to_now(chat_day):
    session = ChatSession.objects.get(created_at=utc(9, 14))
    session.status, session.ended_at, session.outcome = S.ACTIVE, None, ""
    session.save()
    report = chat_report(start=DAY, end=DAY, now=utc(9, 30))
    assert report.concurrency.chat_seconds == 3960
    assert report.total.handling_mean == (600 + 300 + 1200 + 600 + 360) / 5
    assert report.total.answered == 6


def test_no_chats_no_figures(db):
    report = chat_report(start=DAY, end=DAY, now=NOW)
    assert report.total.offered == 0 and report.queues == []
    assert report.total.answer_mean is None and report.total.within_target_share is None
    assert report.concurrency.average is None


def test_the_dashboard_theme_tables(chat_day):
    _advice, _building, _general, permits, a, _b = chat_day
    with time_machine.travel(NOW, tick=False):
        summary, queues, days, hours = THEMES["chat"].tables(Filters(start=DAY, end=DAY))
        only_a = THEMES["chat"].tables(Filters(start=DAY, end=DAY, assignee=a.pk))[0]
        permits_only = THEMES["chat"].tables(Filters(start=DAY, end=DAY, service=permits.pk))
    assert [cell.value for _label, cell in summary.rows] == [
        10,
        6,
        4,
        0.4,
        93,
        240,
        pytest.approx(0.4),
        11.0,
        3,
        0.5,
        60,
        300,
        1.3,
        3,
    ]
    assert [row[0].value for row in queues.rows] == ["Neuvonta", "Rakentaminen"]
    assert [cell.value for cell in queues.rows[0][1:]] == [
        7,
        4,
        3,
        pytest.approx(3 / 7),
        50,
        90,
        pytest.approx(3 / 7),
        12.5,
        2,
        0.5,
        60,
        0.8,
    ]
    assert [[cell.value for cell in row] for row in days.rows] == [
        [DAY, 10, 6, 4, 93, pytest.approx(0.4)]
    ]
    assert [[cell.value for cell in row] for row in hours.rows] == [
        ["00–01", 1, 0, 1],
        ["09–10", 4, 1, 5],
        ["10–11", 1, 0, 1],
        ["11–12", 1, 2, 3],
    ]
    # The handler filter is the agent who answered; the service filter the chat's case's.
    assert only_a.rows[0][1].value == 3
    assert [row[0].value for row in permits_only[1].rows] == ["Rakentaminen"]


@pytest.mark.parametrize(
    ("prefix", "heading", "column"),
    [
        ("", "Chat", "Keskimääräinen vastausaika, s"),
        ("/sv", "Chatt", "Genomsnittlig svarstid, s"),
        ("/en", "Live chat", "Average speed of answer, s"),
    ],
)
def test_the_chat_is_a_theme_of_the_metrics(client, supervisor, chat_day, prefix, heading, column):
    client.force_login(supervisor)
    with time_machine.travel(NOW, tick=False):
        response = client.get(f"{prefix}/staff/metrics/?start=2026-03-10&end=2026-03-10&theme=chat")
        export = client.get(
            f"{prefix}/staff/metrics/export/?start=2026-03-10&end=2026-03-10"
            "&table=chat_queues&format=csv"
        )
    assert response.status_code == 200
    page = response.text
    assert f'aria-current="page">{heading}</a>' in page
    assert f'<th scope="col" class="num">{column}</th>' in page
    assert '<th scope="row">Neuvonta</th>' in page
    assert '<svg class="chart"' in page
    assert "table=chat_queues&amp;format=csv" in page
    assert export.status_code == 200
    lines = export.content.decode("utf-8-sig").splitlines()
    assert len(lines) == 3 and lines[1].startswith("Neuvonta,7,4,3,")
