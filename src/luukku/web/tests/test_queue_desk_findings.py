"""What a newcomer found at the walk-in queue's desk: a visit logged and finished in one
press, transfers that say who is at each desk, a desk page that notices the day closed, no
leaving the desk mid-visit, the point's screens linked (docs/queue.md, "The desk")."""

import datetime as dt

import pytest
import time_machine
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from luukku.organisation.tests.factories import UserFactory
from luukku.queueing.models import (
    DeskSession,
    Ticket,
    TicketEventKind,
    TicketSource,
    TicketStatus,
    VisitContact,
)
from luukku.queueing.services.calling import ticket_call_next
from luukku.queueing.services.days import desk_session_start, queue_day_close, queue_day_open
from luukku.queueing.services.tickets import ticket_issue
from luukku.queueing.tests.factories import DeskFactory, ServiceGroupFactory, ServicePointFactory
from luukku.web.desk_forms import TransferForm

pytestmark = [pytest.mark.django_db, pytest.mark.clock_set]

# A Tuesday morning in Helsinki.
MORNING = dt.datetime(2026, 3, 10, 8, 0, tzinfo=dt.UTC)


@pytest.fixture(autouse=True)
def english():
    translation.activate("en")


@pytest.fixture(autouse=True)
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
def desk_one(point, kela):
    return DeskFactory(service_point=point, number="1", groups=[kela])


@pytest.fixture
def desk_two(point, kela):
    return DeskFactory(service_point=point, number="2", groups=[kela])


@pytest.fixture
def open_day(point, agent):
    return queue_day_open(service_point=point, actor=agent)


@pytest.fixture
def seated(client, agent, desk_one, open_day):
    client.force_login(agent)
    desk_session_start(desk=desk_one, agent=agent)
    return desk_one


@pytest.fixture
def called(seated, kela, agent):
    """K 1 called to desk 1."""
    ticket = ticket_issue(group=kela, source=TicketSource.KIOSK)
    ticket_call_next(desk=seated, actor=agent)
    return Ticket.objects.get(pk=ticket.pk)


def messages_of(response) -> list[str]:
    return [str(message) for message in response.context["messages"]]


def log_url(ticket):
    return reverse("web:queue_visit_contact", args=[ticket.pk])


def state(ticket):
    ticket.refresh_from_db()
    return ticket.status, VisitContact.objects.count()


# -- 1. the visit's log and its end in one press --------------------------------------------


def test_the_filled_log_is_saved_and_the_visit_finished_in_one_press(client, called, service):
    page = client.get(reverse("web:queue_desk")).content.decode()
    log_form = page[page.index(f'action="{log_url(called)}"') :]
    assert log_form.index('id="finish-visit"') < log_form.index("</form>")
    data = {"service": service.pk, "note": "Asumistuki", "finish": "1"}
    response = client.post(log_url(called), data, follow=True)
    assert messages_of(response) == ["The visit of K 1 is finished."]
    assert state(called) == (TicketStatus.DONE, 1)


def test_a_refused_finish_keeps_what_was_typed(client, called):
    before = state(called)
    response = client.post(log_url(called), {"service": "", "note": "Asumistuki", "finish": "1"})
    assert response.status_code == 400
    assert list(response.context["contact_form"].errors) == ["service"]
    assert "Asumistuki</textarea>" in response.content.decode()
    assert state(called) == before


def test_finish_with_an_empty_log_finishes_only_a_logged_visit(client, called, service):
    response = client.post(log_url(called), {"service": "", "note": "", "finish": "1"}, follow=True)
    assert messages_of(response) == ["Log what the visitor came for before finishing the visit."]
    assert state(called) == (TicketStatus.CALLED, 0)
    client.post(log_url(called), {"service": service.pk, "note": "Asumistuki"}, follow=True)
    response = client.post(log_url(called), {"service": "", "note": "", "finish": "1"}, follow=True)
    assert messages_of(response) == ["The visit of K 1 is finished."]
    assert state(called) == (TicketStatus.DONE, 1)


# -- 2. a transfer says who is at each desk ---------------------------------------------------


def test_the_transfer_shows_who_is_at_each_desk_and_warns_of_an_empty_one(
    client, called, desk_two, agent
):
    labels = dict(TransferForm(desk=called.desk).fields["to"].choices[2][1])
    assert labels[f"desk:{desk_two.pk}"] == "2 – nobody at it"
    url = reverse("web:queue_ticket_transfer", args=[called.pk])
    response = client.post(url, {"to": f"desk:{desk_two.pk}"}, follow=True)
    assert messages_of(response) == [
        "K 1 transferred.",
        "Nobody is at desk 2 now: K 1 waits until someone sits there. Tell the visitor, "
        "or transfer them to a service group.",
    ]
    assert Ticket.objects.get(pk=called.pk).for_desk == desk_two
    colleague = UserFactory(role="agent", first_name="Mikko", last_name="Virtanen")
    desk_session_start(desk=desk_two, agent=colleague)
    labels = dict(TransferForm(desk=called.desk).fields["to"].choices[2][1])
    assert labels[f"desk:{desk_two.pk}"] == "2 – Mikko Virtanen"


# -- 3. the day closed under an open desk page ------------------------------------------------


def test_after_the_day_closes_the_desk_page_says_so(client, called, open_day, agent, point):
    queue_day_close(day=open_day, actor=agent)
    live = client.get(reverse("web:queue_desk_live"))
    assert live.status_code == 200
    assert "The queue's day is closed and you are no longer at a desk." in live.content.decode()
    assert reverse("web:queue_point", args=[point.pk]) in live.content.decode()
    response = client.post(reverse("web:queue_call_next"), follow=True)
    assert messages_of(response) == ["The queue's day is closed."]
    url = reverse("web:queue_ticket_action", args=[called.pk, "recall"])
    assert messages_of(client.post(url, follow=True)) == ["The queue's day is closed."]
    page = client.get(reverse("web:queue_point", args=[point.pk])).content.decode()
    assert "Open the day" in page
    assert "Sit here" not in page and "Take a number" not in page


def test_without_a_desk_the_live_part_leads_to_choosing_one(client, agent, open_day):
    client.force_login(agent)
    live = client.get(reverse("web:queue_desk_live"))
    assert live.status_code == 200
    assert "You are not at a desk." in live.content.decode()
    response = client.post(reverse("web:queue_call_next"), follow=True)
    assert messages_of(response) == ["Choose a desk to sit at first."]


# -- 4. no leaving the desk mid-visit ----------------------------------------------------------


def test_leaving_the_desk_mid_visit_is_refused(client, called, agent, service):
    response = client.post(reverse("web:queue_leave"), follow=True)
    assert messages_of(response) == ["Finish, transfer or put K 1 on hold first."]
    assert DeskSession.objects.filter(agent=agent, ended_at=None).exists()
    client.post(
        log_url(called), {"service": service.pk, "note": "Asia", "finish": "1"}, follow=True
    )
    response = client.post(reverse("web:queue_leave"), follow=True)
    assert messages_of(response) == ["You left the desk."]
    assert not DeskSession.objects.filter(agent=agent, ended_at=None).exists()


# -- 5. and 6. the desk's buttons ------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "button", "event"),
    [("fi", "Siirrä sivuun", "Siirretty sivuun"), ("sv", "Parkera", "Parkerad")],
)
def test_the_hold_button_says_what_it_does(language, button, event):
    with translation.override(language):
        assert gettext("Put on hold") == button
        assert str(TicketEventKind.HELD.label) == event


def test_call_next_is_off_while_a_visitor_is_at_the_desk(client, called, agent):
    page = client.get(reverse("web:queue_desk")).content.decode()
    assert 'id="call-next" class="call-next" disabled' in page
    assert "Finish K 1, transfer it or put it on hold to call the next one." in page
    assert page.index('id="call-next"') < page.index('id="leave-desk"')
    assert page.index('id="held-heading"') < page.index('id="leave-desk"')
    client.post(reverse("web:queue_ticket_action", args=[called.pk, "hold"]))
    page = client.get(reverse("web:queue_desk")).content.decode()
    assert 'id="call-next" class="call-next">' in page


# -- 7. and 8. the point's screens, help and metrics -------------------------------------------


def test_the_point_page_links_its_screens(client, agent, point, kela, open_day):
    client.force_login(agent)
    page = client.get(reverse("web:queue_point", args=[point.pk])).content.decode()
    for name in ("public:queue_kiosk", "public:queue_display", "public:queue_point"):
        assert f'href="{reverse(name, args=[point.pk])}"' in page
    help_page = client.get(reverse("web:help")).content.decode()
    assert 'id="queue-help-heading">The walk-in queue</h2>' in help_page


def test_the_queue_metrics_table_scrolls_in_its_region_and_says_desk_in_finnish(client, supervisor):
    client.force_login(supervisor)
    page = client.get(reverse("web:dashboard") + "?theme=queue").content.decode()
    assert (
        '<div class="table-scroll" tabindex="0" role="region" aria-labelledby="queue-heading">'
        in page
    )
    with translation.override("fi"):
        assert gettext("Desk utilisation (busy of staffed time)").startswith("Tiskien käyttöaste")
