"""Lending a key in Chromium: the agent finds a chess club among the customers, lends the
council chamber's key to its contact with the 50 € deposit paid in cash at the counter,
takes the key back and refunds the deposit; the register's pages in Finnish, Swedish and
English at 1280 and 320 px with no axe violations (docs/keys.md, "Staff pages")."""

import datetime as dt

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from luukku.catalogue.tests.factories import ServiceFactory
from luukku.commerce.services.cash import register_day_open
from luukku.commerce.tests.factories import RegisterFactory
from luukku.customers.models import Customer
from luukku.organisation.tests.factories import OrganisationFactory, UserFactory
from luukku.queueing.tests.factories import ServicePointFactory

from ..models import KeySeries, Loan
from ..services import access_right_add, key_lend, key_report_lost
from .factories import city_hall, deposit_product, key, series

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "secret-pass-123"
LANGUAGES = {"fi": "/staff", "sv": "/sv/staff", "en": "/en/staff"}


@pytest.fixture
def register():
    city = OrganisationFactory(name="Imatran kaupunki", business_id="0162193-3", is_own=True)
    point = ServicePointFactory(organisation=city, name="Kaupungintalo")
    agent = UserFactory(username="aino-test", role="agent", first_name="Aino", last_name="V")
    cash = RegisterFactory(service_point=point, name="Kassa 1")
    register_day_open(register=cash, opening_float_cents=10000, by=agent)
    building = city_hall(service=ServiceFactory(), service_point=point)
    deposit = deposit_product(cents=5000)
    chamber = key(series(building, code="KT-3", areas=("PO", "VS"), deposit=deposit))
    card = key(
        series(building, code="KK", kind=KeySeries.Kind.CARD, areas=("PO", "VS"), deposit=deposit)
    )
    access_right_add(
        card=card,
        area=building.areas.get(code="PO"),
        weekdays="12345",
        starts=dt.time(7),
        ends=dt.time(18),
        valid_from=timezone.localdate(),
        by=agent,
    )
    key_lend(key=card, holder_kind="employee", employee=agent, purpose="Aamuvuoro", by=agent)
    club = Customer.objects.create(
        kind=Customer.Kind.ORGANISATION, organisation_name="Imatran Shakkikerho ry"
    )
    return {"chamber": chamber, "card": card, "agent": agent, "club": club}


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
        screenshot(page, f"keys-{label}-{width}")
        if page.evaluate("document.documentElement.scrollWidth") > width:
            problems.append(f"{width}: the {label} page scrolls sideways")
    page.set_viewport_size({"width": 1280, "height": 900})
    return problems


def test_lend_a_key_with_its_deposit_and_take_it_back(
    new_page, register, accessibility_violations, screenshot
):
    chamber = register["chamber"]
    page = new_page()
    _sign_in(page)
    page.goto("/en/staff/keys/")
    page.get_by_role("link", name="KT-3/1").click()
    page.get_by_role("link", name="Lend the key").click()
    page.get_by_label("Find the customer (name, e-mail, phone)").fill("Shakkikerho")
    page.get_by_role("button", name="Search").click()
    page.get_by_role("link", name="Imatran Shakkikerho ry").click()
    expect(page.locator("#holder-chosen")).to_contain_text("Imatran Shakkikerho ry")
    problems = _check(page, "en-lend", accessibility_violations, screenshot)

    page.get_by_label("Holder").select_option("association")
    page.get_by_label("Name of the person taking the key").fill("Pekka Laine")
    page.get_by_label("E-mail given").fill("pekka.laine@example.fi")
    page.get_by_label("Purpose").fill("Kerhoillat ti 18–20")
    due = timezone.localdate() + dt.timedelta(days=60)
    page.get_by_label("Due day").fill(due.isoformat())
    page.get_by_label("Paid now at the counter").check()
    page.get_by_label("Register").select_option(label="Kassa 1 · Kaupungintalo")
    page.get_by_label("Paid by").select_option("cash")
    page.get_by_role("button", name="Lend", exact=True).click()

    expect(page.locator("#holder")).to_contain_text("Imatran Shakkikerho ry (Pekka Laine)")
    expect(page.locator("#key-status")).to_have_text("Lent")
    loan = Loan.objects.get(key=chamber)
    assert loan.order.status == "paid" and loan.order.total_cents == 5000
    problems += _check(page, "en-key-lent", accessibility_violations, screenshot)

    page.get_by_label("Register").select_option(label="Kassa 1 · Kaupungintalo")
    page.get_by_label("Deposit refunded").select_option("cash")
    page.get_by_role("button", name="Take back and refund the deposit").click()
    expect(page.locator("#key-status")).to_have_text("In store")
    expect(page.get_by_role("link", name="Lend the key")).to_be_visible()
    loan.refresh_from_db()
    loan.order.refresh_from_db()
    assert loan.returned_at is not None and loan.order.refunded_cents == 5000
    assert problems == []


def test_the_register_pages_are_accessible_in_three_languages(
    new_page, register, accessibility_violations, screenshot
):
    page = new_page()
    _sign_in(page)
    chamber, card, agent = register["chamber"], register["card"], register["agent"]
    # Copy 3 lost: the lend form of copy 2 warns of the lock change waiting.
    copy2, copy3 = key(chamber.series, 2), key(chamber.series, 3)
    lost = key_lend(key=copy3, holder_kind="employee", employee=agent, purpose="Työ", by=agent)
    key_report_lost(loan=lost, by=agent, note="Kadonnut")
    pages = {
        "register": "/keys/",
        "key": f"/keys/{card.pk}/",
        "lend": f"/keys/{chamber.pk}/lend/?q=Shakki",
        "rights": f"/keys/{card.pk}/rights/",
        "holder": f"/keys/holders/employee/{register['agent'].pk}/",
        "out": "/keys/out/",
        "register-for-customer": f"/keys/?customer={register['club'].pk}",
        "lend-warned": f"/keys/{copy2.pk}/lend/?customer={register['club'].pk}",
    }
    problems = []
    for language, prefix in LANGUAGES.items():
        for label, path in pages.items():
            page.goto(prefix + path)
            expect(page.locator("h1")).to_be_visible()
            problems += _check(page, f"{language}-{label}", accessibility_violations, screenshot)
    assert problems == []
