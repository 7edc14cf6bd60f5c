"""A citizen applies for seasonal turns in Chromium (from the reservations page, no
sign-in), staff allocate one wished turn and decline the other after the application
period, and send the results; the pages in Finnish, Swedish and English with no axe
violations at 1280 and 320 px (docs/bookings.md)."""

import pytest
import time_machine
from playwright.sync_api import expect

from luukku.cases.models import OutboundMail
from luukku.core.testing.clock import at

from ..models import Application, ApplicationWish
from .rounds import round_make
from .test_reservation_browser import _check, _every_language

pytestmark = [
    pytest.mark.browser,
    pytest.mark.servers,
    pytest.mark.clock_set,
    pytest.mark.django_db(transaction=True),
]


@pytest.fixture
def moving_clock():
    with time_machine.travel(at(2026, 3, 10, 10, 0), tick=True) as traveller:
        yield traveller


def test_a_citizen_applies_and_staff_allocate_and_send_results(
    new_page, hall, moving_clock, accessibility_violations, screenshot
):
    from luukku.organisation.tests.factories import UserFactory

    spring = round_make(hall)
    page = new_page()
    apply_path = f"/reservations/rounds/{spring.pk}/apply/"
    problems = _every_language(
        page, apply_path, "round-apply", accessibility_violations, screenshot
    )
    _apply_with_mistakes(page)

    expect(page.locator("#error-summary")).to_contain_text("Turn 1: The unit is not open")
    expect(page.locator("#error-summary")).to_contain_text(
        "Turn 2: fill in every part of the turn."
    )
    problems += _check(page, "en round-errors", accessibility_violations, screenshot)
    assert not Application.objects.exists()
    _correct_and_send(page)

    expect(page.locator("#application-state")).to_contain_text("Received")
    application = Application.objects.get()
    private = f"/reservations/applications/{application.token}/"
    problems += _every_language(
        page, private, "round-application", accessibility_violations, screenshot
    )
    assert OutboundMail.objects.get().recipient == "jari@example.fi"

    moving_clock.move_to(at(2026, 3, 23, 9, 0))  # the application period has ended
    UserFactory(username="aino-test", role="agent", first_name="Aino")
    page.goto("/en/staff/login/")
    page.locator("#id_username").fill("aino-test")
    page.locator("#id_password").fill("secret-pass-123")
    page.get_by_role("button", name="Sign in", exact=True).click()
    round_path = f"/staff/reservations/rounds/{spring.pk}/"
    problems += _every_language(
        page, round_path, "round-staff", accessibility_violations, screenshot
    )
    tuesday, thursday = application.wishes.order_by("weekday")
    wish_path = f"/staff/reservations/wishes/{tuesday.pk}/"
    problems += _every_language(page, wish_path, "round-wish", accessibility_violations, screenshot)
    page.goto(f"/en{wish_path}")
    page.get_by_role("button", name="Allocate the free dates").click()
    expect(page.locator(".message-success")).to_contain_text("4 turns booked")
    page.goto(f"/en/staff/reservations/wishes/{thursday.pk}/")
    page.get_by_label("Reason the applicant reads").fill("Torstait on jo jaettu.")
    page.get_by_role("button", name="Decline the turn").click()
    page.get_by_role("link", name="Send the results…").click()
    expect(page.locator("#send-outcome")).to_contain_text("1 applicant gets one e-mail")
    page.get_by_role("button", name="Confirm: send the results").click()

    expect(page.locator("#round-state")).to_have_text("Results sent")
    assert ApplicationWish.objects.get(pk=tuesday.pk).series.reservations.count() == 4
    results = OutboundMail.objects.order_by("pk").last()
    assert results.recipient == "jari@example.fi" and "Torstait on jo jaettu." in results.body
    page.goto(f"/en{private}")
    expect(page.locator("#turns")).to_contain_text("Granted")
    expect(page.locator("#turns")).to_contain_text("Torstait on jo jaettu.")
    assert problems == []


def _apply_with_mistakes(page) -> None:
    """The association's application with a turn before the hall opens and one left half-done."""
    page.goto("/en/reservations/")
    page.get_by_role("link", name="Spring season 2026").click()
    page.get_by_label("Association or company").fill("Imatran Salibandyseura ry")
    page.get_by_label("Contact person").fill("Jari Hämäläinen")
    page.get_by_label("E-mail").fill("jari@example.fi")
    page.get_by_label("What are the turns for?").fill("Junioriharjoitukset")
    page.get_by_label("Group size").fill("22")
    turn = page.locator("#wish-1")
    turn.get_by_label("Unit").select_option(label="Liikuntasali")
    turn.get_by_label("Weekday").select_option(label="Tuesday")
    turn.get_by_label("Starts").fill("06:00")  # before the hall opens
    turn.get_by_label("Ends").fill("08:00")
    second = page.locator("#wish-2")
    second.get_by_label("Unit").select_option(label="Sali A")
    page.get_by_role("button", name="Send the application").click()


def _correct_and_send(page) -> None:
    turn = page.locator("#wish-1")
    turn.get_by_label("Starts").fill("18:00")
    turn.get_by_label("Ends").fill("20:00")
    second = page.locator("#wish-2")
    second.get_by_label("Weekday").select_option(label="Thursday")
    second.get_by_label("Starts").fill("17:00")
    second.get_by_label("Ends").fill("19:00")
    page.get_by_role("button", name="Send the application").click()
