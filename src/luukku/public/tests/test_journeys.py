"""End-to-end journeys in a real Chromium against the live server, on the demo city."""

import datetime as dt
import re

import pytest
import time_machine
from django.utils import timezone
from playwright.sync_api import expect

from luukku.cases.models import Case, Status
from luukku.cases.tests.factories import make_case
from luukku.catalogue.models import Service
from luukku.channels.citizen_request import CitizenRequest
from luukku.demo.loader import DEMO_PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo(demo_city):
    demo_city(cases=30, customers=15)


def test_citizen_request_is_answered_by_the_front_line_and_followed_by_link(
    demo, new_page, screenshot, tmp_path
):
    citizen = new_page()
    citizen.goto("/")
    citizen.get_by_label("Hae palveluita").fill("katuvalo")
    citizen.get_by_role("button", name="Hae").click()
    citizen.get_by_role("link", name="Katuvalojen vikailmoitus").click()
    expect(citizen.get_by_role("heading", level=1)).to_have_text("Katuvalojen vikailmoitus")
    screenshot(citizen, "fi-service-page")
    citizen.get_by_role("link", name="Ota yhteyttä verkossa").click()

    photo = tmp_path / "valo.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 not much of a photo")
    citizen.get_by_label("Aihe").fill("Katuvalo pimeänä Koskikadulla")
    citizen.get_by_label("Kuvaile asiasi").fill("Koskikatu 12 edessä oleva valo ei pala.")
    citizen.get_by_label("Vian laatu").select_option(label="Valo ei pala")
    citizen.get_by_label("Osoite tai paikka").fill("Koskikatu 12")
    citizen.get_by_label("Liitteet").set_input_files(str(photo))
    citizen.get_by_label("Etunimi").fill("Maija")
    citizen.get_by_label("Sukunimi").fill("Meikäläinen")
    citizen.get_by_role("textbox", name="Sähköposti").fill("maija@example.fi")
    screenshot(citizen, "fi-request-form-filled")
    citizen.get_by_role("button", name="Lähetä").click()

    expect(citizen.get_by_role("heading", name="Kiitos, asiasi on vastaanotettu")).to_be_visible()
    reference = citizen.locator(".reference").inner_text()
    assert re.fullmatch(r"LK-\d{4}-\d{6}", reference)
    private_url = citizen.url
    screenshot(citizen, "fi-request-received")
    case = Case.objects.get(reference=reference)
    assert case.answers == {"fault": "dark"} and case.attachments.count() == 1

    agent = new_page()
    agent.goto("/staff/")
    agent.get_by_label("Käyttäjätunnus").fill("aino")
    agent.get_by_label("Salasana").fill(DEMO_PASSWORD)
    agent.get_by_role("button", name="Kirjaudu").click()
    agent.get_by_text("Rajaa ja järjestä").click()  # the folded filters
    agent.get_by_label("Työjono", exact=True).select_option(label="Kaikki avoimet")
    agent.get_by_label("Tunnus tai aihe").fill(reference)
    agent.get_by_role("button", name="Rajaa").click()
    agent.get_by_role("link", name=reference).click()
    expect(agent.get_by_text("Koskikatu 12 edessä oleva valo ei pala.").first).to_be_visible()
    agent.get_by_role("textbox", name="Vastaus").fill(
        "Kiitos ilmoituksesta! Valo korjataan tällä viikolla."
    )
    agent.get_by_label("Muuta sen jälkeen tilaksi").select_option(label="Ratkaistu")
    agent.get_by_role("button", name="Lähetä vastaus").click()
    expect(agent.get_by_text("Vastaus tallennettiin.")).to_be_visible()
    screenshot(agent, "fi-staff-case-answered")

    citizen.goto(private_url)
    expect(citizen.get_by_text("Valo korjataan tällä viikolla.")).to_be_visible()
    expect(citizen.locator(".facts .badge")).to_have_text("Ratkaistu")
    case.refresh_from_db()
    assert case.status == Status.RESOLVED


@pytest.mark.parametrize(
    ("prefix", "search", "service", "send", "thanks"),
    [
        (
            "/sv",
            "gatubelysning",
            "Felanmälan om gatubelysning",
            "Skicka",
            "Tack, ditt ärende har tagits emot",
        ),
        (
            "/en",
            "street light",
            "Street lighting faults",
            "Send request",
            "Thank you, your request has been received",
        ),
    ],
)
def test_citizen_request_in_swedish_and_english(
    demo, new_page, screenshot, prefix, search, service, send, thanks
):
    page = new_page()
    page.goto(f"{prefix}/services/?q={search}")
    page.get_by_role("link", name=service).click()
    page.locator("a.button:not(#chat-link)").click()
    page.locator("#id_subject").fill("Lamp")
    page.locator("#id_description").fill("The lamp is dark.")
    page.locator("#id_answer_fault").select_option("dark")
    page.locator("#id_address").fill("Torggatan 3")
    page.locator("#id_email").fill("erik@example.fi")
    page.get_by_role("button", name=send).click()
    expect(page.get_by_role("heading", name=thanks)).to_be_visible()
    screenshot(page, f"{prefix.strip('/')}-request-received")
    assert Case.objects.get(customer__email="erik@example.fi").language == prefix.strip("/")


def test_request_form_works_without_javascript_and_reports_errors(demo, new_page):
    page = new_page(javascript=False)
    page.goto("/services/street-lighting/request/")
    page.get_by_role("button", name="Lähetä").click()
    summary = page.locator("#error-summary")
    expect(summary).to_be_visible()
    expect(summary.get_by_role("link", name=re.compile("Aihe"))).to_have_attribute(
        "href", "#id_subject"
    )
    assert not Case.objects.filter(subject="").exists()
    page.locator("#id_subject").fill("Valo")
    page.locator("#id_description").fill("Pimeää")
    page.locator("#id_answer_fault").select_option("dark")
    page.locator("#id_address").fill("Koskikatu 1")
    page.locator("#id_email").fill("nojs@example.fi")
    page.get_by_role("button", name="Lähetä").click()
    expect(page.locator(".reference")).to_have_text(re.compile(r"LK-\d{4}-\d{6}"))


@pytest.mark.parametrize(("width", "label"), [(1280, "desktop"), (390, "mobile")])
def test_supervisor_sees_overdue_cases(demo, new_page, screenshot, width, label):
    # The demo has overdue cases on some days and not on others; one from a month ago always is.
    with time_machine.travel(timezone.now() - dt.timedelta(days=30)):
        make_case(service=Service.objects.get(code="feedback"), subject="Pimeä silta")
    page = new_page(width=width)
    page.goto("/staff/login/")
    page.get_by_label("Käyttäjätunnus").fill("liisa")
    page.get_by_label("Salasana").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Kirjaudu").click()
    # All cases, not only liisa's own work.
    page.get_by_text("Rajaa ja järjestä").click()  # the folded filters
    page.get_by_label("Työjono", exact=True).select_option(label="Kaikki asiat")
    page.get_by_label("Vain myöhässä olevat").check()
    page.get_by_label("Järjestys").select_option("due")
    page.get_by_role("button", name="Rajaa").click()
    assert "overdue=on" in page.url
    screenshot(page, f"fi-staff-inbox-overdue-{label}")
    overdue = [c.reference for c in Case.objects.all() if c.is_overdue]
    rows = page.locator("tbody tr")
    expect(rows).to_have_count(min(len(overdue), 25))
    expect(page.locator("td.overdue").first).to_be_visible()
    expect(rows.filter(has_text="Pimeä silta")).to_have_count(1)


def test_status_page_works_without_javascript(demo, new_page):
    from luukku.catalogue.models import Service
    from luukku.channels.services import web_request_submit

    case = web_request_submit(
        request=CitizenRequest(
            service=Service.objects.get(code="feedback"),
            subject="Kiitos",
            description="Hyvä palvelu",
            email="nojs@example.fi",
        )
    )
    page = new_page(javascript=False)
    page.goto(f"/requests/{case.token}/")
    page.get_by_label("Viestisi").fill("Vielä yksi ajatus.")
    page.get_by_role("button", name="Lähetä viesti").click()
    expect(page.get_by_text("Kiitos. Viestisi on lisätty asiaan.")).to_be_visible()
    expect(page.locator(".timeline")).to_contain_text("Vielä yksi ajatus.")


@pytest.mark.parametrize(
    ("prefix", "sign_in", "reply", "then", "resolved", "send", "sent"),
    [
        (
            "/sv",
            "Logga in",
            "Svar",
            "Ändra sedan status till",
            "Löst",
            "Skicka svar",
            "Svaret sparades.",
        ),
        (
            "/en",
            "Sign in",
            "Reply",
            "Then set the status to",
            "Resolved",
            "Send reply",
            "The reply was saved.",
        ),
    ],
)
def test_agent_answers_and_resolves_in_swedish_and_english(
    demo, new_page, prefix, sign_in, reply, then, resolved, send, sent
):
    case = Case.objects.filter(status=Status.NEW, sensitive=False).first()
    page = new_page()
    page.goto(f"{prefix}/staff/")
    page.locator("#id_username").fill("mikko")
    page.locator("#id_password").fill(DEMO_PASSWORD)
    page.get_by_role("button", name=sign_in, exact=True).click()
    page.goto(f"{prefix}/staff/cases/{case.reference}/")
    page.get_by_role("textbox", name=reply, exact=True).fill("Tack / thank you.")
    page.get_by_label(then).select_option(label=resolved)
    page.get_by_role("button", name=send, exact=True).click()
    expect(page.get_by_text(sent)).to_be_visible()
    case.refresh_from_db()
    assert case.status == Status.RESOLVED


def test_citizen_finds_an_answer_and_says_it_helped_without_javascript(demo, new_page):
    page = new_page(javascript=False)
    page.goto("/")
    page.get_by_label("Hae palveluita ja vastauksia").fill("katuvalot pimeänä")
    page.get_by_role("button", name="Hae").click()
    page.get_by_role("link", name="Katuvalot ovat pimeänä – miten ilmoitan?").click()
    expect(page.get_by_role("heading", name="Vastasiko tämä kysymykseesi?")).to_be_visible()
    page.get_by_role("button", name="Kyllä").click()
    expect(page.get_by_text("Kiitos palautteestasi.").first).to_be_visible()
    expect(page.get_by_role("button", name="Kyllä")).to_have_count(0)


@pytest.mark.parametrize(
    ("language", "prefix", "message", "title", "use", "reply", "send"),
    [
        (
            "fi",
            "",
            "Milloin meidän tonttikatu aurataan? Lunta on tullut 20 cm.",
            "Lumen aurausjärjestys",
            "Käytä",
            "Vastaus",
            "Lähetä vastaus",
        ),
        (
            "sv",
            "/sv",
            "När plogas vår gata? Det har snöat hela natten.",
            "Ordningen för snöplogning",
            "Använd",
            "Svar",
            "Skicka svar",
        ),
        (
            "en",
            "/en",
            "When will our residential street be ploughed? It snowed all night.",
            "Order of snow ploughing",
            "Use",
            "Reply",
            "Send reply",
        ),
    ],
)
def test_agent_answers_from_the_first_suggestion_in_each_language(
    demo, new_page, screenshot, language, prefix, message, title, use, reply, send
):
    from luukku.catalogue.models import Service
    from luukku.channels.services import web_request_submit
    from luukku.knowledge.models import TemplateUse

    case = web_request_submit(
        request=CitizenRequest(
            service=Service.objects.get(code="street-maintenance"),
            subject=message.split("?")[0],
            description=message,
            first_name="Kim",
            email="kim@example.fi",
            language=language,
            address="Pihlajatie 4",
            answers={"issue": "snow"},
        )
    )
    page = new_page()
    page.goto(f"{prefix}/staff/login/")
    page.locator("#id_username").fill("aino")
    page.locator("#id_password").fill(DEMO_PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.goto(f"{prefix}/staff/cases/{case.reference}/")
    first = page.locator(".suggestions li").first
    expect(first).to_contain_text(title)
    first.get_by_role("button", name=re.compile(f"^{use}")).click()
    body = page.get_by_role("textbox", name=reply, exact=True)
    expect(body).to_have_value(re.compile(r"Kim,"))
    screenshot(page, f"{language}-staff-template-used")
    page.get_by_role("button", name=send, exact=True).click()
    expect(page.locator(".messages .message-success")).to_be_visible()
    use_row = TemplateUse.objects.get(case=case)
    assert (use_row.template.title, use_row.suggested_rank) == (title, 1)
