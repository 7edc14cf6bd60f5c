"""A day at the service point in Chromium, on two app servers sharing one database and one
Redis, as production runs them: a kiosk number, an online number and its message, two agents
calling from two desks on different servers while the waiting-room display (on the other
server) follows every call over its WebSocket, a transfer, a visitor who does not come, and
closing the day (docs/queue.md).

The screens re-read the queue only every ten minutes here, so what they show within seconds
came over the WebSocket from the other server, through Redis."""

import re

import pytest
from django.test import Client
from playwright.sync_api import expect

from luukku.catalogue.tests.factories import ServiceFactory
from luukku.core.testing.servers import in_own_thread
from luukku.organisation.tests.factories import UserFactory
from luukku.queueing.models import Ticket, TicketStatus
from luukku.queueing.services.notifications import tickets_notify_nearly
from luukku.queueing.tests.factories import DeskFactory, ServiceGroupFactory, ServicePointFactory

pytestmark = [pytest.mark.browser, pytest.mark.servers, pytest.mark.django_db(transaction=True)]

WAIT = 15_000  # ms for a change to reach a screen; it comes in well under a second when right


def _point():
    point = ServicePointFactory(name="Kaupungintalo")
    kela = ServiceGroupFactory(service_point=point, name="Kela", prefix="K")
    kela.services.add(ServiceFactory(name_fi="Asumistuki", name_en="Housing allowance"))
    permits = ServiceGroupFactory(service_point=point, name="Rakentaminen", prefix="R")
    one = DeskFactory(service_point=point, number="1", groups=[kela, permits])
    two = DeskFactory(service_point=point, number="2", groups=[kela])
    return point, one, two


def _signed_in(browser, server, user, **options):
    """A browser of `user` on `server`: the session made here, in the shared database."""
    client = Client()
    client.force_login(user)
    context = browser.new_context(base_url=server.url, **options)
    context.set_default_timeout(WAIT)
    cookie = client.cookies["sessionid"].value
    context.add_cookies([{"name": "sessionid", "value": cookie, "url": server.url}])
    return context.new_page()


def _anonymous(browser, server, **options):
    context = browser.new_context(base_url=server.url, **options)
    context.set_default_timeout(WAIT)
    return context.new_page()


def _call_next(desk_page, code):
    desk_page.locator("#call-next").click()
    expect(desk_page.locator("#current-ticket")).to_have_text(code)


def _serve(desk_page, note):
    desk_page.get_by_role("button", name="Visitor came").click()
    desk_page.get_by_label("Service").select_option(label="Housing allowance")
    desk_page.get_by_label("What was it about?").fill(note)
    desk_page.get_by_label("Resolved at first contact").check()
    desk_page.get_by_role("button", name="Log the service").click()
    desk_page.get_by_role("button", name="Finish visit").click()


def _open_the_day(browser, one, two, point):
    """Aino opens the day on server one and sits at desk 1; Mikko takes desk 2 on server
    two. Their desk pages."""
    aino_desk = _signed_in(browser, one, UserFactory(role="agent", first_name="Aino"))
    aino_desk.goto(f"/en/staff/queue/{point.pk}/")
    aino_desk.get_by_role("button", name="Open the day").click()
    expect(aino_desk.locator("#day-status")).to_contain_text("Open")
    aino_desk.get_by_role("button", name="Sit at desk 1").click()
    mikko_desk = _signed_in(browser, two, UserFactory(role="agent", first_name="Mikko"))
    mikko_desk.goto(f"/en/staff/queue/{point.pk}/")
    mikko_desk.get_by_role("button", name="Sit at desk 2").click()
    return aino_desk, mikko_desk


def _kiosk_number(kiosk, prefix, code):
    if kiosk.locator("#kiosk-back").is_visible():
        kiosk.locator("#kiosk-back").click()
    kiosk.locator(f'[data-group="{prefix}"]').click()
    expect(kiosk.locator("#ticket-code")).to_have_text(code)


def _join_online(citizen, point, smtp_server):
    """A number online, and its "nearly your turn" message to the address given; the ticket
    page's status."""
    citizen.goto(f"/en/queue/{point.pk}/")
    citizen.locator("#id_group_0").check()
    citizen.locator("#id_email").fill("maija.meikalainen@example.fi")
    citizen.get_by_role("button", name="Join the queue").click()
    status = citizen.locator("#ticket-status")
    expect(status).to_have_attribute("data-status", "waiting")
    assert in_own_thread(tickets_notify_nearly) == 1
    (message,) = smtp_server.messages
    assert message["To"] == "maija.meikalainen@example.fi"
    link = re.search(r"/(?:en/)?queue/tickets/[\w-]+/", message.get_payload(decode=True).decode())
    assert link and citizen.url.endswith(link.group(0))
    return status


def _close_the_day(desk_page, point):
    desk_page.goto(f"/en/staff/queue/{point.pk}/close/")
    expect(desk_page.locator("#closing-outcomes")).to_contain_text("waiting: 1, closed unserved")
    desk_page.get_by_role("button", name="Close the day").click()
    expect(desk_page.locator(".messages")).to_contain_text(
        "Served: 2. Did not come: 1. Left before service: 0. Closed unserved: 1."
    )


def test_a_day_at_the_service_point_on_two_servers(browser, app_servers, smtp_server):
    point, _desk_one, desk_two = _point()
    one, two = app_servers(2, QUEUE_SCREEN_REFRESH_SECONDS="600", QUEUE_NO_SHOW_SECONDS="3")
    aino_desk, mikko_desk = _open_the_day(browser, one, two, point)
    # The waiting-room display, in Finnish, on server two; the kiosk there too.
    display = _anonymous(browser, two, viewport={"width": 1920, "height": 1080})
    display.goto(f"/queue/{point.pk}/display/")
    latest = display.locator("#latest-call")
    kiosk = _anonymous(browser, two, viewport={"width": 1080, "height": 1920})
    kiosk.goto(f"/queue/{point.pk}/kiosk/")
    _kiosk_number(kiosk, "K", "K 1")
    # Taken on server two, it shows at once at desk 1, whose page is served by server one.
    expect(aino_desk.locator("#desk-lines")).to_contain_text("K 1")
    citizen = _anonymous(browser, one, viewport={"width": 390, "height": 844})
    status = _join_online(citizen, point, smtp_server)

    # Desk 1 (server one) calls K 1: the display on server two shows it.
    _call_next(aino_desk, "K 1")
    expect(latest).to_contain_text("K 1", timeout=WAIT)
    # Desk 2 (server two) calls the online K 2: the display and the visitor's page follow.
    _call_next(mikko_desk, "K 2")
    expect(latest).to_contain_text("K 2", timeout=WAIT)
    expect(display.locator("#recent-calls")).to_contain_text("K 1")
    expect(status).to_have_attribute("data-status", "called", timeout=WAIT)
    expect(status).to_contain_text("2")

    # K 1 came to the wrong desk: Aino transfers it to desk 2, which calls it next.
    aino_desk.get_by_label("Transfer to").select_option(value=f"desk:{desk_two.pk}")
    aino_desk.get_by_role("button", name="Transfer", exact=True).click()
    expect(aino_desk.locator(".messages")).to_contain_text("K 1 transferred.")
    _serve(mikko_desk, "Asumistuen hakemus jätetty")
    expect(mikko_desk.locator(".messages")).to_contain_text("The visit of K 2 is finished.")
    _call_next(mikko_desk, "K 1")
    expect(latest).to_contain_text("K 1", timeout=WAIT)

    # An R number from the kiosk; called at desk 1, recalled, and did not come.
    _kiosk_number(kiosk, "R", "R 1")
    _call_next(aino_desk, "R 1")
    expect(latest).to_contain_text("R 1", timeout=WAIT)
    aino_desk.get_by_role("button", name="Recall", exact=True).click()
    aino_desk.get_by_role("button", name="Did not come").click()  # shown after the window
    expect(aino_desk.locator(".messages")).to_contain_text("R 1 marked not come.")

    # One more waits when the day closes: it is closed unserved.
    _kiosk_number(kiosk, "K", "K 3")
    _serve(mikko_desk, "Asumistuen liitteet")
    _close_the_day(aino_desk, point)
    assert dict(Ticket.objects.values_list("code", "status")) == {
        "K 1": TicketStatus.DONE,
        "K 2": TicketStatus.DONE,
        "R 1": TicketStatus.NO_SHOW,
        "K 3": TicketStatus.CLOSED,
    }
