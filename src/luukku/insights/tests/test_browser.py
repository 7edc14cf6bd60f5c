"""In a real Chromium on the demo city: a supervisor filters the dashboard, drills down to
the cases, downloads the workbook, and plans next week with tasks moved from experts."""

import io

import pytest
from openpyxl import load_workbook
from playwright.sync_api import expect

from luukku.cases.models import Case, Channel
from luukku.demo.loader import DEMO_PASSWORD, load_demo

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_supervisor_reads_the_metrics_and_plans_the_week(
    new_page, screenshot, accessibility_violations
):
    load_demo(cases=120, customers=30)
    page = new_page()
    page.goto("/staff/login/")
    page.locator("#id_username").fill("liisa")
    page.locator("#id_password").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Kirjaudu").click()
    page.get_by_role("link", name="Mittarit").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Mittarit")
    problems = accessibility_violations(page, "dashboard")

    page.get_by_role("link", name="Viimeiset 12 kuukautta").click()
    page.get_by_label("Kanava").select_option(Channel.PHONE)
    page.get_by_role("button", name="Näytä").click()
    summary = page.get_by_role("table", name="Tunnusluvut")
    new_cases = summary.get_by_role("row", name="Uudet asiakasasiat").get_by_role("link")
    shown = int(new_cases.inner_text().replace("\xa0", "").replace(" ", ""))
    assert shown == Case.objects.filter(channel=Channel.PHONE).count() > 0
    screenshot(page, "fi-metrics-phone")
    new_cases.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Uudet asiakasasiat")
    problems += accessibility_violations(page, "dashboard cases")
    first = page.locator("main table tbody tr").first
    reference = first.get_by_role("link").inner_text()
    assert Case.objects.get(reference=reference).channel == Channel.PHONE
    page.get_by_role("link", name="Takaisin mittareihin").click()

    with page.expect_download() as download:
        page.get_by_role("link", name="kaikki taulukot Excel-työkirjana (XLSX)").click()
    with open(download.value.path(), "rb") as saved:  # saved without a .xlsx suffix
        workbook = load_workbook(io.BytesIO(saved.read()))
    key_figures = {
        row[0]: row[1] for row in workbook["Tunnusluvut"].iter_rows(min_row=5, values_only=True)
    }
    assert key_figures["Uudet asiakasasiat"] == shown

    page.get_by_role("link", name="Henkilöstötarve").click()
    page.get_by_label("Tehtävä 1").fill("Kaavakartat")
    page.get_by_label("Kertaa viikossa").first.fill("60")
    page.get_by_label("Minuuttia kerralla").first.fill("10")
    page.get_by_label("Tiimissä nyt (henkilötyövuosina)").fill("3.5")
    page.get_by_role("button", name="Suunnittele viikko").click()
    expect(page.get_by_text("Tarvittavat henkilötyövuodet")).to_be_visible()
    hours = page.get_by_role(
        "table", name="Vuoroon tarvittavat tunneittain siirrettyjen tehtävien kanssa"
    )
    expect(hours.locator("tbody tr")).to_have_count(5)  # Monday to Friday
    problems += accessibility_violations(page, "staffing")
    screenshot(page, "fi-staffing")
    page.get_by_label("Tiimissä nyt (henkilötyövuosina)").fill("-1")
    page.get_by_role("button", name="Suunnittele viikko").click()
    expect(page.locator("#error-summary")).to_be_visible()
    problems += accessibility_violations(page, "staffing error")
    assert problems == []
