"""The chat console in a real browser: the agent turns chat on, sees a chat arrive, accepts
it, sees the citizen's message arrive, puts a suggested template in and sends it, transfers
the chat and ends another with its outcome; and the console in fi/sv/en at 1366 and 320 px
with no axe violations (docs/chat.md, "The console").

The test server has no WebSockets: the console reads itself every second instead (the
fallback it uses when the socket is down). The citizen's side is played by the chat's
services, in a thread of their own beside Playwright's event loop."""

import pytest
from playwright.sync_api import expect

from luukku.cases.models import CaseEvent
from luukku.catalogue.tests.factories import ServiceFactory
from luukku.chat.models import ChatSession
from luukku.chat.services.agents import chat_accept, chat_availability_set
from luukku.chat.services.sessions import chat_message_send, chat_start
from luukku.chat.tests.factories import ChatQueueFactory
from luukku.core.testing.servers import in_own_thread
from luukku.knowledge.tests.factories import ReplyTemplateFactory
from luukku.organisation.tests.factories import DepartmentFactory, TeamFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LANGUAGES = {"fi": "", "sv": "/sv", "en": "/en"}
SIGN_IN = {"fi": "Kirjaudu", "sv": "Logga in", "en": "Sign in"}
PASSWORD = "secret-pass-123"


@pytest.fixture
def chat_world(monkeypatch, settings):
    """A chat queue open whatever the hour, its team with the agent and a colleague there."""
    settings.CHAT_CONSOLE_REFRESH_SECONDS = 1
    monkeypatch.setattr(
        "luukku.chat.selectors.availability.chat_hours_open", lambda queue, now: True
    )
    department = DepartmentFactory()
    service = ServiceFactory(name_fi="Katuvalot", name_sv="Gatubelysning", name_en="Street lights")
    team = TeamFactory(department=department, name="Neuvonta")
    ChatQueueFactory(team=team, name="Neuvonta-chat", max_queue=5)
    agent = UserFactory(username="aino-test", role="agent", departments=[department])
    colleague = UserFactory(
        role="agent", departments=[department], first_name="Mikko", last_name="Virta"
    )
    team.members.add(agent, colleague)
    ReplyTemplateFactory(
        title="Katuvalo rikki", body="Katuvalo korjataan viikon sisällä.", language="fi"
    )
    return service, agent, colleague


def _sign_in(page, prefix: str, language: str, username: str):
    page.goto(prefix + "/staff/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("button", name=SIGN_IN[language], exact=True).click()


def _start(service, topic: str, client_id: str) -> ChatSession:
    return in_own_thread(
        chat_start,
        service=service,
        topic=topic,
        name="Maija",
        text=f"{topic} on rikki",
        client_id=client_id,
        language="fi",
    )


def test_an_agent_answers_chats(new_page, chat_world, screenshot):
    service, _agent, colleague = chat_world
    page = new_page(width=1366)
    _sign_in(page, "/en", "en", "aino-test")
    page.get_by_role("link", name="Chat", exact=True).click()
    page.get_by_label("On: offer me chats").check()
    page.get_by_label("Chats at once").fill("2")
    page.get_by_role("button", name="Save").click()
    expect(page.locator(".messages")).to_contain_text("Chat is on: you are offered chats.")

    # A chat arrives while the agent looks: read again, no reload.
    session = _start(service, "Katuvalo", "citizen-0001")
    expect(page.locator("#chat-queue")).to_contain_text("Katuvalo")
    page.get_by_role("button", name="Accept next").click()
    expect(page.locator("#chat-log")).to_contain_text("Katuvalo on rikki")

    # The citizen writes again; the message is appended to the log.
    session.refresh_from_db()
    in_own_thread(chat_message_send, session=session, body="Onko tietoa?", client_id="c-000002")
    expect(page.locator("#chat-log")).to_contain_text("Onko tietoa?")

    # A suggestion into the composer, and Enter sends it.
    page.get_by_role("button", name="Use “Katuvalo rikki”").click()
    box = page.get_by_label("Message to the customer")
    expect(box).to_have_value("Katuvalo korjataan viikon sisällä.")
    box.press("Enter")
    sent = page.locator(".chat-msg-out").last
    expect(sent).to_contain_text("Katuvalo korjataan")
    expect(sent.locator(".chat-msg-status")).to_have_text("Sent")
    assert session.case.events.filter(kind=CaseEvent.Kind.MESSAGE_OUT).count() == 1
    screenshot(page, "en-staff-chat-console-1366")

    # To the colleague, who is there and has room.
    in_own_thread(chat_availability_set, user=colleague, available=True, max_chats=2)
    page.reload()
    page.get_by_label("Transfer to").select_option(label="Mikko Virta (0/2 chats)")
    page.get_by_role("button", name="Transfer", exact=True).click()
    expect(page.locator(".messages")).to_contain_text("The chat was transferred.")
    session.refresh_from_db()
    assert session.agent == colleague

    # Another chat, ended as resolved in the chat.
    second = _start(service, "Roskat", "citizen-0003")
    expect(page.locator("#chat-queue")).to_contain_text("Roskat")
    page.get_by_role("button", name="Accept “Roskat”").click()
    page.get_by_label("Resolved in the chat").check()
    expect(page.get_by_label("Question for the expert")).to_be_hidden()
    page.get_by_role("button", name="End the chat").click()
    expect(page.locator(".messages")).to_contain_text("The chat ended: Resolved in the chat.")
    second.refresh_from_db()
    assert second.status == ChatSession.Status.ENDED and second.outcome == "resolved"


def _answered_chat(*, service, agent) -> ChatSession:
    """A chat the agent answers, with a message each way, and another waiting."""
    chat_availability_set(user=agent, available=True, max_chats=3)
    answered = chat_start(
        service=service, topic="Katuvalo", name="Maija", text="Katuvalo on rikki",
        client_id="citizen-0001", language="fi",
    )  # fmt: skip
    chat_accept(agent=agent, session=answered)
    chat_message_send(session=answered, body="Katsotaan.", client_id="agent-0001", agent=agent)
    chat_start(service=service, topic="Roskat", language="fi")
    return answered


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_the_console_is_accessible(
    new_page, chat_world, accessibility_violations, screenshot, language
):
    service, agent, _colleague = chat_world
    answered = in_own_thread(_answered_chat, service=service, agent=agent)
    prefix = LANGUAGES[language]
    page = new_page(width=1366)
    _sign_in(page, prefix, language, "aino-test")
    page.goto(prefix + f"/staff/chat/?chat={answered.pk}")
    expect(page.locator("#chat-log")).to_contain_text("Katsotaan.")
    problems = []
    for width in (1366, 320):
        page.set_viewport_size({"width": width, "height": 900})
        problems += accessibility_violations(page, f"{language} {width} chat console")
        screenshot(page, f"{language}-staff-chat-console-{width}")
        if page.evaluate("document.documentElement.scrollWidth") > width:
            problems.append(f"{language} {width}: the console scrolls sideways")
    assert problems == []
