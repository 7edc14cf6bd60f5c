"""The walk-in queue's staff pages: the point's day and desks, the desk view and every step
of a visit from it, a number given by staff, appointments checked in (docs/queue.md, "The
desk"). A refused step says why and changes nothing."""

import datetime as dt
import secrets

import pytest
import time_machine
from django.urls import reverse
from django.utils import translation

from luukku.appointments.models import Appointment, MeetingType
from luukku.cases.tests.factories import make_case
from luukku.organisation.tests.factories import UserFactory
from luukku.privacy.models import AccessLogEntry
from luukku.queueing.models import (
    DeskSession,
    QueueDay,
    Ticket,
    TicketEvent,
    TicketSource,
    TicketStatus,
    VisitContact,
)
from luukku.queueing.services.calling import ticket_call_next
from luukku.queueing.services.days import desk_session_start, queue_day_open
from luukku.queueing.services.tickets import appointment_check_in, ticket_issue
from luukku.queueing.tests.factories import DeskFactory, ServiceGroupFactory, ServicePointFactory

pytestmark = [pytest.mark.django_db, pytest.mark.clock_set]

# A Tuesday morning in Helsinki.
MORNING = dt.datetime(2026, 3, 10, 8, 0, tzinfo=dt.UTC)


@pytest.fixture(autouse=True)
def english():
    """The pages in English (their addresses under /en/), so that the messages read here."""
    translation.activate("en")


@pytest.fixture
def clock():
    with time_machine.travel(MORNING, tick=False) as traveller:
        yield traveller


@pytest.fixture
def point(db):
    return ServicePointFactory(name="Imatran kaupungintalo")


@pytest.fixture
def kela(point, service):
    group = ServiceGroupFactory(service_point=point, name="Kela", prefix="K")
    group.services.add(service)
    return group


@pytest.fixture
def permits(point):
    return ServiceGroupFactory(service_point=point, name="Rakennusluvat", prefix="R")


@pytest.fixture
def desk_one(point, kela, permits):
    return DeskFactory(service_point=point, number="1", groups=[kela, permits])


@pytest.fixture
def desk_two(point, kela):
    return DeskFactory(service_point=point, number="2", groups=[kela])


@pytest.fixture
def open_day(point, agent, clock):
    return queue_day_open(service_point=point, actor=agent)


@pytest.fixture
def seated(client, agent, desk_one, open_day):
    """The agent signed in and at desk 1 of an open day."""
    client.force_login(agent)
    desk_session_start(desk=desk_one, agent=agent)
    return desk_one


def kiosk(group):
    return ticket_issue(group=group, source=TicketSource.KIOSK)


def messages_of(response) -> list[str]:
    return [str(message) for message in response.context["messages"]]


def desk_page(client):
    return client.get(reverse("web:queue_desk"))


def act(client, ticket, action):
    url = reverse("web:queue_ticket_action", args=[ticket.pk, action])
    return client.post(url, follow=True)


def snapshot():
    return (
        list(Ticket.objects.order_by("pk").values_list("status", "desk", "group", "call_count")),
        TicketEvent.objects.count(),
        VisitContact.objects.count(),
    )


# -- the point: the day, the desks, a number for a visitor ----------------------------------


def test_points_list_and_point_page(client, agent, point, desk_one, clock):
    client.force_login(agent)
    page = client.get(reverse("web:queue_points"))
    assert reverse("web:queue_point", args=[point.pk]) in page.content.decode()
    page = client.get(reverse("web:queue_point", args=[point.pk])).content.decode()
    assert 'id="desk-list"' in page and "Open the day" in page


def test_a_point_without_a_queue_is_not_found(client, agent, clock):
    client.force_login(agent)
    other = ServicePointFactory()
    assert client.get(reverse("web:queue_point", args=[other.pk])).status_code == 404


def test_day_opens_and_closes_with_a_summary_of_the_outcomes(client, agent, kela, clock):
    client.force_login(agent)
    point = kela.service_point
    client.post(reverse("web:queue_open", args=[point.pk]))
    day = QueueDay.objects.get(service_point=point)
    assert day.closed_at is None
    served, waiting = kiosk(kela), kiosk(kela)
    Ticket.objects.filter(pk=served.pk).update(status=TicketStatus.DONE)
    confirm = client.get(reverse("web:queue_close", args=[point.pk]))
    assert "waiting: 1, closed unserved" in confirm.content.decode()
    assert QueueDay.objects.get(pk=day.pk).closed_at is None  # asking changes nothing
    closed = client.post(reverse("web:queue_close", args=[point.pk]), follow=True)
    assert (
        "Served: 1. Did not come: 0. Left before service: 0. Closed unserved: 1."
        in (messages_of(closed)[0])
    )
    assert Ticket.objects.get(pk=waiting.pk).status == TicketStatus.CLOSED
    again = client.post(reverse("web:queue_close", args=[point.pk]), follow=True)
    assert messages_of(again) == ["The queue of this day is already closed."]


def test_closing_a_day_never_opened_is_refused(client, agent, kela, clock):
    client.force_login(agent)
    response = client.get(reverse("web:queue_close", args=[kela.service_point.pk]), follow=True)
    assert messages_of(response) == ["The queue of this day is already closed."]
    assert not QueueDay.objects.exists()


def test_sitting_at_a_desk_opens_the_desk_view(client, agent, desk_one, open_day):
    client.force_login(agent)
    response = client.post(
        reverse("web:queue_sit", args=[desk_one.service_point.pk]), {"desk": desk_one.pk}
    )
    assert response["Location"] == reverse("web:queue_desk")
    assert DeskSession.objects.get(agent=agent, ended_at=None).desk == desk_one
    page = desk_page(client).content.decode()
    assert 'id="call-next"' in page and 'data-queue-stream="/ws/queue/' in page


def test_a_desk_taken_by_another_agent_is_refused(client, agent, desk_one, open_day):
    colleague = UserFactory(role="agent", first_name="Mikko", last_name="Virta")
    desk_session_start(desk=desk_one, agent=colleague)
    client.force_login(agent)
    response = client.post(
        reverse("web:queue_sit", args=[desk_one.service_point.pk]),
        {"desk": desk_one.pk},
        follow=True,
    )
    assert messages_of(response) == ["Mikko Virta is at this desk. Choose another desk."]
    assert not DeskSession.objects.filter(agent=agent).exists()


def test_a_desk_of_another_point_is_refused(client, agent, desk_one, open_day):
    elsewhere = DeskFactory(groups=[ServiceGroupFactory()])
    client.force_login(agent)
    response = client.post(
        reverse("web:queue_sit", args=[desk_one.service_point.pk]),
        {"desk": elsewhere.pk},
        follow=True,
    )
    assert messages_of(response) == ["Choose a desk of this service point."]
    assert not DeskSession.objects.exists()


def test_leaving_the_desk_ends_the_session(client, seated, agent):
    client.post(reverse("web:queue_leave"))
    assert not DeskSession.objects.filter(agent=agent, ended_at=None).exists()


def test_the_desk_view_without_a_desk_leads_to_choosing_one(client, agent, clock):
    client.force_login(agent)
    response = desk_page(client)
    assert response["Location"] == reverse("web:queue_points")


def test_a_number_given_by_staff_prints(client, agent, kela, open_day):
    client.force_login(agent)
    response = client.post(
        reverse("web:queue_ticket_new", args=[kela.service_point.pk]), {"group": kela.pk}
    )
    ticket = Ticket.objects.get()
    assert ticket.source == TicketSource.STAFF and ticket.code == "K 1"
    assert response["Location"] == reverse("web:queue_ticket_print", args=[ticket.pk])
    page = client.get(response["Location"]).content.decode()
    for shown in ("K 1", "Kela", "Imatran kaupungintalo", "10.3.2026 10.00", "Odota, kunnes"):
        assert shown in page
    assert "web/queue-ticket.css" in page


def test_no_number_while_the_day_is_closed(client, agent, kela, clock):
    client.force_login(agent)
    response = client.post(
        reverse("web:queue_ticket_new", args=[kela.service_point.pk]),
        {"group": kela.pk},
        follow=True,
    )
    assert messages_of(response) == ["The queue is closed. Open the day first."]
    assert not Ticket.objects.exists()


def test_a_group_of_another_point_is_refused(client, agent, kela, open_day):
    client.force_login(agent)
    response = client.post(
        reverse("web:queue_ticket_new", args=[kela.service_point.pk]),
        {"group": ServiceGroupFactory().pk},
    )
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()
    assert not Ticket.objects.exists()


# -- the desk: calling and serving ----------------------------------------------------------


def test_call_next_shows_the_ticket_with_its_details(client, seated, kela, clock):
    ticket = kiosk(kela)
    clock.shift(dt.timedelta(minutes=7))
    response = client.post(reverse("web:queue_call_next"), follow=True)
    assert messages_of(response) == ["K 1 called."]
    page = response.content.decode()
    assert '<span id="current-ticket">K 1</span>' in page
    assert "7 minutes" in page and "Kiosk" in page
    assert Ticket.objects.get(pk=ticket.pk).desk == seated


def test_call_next_says_when_nobody_waits(client, seated):
    response = client.post(reverse("web:queue_call_next"), follow=True)
    assert messages_of(response) == ["Nobody is waiting for this desk."]


def test_call_next_on_a_closed_day_is_refused(client, agent, desk_one, clock):
    client.force_login(agent)
    desk_session_start(desk=desk_one, agent=agent)
    response = client.post(reverse("web:queue_call_next"), follow=True)
    assert messages_of(response) == ["The queue is closed. Open the day first."]
    assert "The queue is closed" in response.content.decode()


def test_call_next_while_serving_is_refused(client, seated, kela, agent):
    kiosk(kela), kiosk(kela)
    ticket_call_next(desk=seated, actor=agent)
    before = snapshot()
    response = client.post(reverse("web:queue_call_next"), follow=True)
    assert messages_of(response) == ["Finish K 1 or put it on hold before calling the next one."]
    assert snapshot() == before


def test_an_appointment_ticket_shows_the_appointment_time(client, seated, kela, agent, service):
    appointment = _appointment(kela.service_point, service, hour=10, minute=30)
    appointment_check_in(appointment=appointment)
    client.post(reverse("web:queue_call_next"))
    page = desk_page(client).content.decode()
    assert "Appointment check-in" in page and "appointment at 10.30" in page


def test_recall_counts_the_calls(client, seated, kela, agent):
    ticket = kiosk(kela)
    ticket_call_next(desk=seated, actor=agent)
    response = act(client, ticket, "recall")
    assert messages_of(response) == ["K 1 called again."]
    assert Ticket.objects.get(pk=ticket.pk).call_count == 2


def test_did_not_come_is_refused_until_the_window_has_passed(
    client, seated, kela, agent, clock, settings
):
    settings.QUEUE_NO_SHOW_SECONDS = 120
    ticket = kiosk(kela)
    ticket_call_next(desk=seated, actor=agent)
    page = desk_page(client).content.decode()
    assert 'id="no-show" hidden data-show-at="2026-03-10T10:02:00+02:00"' in page
    before = snapshot()
    response = act(client, ticket, "no-show")
    assert messages_of(response) == [
        "Give the visitor time to come: K 1 can be marked not come at 10.02.00."
    ]
    assert snapshot() == before
    clock.shift(dt.timedelta(seconds=120))
    page = desk_page(client).content.decode()
    assert 'id="no-show">' in page
    act(client, ticket, "no-show")
    assert Ticket.objects.get(pk=ticket.pk).status == TicketStatus.NO_SHOW


def test_another_desks_ticket_is_refused(client, seated, desk_two, kela, clock):
    colleague = UserFactory(role="agent")
    desk_session_start(desk=desk_two, agent=colleague)
    theirs = kiosk(kela)
    ticket_call_next(desk=desk_two, actor=colleague)
    before = snapshot()
    for action in ("recall", "start", "hold", "finish"):
        response = act(client, theirs, action)
        assert messages_of(response) == ["K 1 is not at your desk now."], action
    response = client.post(
        reverse("web:queue_visit_contact", args=[theirs.pk]),
        {"service": kela.services.get().pk, "note": "Asia"},
        follow=True,
    )
    assert messages_of(response) == ["K 1 is not at your desk now."]
    response = client.post(
        reverse("web:queue_ticket_transfer", args=[theirs.pk]),
        {"to": f"group:{kela.pk}"},
        follow=True,
    )
    assert messages_of(response) == ["K 1 is not at your desk now."]
    assert snapshot() == before


def test_an_unknown_step_or_ticket_is_not_found(client, seated, kela, agent):
    ticket = kiosk(kela)
    assert (
        client.post(reverse("web:queue_ticket_action", args=[ticket.pk, "eat"])).status_code == 404
    )
    assert client.post(reverse("web:queue_ticket_action", args=[999, "recall"])).status_code == 404


def test_hold_and_resume(client, seated, kela, agent):
    ticket = kiosk(kela)
    ticket_call_next(desk=seated, actor=agent)
    act(client, ticket, "start")
    response = act(client, ticket, "hold")
    assert messages_of(response) == ["K 1 put on hold."]
    page = response.content.decode()
    assert "Resume K 1" in page and 'id="current-ticket"' not in page
    response = act(client, ticket, "resume")
    assert '<span id="current-ticket">K 1</span>' in response.content.decode()


def test_the_visit_is_logged_as_contacts_then_finished(client, seated, kela, agent, service):
    ticket = kiosk(kela)
    ticket_call_next(desk=seated, actor=agent)
    act(client, ticket, "start")
    page = desk_page(client).content.decode()
    assert page.index(service.name) < page.index("All services")  # the group's own first
    url = reverse("web:queue_visit_contact", args=[ticket.pk])
    response = client.post(url, {"service": service.pk, "note": "Asumistuki", "resolved": "on"})
    assert response.status_code == 302
    contact = VisitContact.objects.get()
    assert contact.resolved and contact.case.channel == "counter"
    page = desk_page(client).content.decode()
    assert reverse("web:case", args=[contact.case.reference]) in page
    response = act(client, ticket, "finish")
    assert messages_of(response) == ["The visit of K 1 is finished."]
    assert Ticket.objects.get(pk=ticket.pk).status == TicketStatus.DONE


def test_a_visit_without_a_note_or_a_service_is_not_logged(client, seated, kela, agent):
    ticket = kiosk(kela)
    ticket_call_next(desk=seated, actor=agent)
    before = snapshot()
    url = reverse("web:queue_visit_contact", args=[ticket.pk])
    response = client.post(url, {"service": "", "note": ""})
    assert response.status_code == 400
    assert set(response.context["contact_form"].errors) == {"service", "note"}
    response = client.post(url, {"service": "999999", "note": "Asia"})
    assert response.status_code == 400
    assert list(response.context["contact_form"].errors) == ["service"]
    assert snapshot() == before


def test_finishing_without_a_logged_service_is_refused(client, seated, kela, agent):
    ticket = kiosk(kela)
    ticket_call_next(desk=seated, actor=agent)
    act(client, ticket, "start")
    before = snapshot()
    response = act(client, ticket, "finish")
    assert messages_of(response) == ["Log what the visitor came for before finishing the visit."]
    assert snapshot() == before


def test_transfer_to_a_group_or_a_desk(client, seated, desk_two, kela, permits, agent):
    ticket = kiosk(permits)
    ticket_call_next(desk=seated, actor=agent)
    url = reverse("web:queue_ticket_transfer", args=[ticket.pk])
    response = client.post(url, {"to": f"group:{kela.pk}"}, follow=True)
    assert messages_of(response) == ["R 1 transferred."]
    assert Ticket.objects.get(pk=ticket.pk).group == kela
    ticket_call_next(desk=seated, actor=agent)
    client.post(url, {"to": f"desk:{desk_two.pk}"})
    moved = Ticket.objects.get(pk=ticket.pk)
    assert moved.for_desk == desk_two and moved.status == TicketStatus.WAITING


def test_a_desk_lists_what_was_transferred_to_it_from_any_group(
    client, seated, desk_two, permits, agent
):
    """Desk 2 serves Kela only; a permits ticket sent to it is still its to call, and shown."""
    ticket = kiosk(permits)
    ticket_call_next(desk=seated, actor=agent)
    client.post(
        reverse("web:queue_ticket_transfer", args=[ticket.pk]), {"to": f"desk:{desk_two.pk}"}
    )
    colleague = UserFactory(role="agent")
    desk_session_start(desk=desk_two, agent=colleague)
    client.force_login(colleague)
    live = client.get(reverse("web:queue_desk_live")).content.decode()
    assert "Transferred to this desk, called first:" in live and "R 1 (Rakennusluvat)" in live
    assert ticket_call_next(desk=desk_two, actor=colleague).pk == ticket.pk


def test_a_transfer_without_a_target_is_refused(client, seated, kela, agent):
    ticket = kiosk(kela)
    ticket_call_next(desk=seated, actor=agent)
    before = snapshot()
    url = reverse("web:queue_ticket_transfer", args=[ticket.pk])
    for target in ("", f"desk:{seated.pk}", "group:999999"):
        response = client.post(url, {"to": target})
        assert response.status_code == 400, target
    assert snapshot() == before


def test_the_live_part_shows_the_lines(client, seated, kela, permits, clock):
    kiosk(kela)
    clock.shift(dt.timedelta(minutes=12))
    kiosk(kela)
    page = client.get(reverse("web:queue_desk_live")).content.decode()
    assert 'id="desk-lines"' in page and "<html" not in page
    assert "12 min" in page and "K 1" in page and "K 2" in page


# -- appointments checked in ----------------------------------------------------------------


def _appointment(point, service, *, hour, minute=0):
    starts = dt.datetime(2026, 3, 10, hour, minute, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    return Appointment.objects.create(
        token=secrets.token_urlsafe(24),
        uid=f"{secrets.token_hex(8)}@test",
        case=make_case(service=service),
        service=service,
        customer=None,
        staff=UserFactory(role="expert"),
        meeting_type=MeetingType.SERVICE_POINT,
        service_point=point,
        starts_at=starts,
        ends_at=starts + dt.timedelta(minutes=30),
        blocked_until=starts + dt.timedelta(minutes=30),
    )


def test_todays_appointments_are_listed_logged_and_checked_in(
    client, agent, kela, open_day, service
):
    appointment = _appointment(kela.service_point, service, hour=11)
    tomorrow = _appointment(kela.service_point, service, hour=11)
    day = dt.timedelta(days=1)
    Appointment.objects.filter(pk=tomorrow.pk).update(
        starts_at=tomorrow.starts_at + day,
        ends_at=tomorrow.ends_at + day,
        blocked_until=tomorrow.blocked_until + day,
    )
    client.force_login(agent)
    url = reverse("web:queue_appointments", args=[kela.service_point.pk])
    page = client.get(url).content.decode()
    check_in = reverse("web:queue_check_in", args=[kela.service_point.pk, appointment.pk])
    assert check_in in page
    assert reverse("web:queue_check_in", args=[kela.service_point.pk, tomorrow.pk]) not in page
    entry = AccessLogEntry.objects.filter(context="queue_appointments").get()
    assert entry.actor == agent and entry.count == 1
    response = client.post(check_in)
    ticket = Ticket.objects.get()
    assert ticket.source == TicketSource.APPOINTMENT and ticket.priority_from == (
        appointment.starts_at
    )
    assert response["Location"] == reverse("web:queue_ticket_print", args=[ticket.pk])
    again = client.post(check_in, follow=True)
    assert messages_of(again) == ["The visitor has already checked in."]
    assert Ticket.objects.count() == 1


def test_checking_in_on_a_closed_day_is_refused(client, agent, kela, clock, service):
    appointment = _appointment(kela.service_point, service, hour=11)
    client.force_login(agent)
    url = reverse("web:queue_check_in", args=[kela.service_point.pk, appointment.pk])
    response = client.post(url, follow=True)
    assert messages_of(response) == ["The queue is closed. Open the day first."]
    assert not Ticket.objects.exists()


# -- who may ---------------------------------------------------------------------------------

PAGES = ["web:queue_points", "web:queue_desk", "web:queue_desk_live"]
POINT_PAGES = ["web:queue_point", "web:queue_close", "web:queue_appointments"]
POINT_ACTIONS = ["web:queue_open", "web:queue_close", "web:queue_sit", "web:queue_ticket_new"]


@pytest.mark.parametrize("role", ["expert", "dpo", "administrator"])
def test_staff_who_do_not_serve_visitors_are_refused(client, role, kela, desk_one, open_day):
    client.force_login(UserFactory(role=role))
    point = kela.service_point.pk
    ticket = kiosk(kela)
    before = (snapshot(), QueueDay.objects.count(), DeskSession.objects.count())
    answers = [client.get(reverse(name)).status_code for name in PAGES]
    answers += [client.get(reverse(name, args=[point])).status_code for name in POINT_PAGES]
    answers += [
        client.post(
            reverse(name, args=[point]), {"desk": desk_one.pk, "group": kela.pk}
        ).status_code
        for name in POINT_ACTIONS
    ]
    answers.append(client.post(reverse("web:queue_call_next")).status_code)
    answers.append(client.get(reverse("web:queue_ticket_print", args=[ticket.pk])).status_code)
    answers.append(
        client.post(reverse("web:queue_ticket_action", args=[ticket.pk, "recall"])).status_code
    )
    assert set(answers) == {403}
    assert (snapshot(), QueueDay.objects.count(), DeskSession.objects.count()) == before


def test_anyone_not_signed_in_is_sent_to_sign_in(client, kela, open_day):
    ticket = kiosk(kela)
    before = snapshot()
    for url in (
        reverse("web:queue_points"),
        reverse("web:queue_desk"),
        reverse("web:queue_ticket_print", args=[ticket.pk]),
    ):
        assert "/login/" in client.get(url)["Location"]
    response = client.post(reverse("web:queue_open", args=[kela.service_point.pk]))
    assert "/login/" in response["Location"]
    assert snapshot() == before


def test_the_queue_is_in_the_menu_of_those_who_serve_visitors(client, agent, expert, clock):
    link = f'href="{reverse("web:queue_points")}"'
    client.force_login(agent)
    assert link in client.get(reverse("web:help")).content.decode()
    client.force_login(expert)
    assert link not in client.get(reverse("web:help")).content.decode()
