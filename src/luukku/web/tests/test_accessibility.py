"""WCAG 2.1 AA in a real browser: axe-core on every staff page, each in one of the three
languages in turn (the sign-in, the error summaries and the narrow screens in all three)."""

from types import SimpleNamespace

import pytest
from playwright.sync_api import expect

from luukku.appointments.models import Appointment, Callback
from luukku.cases.models import Case, OutboundMail
from luukku.cases.selectors import customer_cases_all_visible
from luukku.cases.services import consultation_ask
from luukku.catalogue.models import Service
from luukku.channels.services import mail_receive
from luukku.customers.models import Customer
from luukku.demo.loader import DEMO_PASSWORD
from luukku.knowledge.models import Article, ReplyTemplate
from luukku.organisation.models import User
from luukku.queueing.models import ServiceGroup

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LANGUAGES = {"fi": "", "sv": "/sv", "en": "/en"}
SIGN_IN = {"fi": "Kirjaudu", "sv": "Logga in", "en": "Sign in"}
SAVE_CONTACT = {"fi": "Tallenna yhteydenotto", "sv": "Spara kontakt", "en": "Save contact"}
HTML_MAIL = (
    "From: Maija <maija@example.fi>\r\nTo: asiakaspalvelu@vuoksela.example\r\n"
    "Subject: Katuvalo pimeänä\r\nMessage-ID: <a11y@example.fi>\r\nMIME-Version: 1.0\r\n"
    'Content-Type: multipart/alternative; boundary="b"\r\n\r\n'
    "--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
    "Koskikadun valo ei pala.\r\n\r\n> Aiempi viesti\r\n"
    "--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
    "<p>Koskikadun valo <b>ei pala</b>.</p><blockquote>Aiempi viesti</blockquote>\r\n--b--\r\n"
).encode()
ASK_EXPERT = {"fi": "Kysy asiantuntijalta", "sv": "Fråga experten", "en": "Ask the expert"}
SAVE_ABSENCE = {"fi": "Tallenna poissaolo", "sv": "Spara frånvaron", "en": "Save the absence"}
SEND_REPLY = {"fi": "Lähetä vastaus", "sv": "Skicka svar", "en": "Send reply"}


# The pages photographed as well as checked.
SCREENSHOTS = {
    "inbox",
    "case",
    "contact",
    "customer",
    "mail-case",
    "mail",
    "knowledge-search",
    "requests",
    "handlers",
    "metrics",
    "staffing",
    "customer-export",
    "customer-erase",
    "retention",
}


def _staff_world() -> SimpleNamespace:
    """On top of the demo: a case with a customer and a consultation on it, a message held in
    quarantine, and a mailed case whose reply could not be sent."""
    # A case whose customer's every case Liisa may see, so that she may also export the
    # customer's data (whichever cases the demo's history happens to give the customers).
    liisa = User.objects.get(username="liisa")
    with_customer = Case.objects.filter(customer__isnull=False)
    candidates = [
        *with_customer.filter(status="open"),
        *with_customer.exclude(status__in=["open", "closed"]),
    ]
    case = next(
        case
        for case in candidates
        if customer_cases_all_visible(customer_id=case.customer_id, user=liisa)
    )
    held = mail_receive(raw=b"Subject: no sender\r\n\r\nthis cannot be read as mail")
    mailed = mail_receive(raw=HTML_MAIL)
    OutboundMail.objects.filter(case=mailed.case).update(
        status=OutboundMail.Status.FAILED, attempts=5, last_error="Connection refused"
    )
    expert = User.objects.get(username="sari")
    consultation = consultation_ask(
        case=case, actor=User.objects.get(username="aino"), expert=expert, question="Kenelle?"
    )
    return SimpleNamespace(
        case=case,
        customer=case.customer,
        held=held,
        mailed=mailed,
        article=Article.objects.filter(visibility="public").first(),
        consultation=consultation,
        template=ReplyTemplate.objects.get(key="streetlight-fault-received", language="fi"),
    )


def _staff_pages(world: SimpleNamespace) -> dict[str, str]:
    """Every staff page, name -> path."""
    case, customer, mailed = world.case, world.customer, world.mailed
    return {
        "inbox": "/staff/",
        "inbox-filtered": "/staff/?status=open&overdue=on&sort=due&per_page=50",
        "case": f"/staff/cases/{case.reference}/",
        "case-in-a-list": f"/staff/cases/{case.reference}/?list=status%3Dopen&tq=katuvalo",
        "settings": "/staff/account/settings/",
        "help": "/staff/help/",
        "contact": "/staff/contacts/new/",
        "contact-for-customer": f"/staff/contacts/new/?customer={customer.pk}",
        "customers": "/staff/customers/?q=a",
        "customer": f"/staff/customers/{customer.pk}/",
        "customer-edit": f"/staff/customers/{customer.pk}/edit/",
        "customer-new": "/staff/customers/new/",
        "customer-log": f"/staff/customers/{customer.pk}/log/",
        "quarantine": "/staff/mail/quarantine/",
        "quarantined-message": f"/staff/mail/quarantine/{world.held.pk}/",
        "mail-case": f"/staff/cases/{mailed.case.reference}/",
        "mail": f"/staff/cases/{mailed.case.reference}/mail/{mailed.pk}/",
        "knowledge": "/staff/knowledge/",
        "knowledge-search": "/staff/knowledge/?q=katuvalo",
        "article": f"/staff/knowledge/articles/{world.article.pk}/",
        "article-edit": f"/staff/knowledge/articles/{world.article.pk}/edit/",
        "templates": "/staff/knowledge/templates/?language=fi",
        "template-edit": f"/staff/knowledge/templates/{world.template.pk}/edit/",
        "requests": "/staff/requests/",
        "consultation": f"/staff/consultations/{world.consultation.pk}/",
        "handlers": "/staff/handlers/",
        "inbox-service-level": "/staff/?service_level=breached&sort=service_level",
        "calendar": "/staff/calendar/",
        "calendar-day": "/staff/calendar/?view=day",
        "availability": "/staff/calendar/availability/",
        "callbacks": "/staff/callbacks/?scope=all",
        "book-for-customer": f"/staff/appointments/book/?customer={customer.pk}&service="
        + str(Service.objects.get(code="digital-support").pk),
        "appointment": f"/staff/appointments/{Appointment.objects.first().pk}/",
        "callback": f"/staff/callbacks/{Callback.objects.first().pk}/",
        "metrics": "/staff/metrics/?preset=365",
        "metrics-channels": "/staff/metrics/?preset=365&theme=channels",
        "metrics-trend": "/staff/metrics/?preset=365&theme=trend",
        "metrics-retention": "/staff/metrics/?preset=365&theme=retention",
        "metrics-queue": "/staff/metrics/?preset=30&theme=queue",
        "customer-export": f"/staff/customers/{customer.pk}/export/",
        "customer-erase": f"/staff/customers/{customer.pk}/erase/",
        "retention": "/staff/retention/",
        "metrics-cases": "/staff/metrics/cases/?preset=365&measure=open",
        "staffing": "/staff/staffing/?channel=chat&interval=30&patience_seconds=120"
        "&task1_name=Kaavat&task1_per_week=20&task1_minutes=5&staff=2",
        "staffing-queue": "/staff/staffing/?channel=queue&queue_group="
        + str(ServiceGroup.objects.get(prefix="K").pk),
    }


def _sign_in(page, prefix: str, language: str, accessibility_violations) -> list:
    """The sign-in page, then with a wrong password, then signed in as liisa."""
    page.goto(prefix + "/staff/login/")
    problems = accessibility_violations(page, f"{language} login")
    page.locator("#id_username").fill("liisa")
    page.locator("#id_password").fill("wrong")
    page.get_by_role("button", name=SIGN_IN[language], exact=True).click()
    expect(page.locator("#error-summary")).to_be_visible()
    problems += accessibility_violations(page, f"{language} login-error")
    page.locator("#id_password").fill(DEMO_PASSWORD)
    page.get_by_role("button", name=SIGN_IN[language], exact=True).click()
    expect(page.locator("main h1")).to_be_visible()
    return problems


def _forms_with_errors(
    page, prefix: str, language: str, case: Case, accessibility_violations, screenshot
) -> list:
    """A period that ends before it starts, and the case page's, handlers', contact and article
    forms sent empty: each shows its error summary."""
    response = page.goto(prefix + "/staff/metrics/?start=2026-11-22&end=2026-11-01")
    assert response.status == 400
    expect(page.locator("#error-summary")).to_be_visible()
    problems = accessibility_violations(page, f"{language} metrics-error")
    for name, path, button in (
        ("case-reply-error", f"/staff/cases/{case.reference}/", SEND_REPLY),
        ("consult-error", f"/staff/cases/{case.reference}/", ASK_EXPERT),
        ("absence-error", "/staff/handlers/", SAVE_ABSENCE),
        ("contact-error", "/staff/contacts/new/", SAVE_CONTACT),
    ):
        page.goto(prefix + path)
        page.get_by_role("button", name=button[language], exact=True).click()
        expect(page.locator("#error-summary")).to_be_visible()
        problems += accessibility_violations(page, f"{language} {name}")
    screenshot(page, f"{language}-staff-contact-error")
    page.goto(prefix + "/staff/knowledge/articles/new/")
    page.locator("main form button[type=submit]").click()
    expect(page.locator("#error-summary")).to_be_visible()
    problems += accessibility_violations(page, f"{language} article-error")
    return problems


@pytest.mark.parametrize("language", LANGUAGES)
def test_staff_pages_have_no_wcag_violations(
    demo_city, new_page, accessibility_violations, screenshot, language
):
    demo_city(cases=60, customers=20)
    prefix = LANGUAGES[language]
    world = _staff_world()
    page = new_page()
    problems = _sign_in(page, prefix, language, accessibility_violations)
    # Each page in one language, the next page in the next: the pages' markup is the same in
    # every language, and the smoke test reads every page's text in all three
    # (test_demo_smoke.py); checking each in all three took two minutes of the CI's thirty.
    turn = list(LANGUAGES).index(language)
    for index, (name, path) in enumerate(_staff_pages(world).items()):
        if index % len(LANGUAGES) != turn:
            continue
        response = page.goto(prefix + path)
        assert response.status == 200, path
        problems += accessibility_violations(page, f"{language} {name}")
        if name in SCREENSHOTS:
            screenshot(page, f"{language}-staff-{name}")
    problems += _forms_with_errors(
        page, prefix, language, world.case, accessibility_violations, screenshot
    )
    problems += _metrics_on_a_narrow_screen(page, prefix, language, accessibility_violations)
    assert problems == []
    assert Customer.objects.filter(pk=world.customer.pk).exists()


def _metrics_on_a_narrow_screen(page, prefix: str, language: str, accessibility_violations):
    """The metrics' summary, a theme with its chart, an unknown theme and the staffing chart
    at 320 px, the menu opened at 320 and 390 px, and the inbox at 390 px."""
    page.set_viewport_size({"width": 320, "height": 640})
    problems = []
    for name, path, status in (
        ("metrics-320", "/staff/metrics/?preset=365", 200),
        ("metrics-services-320", "/staff/metrics/?preset=365&theme=services", 200),
        ("metrics-unknown-theme-320", "/staff/metrics/?theme=nothing", 404),
        ("staffing-320", "/staff/staffing/?channel=phone", 200),
    ):
        assert page.goto(prefix + path).status == status, path
        problems += accessibility_violations(page, f"{language} {name}")
        problems += _small_chart_text(page, f"{language} {name}")
    problems += _menu_opened(page, language, "320", accessibility_violations)
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(prefix + "/staff/metrics/?preset=365&theme=services")
    problems += accessibility_violations(page, f"{language} metrics-services-390")
    problems += _small_chart_text(page, f"{language} metrics-services-390")
    problems += _menu_opened(page, language, "390", accessibility_violations)
    page.goto(prefix + "/staff/?queue=all")
    problems += accessibility_violations(page, f"{language} inbox-390")
    page.set_viewport_size({"width": 1280, "height": 900})
    return problems


# The size each chart text is drawn at on the screen, in px: its font size times the SVG's scale.
CHART_TEXT_SIZES = """() => [...document.querySelectorAll("svg.chart text")].map((text) => {
  const scale = text.getScreenCTM();
  return parseFloat(getComputedStyle(text).fontSize) * Math.hypot(scale.a, scale.b);
})"""


def _small_chart_text(page, label: str) -> list[str]:
    """A chart's text drawn smaller than 12 px, one line a page."""
    sizes = page.evaluate(CHART_TEXT_SIZES)
    if sizes and min(sizes) < 12:
        return [f"{label}: chart text drawn at {min(sizes):.1f} px"]
    return []


def _menu_opened(page, language: str, width: str, accessibility_violations) -> list:
    """The menu folded on a phone, opened with its button."""
    button = page.locator(".main-nav .menu-toggle")
    button.click()
    expect(button).to_have_attribute("aria-expanded", "true")
    expect(page.locator("#workspace-menu")).to_be_visible()
    return accessibility_violations(page, f"{language} menu-open-{width}")


def _sign_in_as_aino(page):
    page.goto("/staff/login/")
    page.locator("#id_username").fill("aino")
    page.locator("#id_password").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Kirjaudu", exact=True).click()
    expect(page.locator("main h1")).to_have_text("Saapuneet")


def test_staff_inbox_on_a_phone(demo_city, new_page, accessibility_violations):
    """On a phone the menu is folded behind its button (by keyboard too, Escape folds it
    again); at desktop width it is open without a button; without JavaScript it stays open."""
    demo_city(cases=30, customers=10)
    page = new_page(width=390, height=844)
    _sign_in_as_aino(page)
    menu = page.get_by_role("navigation", name="Työtila")
    button = menu.get_by_role("button", name="Valikko")
    customers = menu.get_by_role("link", name="Asiakkaat", exact=True)
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(customers).to_be_hidden()
    problems = accessibility_violations(page, "mobile inbox")
    button.click()
    expect(button).to_have_attribute("aria-expanded", "true")
    expect(menu.get_by_role("link", name="Saapuneet")).to_have_attribute("aria-current", "page")
    problems += accessibility_violations(page, "mobile inbox with the menu open")
    customers.click()
    expect(page.locator("main h1")).to_have_text("Asiakkaat")
    expect(customers).to_be_hidden()
    button.focus()
    page.keyboard.press("Enter")
    expect(customers).to_have_attribute("aria-current", "page")
    page.keyboard.press("Tab")
    page.keyboard.press("Escape")
    expect(button).to_be_focused()
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(customers).to_be_hidden()
    page.set_viewport_size({"width": 1366, "height": 900})
    expect(button).to_be_hidden()
    expect(customers).to_be_visible()
    assert problems == []

    without_script = new_page(width=390, height=844, javascript=False)
    _sign_in_as_aino(without_script)
    expect(without_script.locator(".menu-toggle")).to_be_hidden()
    without_script.get_by_role("link", name="Asiakkaat", exact=True).click()
    expect(without_script.locator("main h1")).to_have_text("Asiakkaat")
