"""A day at the register in Chromium: the agent opens the day with a float, sells a senior
pass and a series card to an anonymous senior with a split cash and card payment, gives the
change the receipt page says, refunds the pass, and closes the day with a Z report that
balances; the sale and receipt pages in English at 1280 and 320 px with no axe violations
(docs/commerce.md, "At the counter")."""

import datetime as dt

import pytest
from playwright.sync_api import expect

from luukku.organisation.tests.factories import OrganisationFactory, UserFactory
from luukku.queueing.tests.factories import ServicePointFactory

from ..models import CustomerGroup, Price, RegisterDay
from .factories import RegisterFactory, product_priced

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "secret-pass-123"
SINCE = dt.date(2020, 1, 1)


@pytest.fixture
def counter():
    city = OrganisationFactory(name="Imatran kaupunki", business_id="0162193-3", is_own=True)
    point = ServicePointFactory(organisation=city, name="Kaupungintalo")
    register = RegisterFactory(service_point=point, name="Kassa 1")
    senior = product_priced(
        cents=4000, code="SEN", name="Senior pass", group=CustomerGroup.SENIOR, since=SINCE
    )
    Price.objects.create(product=senior, group="resident", amount_cents=8000, valid_from=SINCE)
    product_priced(cents=6000, code="UI10", name="Swimming series card", since=SINCE)
    UserFactory(username="aino-test", role="agent", first_name="Aino")
    return register


def _sign_in(page):
    page.goto("/en/staff/login/")
    page.locator("#id_username").fill("aino-test")
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in", exact=True).click()


def _check(page, label, accessibility_violations, screenshot) -> list[str]:
    problems = []
    for width in (1280, 320):
        page.set_viewport_size({"width": width, "height": 900})
        problems += accessibility_violations(page, f"en {width} {label}")
        screenshot(page, f"en-staff-{label}-{width}")
        if page.evaluate("document.documentElement.scrollWidth") > width:
            problems.append(f"{width}: the {label} page scrolls sideways")
    page.set_viewport_size({"width": 1280, "height": 900})
    return problems


def test_a_day_at_the_register(new_page, counter, accessibility_violations, screenshot):
    page = new_page()
    _sign_in(page)
    page.goto(f"/en/staff/sales/registers/{counter.pk}/")
    page.get_by_label("Float in the drawer (€)").fill("100,00")
    page.get_by_role("button", name="Open the day").click()
    page.get_by_role("button", name="New sale").click()

    page.get_by_label("Customer group").select_option(label="Senior")
    page.get_by_label("I checked the proof of the discount (anonymous sale)").check()
    page.get_by_role("button", name="Use these prices").click()
    expect(page.locator("#sale-customer")).to_contain_text("Senior")
    page.get_by_role("button", name="Add Senior pass, 40.00 €").click()
    page.get_by_role("button", name="Add Swimming series card, 60.00 €").click()
    expect(page.locator("#order-total")).to_have_text("100.00\xa0€")
    problems = _check(page, "sale", accessibility_violations, screenshot)

    page.get_by_label("Cash part (€)").fill("20")
    page.get_by_label("Cash given (€)").fill("50")
    page.get_by_label("Card part (€)").fill("80,00")
    page.get_by_label("Terminal receipt number").fill("004217")
    page.get_by_role("button", name="Take 100.00 €").click()
    expect(page.locator("#change-due")).to_have_text("Give change: 30.00\xa0€")
    expect(page.locator("#receipt")).to_contain_text("Imatran kaupunki")
    expect(page.locator("#receipt")).to_contain_text("0162193-3")
    problems += _check(page, "receipt", accessibility_violations, screenshot)

    page.get_by_role("link", name="Back to sale").click()
    page.get_by_label("Senior pass").select_option("1")
    page.get_by_label("Reason").fill("Bought by mistake")
    page.get_by_role("button", name="Refund", exact=True).click()
    expect(page.locator("#receipt")).to_contain_text("Refund receipt")

    page.goto(f"/en/staff/sales/registers/{counter.pk}/")
    # 100 € float + 20 € cash − 40 € refunded in cash
    expect(page.locator("#x-expected")).to_have_text("80.00\xa0€")
    page.get_by_label("Cash counted in the drawer (€)").fill("80")
    page.get_by_role("button", name="Close the day").click()
    expect(page.locator("h1")).to_contain_text("Z report 1")
    expect(page.locator("#z-difference")).to_have_text("0.00\xa0€")
    day = RegisterDay.objects.get()
    assert day.z_report["difference_cents"] == 0
    methods = {m["method"]: m["net_cents"] for m in day.z_report["methods"]}
    assert methods == {"cash": -2000, "card": 8000}
    assert problems == []
