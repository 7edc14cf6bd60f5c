"""In a real Chromium: a builder's package (rakentajapaketti) ordered on the customer's case
goes through three experts — two mark their part ready on the order's page, one answers the
consultation the ordinary way — is paid at the counter and delivered, while the customer
follows it by the private link on a 320 px phone without JavaScript."""

import pytest
from playwright.sync_api import expect

from luukku.cases.tests.factories import make_case
from luukku.catalogue.tests.factories import ServiceFactory
from luukku.commerce.models import Order
from luukku.commerce.services.cash import register_day_open
from luukku.commerce.services.payments import Tender, counter_pay
from luukku.commerce.tests.factories import RegisterFactory, builders_package
from luukku.core.testing.reflow import WIDTH, reflow_problems
from luukku.core.testing.servers import in_own_thread
from luukku.organisation.tests.factories import DepartmentFactory, UserFactory
from luukku.queueing.tests.factories import ServicePointFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "secret-pass-123"  # the UserFactory's


def _sign_in(new_page, person):
    page = new_page()
    page.goto("/staff/login/")
    page.locator("#id_username").fill(person.username)
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("button", name="Kirjaudu", exact=True).click()
    expect(page.locator("main h1")).to_be_visible()
    return page


def _imatra():
    """The city hall's point, the building permits' service, three experts' departments."""
    point = ServicePointFactory(
        name="Imatran kaupungintalo", street_address="Virastokatu 2", postal_code="55100"
    )
    departments = [DepartmentFactory(name=n) for n in ("Mittaus", "Kaavoitus", "Rakennusvalvonta")]
    experts = [UserFactory(role="expert", departments=[d]) for d in departments]
    service = ServiceFactory(responsible_unit__department=departments[2])
    names = ("Karttaote", "Asemakaavaote", "Rakennuslupapiirustukset (arkistokopio)")
    package = builders_package(
        service=service,
        parts=[(n, d, e, 3) for n, d, e in zip(names, departments, experts, strict=True)],
    )
    case = make_case(
        service=service,
        subject="Rakentajapaketti tontille 153-12-3-4",
        contact_email="rakentaja@example.fi",
        service_point=point,
    )
    return case, package, experts


def test_a_builders_package_through_three_experts_to_delivery(
    new_page, accessibility_violations, screenshot
):
    case, package, experts = _imatra()
    agent = UserFactory(role="agent")
    counter = _sign_in(new_page, agent)
    counter.goto(f"/staff/cases/{case.reference}/")
    counter.locator("#orders summary").click()
    counter.locator("#id_package-product").select_option(str(package.pk))
    counter.get_by_role("button", name="Tilaa paketti").click()
    order = Order.objects.get()
    expect(counter.locator("main h1")).to_contain_text(order.number)
    expect(counter.locator(".order-parts > li")).to_have_count(3)

    # The customer's phone: no JavaScript, 320 px wide.
    phone = new_page(width=WIDTH, height=640, javascript=False)
    phone.goto(f"/orders/{order.token}/")
    expect(phone.locator("main h1")).to_contain_text(order.number)
    expect(phone.locator(".order-parts .badge")).to_have_text(["Valmisteilla"] * 3)

    # Two experts on the order's page, the third answering the consultation.
    for expert, part in zip(experts[:2], order.parts.all()[:2], strict=True):
        page = _sign_in(new_page, expert)
        page.goto(f"/staff/orders/{order.number}/")
        page.locator(f"#part-{part.pk}").get_by_role(
            "button", name="Merkitse osa valmiiksi"
        ).click()
        expect(page.locator(f"#part-{part.pk} .badge")).to_have_text("Valmis")
    last = order.parts.all()[2]
    page = _sign_in(new_page, experts[2])
    page.goto(f"/staff/consultations/{last.consultation_id}/")
    expect(page.locator("#package-part")).to_contain_text(order.number)
    page.locator("#id_answer-answer").fill("Piirustukset skannattu ja liitetty.")
    page.locator("form[action$='/answer/'] button.secondary").click()
    expect(page.locator(".message").first).to_be_visible()

    phone.reload()
    expect(phone.locator(".order-parts .badge")).to_have_text(["Valmis"] * 3)
    expect(phone.locator("main")).to_contain_text("Tilauksesi odottaa sinua")
    expect(phone.locator("main address")).to_contain_text("Virastokatu 2")
    # The same page checked at 320 px (the checks run scripts: a page of their own).
    checked = new_page(width=WIDTH, height=640)
    checked.goto(f"/orders/{order.token}/")
    problems = reflow_problems(checked, "order ready") + accessibility_violations(checked, "order")
    screenshot(checked, "package-ready-320")

    # Paid at the counter when picked up, then handed over.
    register = RegisterFactory(service_point=case.service_point)
    day = in_own_thread(register_day_open, register=register, opening_float_cents=0, by=agent)
    tender = Tender("card", order.total_cents, terminal_receipt="004711")
    in_own_thread(counter_pay, order=order, day=day, tenders=[tender], by=agent)
    counter.goto(f"/staff/orders/{order.number}/")
    problems += accessibility_violations(counter, "staff order page")
    counter.get_by_role("button", name="Merkitse luovutetuksi").click()
    expect(counter.locator("main dl.facts")).to_contain_text("Luovutettu")
    phone.reload()
    expect(phone.locator("main dl.facts")).to_contain_text("Luovutettu")
    assert not problems, "\n".join(problems)
