"""The walk-in queue's citizen pages in Chromium: a number from the kiosk, joining online, and
the display following the calls (through its fallback re-reading: the test server speaks no
WebSocket), with axe-core's WCAG 2.1 AA rules in fi, sv and en at 1366, 1920 and 320 px and no
sideways scrolling at 320 px."""

import pytest
from playwright.sync_api import expect

from luukku.core.testing.reflow import WIDTH, reflow_problems
from luukku.core.testing.servers import in_own_thread
from luukku.organisation.tests.factories import UserFactory
from luukku.queueing.models import Ticket, TicketSource
from luukku.queueing.services.calling import ticket_call_next
from luukku.queueing.services.days import desk_session_start, queue_day_open
from luukku.queueing.services.tickets import ticket_issue

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LANGUAGES = {"fi": "", "sv": "/sv", "en": "/en"}
JOIN = {"fi": "Jonota verkossa", "sv": "Köa på nätet", "en": "Join the queue"}
DESK = {"fi": "Palvelupiste", "sv": "Disk", "en": "Desk"}


@pytest.fixture
def queue(point, kela, permits, desk_one, agent, settings):
    """The point's queue open today (the real day), desk 1 staffed, the screens re-reading
    every second."""
    settings.QUEUE_SCREEN_REFRESH_SECONDS = 1
    queue_day_open(service_point=point, actor=agent)
    desk_session_start(desk=desk_one, agent=agent)
    return point


def _axe_and_reflow(page, label, accessibility_violations, *, narrow=False) -> list[str]:
    problems = accessibility_violations(page, label)
    if narrow:
        problems += reflow_problems(page, label)
    return problems


def _kiosk(page, prefix, point, language, check) -> list[str]:
    page.goto(f"{prefix}/queue/{point.pk}/kiosk/")
    problems = check(page, f"{language} kiosk")
    page.locator('[data-group="K"]').click()
    expect(page.locator("#ticket-code")).to_have_text(Ticket.objects.latest("pk").code)
    expect(page.locator("#print-ticket")).to_be_visible()
    problems += check(page, f"{language} kiosk ticket")
    return problems


def _kiosk_back(page) -> None:
    page.locator("#kiosk-back").click()
    expect(page.locator('[data-group="R"]')).to_be_visible()


def _join(page, prefix, point, language, check) -> list[str]:
    page.goto(f"{prefix}/queue/{point.pk}/")
    page.get_by_role("button", name=JOIN[language]).click()  # nothing given: the error
    expect(page.locator("#error-summary")).to_be_visible()
    problems = check(page, f"{language} join with errors")
    page.locator("#id_group_0").check()
    page.locator("#id_email").fill(f"{language}.asiakas@example.fi")
    page.get_by_role("button", name=JOIN[language]).click()
    expect(page.locator("#ticket-status")).to_have_attribute("data-status", "waiting")
    problems += check(page, f"{language} ticket page")
    return problems


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("width", [1366, WIDTH])
def test_a_kiosk_number_and_an_online_ticket(
    queue, new_page, accessibility_violations, screenshot, language, width
):
    prefix = LANGUAGES[language]
    page = new_page(width=width, height=900 if width > WIDTH else 640)

    def check(page, label):
        return _axe_and_reflow(
            page, f"{label} {width}", accessibility_violations, narrow=width == WIDTH
        )

    problems = _kiosk(page, prefix, queue, language, check)
    screenshot(page, f"queue-kiosk-ticket-{language}-{width}")
    _kiosk_back(page)
    screenshot(page, f"queue-kiosk-{language}-{width}")
    problems += _join(page, prefix, queue, language, check)
    screenshot(page, f"queue-ticket-{language}-{width}")
    ticket = Ticket.objects.get(notify_email=f"{language}.asiakas@example.fi")
    assert ticket.source == TicketSource.VIRTUAL and ticket.language == language
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_display_follows_the_calls_and_reads_at_every_size(
    queue, kela, desk_one, agent, new_page, accessibility_violations, screenshot, language
):
    prefix = LANGUAGES[language]
    for _ in range(3):
        ticket_issue(group=kela, source=TicketSource.KIOSK)
    page = new_page(width=1920, height=1080)
    # What the display asks the browser to say, recorded instead of spoken.
    page.add_init_script(
        "window.spoken = []; if ('speechSynthesis' in window) "
        "{ speechSynthesis.speak = function (u) { window.spoken.push(u.text); }; }"
    )
    page.goto(f"{prefix}/queue/{queue.pk}/display/")
    problems = accessibility_violations(page, f"{language} display before calls 1920")
    expect(page.locator("#sound-toggle")).to_have_attribute("aria-pressed", "false")
    called = in_own_thread(ticket_call_next, desk=desk_one, actor=agent)
    latest = page.locator("#latest-call")
    expect(latest).to_contain_text(called.code, timeout=8000)  # re-read without a message
    expect(latest).to_contain_text(f"{DESK[language]} 1")
    expect(latest).to_have_class("latest-call fresh")
    assert latest.bounding_box()["height"] >= 120  # readable across a room
    page.locator("#sound-toggle").click()
    expect(page.locator("#sound-toggle")).to_have_attribute("aria-pressed", "true")
    # Switching on plays the chime and speaks a sample at once, and is remembered.
    sample = page.locator("#queue-display").get_attribute("data-speech-sample")
    page.wait_for_function("(text) => window.spoken.indexOf(text) >= 0", arg=sample)
    page.reload()
    expect(page.locator("#sound-toggle")).to_have_attribute("aria-pressed", "true")
    latest = page.locator("#latest-call")
    other = UserFactory(role="agent")
    desk_two = queue.desks.create(number="2")
    desk_two.groups.add(kela)
    in_own_thread(desk_session_start, desk=desk_two, agent=other)
    second = in_own_thread(ticket_call_next, desk=desk_two, actor=other)
    expect(latest).to_contain_text(second.code, timeout=8000)
    expect(page.locator("#recent-calls")).to_contain_text(called.code)
    problems += accessibility_violations(page, f"{language} display 1920")
    screenshot(page, f"queue-display-{language}-1920")
    for width, height in ((1366, 768), (WIDTH, 640)):
        page.set_viewport_size({"width": width, "height": height})
        problems += _axe_and_reflow(
            page, f"{language} display {width}", accessibility_violations, narrow=width == WIDTH
        )
        screenshot(page, f"queue-display-{language}-{width}")
    assert not problems, "\n".join(problems)
