"""The desk's day in a real browser: open the day, give a visitor a number, call, recall,
transfer, log the visit and finish it, close the day; and the desk view in fi/sv/en at 1366
and 320 px with no axe violations (docs/queue.md, "The desk")."""

import pytest
from playwright.sync_api import expect

from luukku.catalogue.tests.factories import ServiceFactory
from luukku.organisation.tests.factories import UserFactory
from luukku.queueing.models import Ticket, TicketSource, TicketStatus, VisitContact
from luukku.queueing.services.calling import ticket_call_next, ticket_hold, ticket_start
from luukku.queueing.services.days import desk_session_start, queue_day_open
from luukku.queueing.services.tickets import ticket_issue
from luukku.queueing.tests.factories import DeskFactory, ServiceGroupFactory, ServicePointFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LANGUAGES = {"fi": "", "sv": "/sv", "en": "/en"}
SIGN_IN = {"fi": "Kirjaudu", "sv": "Logga in", "en": "Sign in"}
PASSWORD = "secret-pass-123"


def _point():
    point = ServicePointFactory(name="Imatran kaupungintalo")
    kela = ServiceGroupFactory(service_point=point, name="Kela", prefix="K")
    kela.services.add(
        ServiceFactory(name_fi="Asumistuki", name_sv="Bostadsbidrag", name_en="Housing")
    )
    permits = ServiceGroupFactory(service_point=point, name="Rakennusluvat", prefix="R")
    desk = DeskFactory(service_point=point, number="1", groups=[kela, permits])
    DeskFactory(service_point=point, number="2", groups=[kela])
    return point, kela, permits, desk


def _sign_in(page, prefix: str, language: str, username: str):
    page.goto(prefix + "/staff/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("button", name=SIGN_IN[language], exact=True).click()


def test_a_day_at_the_desk(new_page, settings, screenshot):
    settings.QUEUE_NO_SHOW_SECONDS = 120
    settings.QUEUE_SCREEN_REFRESH_SECONDS = 1  # no WebSocket on the test server: the poll
    kela = _point()[1]
    UserFactory(username="aino-test", role="agent")
    page = new_page(width=1366)
    _sign_in(page, "/en", "en", "aino-test")
    page.get_by_role("link", name="Queue", exact=True).click()
    page.get_by_role("link", name="Imatran kaupungintalo").click()
    page.get_by_role("button", name="Open the day").click()
    expect(page.locator("#day-status")).to_contain_text("Open")

    # A number for a visitor, printable.
    page.get_by_label("Service group").select_option(label="R Rakennusluvat")
    page.get_by_role("button", name="Take a number").click()
    expect(page.locator("#ticket-code")).to_have_text("R 1")
    expect(page.locator(".queue-ticket")).to_contain_text("Please wait until your number")
    page.emulate_media(media="print")
    assert not page.locator(".site-header").is_visible()
    page.emulate_media(media="screen")

    # At desk 1: the waiting line, then call next.
    page.get_by_role("link", name="Back to the service point").click()
    page.get_by_role("button", name="Sit at desk 1").click()
    expect(page.locator("#desk-lines")).to_contain_text("R 1")
    ticket_issue(group=kela, source=TicketSource.KIOSK)  # a kiosk number meanwhile
    expect(page.locator("#desk-lines")).to_contain_text("K 1")  # read again, no reload
    page.locator("#call-next").click()
    expect(page.locator("#current-ticket")).to_have_text("R 1")
    expect(page.locator("#no-show")).to_be_hidden()
    page.get_by_role("button", name="Recall", exact=True).click()
    expect(page.locator("#current-details")).to_contain_text("2 ×")

    # Permits was the wrong line: to Kela, and called again from there (before K 1).
    page.get_by_label("Transfer to").select_option(label="K Kela")
    page.get_by_role("button", name="Transfer", exact=True).click()
    expect(page.locator(".messages")).to_contain_text("R 1 transferred.")
    page.locator("#call-next").click()
    expect(page.locator("#current-ticket")).to_have_text("R 1")
    page.get_by_role("button", name="Visitor came").click()

    # The visit: one service logged (the group's own first), then finished.
    page.get_by_label("Service").select_option(label="Housing")
    page.get_by_label("What was it about?").fill("Asumistuen hakemus, liitteet tarkistettu")
    page.get_by_label("Resolved at first contact").check()
    page.get_by_role("button", name="Log the service").click()
    contact = VisitContact.objects.get()
    expect(page.locator(".visit-contacts")).to_contain_text(contact.case.reference)
    screenshot(page, "en-staff-queue-desk-serving-1366")
    page.get_by_role("button", name="Finish visit").click()
    expect(page.locator(".messages")).to_contain_text("The visit of R 1 is finished.")

    # The end of the day: K 1 still waits, and is closed unserved.
    page.get_by_role("link", name="Service point", exact=True).click()
    page.get_by_role("link", name="Close the day").click()
    expect(page.locator("#closing-outcomes")).to_contain_text("waiting: 1, closed unserved")
    page.get_by_role("button", name="Close the day").click()
    expect(page.locator(".messages")).to_contain_text(
        "Served: 1. Did not come: 0. Left before service: 0. Closed unserved: 1."
    )
    assert list(Ticket.objects.order_by("code").values_list("code", "status")) == [
        ("K 1", TicketStatus.CLOSED),
        ("R 1", TicketStatus.DONE),
    ]


@pytest.mark.parametrize("width", [1366, 320])
@pytest.mark.parametrize("language", list(LANGUAGES))
def test_the_desk_view_is_accessible(
    new_page, accessibility_violations, screenshot, language, width
):
    point, kela, permits, desk = _point()
    agent = UserFactory(username="aino-test", role="agent")
    queue_day_open(service_point=point, actor=agent)
    desk_session_start(desk=desk, agent=agent)
    held = ticket_issue(group=kela, source=TicketSource.KIOSK)
    ticket_call_next(desk=desk, actor=agent)
    ticket_start(ticket=held, desk=desk, actor=agent)
    ticket_hold(ticket=held, desk=desk, actor=agent)
    for group in (permits, kela, kela):
        ticket_issue(group=group, source=TicketSource.STAFF)
    ticket_call_next(desk=desk, actor=agent)
    prefix = LANGUAGES[language]
    page = new_page(width=width)
    _sign_in(page, prefix, language, "aino-test")
    page.goto(prefix + "/staff/queue/desk/")
    expect(page.locator("#current-ticket")).to_have_text("R 1")
    problems = accessibility_violations(page, f"{language} {width} desk")
    screenshot(page, f"{language}-staff-queue-desk-{width}")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    page.goto(prefix + f"/staff/queue/{point.pk}/")
    problems += accessibility_violations(page, f"{language} {width} point")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert problems == []
