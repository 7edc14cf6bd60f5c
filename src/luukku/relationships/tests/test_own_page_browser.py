"""In a real browser: a citizen asks for the link to their own page, opens it from the mail
that arrived through the local SMTP server and sees their two requests and their booking;
axe finds nothing on the own page, its link pages and "tell me when it's fixed", in fi, sv
and en, at desktop width and at 320 px."""

import datetime as dt
import re
from zoneinfo import ZoneInfo

import pytest
import time_machine
from playwright.sync_api import expect

from luukku.bookings.services.reservations import reservation_book_online
from luukku.bookings.tests.conftest import unit_make
from luukku.cases.tests.factories import make_case
from luukku.core.testing.clock import at
from luukku.customers.tests.factories import CustomerFactory
from luukku.organisation.models import OpeningHours
from luukku.organisation.tests.factories import OrganisationFactory
from luukku.queueing.tests.factories import ServicePointFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]

PREFIX = {"fi": "", "sv": "/sv", "en": "/en"}
SEND = {
    "fi": "Lähetä minulle kirjautumislinkki",
    "sv": "Skicka mig en inloggningslänk",
    "en": "Send me a sign-in link",
}
SIGN_IN = {"fi": "Kirjaudu", "sv": "Logga in", "en": "Sign in"}
TELL = {
    "fi": "Kerro, kun asia on hoidettu",
    "sv": "Meddela mig när det är åtgärdat",
    "en": "Tell me when it's fixed",
}
LINK = re.compile(r"https?://[^/\s]+(/(?:sv/|en/)?mine/sign-in/[^/\s]+/)")
EMAIL = "maija.meikalainen@example.fi"


@pytest.fixture
def moving_clock():
    """A Tuesday morning in March, running (the browser's requests take real time)."""
    with time_machine.travel(at(2026, 3, 10, 10, 0), tick=True) as traveller:
        yield traveller


@pytest.fixture
def maija(service, moving_clock):
    point = ServicePointFactory(organisation=OrganisationFactory(), name="Kaupungintalo")
    for weekday in range(7):
        OpeningHours.objects.create(
            service_point=point, weekday=weekday, opens=dt.time(8), closes=dt.time(21)
        )
    room = unit_make(point, service, code="kerho", name="Kerhohuone Vuoksi", capacity=12)
    customer = CustomerFactory(first_name="Maija", last_name="Meikäläinen", email="")
    first = make_case(
        service=service, customer=customer, subject="Katuvalo pimeänä", contact_email=EMAIL
    )
    make_case(
        service=service, customer=customer, subject="Roska-astia rikki", contact_email=EMAIL.upper()
    )
    day = dt.date(2026, 3, 18)  # a Wednesday, the next week's
    starts = dt.datetime.combine(day, dt.time(18), tzinfo=ZoneInfo("Europe/Helsinki"))
    reservation_book_online(
        unit=room,
        starts_at=starts,
        ends_at=starts + dt.timedelta(hours=1),
        first_name="Maija",
        last_name="Meikäläinen",
        email=EMAIL,
        terms_accepted=True,
    )
    namesake = CustomerFactory(first_name="Maija", last_name="Meikäläinen", email="")
    make_case(
        service=service,
        customer=namesake,
        subject="Toisen Maijan asia",
        contact_email="maija.m@example.org",
    )
    return first


def _text(message) -> str:
    return "".join(
        part.get_payload(decode=True).decode()
        for part in message.walk()
        if part.get_content_type() == "text/plain"
    )


@pytest.mark.parametrize("language", PREFIX)
def test_a_citizen_opens_their_own_page_from_the_mailed_link(
    maija, new_page, smtp_server, run_tasks, accessibility_violations, screenshot, language
):
    prefix = PREFIX[language]
    run_tasks()  # the booking's confirmation
    before = len(smtp_server.messages)
    problems = []
    page = new_page()
    page.goto(f"{prefix}/mine/")
    problems += accessibility_violations(page, f"{language} ask")
    page.get_by_role("button", name=SEND[language]).click()
    expect(page.locator("#error-summary")).to_be_visible()
    problems += accessibility_violations(page, f"{language} ask-errors")
    page.get_by_label(re.compile("^(Sähköposti|E-post|E-mail)")).fill(EMAIL)
    page.get_by_role("button", name=SEND[language]).click()
    expect(page.locator("[role=status]")).to_be_visible()
    problems += accessibility_violations(page, f"{language} sent")
    run_tasks()
    [message] = [m for m in smtp_server.messages[before:] if "/mine/sign-in/" in _text(m)]
    assert message["To"] == EMAIL
    path = LINK.search(_text(message)).group(1)
    assert path.startswith(f"{prefix}/mine/sign-in/")
    page.goto(path)
    problems += accessibility_violations(page, f"{language} sign-in")
    page.get_by_role("button", name=SIGN_IN[language], exact=True).click()
    items = page.locator(".own-item")
    expect(items).to_have_count(3)
    expect(page.locator("main")).to_contain_text("Katuvalo pimeänä")
    expect(page.locator("main")).to_contain_text("Roska-astia rikki")
    expect(page.locator("main")).to_contain_text("Kerhohuone Vuoksi")
    expect(page.locator("main")).not_to_contain_text("Toisen Maijan asia")
    problems += accessibility_violations(page, f"{language} own page")
    screenshot(page, f"own-page-{language}-desktop")
    narrow = new_page(width=320, height=640)
    narrow.context.add_cookies(page.context.cookies())
    narrow.goto(f"{prefix}/mine/")
    problems += accessibility_violations(narrow, f"{language} own page 320")
    assert narrow.evaluate("document.documentElement.scrollWidth") <= 320
    screenshot(narrow, f"own-page-{language}-320")
    # Following a request: its page, with "tell me when it's fixed".
    page.get_by_role("link", name=re.compile("Katuvalo pimeänä")).click()
    expect(page.get_by_role("heading", name=TELL[language])).to_be_visible()
    page.locator("#id_channel_1").check()
    page.get_by_role("button", name=TELL[language]).click()
    expect(page.locator("#error-summary")).to_be_visible()
    problems += accessibility_violations(page, f"{language} notice errors")
    page.locator("#id_phone").fill("040 123 4567")
    page.get_by_role("button", name=TELL[language]).click()
    expect(page.locator("#resolved-notice")).to_contain_text("+358401234567")
    problems += accessibility_violations(page, f"{language} notice asked")
    screenshot(page, f"own-page-{language}-notice")
    # The used link: a clear page.
    page.goto(path)
    problems += accessibility_violations(page, f"{language} link used")
    expect(page.locator("h1")).to_be_visible()
    assert problems == []
