import datetime as dt
from collections import Counter

import pytest
import time_machine

from luukku.cases.models import Case, CaseEvent
from luukku.catalogue.models import Service
from luukku.core.calendar import HELSINKI
from luukku.customers.models import Customer
from luukku.demo.loader import load_demo
from luukku.insights.walk_in import queue_report
from luukku.organisation.models import ServicePoint, User
from luukku.queueing.models import (
    DeskSession,
    QueueDay,
    ServiceGroup,
    Ticket,
    TicketEvent,
    TicketEventKind,
    TicketStatus,
)
from luukku.queueing.selectors.estimates import new_ticket_wait_estimates
from luukku.queueing.services.days import desk_session_start
from luukku.staffing.selectors import QUEUE, Parameters, staffing_plan

pytestmark = pytest.mark.django_db

# A Wednesday morning in Helsinki; the Monday before it was a Finnish working day.
NOW = dt.datetime(2026, 12, 2, 8, 40, tzinfo=dt.UTC)


@pytest.fixture
def clock():
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.mark.clock_set
def test_demo_loads_a_working_municipality_and_is_idempotent(client, clock):
    first = load_demo(cases=120, customers=40)
    counts = (
        Service.objects.count(),
        User.objects.count(),
        Customer.objects.count(),
        Case.objects.count(),
        CaseEvent.objects.count(),
        Ticket.objects.count(),
    )
    second = load_demo(cases=120, customers=40)
    assert second["cases_created"] == 0
    assert counts == (
        Service.objects.count(),
        User.objects.count(),
        Customer.objects.count(),
        Case.objects.count(),
        CaseEvent.objects.count(),
        Ticket.objects.count(),
    )
    assert first["cases_created"] == 120
    assert set(Case.objects.values_list("channel", flat=True)) >= {"web", "email", "phone"}
    assert Case.objects.filter(service__sensitive=True, sensitive=True).exists()
    # Through the sign-in form (its lockout check needs the request, as django-axes does).
    signed_in = client.post("/staff/login/", {"username": "aino", "password": "luukku-demo"})
    assert signed_in.status_code == 302
    assert client.get("/staff/").status_code == 200
    # The city hall's walk-in queue (docs/queue.md, "Demo").
    point = ServicePoint.objects.get(is_service_centre=True)
    _groups_and_desks(point)
    _history_shaped_like_a_counter_s(point)
    _history_feeding_the_metrics_and_the_planner(point)
    _today_open_with_a_few_waiting_and_room_at_the_desks(point)


def _groups_and_desks(demo):
    groups = list(ServiceGroup.objects.filter(service_point=demo))
    assert [group.prefix for group in groups] == ["K", "R", "B", "Y"]
    assert (groups[0].name_fi, groups[0].name_sv, groups[0].name_en) == ("Kela", "FPA", "Kela")
    assert all(group.name_sv and group.name_en and group.services.exists() for group in groups)
    desks = {desk.number: {g.prefix for g in desk.groups.all()} for desk in demo.desks.all()}
    assert desks == {"1": {"K", "Y", "B"}, "2": {"R", "Y", "B"}, "3": {"K", "R"}}


def _history_shaped_like_a_counter_s(demo):
    days = list(QueueDay.objects.filter(service_point=demo, closed_at__isnull=False))
    assert len(days) == 10
    assert all(day.date.weekday() < 5 and day.date < dt.date(2026, 12, 2) for day in days)
    assert dt.date(2026, 11, 18) in {day.date for day in days}
    history = Ticket.objects.filter(day__in=days)
    statuses = Counter(history.values_list("status", flat=True))
    assert statuses[TicketStatus.DONE] > 500
    assert statuses[TicketStatus.NO_SHOW] and statuses[TicketStatus.LEFT]
    assert TicketEvent.objects.filter(kind=TicketEventKind.TRANSFERRED).exists()
    hours = Counter(t.queued_at.astimezone(HELSINKI).hour for t in history)
    assert hours[9] > hours[14]  # mornings are busier
    per_day = Counter(t.day.date for t in history.select_related("day"))
    mondays = [count for day, count in per_day.items() if day.weekday() == 0]
    others = [count for day, count in per_day.items() if day.weekday() != 0]
    assert min(mondays) > sum(others) / len(others)  # Monday peaks
    # Opening hours of the point: 9–15 (Thursday 16), served until half an hour after.
    assert all(9 <= hour < 16 for hour in hours)
    assert not DeskSession.objects.filter(ended_at__isnull=True, started_at__lt=NOW.replace(hour=0))


def _history_feeding_the_metrics_and_the_planner(demo):
    report = queue_report(start=dt.date(2026, 11, 18), end=dt.date(2026, 12, 1), now=NOW)
    assert report.total.tickets > 500
    assert 0 < report.total.wait_mean < report.total.wait_p90
    assert 0.4 < report.utilisation < 1
    kela = ServiceGroup.objects.get(service_point=demo, prefix="K")
    with time_machine.travel(NOW, tick=False):
        plan = staffing_plan(Parameters(channel=QUEUE, week=dt.date(2026, 12, 7), queue_group=kela))
    assert plan.handle_time_is_measured
    assert 7 * 60 < plan.handle_seconds < 13 * 60
    assert plan.contacts > 0


def _today_open_with_a_few_waiting_and_room_at_the_desks(demo):
    today = QueueDay.objects.get(service_point=demo, closed_at__isnull=True)
    assert today.date == dt.date(2026, 12, 2)
    assert Ticket.objects.filter(day=today, status=TicketStatus.WAITING).count() == 6
    mikko, aino = User.objects.get(username="mikko"), User.objects.get(username="aino")
    assert DeskSession.objects.get(ended_at__isnull=True).agent == mikko
    estimates = new_ticket_wait_estimates(demo, NOW)
    desk_session_start(desk=demo.desks.get(number="1"), agent=aino)
    by_prefix = {g.prefix: estimates[g.pk] for g in ServiceGroup.objects.filter(service_point=demo)}
    assert by_prefix["K"] is None  # desk 2 does not serve Kela
    assert by_prefix["Y"] > dt.timedelta(0)
    assert DeskSession.objects.filter(ended_at__isnull=True).count() == 2


def test_keys_are_an_internal_service_asked_by_internal_customers():
    load_demo(cases=200, customers=20)
    assert set(Service.objects.filter(internal=True).values_list("code", flat=True)) == {"keys"}
    keys = Case.objects.filter(service__code="keys")
    assert keys.exists()
    assert set(keys.values_list("customer__kind", flat=True)) == {"internal"}


def test_demo_cases_write_to_the_address_their_customer_gave():
    load_demo(cases=120, customers=40)
    for case in Case.objects.select_related("customer"):
        expected = (case.customer.email, case.customer.phone) if case.customer else ("", "")
        assert (case.contact_email, case.contact_phone) == expected
    assert Case.objects.exclude(contact_email="").exists()
