"""The walk-in queue's figures (insights.walk_in) and its theme on the dashboard, checked
against a small day computed by hand (docs/metrics.md, "Walk-in queue")."""

import datetime as dt
import secrets

import pytest
import time_machine

from luukku.insights.reports import THEMES
from luukku.insights.selectors import Filters
from luukku.insights.walk_in import percentile, queue_report
from luukku.organisation.tests.factories import UserFactory
from luukku.queueing.models import DeskSession, QueueDay, Ticket, TicketSource, TicketStatus
from luukku.queueing.tests.factories import DeskFactory, ServiceGroupFactory, ServicePointFactory

DAY = dt.date(2026, 3, 10)  # a Tuesday; Helsinki is UTC+2
NOW = dt.datetime(2026, 3, 11, 8, 0, tzinfo=dt.UTC)
S = TicketStatus


def utc(hour, minute):
    return dt.datetime(2026, 3, 10, hour, minute, tzinfo=dt.UTC)


def ticket(day, group, queued, called=None, finished=None, status=S.DONE, desk=None):
    number = Ticket.objects.count() + 1
    return Ticket.objects.create(
        day=day,
        group=group,
        number=number,
        code=f"{group.prefix} {number}",
        token=secrets.token_urlsafe(32),
        source=TicketSource.KIOSK,
        status=status,
        queued_at=queued,
        first_called_at=called,
        called_at=called,
        finished_at=finished,
        desk=desk if called else None,
    )


@pytest.fixture
def queue_day(db):
    """K (target 10 min) and R (target 15 min) at one desk staffed 07.00–09.00 UTC.

    K: waited 4, 15, 20 (did not come), 1 min and one left uncalled; served 6, 12, 10 min.
    R: waited 10 min, served 20; one closed with the day uncalled."""
    point = ServicePointFactory(name="Kaupungintalo")
    kela = ServiceGroupFactory(service_point=point, prefix="K", name="Kela", target_wait_minutes=10)
    permits = ServiceGroupFactory(
        service_point=point, prefix="R", name="Rakentaminen", target_wait_minutes=15, position=1
    )
    desk = DeskFactory(service_point=point, number="1", groups=[kela, permits])
    day = QueueDay.objects.create(service_point=point, date=DAY, opened_at=utc(6, 0))
    ticket(day, kela, utc(7, 0), utc(7, 4), utc(7, 10), desk=desk)
    ticket(day, kela, utc(7, 5), utc(7, 20), utc(7, 32), desk=desk)
    ticket(day, kela, utc(7, 10), utc(7, 30), utc(7, 32), S.NO_SHOW, desk=desk)
    ticket(day, kela, utc(7, 15), None, utc(7, 25), S.LEFT)
    ticket(day, kela, utc(8, 5), utc(8, 6), utc(8, 16), desk=desk)
    ticket(day, permits, utc(7, 30), utc(7, 40), utc(8, 0), desk=desk)
    ticket(day, permits, utc(9, 0), None, utc(14, 0), S.CLOSED)
    DeskSession.objects.create(
        desk=desk, agent=UserFactory(role="agent"), started_at=utc(7, 0), ended_at=utc(9, 0)
    )
    # Another day and another point: never counted in DAY at the point.
    other_day = QueueDay.objects.create(
        service_point=point, date=DAY - dt.timedelta(days=1), opened_at=utc(6, 0)
    )
    ticket(other_day, kela, utc(7, 0) - dt.timedelta(days=1), utc(7, 50) - dt.timedelta(days=1))
    elsewhere = ServiceGroupFactory(prefix="K", target_wait_minutes=10)
    elsewhere_day = QueueDay.objects.create(
        service_point=elsewhere.service_point, date=DAY, opened_at=utc(6, 0)
    )
    ticket(elsewhere_day, elsewhere, utc(7, 0), utc(8, 0), utc(8, 10))
    return point, kela, permits


def test_percentile_is_the_nearest_rank():
    assert percentile([], 0.9) is None
    assert percentile([4.0, 15.0, 20.0, 1.0, 10.0], 0.9) == 20.0
    assert percentile([float(n) for n in range(1, 21)], 0.9) == 18.0
    assert percentile([3.0], 0.9) == 3.0


def test_the_point_s_day_in_figures(queue_day):
    point, kela, permits = queue_day
    report = queue_report(start=DAY, end=DAY, service_point=point, now=NOW)
    total = report.total
    assert total.tickets == 7
    assert total.wait_mean == 10 * 60  # (4 + 15 + 20 + 1 + 10) / 5 minutes
    assert total.wait_p90 == 20 * 60
    assert total.gave_up == 2 and total.no_shows == 1
    assert total.service_mean == 12 * 60  # (6 + 12 + 10 + 20) / 4
    assert total.service_p90 == 20 * 60
    # Within the target: K 4 and 1 min, R 10 min; of 5 called and 2 uncalled that gave up.
    assert total.within_target_share == pytest.approx(3 / 7)
    # Busy 6 + 12 + 2 + 10 + 20 = 50 min of 120 staffed.
    assert report.utilisation == pytest.approx(50 / 120)
    [(first, k), (second, r)] = report.groups
    assert (first, second) == (kela, permits)
    assert (k.tickets, k.wait_mean, k.wait_p90) == (5, 10 * 60, 20 * 60)
    assert k.within_target_share == pytest.approx(2 / 5)
    assert k.service_mean == pytest.approx((6 + 12 + 10) * 60 / 3)
    assert k.service_p90 == 12 * 60
    assert (r.tickets, r.wait_mean, r.gave_up, r.within_target_share) == (2, 600, 1, 0.5)
    # Hours of the day in Helsinki: 07.xx UTC is 09–10.
    assert report.hours == {9: {kela.pk: 4, permits.pk: 1}, 10: {kela.pk: 1}, 11: {permits.pk: 1}}


def test_one_group_and_all_points(queue_day):
    point, kela, _permits = queue_day
    only_kela = queue_report(start=DAY, end=DAY, service_point=point, group=kela, now=NOW)
    assert only_kela.total.tickets == 5
    assert [group for group, _figures in only_kela.groups] == [kela]
    everywhere = queue_report(start=DAY - dt.timedelta(days=1), end=DAY, now=NOW)
    assert everywhere.total.tickets == 9


def test_an_open_desk_session_counts_up_to_now(queue_day):
    point, _kela, _permits = queue_day
    session = DeskSession.objects.get()
    session.ended_at = None
    session.save()
    report = queue_report(start=DAY, end=DAY, service_point=point, now=utc(9, 30))
    assert report.utilisation == pytest.approx(50 / 150)


def test_no_desk_sessions_no_utilisation(queue_day):
    point, _kela, _permits = queue_day
    DeskSession.objects.all().delete()
    assert queue_report(start=DAY, end=DAY, service_point=point, now=NOW).utilisation is None


def test_the_dashboard_theme_tables(queue_day):
    point, _kela, _permits = queue_day
    with time_machine.travel(NOW, tick=False):
        summary, groups, hours = THEMES["queue"].tables(
            Filters(start=DAY, end=DAY, service_point=point.pk)
        )
    assert [cell.value for _label, cell in summary.rows] == [
        7,
        10.0,
        20.0,
        pytest.approx(3 / 7),
        2,
        1,
        12.0,
        20.0,
        pytest.approx(50 / 120),
    ]
    assert [row[0].value for row in groups.rows] == ["K Kela", "R Rakentaminen"]
    assert [cell.value for cell in groups.rows[0][1:]] == [
        5,
        10.0,
        20.0,
        0.4,
        1,
        1,
        9.3,
        12.0,
    ]
    assert [[cell.value for cell in row] for row in hours.rows] == [
        ["09–10", 4, 1, 5],
        ["10–11", 1, 0, 1],
        ["11–12", 0, 1, 1],
    ]


@pytest.mark.parametrize(
    ("prefix", "heading", "column"),
    [
        ("", "Jonotus", "Keskimääräinen odotus, min"),
        ("/sv", "Kö", "Genomsnittlig väntetid, min"),
        ("/en", "Walk-in queue", "Average wait, min"),
    ],
)
def test_the_walk_in_queue_is_a_theme_of_the_metrics(
    client, supervisor, queue_day, prefix, heading, column
):
    point, _kela, _permits = queue_day
    client.force_login(supervisor)
    with time_machine.travel(NOW, tick=False):
        response = client.get(
            f"{prefix}/staff/metrics/?start=2026-03-10&end=2026-03-10"
            f"&service_point={point.pk}&theme=queue"
        )
    assert response.status_code == 200
    page = response.text
    assert f'aria-current="page">{heading}</a>' in page
    assert f'<th scope="col" class="num">{column}</th>' in page
    assert '<th scope="row">K Kela</th>' in page
    assert '<svg class="chart"' in page
    assert "table=queue_groups&amp;format=csv" in page
