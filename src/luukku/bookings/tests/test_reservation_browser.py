"""A citizen books a meeting room in Chromium at the association's price, pays it through
the local Paytrail sandbox, and cancels after the free period: the page shows the 30 % fee
and the refund before, and the refund less the fee after; the citizen's pages in Finnish,
Swedish and English with no axe violations, at 1280 and 320 px (docs/bookings.md)."""

import datetime as dt

import pytest
import time_machine
from playwright.sync_api import expect

from luukku.commerce.models import Order, Payment
from luukku.commerce.paytrail.sandbox import serve_in_thread
from luukku.core.testing.clock import at

from ..models import Reservation

# The sandbox and the live server wait on the real clock: the clock here moves on from a
# fixed morning (tick) and is moved past the free cancellation period by the test.
pytestmark = [
    pytest.mark.browser,
    pytest.mark.servers,
    pytest.mark.clock_set,
    pytest.mark.django_db(transaction=True),
]
# Finnish, the default language, has no prefix in the address.
LANGUAGES = {"fi": "", "sv": "/sv", "en": "/en"}


@pytest.fixture
def sandbox(settings):
    sandbox, base_url, stop = serve_in_thread()
    settings.PAYTRAIL_BASE_URL = base_url
    yield sandbox
    stop()


@pytest.fixture
def moving_clock():
    with time_machine.travel(at(2026, 3, 10, 10, 0), tick=True) as traveller:
        yield traveller


def _check(page, label, accessibility_violations, screenshot) -> list[str]:
    problems = []
    for width in (1280, 320):
        page.set_viewport_size({"width": width, "height": 900})
        problems += accessibility_violations(page, f"{label} {width}")
        screenshot(page, f"reservation-{label}-{width}".replace(" ", "-"))
        if page.evaluate("document.documentElement.scrollWidth") > width:
            problems.append(f"{label} {width}: the page scrolls sideways")
    page.set_viewport_size({"width": 1280, "height": 900})
    return problems


def _every_language(page, path, label, accessibility_violations, screenshot) -> list[str]:
    problems = []
    for language, prefix in LANGUAGES.items():
        assert page.goto(f"{prefix}{path}").status == 200
        problems += _check(page, f"{language} {label}", accessibility_violations, screenshot)
    return problems


def test_a_citizen_books_pays_and_cancels_late_paying_the_fee(
    new_page, room, sandbox, moving_clock, accessibility_violations, screenshot
):
    page = new_page()
    problems = _every_language(
        page, "/reservations/", "units", accessibility_violations, screenshot
    )
    page.goto("/en/reservations/")
    page.get_by_role("link", name="Kokoushuone Vuoksi").click()
    page.get_by_label("Day", exact=True).fill("2026-03-20")
    page.get_by_label("Length").select_option(label="120 minutes")
    page.get_by_role("button", name="Show times").click()
    problems += _check(page, "en unit", accessibility_violations, screenshot)
    page.get_by_role("link", name="18:00–20:00 free").click()

    expect(page.locator("#booking-time")).to_contain_text("18:00–20:00")
    expect(page.locator("#prices")).to_contain_text("30.00")  # the association's two hours
    problems += _check(page, "en book", accessibility_violations, screenshot)
    page.get_by_label("First name").fill("Aino")
    page.get_by_label("Last name").fill("Virtanen")
    page.get_by_label("E-mail").fill("aino@example.fi")
    page.get_by_label("Customer group").select_option(label="Association")
    page.get_by_label("Association or company").fill("Imatran Kamerakerho")
    page.get_by_label("I accept the terms of use").check()
    page.get_by_role("button", name="Book", exact=True).click()

    expect(page.locator("#reservation-state")).to_contain_text("Being made")
    reservation = Reservation.objects.get()
    private = f"/reservations/book/{reservation.token}/"
    problems += _every_language(page, private, "booking", accessibility_violations, screenshot)
    page.goto(f"/en{private}")
    page.get_by_role("button", name="Pay 30.00 €").click()
    page.get_by_role("button", name="Approve the payment").click()
    expect(page.locator("#reservation-state")).to_contain_text("Confirmed")
    expect(page.locator("#door-code")).to_have_text("4711")

    moving_clock.shift(dt.timedelta(days=4))  # past the free period (until 13.3. 18.00)
    page.get_by_role("link", name="Cancel the booking").click()
    expect(page.locator("#fee")).to_have_text("9.00\xa0€")
    expect(page.locator("#refund")).to_have_text("21.00\xa0€")
    problems += _every_language(
        page, f"{private}cancel/", "cancel", accessibility_violations, screenshot
    )
    page.goto(f"/en{private}cancel/")
    page.get_by_role("button", name="Cancel: the fee 9.00 € is kept, 21.00 € refunded").click()

    expect(page.locator("#reservation-state")).to_contain_text("Cancelled")
    expect(page.locator("#refunded")).to_contain_text("21.00")
    expect(page.locator("#refunded")).to_contain_text("9.00")
    order = Order.objects.get()
    assert (order.paid_cents, order.refunded_cents) == (3000, 2100)
    assert order.payments.get(kind=Payment.Kind.REFUND, method="online").amount_cents == 2100
    assert problems == []


def test_staff_handle_a_request_and_preview_a_series(
    new_page, room, moving_clock, accessibility_violations, screenshot
):
    from luukku.organisation.tests.factories import UserFactory

    from .test_reservations import book

    UserFactory(username="aino-test", role="agent", first_name="Aino")
    room.needs_handling = True
    room.save()
    request = book(room, at(2026, 3, 17, 18, 0), group="association", organisation_name="Kerho")
    page = new_page()
    page.goto("/en/staff/login/")
    page.locator("#id_username").fill("aino-test")
    page.locator("#id_password").fill("secret-pass-123")
    page.get_by_role("button", name="Sign in", exact=True).click()

    problems = []
    for path, label in (
        ("/staff/reservations/", "staff-list"),
        (f"/staff/reservations/units/{room.code}/?day=2026-03-17", "staff-day"),
        (f"/staff/reservations/{request.pk}/", "staff-booking"),
    ):
        problems += _every_language(page, path, label, accessibility_violations, screenshot)
    page.goto(f"/en/staff/reservations/{request.pk}/")
    page.get_by_role("button", name="Approve").click()
    expect(page.locator("#state")).to_contain_text("Waiting for payment")

    page.goto(f"/en/staff/reservations/units/{room.code}/?day=2026-03-17")
    page.get_by_label("Weekday").select_option(label="Tuesday")
    page.locator("#id_series-starts").fill("18:00")
    page.locator("#id_series-ends").fill("20:00")
    page.locator("#id_series-first_day").fill("2026-03-11")
    page.locator("#id_series-last_day").fill("2026-04-14")
    page.locator("#id_series-contact_name").fill("Vuokselan Voima ry")
    page.locator('input[name="series-mail_to"][value="none"]').check()
    page.get_by_role("button", name="Show the dates").click()
    expect(page.locator("#series-dates li")).to_have_count(5)
    expect(page.locator("#series-dates li").first).to_contain_text("clashes with")
    problems += _check(page, "en staff-series", accessibility_violations, screenshot)
    page.get_by_role("button", name="Book the free dates").click()
    expect(page.locator("h1")).to_contain_text("T-2026-")  # the sale page, to take payment
    assert Reservation.objects.filter(series__isnull=False).count() == 4
    assert problems == []
