"""A hard situation in Chromium: an agent records a threat at the counter from the menu, their
supervisor finds it in the review list and marks it reviewed, a colleague in the same team
neither finds it nor opens it (404); the pages in Finnish, Swedish and English at 1280 and
320 px with no axe violations (docs/feedback.md, "Documented hard situations")."""

import datetime as dt

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from luukku.organisation.tests.factories import DepartmentFactory, UserFactory
from luukku.queueing.tests.factories import ServicePointFactory

from ..situation_models import HardSituation

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "secret-pass-123"
LANGUAGES = {"fi": "/staff", "sv": "/sv/staff", "en": "/en/staff"}


@pytest.fixture
def team():
    department = DepartmentFactory()
    ServicePointFactory(name="Kaupungintalo")
    return {
        "agent": UserFactory(
            username="aino-t", role="agent", first_name="Aino", departments=[department]
        ),
        "colleague": UserFactory(
            username="mikko-t", role="agent", first_name="Mikko", departments=[department]
        ),
        "supervisor": UserFactory(
            username="liisa-t", role="supervisor", first_name="Liisa", departments=[department]
        ),
    }


def _sign_in(new_page, username):
    page = new_page()
    page.goto("/en/staff/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in", exact=True).click()
    expect(page.get_by_role("link", name="Record a hard situation")).to_be_visible()
    return page


def _check(page, label, accessibility_violations, screenshot) -> list[str]:
    problems = []
    for width in (1280, 320):
        page.set_viewport_size({"width": width, "height": 900})
        problems += accessibility_violations(page, f"{width} {label}")
        screenshot(page, f"situations-{label}-{width}")
        if page.evaluate("document.documentElement.scrollWidth") > width:
            problems.append(f"{width}: the {label} page scrolls sideways")
    page.set_viewport_size({"width": 1280, "height": 900})
    return problems


def test_recorded_by_an_agent_reviewed_by_the_supervisor_not_seen_by_a_colleague(
    new_page, team, accessibility_violations, screenshot
):
    page = _sign_in(new_page, "aino-t")
    page.get_by_role("link", name="Record a hard situation").click()
    problems = _check(page, "en-new", accessibility_violations, screenshot)
    tomorrow = timezone.localdate() + dt.timedelta(days=1)
    page.locator("#id_day").fill(tomorrow.isoformat())
    page.get_by_role("button", name="Record the situation").click()
    expect(page.locator("#error-summary")).to_be_visible()
    problems += _check(page, "en-new-errors", accessibility_violations, screenshot)
    earlier = timezone.localtime() - dt.timedelta(minutes=30)
    page.locator("#id_day").fill(earlier.date().isoformat())
    page.locator("#id_time").fill(earlier.strftime("%H:%M"))
    page.locator("#id_channel").select_option("counter")
    page.locator("#id_service_point").select_option(label="Kaupungintalo")
    page.get_by_label("Threat").check()
    page.get_by_label("Serious", exact=True).check()
    page.locator("#id_description").fill("Asiakas uhkasi odottaa ulko-ovella työpäivän jälkeen.")
    page.get_by_label("Security guard called", exact=True).check()
    page.get_by_role("button", name="Record the situation").click()
    expect(page.locator("#situation-description")).to_contain_text("uhkasi odottaa")
    situation = HardSituation.objects.get()
    assert situation.recorded_by == team["agent"] and situation.security_called
    problems += _check(page, "en-situation", accessibility_violations, screenshot)

    boss = _sign_in(new_page, "liisa-t")
    boss.get_by_role("link", name="Situation review").click()
    problems += _check(boss, "en-review", accessibility_violations, screenshot)
    boss.locator("#review-list").get_by_role("link").first.click()
    boss.locator("#id_review_note").fill("Käyty läpi tiimipalaverissa.")
    boss.locator("#id_measures").fill("Vartija aulaan iltapäiviksi.")
    boss.get_by_role("button", name="Mark reviewed").click()
    expect(boss.locator("#review-list")).to_contain_text("No situations are waiting for review.")
    situation.refresh_from_db()
    assert situation.reviewed_by == team["supervisor"]

    colleague = _sign_in(new_page, "mikko-t")
    expect(colleague.get_by_role("link", name="Situation review")).to_have_count(0)
    colleague.goto("/en/staff/situations/")
    expect(colleague.locator("#situations-list")).to_contain_text(
        "You have recorded no situations."
    )
    response = colleague.goto(f"/en/staff/situations/{situation.pk}/")
    assert response.status == 404
    assert problems == []


def test_the_pages_are_accessible_in_three_languages(
    new_page, team, accessibility_violations, screenshot
):
    page = _sign_in(new_page, "liisa-t")
    problems = []
    for language, prefix in LANGUAGES.items():
        for label, path in {
            "new": "/situations/new/",
            "own": "/situations/",
            "review": "/situations/review/",
        }.items():
            page.goto(prefix + path)
            expect(page.locator("h1")).to_be_visible()
            problems += _check(page, f"{language}-{label}", accessibility_violations, screenshot)
    assert problems == []
