"""The live chat on the citizen pages (public/chat_views.py, chat_api.py; docs/chat.md):
the service page's link, starting a chat and its offline ways, the chat page in each state
with and without JavaScript, the JSON the page's script uses, and the WebSocket stream."""

import datetime as dt

import pytest
from asgiref.sync import async_to_sync, sync_to_async
from channels.layers import get_channel_layer
from channels.routing import URLRouter
from channels.testing import WebsocketCommunicator
from django.core.cache import cache
from django.urls import reverse
from django.utils import translation

from luukku.cases.models import CaseEvent, OutboundMail
from luukku.chat.models import ChatSession
from luukku.chat.selectors.streams import agent_stream
from luukku.chat.services.agents import chat_accept, chat_availability_set, chat_end
from luukku.chat.services.sessions import chat_leave, chat_message_send
from luukku.chat.services.upkeep import chats_close_idle
from luukku.chat.tests.factories import ChatQueueFactory
from luukku.core.testing.servers import in_own_thread
from luukku.organisation.tests.factories import TeamFactory
from luukku.routing import websocket_urlpatterns

pytestmark = [pytest.mark.django_db, pytest.mark.clock_set]

EVENING = dt.datetime(2026, 3, 10, 19, 0, tzinfo=dt.UTC)  # 21.00 in Helsinki: closed


def url(name, *args, language="fi"):
    with translation.override(language):
        return reverse(f"public:{name}", args=args)


@pytest.fixture
def team(department):
    return TeamFactory(department=department, name="Neuvonta")


@pytest.fixture
def chat_queue(team, service, clock):
    queue = ChatQueueFactory(team=team, name="Neuvonta-chat", max_queue=2)
    queue.services.add(service)
    return queue


@pytest.fixture
def on_duty(agent, team, clock, chat_queue):
    team.members.add(agent)
    agent.title_sv = "Servicerådgivare"
    agent.title_en = "Customer adviser"
    agent.save()
    chat_availability_set(user=agent, available=True, max_chats=2)
    return agent


def start(client, chosen, language="fi", **fields):
    data = {"service": chosen.code, "topic": "Pysäköintilupa", "name": "Liisa"}
    data.update({"body": "Hei, onko lupa siirrettävissä?", "client_id": "first-0001", **fields})
    return client.post(url("chat_start", language=language), data)


def started(client, service, **fields) -> ChatSession:
    response = start(client, service, **fields)
    assert response.status_code == 302, response.content.decode()[:2000]
    return ChatSession.objects.get(token=response["Location"].rstrip("/").rsplit("/", 1)[-1])


# -- the service page and starting -------------------------------------------------------------


def test_the_service_page_links_to_the_chat_and_without_script_to_the_web_form(
    client, service, on_duty
):
    page = client.get(url("service", service.code)).content.decode()
    assert 'id="chat-link"' in page and "Chat on nyt auki." in page
    assert f'href="{url("request_create", service.code)}"' in page
    assert f'data-chat-href="{url("chat_start")}?service={service.code}"' in page
    assert "public/chat-link.js" in page


def test_a_service_without_a_chat_queue_has_no_chat_link(client, service, clock):
    assert 'id="chat-link"' not in client.get(url("service", service.code)).content.decode()


def test_the_start_page_has_the_service_chosen_and_says_the_wait(client, service, on_duty):
    page = client.get(url("chat_start", language="en") + f"?service={service.code}")
    html = page.content.decode()
    assert page.status_code == 200
    assert f'<option value="{service.code}" selected>' in html
    assert "Chat is open now. 0 people are waiting." in html
    assert "E-mail for the transcript" in html and "Start the chat" in html


def test_a_chat_starts_with_its_first_message_and_leads_to_its_page(client, service, on_duty):
    session = started(client, service, email="liisa@example.fi")
    assert session.topic == "Pysäköintilupa" and session.name == "Liisa"
    assert session.language == "fi" and session.case.contact_email == "liisa@example.fi"
    page = client.get(url("chat", session.token))
    html = page.content.decode()
    assert page.status_code == 200 and "no-store" in page["Cache-Control"]
    assert "Olet jonossa sijalla 1." in html and 'role="log"' in html
    assert "Hei, onko lupa siirrettävissä?" in html and 'data-client-id="first-0001"' in html


@pytest.mark.parametrize(
    ("fields", "error"),
    [
        ({"service": ""}, "Choose what your question is about."),
        ({"email": "not-an-address"}, "Enter a valid email address."),
        ({"body": "x" * 2001}, "A message can be at most 2000 characters"),
        ({"name": "n" * 101}, "Ensure this value has at most 100 characters"),
    ],
)
def test_bad_input_starts_nothing_and_says_why(client, service, on_duty, fields, error):
    response = start(client, service, language="en", **fields)
    assert response.status_code == 400
    assert error in response.content.decode()
    assert not ChatSession.objects.exists()


def test_offline_outside_hours_says_when_it_opens_and_carries_the_text_to_the_web_form(
    client, service, on_duty, clock
):
    clock.move_to(EVENING)
    response = start(client, service, language="en")
    html = response.content.decode()
    assert response.status_code == 200 and not ChatSession.objects.exists()
    assert "Chat is closed now." in html and "It opens on Wednesday 11.3. at 8.00." in html
    assert "Hei, onko lupa siirrettävissä?" in html  # still in the form
    carried = start(client, service, language="en", go="request", email="liisa@example.fi")
    assert carried.status_code == 302
    assert carried["Location"] == url("request_create", service.code, language="en")
    form = client.get(carried["Location"]).content.decode()
    assert "Hei, onko lupa siirrettävissä?" in form and 'value="Pysäköintilupa"' in form
    assert 'value="Liisa"' in form and 'value="liisa@example.fi"' in form
    again = client.get(carried["Location"]).content.decode()
    assert "Hei, onko lupa siirrettävissä?" not in again  # once


def test_offline_with_nobody_free_offers_the_callback_with_the_text(client, service, chat_queue):
    response = start(client, service, language="sv")
    assert "Ingen är tillgänglig för chatt just nu." in response.content.decode()
    carried = start(client, service, go="callback")
    assert carried["Location"] == url("callback", service.code)
    form = client.get(carried["Location"]).content.decode()
    assert "Hei, onko lupa siirrettävissä?" in form and 'value="Liisa"' in form


def test_offline_offers_the_walk_in_queue_of_a_point_serving_the_service(
    client, service, chat_queue, kela, open_day
):
    page = client.get(url("chat_start", language="en") + f"?service={service.code}")
    html = page.content.decode()
    assert "No one is available for chat right now." in html
    assert "See the queue at Imatran kaupungintalo" in html
    assert url("queue_point", kela.service_point_id, language="en") in html


def test_a_full_queue_says_so(client, service, on_duty, chat_queue):
    started(client, service, client_id="first-0001")
    started(client, service, client_id="first-0002")
    response = start(client, service, language="en", client_id="first-0003")
    assert "the chat queue is full right now" in response.content.decode()
    assert ChatSession.objects.count() == 2


def test_too_many_chats_from_one_visitor_are_refused_with_429(client, service, on_duty, settings):
    settings.CHAT_START_RATE_LIMIT = "1/h"
    cache.clear()
    started(client, service)
    refused = start(client, service, language="en", client_id="first-0002")
    assert refused.status_code == 429 and int(refused["Retry-After"]) > 0
    assert "You have started many chats in a short time." in refused.content.decode()
    assert ChatSession.objects.count() == 1


# -- the chat page -------------------------------------------------------------------------------


def test_an_answered_chat_names_the_agent_and_title_in_the_page_language(client, service, on_duty):
    session = started(client, service)
    chat_accept(agent=on_duty, session=session)
    chat_message_send(
        session=session,
        body="Katso https://example.fi/lupa <b>täältä</b>",
        client_id="agent-0001",
        agent=on_duty,
    )
    html = client.get(url("chat", session.token, language="sv")).content.decode()
    assert "Aino svarar dig." in html and "Servicerådgivare" in html
    assert 'rel="noopener nofollow"' in html and "&lt;b&gt;täältä&lt;/b&gt;" in html
    assert "Aino, Servicerådgivare" in html
    session.refresh_from_db()
    assert session.citizen_read_event == session.case.events.latest("pk").pk


def test_the_citizen_s_links_and_html_are_shown_as_text(client, service, on_duty):
    session = started(client, service, body="<script>x</script> https://evil.example/")
    html = client.get(url("chat", session.token)).content.decode()
    assert "&lt;script&gt;x&lt;/script&gt;" in html
    assert 'href="https://evil.example/"' not in html


def test_read_state_shows_when_the_agent_has_read(client, service, on_duty):
    session = started(client, service)
    chat_accept(agent=on_duty, session=session)
    html = client.get(url("chat", session.token, language="en")).content.decode()
    assert 'data-state="sent"' in html
    chat_message_send(session=session, body="Hei!", client_id="agent-0001", agent=on_duty)
    html = client.get(url("chat", session.token, language="en")).content.decode()
    assert 'data-state="read"' in html


def test_the_idle_warning_asks_if_the_citizen_is_still_there(client, service, on_duty, clock):
    session = started(client, service)
    chat_accept(agent=on_duty, session=session)
    clock.shift(dt.timedelta(minutes=11))
    chat_availability_set(user=on_duty, available=True)  # the console is still there
    client.post(url("chat_seen", session.token))  # and so is the page; nothing written
    chats_close_idle()
    html = client.get(url("chat", session.token, language="en")).content.decode()
    assert 'role="alertdialog"' in html and "Are you still there?" in html
    assert 'id="chat-idle" class="chat-idle" role="alertdialog"' in html
    assert "hidden>" not in html.split('id="chat-idle"')[1].split(">")[0] + ">"
    answer = client.post(url("chat_still_here", session.token))
    assert answer.status_code == 302
    session.refresh_from_db()
    assert session.idle_warned_at is None


def test_without_script_a_message_is_sent_and_the_page_comes_back(client, service, on_duty):
    session = started(client, service)
    page_url = url("chat", session.token)
    sent = client.post(page_url, {"body": "Toinen viesti", "client_id": "nojs-00001"})
    assert sent.status_code == 302 and sent["Location"].startswith(page_url)
    again = client.post(page_url, {"body": "Toinen viesti", "client_id": "nojs-00001"})
    assert again.status_code == 302
    assert session.case.events.filter(body="Toinen viesti").count() == 1
    empty = client.post(url("chat", session.token, language="en"), {"client_id": "nojs-00002"})
    assert empty.status_code == 400 and "Write your message first." in empty.content.decode()


def test_ending_the_chat_asks_first_then_offers_the_transcript_and_the_case(
    client, service, on_duty, run_tasks
):
    session = started(client, service)
    chat_accept(agent=on_duty, session=session)
    confirm = client.get(url("chat", session.token, language="en") + "?end=1").content.decode()
    assert "End the chat?" in confirm and 'id="end-chat" aria-labelledby' in confirm
    assert client.post(url("chat_leave", session.token)).status_code == 302
    session.refresh_from_db()
    assert session.status == ChatSession.Status.ENDED
    html = client.get(url("chat", session.token, language="en")).content.decode()
    assert "The chat has ended." in html and 'id="chat-composer"' not in html
    assert url("case_status", session.case.token, language="en") in html
    refused = client.post(url("chat_transcript", session.token, language="en"), {"email": "x"})
    assert refused.status_code == 400 and "Enter a valid email address" in refused.content.decode()
    assert not OutboundMail.objects.filter(kind=OutboundMail.Kind.TRANSCRIPT).exists()
    sent = client.post(url("chat_transcript", session.token), {"email": "liisa@example.fi"})
    assert sent.status_code == 302
    mail = OutboundMail.objects.get(kind=OutboundMail.Kind.TRANSCRIPT)
    assert mail.recipient == "liisa@example.fi"


def test_the_transcript_goes_to_the_address_given_at_the_start_shown_masked(
    client, service, on_duty
):
    session = started(client, service, email="liisa@example.fi")
    chat_accept(agent=on_duty, session=session)
    chat_end(session=session, agent=on_duty, outcome=ChatSession.Outcome.RESOLVED)
    html = client.get(url("chat", session.token, language="en")).content.decode()
    assert "l***@example.fi" in html and "liisa@example.fi" not in html
    answer = client.post(url("chat_transcript", session.token), {}, HTTP_ACCEPT="application/json")
    assert answer.json() == {"ok": True}


def test_an_unknown_chat_is_not_found_and_not_stored(client, clock):
    response = client.get(url("chat", "no-such-token"))
    assert response.status_code == 404 and "no-store" in response["Cache-Control"]


# -- the JSON of the page's script -------------------------------------------------------------


def test_a_message_is_acknowledged_with_its_stored_id_once(client, service, on_duty):
    session = started(client, service)
    send = url("chat_send", session.token, language="en")
    first = client.post(send, {"body": "Kolmas", "client_id": "js-0000001"})
    again = client.post(send, {"body": "Kolmas", "client_id": "js-0000001"})
    assert first.status_code == again.status_code == 200
    assert first.json()["id"] == again.json()["id"] and again.json()["created"] is False
    assert session.case.events.filter(body="Kolmas").count() == 1
    too_long = client.post(send, {"body": "x" * 2001, "client_id": "js-0000002"})
    assert too_long.status_code == 400
    assert too_long.json()["error"].startswith("A message can be at most 2000 characters")


def test_the_error_is_in_the_page_language(client, service, on_duty):
    session = started(client, service)
    answer = client.post(url("chat_send", session.token), {"body": "", "client_id": "js-0000003"})
    assert answer.status_code == 400 and answer.json()["error"] == "Kirjoita ensin viestisi."


def test_an_ended_chat_takes_no_message(client, service, on_duty):
    session = started(client, service)
    chat_leave(session=session)
    answer = client.post(
        url("chat_send", session.token, language="en"), {"body": "Vielä", "client_id": "js-0000004"}
    )
    assert answer.status_code == 400 and answer.json()["error"] == "This chat has ended."


def test_too_many_messages_are_refused_with_429(client, service, on_duty, settings):
    settings.CHAT_MESSAGE_RATE_LIMIT = "2/m"
    cache.clear()
    session = started(client, service)
    send = url("chat_send", session.token, language="en")
    for n in range(2):
        assert client.post(send, {"body": "x", "client_id": f"js-rate-{n}0000"}).status_code == 200
    refused = client.post(send, {"body": "x", "client_id": "js-rate-90000"})
    assert refused.status_code == 429 and "many messages" in refused.json()["error"]


def test_without_script_too_many_messages_show_the_page_again_with_429(
    client, service, on_duty, settings
):
    settings.CHAT_MESSAGE_RATE_LIMIT = "1/m"
    cache.clear()
    session = started(client, service)
    page_url = url("chat", session.token, language="en")
    assert client.post(page_url, {"body": "Yksi", "client_id": "nojs-rate-1"}).status_code == 302
    refused = client.post(page_url, {"body": "Kaksi", "client_id": "nojs-rate-2"})
    html = refused.content.decode()
    assert refused.status_code == 429 and "You have sent many messages" in html
    assert "Kaksi" in html  # what was written is kept in the box
    assert not session.case.events.filter(body="Kaksi").exists()


def test_the_state_gives_the_messages_after_an_event_and_the_read_mark(client, service, on_duty):
    session = started(client, service)
    state = client.get(url("chat_state", session.token, language="en")).json()
    assert state["status"] == "queued" and state["live"] is True
    assert "You are number 1 in the queue." in state["status_html"]
    last = state["messages"][-1]["id"]
    assert state["messages"][-1]["client_id"] == "first-0001"
    chat_accept(agent=on_duty, session=session)
    chat_message_send(session=session, body="Hei Liisa", client_id="agent-0002", agent=on_duty)
    state = client.get(url("chat_state", session.token, language="en") + f"?after={last}").json()
    assert [m["id"] > last for m in state["messages"]] == [True, True]
    assert "Hei Liisa" in state["messages"][-1]["html"]
    assert "Aino, Customer adviser" in state["messages"][-1]["html"]
    assert state["agent_read"] == state["messages"][-1]["id"]
    seen = client.post(url("chat_seen", session.token), {"event": state["messages"][-1]["id"]})
    assert seen.status_code == 200
    session.refresh_from_db()
    assert session.citizen_read_event == state["messages"][-1]["id"]


def test_leaving_by_script_answers_json(client, service, on_duty):
    session = started(client, service)
    leave = url("chat_leave", session.token, language="en")
    assert client.post(leave, HTTP_ACCEPT="application/json").json() == {"ok": True}
    again = client.post(leave, HTTP_ACCEPT="application/json")
    assert again.status_code == 400 and again.json()["error"] == "This chat has ended."


# -- the stream ----------------------------------------------------------------------------------


def _communicator(token: str) -> WebsocketCommunicator:
    return WebsocketCommunicator(URLRouter(websocket_urlpatterns), f"/ws/chat/{token}/")


@pytest.mark.django_db(transaction=True)
def test_the_stream_tells_the_page_of_a_message_and_passes_typing_to_the_agent(
    client, service, on_duty
):
    session = started(client, service)
    chat_accept(agent=on_duty, session=session)

    async def run():
        page = _communicator(session.token)
        connected, _subprotocol = await page.connect()
        assert connected
        hello = await page.receive_json_from()
        layer = get_channel_layer()
        console = await layer.new_channel()
        await layer.group_add(agent_stream(on_duty.pk), console)
        await sync_to_async(chat_message_send)(
            session=session, body="Hei", client_id="agent-0009", agent=on_duty
        )
        message = await page.receive_json_from(timeout=2)
        await page.send_json_to({"type": "typing"})
        typing = await layer.receive(console)
        while typing["payload"].get("event") != "typing":
            typing = await layer.receive(console)
        await page.send_json_to({"type": "ping"})
        pong = await page.receive_json_from()
        await page.disconnect()
        stranger = _communicator("no-such-token")
        refused, _subprotocol = await stranger.connect()
        return hello, message, typing["payload"], pong, refused

    hello, message, typing, pong, refused = in_own_thread(async_to_sync(run))
    assert hello == {"event": "connected"}
    assert message == {"event": "message", "chat": session.pk}
    assert typing == {"event": "typing", "chat": session.pk, "from": "citizen"}
    assert pong == {"event": "pong"} and refused is False
    session.refresh_from_db()
    assert session.citizen_active_at is not None


def test_a_chat_event_is_on_the_page_as_a_step(client, service, on_duty):
    session = started(client, service)
    chat_accept(agent=on_duty, session=session)
    html = client.get(url("chat", session.token, language="en")).content.decode()
    assert "Aino answered the chat." in html
    assert session.case.events.filter(kind=CaseEvent.Kind.CHAT).count() == 2


def test_a_waiting_citizen_is_told_when_everyone_has_gone(client, service, on_duty):
    session = started(client, service)
    page = client.get(url("chat", session.token)).content.decode()
    assert "Kukaan ei ole nyt" not in page
    chat_availability_set(user=on_duty, available=False)
    page = client.get(url("chat", session.token)).content.decode()
    assert "Olet jonossa sijalla 1." in page  # the place is kept
    assert "Lähetä kysymyksesi verkkolomakkeella" in page
