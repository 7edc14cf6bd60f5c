"""In a real Chromium on the demo city, under the strict Content-Security-Policy: what used
inline script or style attributes still works, the sandboxed frame shows a received mail's
HTML, and the console reports nothing the policy refused (`new_page` fails the test on any)."""

from email.message import EmailMessage

import pytest
from playwright.sync_api import expect

from luukku.channels.services import mail_receive
from luukku.demo.loader import DEMO_PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo(demo_city):
    demo_city(cases=40, customers=15)


@pytest.fixture
def html_mail(demo):
    """A mail with HTML to the demo's service centre, with a script the sanitiser removes."""
    message = EmailMessage()
    message["From"] = "Maija <maija@example.fi>"
    message["To"] = "asiakaspalvelu@vuoksela.example"
    message["Subject"] = "Katuvalo"
    message["Message-ID"] = "<csp-1@example.fi>"
    message.set_content("Katuvalo on pimeänä.")
    message.add_alternative(
        "<p>Katuvalo on <b>pimeänä</b>.</p><script>alert('x')</script>", subtype="html"
    )
    inbound = mail_receive(raw=message.as_bytes())
    return inbound.case, inbound


def _sign_in(page, username: str) -> None:
    page.goto("/staff/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Kirjaudu").click()
    expect(page.get_by_role("heading", level=1)).to_be_visible()


def test_staff_pages_work_under_the_policy(html_mail, new_page):
    case, inbound = html_mail
    page = new_page()
    _sign_in(page, "liisa")
    page.goto(f"/staff/cases/{case.reference}/")
    expect(page.get_by_role("heading", level=1)).to_contain_text(case.reference)
    page.goto(f"/staff/cases/{case.reference}/mail/{inbound.pk}/")
    frame = page.frame_locator("iframe.mail-html")
    expect(frame.locator("b")).to_have_text("pimeänä")
    # The frame's own style (allowed by its hash) is applied: the body's font is 16 px.
    assert frame.locator("body").evaluate("b => getComputedStyle(b).fontSize") == "16px"
    for address in ("/staff/", "/staff/customers/", "/staff/knowledge/", "/staff/calendar/"):
        page.goto(address)
        expect(page.locator("main")).to_be_visible()

    page.goto("/staff/metrics/?start=2025-01-01&end=2027-12-31&theme=channels")
    chart = page.locator("svg.chart").first
    widths = chart.locator("rect.chart-bar").evaluate_all(
        "bars => bars.map(b => b.getBoundingClientRect().width)"
    )
    assert len(widths) > 2 and min(widths) > 0  # the bars are drawn, coloured by the style sheet
    assert len(set(widths)) > 1  # as long as their figures
    fill = chart.locator("rect.chart-bar").first.evaluate("b => getComputedStyle(b).fill")
    assert fill == "rgb(31, 78, 140)"
    page.goto("/staff/staffing/")
    expect(page.locator("main svg.chart")).to_be_visible()

    page.goto("/api/docs/")  # Swagger UI from its own script file, not an inline one
    expect(page.locator(".swagger-ui .info .title")).to_contain_text("Luukku REST API")


def test_citizen_pages_work_under_the_policy_and_the_booking_page_proposes_the_time_zone(
    demo, new_page
):
    page = new_page(timezone_id="Europe/Stockholm")
    page.goto("/")
    page.goto("/services/")
    page.goto("/services/digital-support/")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    page.goto("/services/digital-support/book/")
    page.wait_for_url("**tz=Europe%2FStockholm**")  # the script file ran and chose the zone
    expect(page.locator("#id_tz")).to_have_value("Europe/Stockholm")
    page.goto("/requests/")
    page.goto("/accessibility/")
