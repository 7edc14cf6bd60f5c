"""A customer plan in Chromium: the handler of a chess club makes its plan with a contact
person, adds a quarterly follow-up, finds it on the annual clock and records its minutes,
which show on the club's timeline; the new pages in Finnish, Swedish and English at 1280 and
320 px with no axe violations (docs/relationships.md, "Customer plans and the annual clock")."""

import datetime as dt

import pytest
import time_machine
from django.utils import timezone
from playwright.sync_api import expect

from luukku.core.testing.clock import at
from luukku.customers.models import Customer
from luukku.organisation.tests.factories import UserFactory
from luukku.relationships.models import CustomerPlan, MeetingSeries
from luukku.relationships.selectors import series_meetings

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "secret-pass-123"
LANGUAGES = {"fi": "/staff", "sv": "/sv/staff", "en": "/en/staff"}


@pytest.fixture
def club():
    handler = UserFactory(username="aino-test", role="agent", first_name="Aino", last_name="V")
    handler.set_password(PASSWORD)
    handler.save()
    return Customer.objects.create(
        kind=Customer.Kind.ORGANISATION,
        organisation_name="Imatran Shakkikerho ry",
        handler=handler,
        phone="040 123 4501",
        preferred_channel=Customer.ContactChannel.PHONE,
    )


def _sign_in(page):
    page.goto("/en/staff/login/")
    page.locator("#id_username").fill("aino-test")
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in", exact=True).click()


def _check(page, label, accessibility_violations, screenshot) -> list[str]:
    problems = []
    for width in (1280, 320):
        page.set_viewport_size({"width": width, "height": 900})
        problems += accessibility_violations(page, f"{width} {label}")
        screenshot(page, f"plans-{label}-{width}")
        if page.evaluate("document.documentElement.scrollWidth") > width:
            problems.append(f"{width}: the {label} page scrolls sideways")
    page.set_viewport_size({"width": 1280, "height": 900})
    return problems


@pytest.fixture(autouse=True)
def moving_clock():
    """A Tuesday morning in March, running (the browser's requests take real time)."""
    with time_machine.travel(at(2026, 3, 10, 9, 0), tick=True) as traveller:
        yield traveller


def _first_meeting() -> dt.datetime:
    """Later on the clock's day: its minutes can be recorded on the day."""
    return dt.datetime(2026, 3, 10, 14, 0)


def test_make_a_plan_see_its_meeting_on_the_annual_clock_and_record_minutes(
    new_page, club, accessibility_violations, screenshot
):
    page = new_page()
    _sign_in(page)
    page.goto(f"/en/staff/customers/{club.pk}/")
    page.get_by_role("link", name="Make a customer plan").click()
    page.get_by_label("Goals").fill("Weekly club nights and tournaments agreed per season.")
    page.get_by_label("Agreed service levels").fill("Answers within two working days.")
    page.locator("#id_contact-0-name").fill("Pekka Laine")
    page.locator("#id_contact-0-role").fill("Chair")
    page.get_by_role("button", name="Save the plan").click()
    expect(page.locator("#plan-heading")).to_be_visible()
    expect(page.locator(".plan-contacts")).to_contain_text("Pekka Laine (Chair)")

    page.get_by_role("link", name="Add a recurring meeting").click()
    page.get_by_label("Title").fill("Follow-up")
    page.locator("#id_frequency").select_option("quarterly")
    page.get_by_label("First meeting").fill(_first_meeting().strftime("%Y-%m-%dT%H:%M"))
    page.get_by_role("button", name="Add to the annual clock").click()
    expect(page.locator(".plan-meetings li")).to_have_count(4)

    year = _first_meeting().year
    page.goto(f"/en/staff/annual-clock/?year={year}")
    link = page.get_by_role("link", name="Imatran Shakkikerho ry: Follow-up").first
    expect(link).to_be_visible()
    link.click()
    page.locator("#id_minutes-minutes").fill("Spring turns agreed; keys for the season.")
    page.get_by_role("button", name="Save the minutes").click()
    expect(page.locator(".facts")).to_contain_text("Spring turns agreed")

    page.goto(f"/en/staff/customers/{club.pk}/")
    expect(page.locator(".customer-timeline")).to_contain_text("Spring turns agreed")
    assert CustomerPlan.objects.get(customer=club).contacts.get().name == "Pekka Laine"

    series = MeetingSeries.objects.get()
    start = timezone.now() - dt.timedelta(days=1)
    second = series_meetings(series, start, start + dt.timedelta(days=400))[1]
    problems = []
    for language, prefix in LANGUAGES.items():
        for label, path in [
            ("plan", f"/customers/{club.pk}/plan/"),
            ("meeting-new", f"/customers/{club.pk}/plan/meetings/new/"),
            ("meeting", f"/plan-meetings/{series.pk}/{second.key}/"),
            ("clock", f"/annual-clock/?year={year}"),
        ]:
            page.goto(prefix + path)
            problems += _check(page, f"{label}-{language}", accessibility_violations, screenshot)
    assert problems == []
