"""The agent's chat console without JavaScript: availability, the queue, accepting, messages
(each stored once), suggestions, a note, a transfer and the end with every outcome
(docs/chat.md, "The console"). A refused step says why and changes nothing."""

import datetime as dt
import re

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone, translation

from luukku.appointments.models import Callback
from luukku.cases.models import CaseEvent, Consultation, Status
from luukku.cases.tests.factories import make_case
from luukku.chat.models import AgentPresence, ChatSession
from luukku.chat.services.agents import chat_accept, chat_availability_set
from luukku.chat.services.sessions import chat_leave, chat_message_send, chat_start
from luukku.chat.tests.factories import ChatQueueFactory
from luukku.knowledge.tests.factories import ReplyTemplateFactory
from luukku.organisation.tests.factories import TeamFactory, UserFactory
from luukku.privacy.models import AccessLogEntry

pytestmark = [pytest.mark.django_db, pytest.mark.clock_set]

# A Tuesday morning in Helsinki, within the service centre's hours.
MORNING = dt.datetime(2026, 3, 10, 8, 0, tzinfo=dt.UTC)
CONSOLE = "web:chat_console"


@pytest.fixture(autouse=True)
def english():
    translation.activate("en")


@pytest.fixture
def clock():
    with time_machine.travel(MORNING, tick=False) as traveller:
        yield traveller


@pytest.fixture
def team(department):
    return TeamFactory(department=department, name="Neuvonta")


@pytest.fixture
def chat_queue(team, service):
    return ChatQueueFactory(team=team, name="Neuvonta-chat", max_queue=5)


@pytest.fixture
def on_duty(client, agent, team, chat_queue, clock):
    """The agent signed in, in the queue's team, available and present."""
    team.members.add(agent)
    chat_availability_set(user=agent, available=True, max_chats=2)
    client.force_login(agent)
    return agent


@pytest.fixture
def colleague(department, team, clock):
    person = UserFactory(role="agent", departments=[department], first_name="Mikko")
    team.members.add(person)
    chat_availability_set(user=person, available=True, max_chats=2)
    return person


def start(service, topic="Katuvalo", text="Katuvalo on rikki", client_id="citizen-001"):
    AgentPresence.objects.update(seen_at=timezone.now())  # the consoles are open
    return chat_start(
        service=service, topic=topic, name="Maija", text=text, client_id=client_id, language="fi"
    )


def messages_of(response) -> list[str]:
    return [str(message) for message in response.context["messages"]]


def console(client, chat=None):
    return client.get(reverse(CONSOLE), {"chat": chat.pk} if chat else {})


def snapshot():
    return (
        list(ChatSession.objects.order_by("pk").values_list("status", "agent", "outcome", "team")),
        CaseEvent.objects.count(),
        Consultation.objects.count(),
        Callback.objects.count(),
    )


# -- who may open it --------------------------------------------------------------------------


@pytest.mark.parametrize("role", ["expert", "dpo", "administrator"])
def test_only_the_front_line_opens_the_console(client, role, clock):
    assert client.get(reverse(CONSOLE)).status_code == 302  # to the sign-in page
    client.force_login(UserFactory(role=role))
    assert client.get(reverse(CONSOLE)).status_code == 403
    assert client.get(reverse("web:chat_console_live")).status_code == 403


def test_the_menu_links_to_the_console_for_the_front_line(client, agent, clock):
    client.force_login(agent)
    page = client.get(reverse("web:inbox")).content.decode()
    assert f'href="{reverse(CONSOLE)}"' in page
    client.force_login(UserFactory(role="expert"))
    assert f'href="{reverse(CONSOLE)}"' not in client.get(reverse("web:inbox")).content.decode()


# -- availability -------------------------------------------------------------------------


def test_availability_on_and_off_with_a_limit(client, agent, chat_queue, clock):
    client.force_login(agent)
    page = console(client).content.decode()
    assert "Chat off" in page
    response = client.post(
        reverse("web:chat_availability"), {"available": "1", "max_chats": "4"}, follow=True
    )
    assert "Chat is on: you are offered chats." in messages_of(response)
    presence = AgentPresence.objects.get(user=agent)
    assert presence.available and presence.max_chats == 4
    assert "You have 0 chats of 4." in response.content.decode()
    response = client.post(reverse("web:chat_availability"), {"available": "0", "max_chats": "4"})
    assert not AgentPresence.objects.get(user=agent).available


def test_a_limit_out_of_range_is_refused_and_changes_nothing(client, on_duty):
    response = client.post(reverse("web:chat_availability"), {"available": "1", "max_chats": "9"})
    assert response.status_code == 400
    assert "Choose from one to eight chats at once." in response.content.decode()
    assert AgentPresence.objects.get(user=on_duty).max_chats == 2


# -- the queue and accepting ----------------------------------------------------------------


def test_the_queue_shows_waiting_chats_longest_first_with_their_wait(
    client, on_duty, service, clock
):
    first = start(service, topic="Katuvalo")
    clock.shift(dt.timedelta(seconds=75))
    start(service, topic="Roskat", client_id="citizen-002")
    page = console(client).content.decode()
    assert page.index("Katuvalo") < page.index("Roskat")
    assert "01:15" in page and "00:00" in page
    assert AccessLogEntry.objects.filter(actor=on_duty, context="chat_queue", count=2).exists()
    assert first.name not in page.split('id="chat-queue"')[1].split("</section>")[0]


def test_accept_next_takes_the_longest_waiting_and_opens_it(client, on_duty, service, clock):
    first = start(service)
    clock.shift(dt.timedelta(seconds=5))
    start(service, topic="Roskat", client_id="citizen-002")
    response = client.post(reverse("web:chat_accept"), follow=True)
    first.refresh_from_db()
    assert first.status == ChatSession.Status.ACTIVE and first.agent == on_duty
    assert response.request["QUERY_STRING"] == f"chat={first.pk}"
    page = response.content.decode()
    assert 'role="log"' in page and "Katuvalo on rikki" in page
    assert first.case.reference in page
    assert AccessLogEntry.objects.filter(
        actor=on_duty, case=first.case, context="chat_console", action="view"
    ).exists()


def test_a_chat_taken_by_someone_else_is_refused(client, on_duty, colleague, service, clock):
    session = start(service)
    chat_accept(agent=colleague, session=session)
    before = snapshot()
    response = client.post(reverse("web:chat_accept"), {"chat": session.pk}, follow=True)
    assert "Someone else has already taken this chat." in messages_of(response)
    assert snapshot() == before


def test_the_limit_and_being_off_refuse_accepting(client, on_duty, service, clock):
    AgentPresence.objects.filter(user=on_duty).update(max_chats=1)
    start(service)
    start(service, topic="Roskat", client_id="citizen-002")
    client.post(reverse("web:chat_accept"))
    before = snapshot()
    response = client.post(reverse("web:chat_accept"), follow=True)
    assert "You have 1 chats open, your limit; end one first." in messages_of(response)
    assert snapshot() == before
    AgentPresence.objects.filter(user=on_duty).update(available=False)
    response = client.post(reverse("web:chat_accept"), follow=True)
    assert "Turn chat on before you take a chat." in messages_of(response)
    assert snapshot() == before


def test_a_chat_transferred_to_me_is_marked(client, on_duty, colleague, service, clock):
    session = start(service)
    chat_accept(agent=colleague, session=session)
    ChatSession.objects.filter(pk=session.pk).update(
        status=ChatSession.Status.QUEUED, agent=None, requested_agent=on_duty
    )
    assert "Transferred to you" in console(client).content.decode()


# -- messages -------------------------------------------------------------------------------


@pytest.fixture
def answering(client, on_duty, service):
    session = start(service)
    return chat_accept(agent=on_duty, session=session)


def test_a_message_is_stored_once_for_its_client_id(client, answering):
    url = reverse("web:chat_send", args=[answering.pk])
    data = {"body": "Hei, katsotaan.", "client_id": "agent-msg-0001"}
    response = client.post(url, data)
    assert response.status_code == 302
    again = client.post(url, data, headers={"X-Requested-With": "fetch"})
    assert again.json()["ok"] and again.json()["created"] is False
    assert answering.case.events.filter(kind=CaseEvent.Kind.MESSAGE_OUT).count() == 1
    new = client.post(
        url,
        {"body": "Toinen", "client_id": "agent-msg-0002"},
        headers={"X-Requested-With": "fetch"},
    )
    assert new.json()["created"] is True
    assert AccessLogEntry.objects.filter(context="chat_message", case=answering.case).exists()


def test_an_empty_message_is_refused_and_keeps_nothing(client, answering):
    url = reverse("web:chat_send", args=[answering.pk])
    before = snapshot()
    response = client.post(url, {"body": "  ", "client_id": "agent-msg-0001"})
    assert response.status_code == 400
    assert "Write your message first." in response.content.decode()
    fetched = client.post(
        url, {"body": "", "client_id": "agent-msg-0001"}, headers={"X-Requested-With": "fetch"}
    )
    assert fetched.status_code == 400 and not fetched.json()["ok"]
    assert snapshot() == before


def test_new_messages_are_read_after_the_last_one_shown(client, answering):
    first = answering.case.events.filter(kind=CaseEvent.Kind.MESSAGE_IN).get()
    chat_message_send(session=answering, body="Vielä yksi asia", client_id="citizen-002")
    url = reverse("web:chat_messages", args=[answering.pk])
    page = client.get(url, {"after": first.pk}).content.decode()
    assert "Vielä yksi asia" in page and "Katuvalo on rikki" not in page
    answering.refresh_from_db()
    assert answering.agent_read_event > first.pk


def test_unread_marks_and_the_citizen_s_wait(client, answering, clock):
    clock.shift(dt.timedelta(seconds=90))
    live = client.get(reverse("web:chat_console_live")).content.decode()
    assert "Waiting for your answer 01:30" in live
    chat_message_send(session=answering, body="Haloo?", client_id="citizen-002")
    live = client.get(reverse("web:chat_console_live")).content.decode()
    assert "New message" in live


def test_a_suggested_template_goes_into_the_composer(client, answering):
    template = ReplyTemplateFactory(
        title="Katuvalo rikki", body="Katuvalo korjataan viikon sisällä.", language="fi"
    )
    page = console(client, answering).content.decode()
    use = reverse("web:chat_use_template", args=[answering.pk])
    assert f'formaction="{use}" name="use" value="{template.pk}"' in page
    response = client.post(use, {"use": template.pk, "body": "Hei Maija,", "client_id": "x" * 10})
    assert response.status_code == 200
    assert (
        "Hei Maija,\n\nKatuvalo korjataan viikon sisällä.</textarea>" in response.content.decode()
    )
    fetched = client.post(
        use, {"use": template.pk, "body": ""}, headers={"X-Requested-With": "fetch"}
    )
    assert fetched.json()["text"] == "Katuvalo korjataan viikon sisällä."
    assert not answering.case.events.filter(kind=CaseEvent.Kind.MESSAGE_OUT).exists()


def test_a_note_goes_on_the_case(client, answering):
    url = reverse("web:chat_note", args=[answering.pk])
    response = client.post(url, {"body": "Soita huomenna"}, follow=True)
    assert "The note was added to the case." in messages_of(response)
    assert answering.case.events.filter(kind=CaseEvent.Kind.NOTE, body="Soita huomenna").exists()
    empty = client.post(url, {"body": ""})
    assert empty.status_code == 400


def test_other_cases_of_the_customer_are_shown(client, on_duty, service):
    AgentPresence.objects.update(seen_at=timezone.now())
    session = chat_start(service=service, topic="Lupa", email="maija@example.org", language="fi")
    session = chat_accept(agent=on_duty, session=session)
    assert session.case.customer_id is not None
    other = make_case(service=service, customer=session.case.customer, subject="Vanha asia")
    page = console(client, session).content.decode()
    assert other.reference in page and "Vanha asia" in page


# -- transfer -------------------------------------------------------------------------------


def test_transfer_to_a_colleague_and_to_a_team(client, answering, colleague, department):
    url = reverse("web:chat_transfer", args=[answering.pk])
    page = console(client, answering).content.decode()
    assert f'value="user:{colleague.pk}"' in page
    response = client.post(url, {"to": f"user:{colleague.pk}", "note": "Sinulle"}, follow=True)
    assert "The chat was transferred." in messages_of(response)
    answering.refresh_from_db()
    assert answering.agent == colleague and answering.transfers == 1
    other_team = TeamFactory(department=department, name="Luvat")
    client.force_login(colleague)
    client.post(url, {"to": f"team:{other_team.pk}"})
    answering.refresh_from_db()
    assert answering.status == ChatSession.Status.QUEUED and answering.team == other_team


def test_transfer_refusals_change_nothing(client, answering, department, clock):
    url = reverse("web:chat_transfer", args=[answering.pk])
    absent = UserFactory(role="agent", departments=[department])
    before = snapshot()
    response = client.post(url, {"to": "", "note": "Kirjoitettu"})
    assert response.status_code == 400 and "Kirjoitettu" in response.content.decode()
    response = client.post(url, {"to": f"user:{absent.pk}"})
    assert response.status_code == 400
    assert snapshot() == before


# -- the end and the wrap-up ----------------------------------------------------------------


def test_end_resolved_in_the_chat(client, answering):
    url = reverse("web:chat_end", args=[answering.pk])
    response = client.post(url, {"outcome": "resolved", "note": "Selvisi"}, follow=True)
    assert "The chat ended: Resolved in the chat." in messages_of(response)
    answering.refresh_from_db()
    assert answering.status == ChatSession.Status.ENDED and answering.outcome == "resolved"
    assert answering.case.status == Status.RESOLVED


def test_end_with_a_case_for_an_expert(client, answering, expert):
    url = reverse("web:chat_end", args=[answering.pk])
    before = snapshot()
    response = client.post(url, {"outcome": "expert", "question": "", "expert": expert.pk})
    assert response.status_code == 400
    assert snapshot() == before
    response = client.post(
        url, {"outcome": "expert", "question": "Mikä maksu?", "expert": expert.pk}
    )
    assert response.status_code == 302
    assert Consultation.objects.filter(case=answering.case, expert=expert).exists()


def test_end_with_a_callback_promised(client, answering):
    url = reverse("web:chat_end", args=[answering.pk])
    before = snapshot()
    bad = client.post(url, {"outcome": "callback", "phone": "0401234567"})
    assert bad.status_code == 400 and "0401234567" in bad.content.decode()
    assert snapshot() == before
    response = client.post(
        url,
        {
            "outcome": "callback",
            "window_start": "2026-03-10T13:00",
            "window_end": "2026-03-10T15:00",
            "phone": "0401234567",
        },
    )
    assert response.status_code == 302
    assert Callback.objects.filter(case=answering.case).exists()


def test_an_outcome_must_be_chosen(client, answering):
    before = snapshot()
    response = client.post(reverse("web:chat_end", args=[answering.pk]), {"note": "Muistiin"})
    assert response.status_code == 400
    assert "Choose how the chat ended." in response.content.decode()
    assert "Muistiin" in response.content.decode()
    assert snapshot() == before


def test_a_chat_the_customer_left_waits_for_its_outcome(client, answering):
    chat_leave(session=answering)
    live = client.get(reverse("web:chat_console_live")).content.decode()
    assert "The customer left — choose the outcome" in live
    page = console(client, answering).content.decode()
    assert "Choose the outcome" in page and 'id="chat-composer"' not in page
    client.post(reverse("web:chat_end", args=[answering.pk]), {"outcome": "resolved"})
    answering.refresh_from_db()
    assert answering.outcome == "resolved" and answering.ended_by == "customer"
    assert "choose the outcome" not in client.get(reverse("web:chat_console_live")).content.decode()


def test_another_agent_s_chat_is_not_found(client, answering, colleague):
    client.force_login(colleague)
    for name in ("web:chat_send", "web:chat_note", "web:chat_end", "web:chat_transfer"):
        assert client.post(reverse(name, args=[answering.pk]), {}).status_code == 404
    response = client.get(reverse(CONSOLE), {"chat": answering.pk})
    assert "That chat is not one of yours now." in messages_of(response)


def test_every_field_of_the_open_chat_has_its_own_id(client, answering):
    """The composer, the note, the transfer and the end are forms with the same field names:
    a label that led to another form's field would put a note in the message to the customer."""
    page = client.get(reverse("web:chat_console") + f"?chat={answering.pk}").content.decode()
    ids = re.findall(r'\sid="([^"]+)"', page)
    assert [name for name in set(ids) if ids.count(name) > 1] == []
    assert 'for="note_id_body"' not in page and 'for="note_body"' in page
