import datetime as dt
from collections import Counter

import pytest
import time_machine

from luukku.cases.models import Case, CaseEvent
from luukku.catalogue.models import Service
from luukku.chat.models import AgentPresence, ChatQueue, ChatSession
from luukku.core.calendar import HELSINKI
from luukku.customers.models import Customer
from luukku.demo.loader import load_demo
from luukku.demo.own_page import OWN_PAGE_EMAIL
from luukku.insights.live_chat import chat_report
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
from luukku.relationships.models import ResolvedNoticeRequest
from luukku.relationships.own_page_selectors import own_items
from luukku.staffing.selectors import CHAT_QUEUE, QUEUE, Parameters, staffing_plan

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
        ChatQueue.objects.count(),
        ChatSession.objects.count(),
        AgentPresence.objects.count(),
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
        ChatQueue.objects.count(),
        ChatSession.objects.count(),
        AgentPresence.objects.count(),
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
    # The service centre's live chat (docs/metrics.md, "Live chat").
    _chat_queue_and_its_agents(point)
    _chat_history_feeding_the_metrics_and_the_planner()
    # The staff's week view opens on the load day's week: it has bookings and blocked time.
    week = client.get("/staff/reservations/week/").content.decode()
    assert "Imatran yhteiskoulu" in week and "Lattian pesu" in week
    # The own page's citizen: two requests and a booking, one with "tell me when it's fixed".
    items = own_items(email=OWN_PAGE_EMAIL)
    assert sorted(item.kind for item in items) == ["request", "request", "reservation"]
    assert ResolvedNoticeRequest.objects.filter(case__contact_email=OWN_PAGE_EMAIL).count() == 1


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
    # Requests come from internal customers; the counter's loans (also to associations and
    # contractors) are filed under the same service.
    loans = keys.filter(events__kind="key_loan")
    assert loans.exists() and keys.exclude(pk__in=loans).exists()
    asked = keys.exclude(pk__in=loans).values_list("customer__kind", flat=True)
    assert set(asked) == {"internal"}


def test_demo_cases_write_to_the_address_their_customer_gave():
    load_demo(cases=120, customers=40)
    for case in Case.objects.select_related("customer"):
        expected = (case.customer.email, case.customer.phone) if case.customer else ("", "")
        assert (case.contact_email, case.contact_phone) == expected
    assert Case.objects.exclude(contact_email="").exists()


def _chat_queue_and_its_agents(demo):
    queue = ChatQueue.objects.get()
    assert (queue.name_fi, queue.name_sv, queue.name_en) == (
        "Asiakaspalvelun chat",
        "Kundtjänstens chatt",
        "Customer service chat",
    )
    assert queue.service_point == demo and queue.team.name_en == "Customer Service Point"
    presences = AgentPresence.objects.select_related("user")
    assert {p.user.username for p in presences} == {"aino", "mikko", "liisa"}
    assert all(not p.available and p.max_chats == 3 for p in presences)


def _chat_history_feeding_the_metrics_and_the_planner():
    sessions = ChatSession.objects.select_related("case")
    days = {s.created_at.astimezone(HELSINKI).date() for s in sessions}
    assert len(days) == 10 and max(days) < dt.date(2026, 12, 2)
    assert all(day.weekday() < 5 for day in days)
    assert all(s.case.channel == "chat" and s.case.created_at == s.created_at for s in sessions)
    assert not ChatSession.objects.filter(status__in=["queued", "active"]).exists()
    messages = CaseEvent.objects.filter(case__chat__isnull=False, kind="message_in")
    assert messages.count() >= sessions.count()
    assert all(m.data["chat"] == m.case.chat.pk for m in messages.select_related("case__chat"))
    steps = CaseEvent.objects.filter(kind="chat").select_related("case__chat")
    assert {(e.data["action"], e.data["chat"] == e.case.chat.pk) for e in steps} == {
        ("queued", True),
        ("accepted", True),
        ("ended", True),
    }
    report = chat_report(start=dt.date(2026, 11, 18), end=dt.date(2026, 12, 1), now=NOW)
    total = report.total
    assert 180 < total.offered < 320
    assert 0.02 < total.abandoned_share < 0.2
    assert 0.6 < total.within_target_share < 0.95
    assert 0 < total.answer_mean < total.answer_p90
    assert 5 * 60 < total.handling_mean < 11 * 60
    assert 0.5 < total.resolved_share < 0.8
    assert 1.1 < report.concurrency.average < 2 and report.concurrency.most == 3
    with time_machine.travel(NOW, tick=False):
        plan = staffing_plan(
            Parameters(
                channel=CHAT_QUEUE,
                week=dt.date(2026, 12, 7),
                answer_seconds=60,
                chat_queue=ChatQueue.objects.get(),
            )
        )
    assert plan.handle_time_is_measured and plan.patience_seconds
    assert plan.handle_seconds < plan.chat.handle_seconds
    assert plan.contacts > 100
