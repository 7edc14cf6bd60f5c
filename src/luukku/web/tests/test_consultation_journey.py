"""In a real Chromium: the agent asks an expert, the expert answers the agent, the agent
answers the customer — and the customer's status page never names the expert."""

import pytest
from playwright.sync_api import expect

from luukku.cases.models import Channel, Consultation
from luukku.cases.services import case_create
from luukku.catalogue.models import Service
from luukku.customers.tests.factories import CustomerFactory
from luukku.demo.loader import DEMO_PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _answers_waiting(page) -> int:
    """The count of unseen answers in the agent's navigation (none shown when there are none)."""
    badge = page.locator(".nav-count")
    return int(badge.inner_text().split()[0]) if badge.count() else 0


def _sign_in(page, username):
    page.goto("/staff/login/")
    page.get_by_label("Käyttäjätunnus").fill(username)
    page.get_by_label("Salasana").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Kirjaudu").click()


def test_consultation_flows_agent_expert_agent_customer_with_the_expert_hidden(
    demo_city, new_page, screenshot
):
    demo_city(cases=20, customers=10)
    case = case_create(
        service=Service.objects.get(code="street-maintenance"),
        channel=Channel.EMAIL,
        subject="Aurausvalli ajoliittymässä",
        body="Aura jätti kovan vallin pihatien eteen. Kuka sen poistaa?",
        customer=CustomerFactory(email="maija@example.fi"),
    )

    agent = new_page()
    _sign_in(agent, "aino")
    agent.goto(f"/staff/cases/{case.reference}/")
    agent.locator("#consultations summary").click()  # folded: asked now and then
    agent.get_by_label("Asiantuntija", exact=True).select_option(label="Sari Nieminen")
    agent.get_by_label("Kysymys asiantuntijalle").fill("Kuuluuko vallin poisto kaupungille?")
    agent.get_by_role("button", name="Kysy asiantuntijalta").click()
    expect(agent.get_by_text("Kysymys lähetettiin asiantuntijalle.")).to_be_visible()
    expect(agent.locator(".badge.status-waiting_expert").first).to_be_visible()
    # The demo city has consultations of its own, more or fewer depending on the day.
    answers_before = _answers_waiting(agent)

    expert = new_page()
    _sign_in(expert, "sari")
    expert.get_by_role("link", name="Konsultaatiot").click()
    expert.get_by_role("link", name="Kuuluuko vallin poisto kaupungille?").click()
    expect(expert.get_by_text("Aurausvalli ajoliittymässä")).to_be_visible()
    # The question in its context: the customer's message, and the case she may open.
    expect(expert.get_by_text("Aura jätti kovan vallin pihatien eteen.").first).to_be_visible()
    expect(expert.get_by_role("link", name=f"Avaa asia {case.reference}")).to_be_visible()
    screenshot(expert, "fi-staff-consultation")
    expert.get_by_label("Vastaus asiakaspalvelulle").fill(
        "- ei kuulu: kiinteistö poistaa liittymän vallin\n"
        "- ohje: kaupungin sivu talvikunnossapidosta"
    )
    expert.get_by_role("button", name="Lähetä vastaus asiakaspalvelulle").click()
    expect(expert.get_by_text("Vastaus lähetettiin asiakaspalvelulle.")).to_be_visible()

    agent.goto("/staff/")
    expect(agent.locator(".nav-count")).to_have_text(f"{answers_before + 1} odottaa")
    agent.goto(f"/staff/cases/{case.reference}/")
    expect(agent.locator(".consultations").get_by_text("kiinteistö poistaa")).to_be_visible()
    screenshot(agent, "fi-staff-case-consulted")
    agent.get_by_role("textbox", name="Vastaus").fill(
        "Hei, tonttiliittymän vallin poistaa kiinteistön omistaja. Ohjeet löytyvät "
        "kaupungin sivulta talvikunnossapidosta."
    )
    agent.get_by_label("Muuta sen jälkeen tilaksi").select_option(label="Ratkaistu")
    agent.get_by_role("button", name="Lähetä vastaus", exact=True).click()
    expect(agent.get_by_text("Vastaus tallennettiin.")).to_be_visible()
    assert Consultation.objects.get(case=case).status == Consultation.Status.ANSWERED

    citizen = new_page()
    citizen.goto(f"/requests/{case.token}/")
    expect(citizen.get_by_text("tonttiliittymän vallin poistaa")).to_be_visible()
    text = citizen.locator("main").inner_text()
    assert "Sari" not in text and "Nieminen" not in text and "sari@" not in text
    assert "vallin poisto kaupungille" not in text  # the question stays internal
