"""The citizen's chat in Chromium (docs/chat.md): from the service page's link to the start
page and the queue, the agent's answer with their name and title, messages both ways, the
agent typing, the read state, a message sent while offline and retried, the end and the
transcript; axe-core's WCAG 2.1 AA rules and no sideways scrolling at 320 px, in fi, sv and en.

The agent's side is driven by the chat's services (in a thread of their own: Playwright's
event loop holds the test's thread). The live test server speaks no WebSocket: the page's
socket is answered by the test (Playwright's WebSocket routing), which tells the page that
something changed, as the server's stream would, and records what the page sends; the page
also re-reads the chat every second here."""

import datetime as dt
import json

import pytest
import time_machine
from playwright.sync_api import expect

from luukku.cases.models import CaseEvent, OutboundMail
from luukku.chat.models import ChatSession
from luukku.chat.services.agents import chat_accept, chat_availability_set
from luukku.chat.services.sessions import chat_message_send, chat_seen
from luukku.chat.tests.factories import ChatQueueFactory
from luukku.core.testing.reflow import WIDTH, reflow_problems
from luukku.core.testing.servers import in_own_thread
from luukku.organisation.tests.factories import TeamFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True), pytest.mark.clock_set]

# A Tuesday morning in Helsinki (10.00), within the service centre's hours; the clock runs.
MORNING = dt.datetime(2026, 3, 10, 8, 0, tzinfo=dt.UTC)
LANGUAGES = {"fi": "", "sv": "/sv", "en": "/en"}
TEXT = {
    "fi": {
        "chat": "Chattaa kanssamme",
        "start": "Aloita chat",
        "place": "Olet jonossa sijalla 1.",
        "answering": "Aino vastaa sinulle.",
        "title": "Palveluneuvoja",
        "read": "Luettu",
        "failed": "Ei lähetetty.",
        "retry": "Yritä uudelleen",
        "end": "Lopeta chat",
        "yes": "Kyllä, lopeta chat",
        "ended": "Chat on päättynyt.",
        "send transcript": "Lähetä tallenne sähköpostiini",
        "transcript sent": "Tallenne on matkalla sähköpostiisi.",
        "topic": "Aihe",
        "message": "Viestisi",
    },
    "sv": {
        "chat": "Chatta med oss",
        "start": "Starta chatten",
        "place": "Du är nummer 1 i kön.",
        "answering": "Aino svarar dig.",
        "title": "Servicerådgivare",
        "read": "Läst",
        "failed": "Inte skickat.",
        "retry": "Försök igen",
        "end": "Avsluta chatten",
        "yes": "Ja, avsluta chatten",
        "ended": "Chatten har avslutats.",
        "send transcript": "Skicka utskriften till min e-post",
        "transcript sent": "Utskriften är på väg till din e-post.",
        "topic": "Ämne",
        "message": "Ditt meddelande",
    },
    "en": {
        "chat": "Chat with us",
        "start": "Start the chat",
        "place": "You are number 1 in the queue.",
        "answering": "Aino is answering you.",
        "title": "Customer adviser",
        "read": "Read",
        "failed": "Not sent.",
        "retry": "Retry",
        "end": "End chat",
        "yes": "Yes, end the chat",
        "ended": "The chat has ended.",
        "send transcript": "Send the transcript to my e-mail",
        "transcript sent": "The transcript is on its way to your e-mail.",
        "topic": "Topic",
        "message": "Your message",
    },
}


@pytest.fixture
def on_duty(service, agent, department, settings):
    """A chat queue for the service with Aino available; the page re-reads every second."""
    settings.CHAT_PAGE_REFRESH_SECONDS = 1
    with time_machine.travel(MORNING, tick=True):
        team = TeamFactory(department=department, name="Neuvonta")
        queue = ChatQueueFactory(team=team, name="Neuvonta-chat")
        queue.services.add(service)
        team.members.add(agent)
        agent.title_fi = TEXT["fi"]["title"]
        agent.title_sv, agent.title_en = TEXT["sv"]["title"], TEXT["en"]["title"]
        agent.save()
        in_own_thread(chat_availability_set, user=agent, available=True, max_chats=3)
        yield agent


class Stream:
    """The page's WebSocket, answered by the test: "connected" at once, then what `tell`
    says; what the page sends is kept."""

    def __init__(self, page):
        self.sockets = []
        self.heard = []
        page.route_web_socket("**/ws/chat/**", self.open)

    def open(self, socket):
        self.sockets.append(socket)
        socket.on_message(lambda message: self.heard.append(json.loads(message)))
        socket.send(json.dumps({"event": "connected"}))

    def tell(self, payload):
        for socket in self.sockets:
            socket.send(json.dumps(payload))


def _checks(page, label, accessibility_violations) -> list[str]:
    """axe at the page's width, then axe and reflow at 320 px, and back."""
    problems = accessibility_violations(page, label)
    size = page.viewport_size
    page.set_viewport_size({"width": WIDTH, "height": 640})
    problems += accessibility_violations(page, f"{label} 320")
    problems += reflow_problems(page, f"{label} 320")
    page.set_viewport_size(size)
    return problems


def _start(page, prefix, service, text) -> ChatSession:
    page.goto(f"{prefix}/services/{service.code}/")
    page.get_by_role("link", name=text["chat"]).click()
    expect(page.locator("#id_service")).to_have_value(service.code)
    page.get_by_label(text["topic"]).fill("Pysäköintilupa")
    page.locator("#id_name").fill("Liisa")
    page.locator("#id_email").fill("liisa@example.fi")
    page.locator("#id_body").fill("Hei! <b>Onko</b> lupa siirrettävissä? https://example.org/")
    page.get_by_role("button", name=text["start"]).click()
    expect(page.locator("#chat-status")).to_contain_text(text["place"])
    return ChatSession.objects.get()


def _answered(page, stream, session, agent, text) -> None:
    in_own_thread(chat_accept, agent=agent, session=session)
    stream.tell({"event": "accepted", "chat": session.pk})
    expect(page.locator("#chat-status")).to_contain_text(text["answering"])
    expect(page.locator("#chat-status")).to_contain_text(text["title"])
    stream.tell({"event": "typing", "chat": session.pk, "from": "agent"})
    expect(page.locator("#chat-typing")).to_be_visible()
    assert page.locator("#chat-typing").get_attribute("aria-hidden") == "true"
    in_own_thread(
        chat_message_send,
        session=session,
        body="Onnistuu: https://example.fi/lupa",
        client_id="agent-0001",
        agent=agent,
    )
    stream.tell({"event": "message", "chat": session.pk})
    reply = page.locator("#chat-messages li.chat-msg-agent").last
    expect(reply).to_contain_text(f"Aino, {text['title']}")
    expect(reply.locator("a")).to_have_attribute("rel", "noopener nofollow")
    expect(page.locator("#chat-typing")).to_be_hidden()
    # The citizen's own words are text: no markup, no links.
    mine = page.locator("#chat-messages li.chat-msg-mine").first
    expect(mine).to_contain_text("<b>Onko</b>")
    assert mine.locator("a").count() == 0


def _write(page, stream, session, agent, text) -> None:
    box = page.get_by_label(text["message"])
    box.fill("Kiitos, entä toinen auto?")
    for _ in range(100):  # the page tells the socket on its own time: up to ten seconds
        if any(sent.get("type") == "typing" for sent in stream.heard):
            break
        page.wait_for_timeout(100)
    assert any(sent.get("type") == "typing" for sent in stream.heard)
    box.press("Enter")
    mine = page.locator("#chat-messages li.chat-msg-mine").last
    expect(mine).to_contain_text("Kiitos, entä toinen auto?")
    expect(mine.locator(".chat-state")).to_have_attribute("data-state", "sent")
    last = session.case.events.latest("pk")
    session.refresh_from_db()
    in_own_thread(chat_seen, session=session, event_id=last.pk, agent=agent)
    stream.tell({"event": "read", "chat": session.pk})
    expect(mine.locator(".chat-state")).to_have_text(text["read"])


def _offline_and_retry(page, session, text) -> None:
    page.context.set_offline(True)
    box = page.get_by_label(text["message"])
    box.fill("Tunnelissa kirjoitettu")
    box.press("Enter")
    mine = page.locator("#chat-messages li.chat-msg-mine").last
    expect(mine.locator(".chat-state")).to_contain_text(text["failed"])
    page.context.set_offline(False)
    mine.get_by_role("button", name=text["retry"]).click()
    expect(mine.locator(".chat-state")).to_have_attribute("data-state", "sent")
    assert session.case.events.filter(body="Tunnelissa kirjoitettu").count() == 1


def _end(page, text) -> None:
    page.get_by_role("link", name=text["end"]).click()
    expect(page.locator("#end-chat-title")).to_be_focused()
    page.get_by_role("button", name=text["yes"]).click()
    expect(page.locator("#chat-status")).to_contain_text(text["ended"])
    expect(page.locator("main")).to_contain_text("l***@example.fi")


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_citizen_chats_from_the_service_page_to_the_transcript(
    service, on_duty, new_page, accessibility_violations, screenshot, language
):
    prefix, text = LANGUAGES[language], TEXT[language]
    page = new_page(width=1366, height=900)
    stream = Stream(page)
    session = _start(page, prefix, service, text)
    problems = _checks(page, f"{language} chat waiting", accessibility_violations)
    screenshot(page, f"chat-waiting-{language}")
    _answered(page, stream, session, on_duty, text)
    _write(page, stream, session, on_duty, text)
    problems += _checks(page, f"{language} chat answered", accessibility_violations)
    screenshot(page, f"chat-answered-{language}")
    _offline_and_retry(page, session, text)
    page.reload()  # all of it again from the server, nothing sent twice
    expect(page.locator("#chat-messages li.chat-msg-mine")).to_have_count(3)
    _end(page, text)
    problems += _checks(page, f"{language} chat ended", accessibility_violations)
    page.get_by_role("button", name=text["send transcript"]).click()
    expect(page.locator("main")).to_contain_text(text["transcript sent"])
    screenshot(page, f"chat-ended-{language}")
    mail = OutboundMail.objects.get(kind=OutboundMail.Kind.TRANSCRIPT)
    assert mail.recipient == "liisa@example.fi" and "Tunnelissa kirjoitettu" in mail.body
    assert session.case.events.filter(kind=CaseEvent.Kind.MESSAGE_IN).count() == 3
    assert not problems, "\n".join(problems)


def test_without_javascript_the_chat_link_leads_to_the_web_form(service, on_duty, new_page):
    page = new_page(javascript=False)
    page.goto(f"/en/services/{service.code}/")
    page.get_by_role("link", name="Chat with us").click()
    assert page.url.endswith(f"/en/services/{service.code}/request/")
