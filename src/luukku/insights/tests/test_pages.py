"""The supervisor's dashboard: filters, drill-down, exports, errors and rights."""

import csv
import datetime as dt
import io
import re
from xml.etree import ElementTree

import pytest
from openpyxl import load_workbook

from luukku.cases.models import Channel
from luukku.catalogue.tests.factories import ServiceFactory
from luukku.channels.citizen_request import CitizenRequest
from luukku.channels.services import web_request_submit
from luukku.core.testing.clock import at, on
from luukku.organisation.tests.factories import UserFactory

PERIOD = "start=2026-11-16&end=2026-11-22"


@pytest.fixture
def signed_in(client, supervisor, week):
    client.force_login(supervisor)
    return client


@pytest.mark.parametrize(
    ("prefix", "title"), [("", "Mittarit"), ("/sv", "Nyckeltal"), ("/en", "Metrics")]
)
def test_dashboard_shows_figures_with_links_to_the_cases(signed_in, prefix, title):
    response = on(
        at(2026, 11, 23, 9), signed_in.get, path=f"{prefix}/staff/metrics/?{PERIOD}&theme=channels"
    )
    assert response.status_code == 200
    assert f"<h1>{title}</h1>" in response.text
    assert "/staff/metrics/cases/?" in response.text
    assert '<svg class="chart"' in response.text and "<table>" in response.text


SUMMARY = {
    "": ("Yhteenveto", "Avoimet asiat nyt", "Kanavat"),
    "/sv": ("Sammanfattning", "Öppna ärenden nu", "Kanaler"),
    "/en": ("Summary", "Open cases now", "Channels"),
}


def _tabs(page: str) -> list[tuple[str, bool]]:
    nav = page[page.index('<nav class="theme-tabs"') :]
    nav = nav[: nav.index("</nav>")]
    return [
        (link, bool(current))
        for link, current in re.findall(r'<a href="([^"]*)"( aria-current="page")?>', nav)
    ]


@pytest.mark.parametrize("prefix", SUMMARY)
def test_the_metrics_open_on_the_summary_and_each_theme_is_a_page(signed_in, prefix):
    summary, open_now, channels = SUMMARY[prefix]
    page = on(at(2026, 11, 23, 9), signed_in.get, path=f"{prefix}/staff/metrics/?{PERIOD}").text
    tabs = _tabs(page)
    assert tabs[0][1] and "theme=summary" in tabs[0][0]  # the summary is the current tab
    assert f'aria-current="page">{summary}</a>' in page
    assert f"<dt>{open_now}</dt>" in page  # the figures a supervisor looks at first
    assert 'id="summary-heading"' in page and 'id="channels-heading"' not in page
    assert "theme=channels" in tabs[2][0] and "start=2026-11-16" in tabs[2][0]  # filters kept
    path = f"{prefix}/staff/metrics/" + tabs[2][0].replace("&amp;", "&")
    page = on(at(2026, 11, 23, 9), signed_in.get, path=path).text
    assert f'aria-current="page">{channels}</a>' in page
    assert 'id="channels-heading"' in page and 'id="summary-heading"' not in page
    assert '<input type="hidden" name="theme" value="channels">' in page
    # A figure's cases lead back to the theme they were opened from.
    drill = re.search(r'href="(/[a-z/]*staff/metrics/cases/\?[^"]*)"', page).group(1)
    assert "theme=channels" in drill
    back = signed_in.get(drill.replace("&amp;", "&")).text
    assert re.search(r'href="/[a-z/]*staff/metrics/\?[^"]*theme=channels[^"]*"', back)


@pytest.mark.parametrize(
    ("prefix", "message"),
    [
        ("", "Mittareissa ei ole tällaista teemaa."),
        ("/sv", "Nyckeltalen har inget sådant tema."),
        ("/en", "There is no such theme of the metrics."),
    ],
)
def test_an_unknown_theme_is_refused_with_a_translated_message(signed_in, prefix, message):
    response = signed_in.get(f"{prefix}/staff/metrics/?{PERIOD}&theme=secret")
    assert response.status_code == 404
    assert message in response.text
    assert "<table>" not in response.text  # nothing counted
    assert len(_tabs(response.text)) == 18  # the themes to choose from (and retention)


def _svg(page: str, slug: str) -> ElementTree.Element:
    start = page.index(f'aria-labelledby="{slug}-chart-title')
    start = page.rindex("<svg", 0, start)
    return ElementTree.fromstring(page[start : page.index("</svg>", start) + len("</svg>")])


def _axis(svg: ElementTree.Element, name: str) -> list[str]:
    group = svg.find(f"{SVG}g[@class='axis axis-{name}']")
    return [text.text for text in group.iter(f"{SVG}text")]


SVG = "{http://www.w3.org/2000/svg}"


def test_a_chart_has_axes_with_tick_values_and_units(signed_in):
    page = on(
        at(2026, 11, 23, 9), signed_in.get, path=f"/en/staff/metrics/?{PERIOD}&theme=channels"
    ).text
    svg = _svg(page, "channels")
    assert svg.get("role") == "img"
    assert svg.find(f"{SVG}title").text == "Chart: By channel"
    *ticks, title = _axis(svg, "x")
    assert title == "New cases, number"
    assert ticks[0] == "0" and len(ticks) >= 3
    assert [int(tick) for tick in ticks] == sorted(int(tick) for tick in ticks)
    labels = _axis(svg, "y")
    assert labels[0] == "Channel" and str(Channel.WEB.label) in labels
    assert len(svg.findall(f"{SVG}g[@class='chart-bars']/{SVG}rect")) == len(labels) - 1
    axes = svg.findall(f"{SVG}g[@class='chart-lines']/{SVG}line[@class='chart-axis']")
    assert len(axes) == 2
    page = signed_in.get(f"/en/staff/metrics/?{PERIOD}&theme=departments").text
    *ticks, title = _axis(_svg(page, "departments"), "x")
    assert title == "New cases, number"


def test_a_chart_text_is_at_least_12_px_on_a_320_px_screen(signed_in):
    """A bar chart scales with the page, 288 px wide on a 320 px screen (the margins off): its
    13-unit text stays 12 px or more there."""
    page = signed_in.get(f"/en/staff/metrics/?{PERIOD}&theme=services").text
    svg = _svg(page, "services")
    assert svg.get("width") is None  # as wide as the page, up to 26rem
    width = float(svg.get("viewBox").split()[2])
    assert 13 * 288 / width >= 12


def test_drill_down_lists_the_cases_behind_a_figure(signed_in, week):
    response = signed_in.get(f"/staff/metrics/cases/?{PERIOD}&measure=cases&channel=web")
    assert response.status_code == 200
    assert week["answered"].reference in response.text
    assert week["consulted"].reference in response.text
    assert week["counter"].reference not in response.text
    assert signed_in.get(f"/staff/metrics/cases/?{PERIOD}&measure=secret").status_code == 404


def test_drill_down_counts_but_does_not_list_another_departments_sensitive_case(
    client, week, other_department
):
    """Need to know: a supervisor of another department sees the figure, not the case."""
    sensitive = ServiceFactory(responsible_unit__department=week["answered"].department)
    sensitive.sensitive = True
    sensitive.save()
    case = on(
        at(2026, 11, 17, 9, 0),
        web_request_submit,
        request=CitizenRequest(
            service=sensitive,
            subject="Päiväkotipaikka",
            description="Lapselle paikka",
            email="maija@example.fi",
        ),
    )
    query = f"/en/staff/metrics/cases/?{PERIOD}&measure=cases&channel=web"
    client.force_login(UserFactory(role="supervisor", departments=[other_department]))
    response = client.get(query)
    assert response.status_code == 200
    assert week["answered"].reference in response.text
    assert case.reference not in response.text
    assert "also counts 1 sensitive case" in response.text
    client.force_login(UserFactory(role="supervisor", departments=[case.department]))
    response = client.get(query)
    assert case.reference in response.text
    assert "also counts" not in response.text


def test_exports_carry_the_same_numbers(signed_in):
    response = signed_in.get(f"/staff/metrics/export/?{PERIOD}&table=channels&format=csv")
    assert response["Content-Disposition"].endswith('.csv"')
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    by_channel = {row[0]: row for row in rows[1:]}
    assert by_channel[str(Channel.WEB.label)][2] == "2"
    response = signed_in.get(f"/staff/metrics/export/?{PERIOD}&format=xlsx")
    workbook = load_workbook(io.BytesIO(response.content))
    assert len(workbook.sheetnames) >= 10
    summary = workbook[workbook.sheetnames[0]]
    values = {row[0]: row[1] for row in summary.iter_rows(min_row=5, values_only=True)}
    assert values["Uudet asiakasasiat"] == 4
    assert signed_in.get(f"/staff/metrics/export/?{PERIOD}&format=pdf").status_code == 404


def test_bad_period_is_refused_with_a_translated_error(signed_in):
    response = signed_in.get("/staff/metrics/?start=2026-11-22&end=2026-11-01")
    assert response.status_code == 400
    assert "Loppu ei voi olla ennen alkua." in response.text
    response = signed_in.get("/en/staff/metrics/?start=2020-01-01&end=2026-11-01")
    assert response.status_code == 400
    assert "Choose a period of at most three years." in response.text


def test_only_supervisors_see_the_metrics(client, agent, expert):
    for user in (agent, expert):
        client.force_login(user)
        assert client.get("/staff/metrics/").status_code == 403
        assert client.get("/staff/metrics/export/?format=xlsx").status_code == 403


@pytest.mark.parametrize(
    ("prefix", "day", "month"),
    [
        ("", "16.11.2026", "marraskuu 2026"),
        ("/sv", "16.11.2026", "november 2026"),
        ("/en", "16.11.2026", "November 2026"),
    ],
)
def test_the_trend_is_dated_as_its_reader_writes_dates(signed_in, prefix, day, month):
    path = f"{prefix}/staff/metrics/?{PERIOD}&theme=trend"
    page = on(at(2026, 11, 23, 9), signed_in.get, path=path).text
    assert f'<th scope="row">{day}</th>' in page and f">{day}</text>" in page
    text = re.sub(r"<[^>]+>", " ", page)  # what is read: no addresses, no input values
    assert not re.search(r"\d{4}-\d{2}-\d{2}", text)
    months = "start=2026-01-01&end=2026-11-22&theme=trend"
    page = on(at(2026, 11, 23, 9), signed_in.get, path=f"{prefix}/staff/metrics/?{months}").text
    assert f'<th scope="row">{month}</th>' in page


def test_the_exports_keep_the_trend_as_dates(signed_in):
    response = signed_in.get(f"/staff/metrics/export/?{PERIOD}&table=trend&format=csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[1][0] == "2026-11-16"
    response = signed_in.get(f"/staff/metrics/export/?{PERIOD}&format=xlsx")
    sheet = load_workbook(io.BytesIO(response.content))["Päivittäin"]
    assert sheet["A2"].value == "16.11.2026 – 22.11.2026"
    assert sheet["A5"].value.date() == dt.date(2026, 11, 16)
    assert sheet["A5"].number_format == "yyyy-mm-dd"
