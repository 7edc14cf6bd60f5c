"""The data protection officer's access log page in Chromium: WCAG 2.1 AA (axe-core) and no
sideways scrolling at 320 px, in Finnish, Swedish and English, listed and with errors."""

import pytest
from playwright.sync_api import expect

from luukku.core.testing.reflow import WIDTH, reflow_problems
from luukku.customers.tests.factories import CustomerFactory
from luukku.organisation.tests.factories import UserFactory
from luukku.privacy.services import access_log_record

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LANGUAGES = {"fi": "", "sv": "/sv", "en": "/en"}
SIGN_IN = {"fi": "Kirjaudu", "sv": "Logga in", "en": "Sign in"}
PASSWORD = "Tietosuoja-2026-testi"


@pytest.fixture
def entries(db):
    agent = UserFactory(role="agent", first_name="Aino", last_name="Virtanen")
    customer = CustomerFactory(first_name="Eeva", last_name="Esimerkki")
    access_log_record(actor=agent, action="view", customer=customer, context="customer_page")
    access_log_record(
        actor=agent,
        action="list",
        context="inbox",
        query={"q": "katuvalo", "status": "open", "per_page": 50, "sort": "due"},
        count=25,
    )
    access_log_record(actor=None, action="create", customer=customer, context="web_request")
    return customer


def _sign_in(page, prefix: str, language: str, name: str) -> None:
    dpo = UserFactory(role="dpo", username=f"paula-{name}", first_name="Paula")
    dpo.set_password(PASSWORD)
    dpo.save()
    page.goto(prefix + "/staff/login/")
    page.locator("#id_username").fill(dpo.username)
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("button", name=SIGN_IN[language], exact=True).click()
    expect(page.locator("main h1")).to_be_visible()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_access_log_page_is_accessible_and_reflows(
    new_page, accessibility_violations, screenshot, entries, language
):
    prefix = LANGUAGES[language]
    problems = []
    for width in (1280, WIDTH):
        page = new_page(width=width)
        _sign_in(page, prefix, language, f"{language}{width}")
        for name, query in {
            "list": "",
            "person": f"?customer={entries.pk}",
            "errors": "?customer=999999&start=2026-12-05&end=2026-12-01",
        }.items():
            page.goto(f"{prefix}/staff/access-log/{query}")
            label = f"{language} {width} access-log-{name}"
            if name == "errors":
                expect(page.locator("#error-summary")).to_be_visible()
            problems += accessibility_violations(page, label)
            if width == WIDTH:
                problems += reflow_problems(page, label)
            screenshot(page, f"staff-access-log-{name}-{language}-{width}")
    assert problems == []
