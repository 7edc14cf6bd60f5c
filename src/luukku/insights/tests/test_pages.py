"""The supervisor's dashboard: filters, drill-down, exports, errors and rights."""

import csv
import datetime as dt
import io
import re

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
    response = on(at(2026, 11, 23, 9), signed_in.get, path=f"{prefix}/staff/metrics/?{PERIOD}")
    assert response.status_code == 200
    assert f"<h1>{title}</h1>" in response.text
    assert "/staff/metrics/cases/?" in response.text
    assert '<figure class="bar-chart"' in response.text and "<table>" in response.text


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
    page = on(at(2026, 11, 23, 9), signed_in.get, path=f"{prefix}/staff/metrics/?{PERIOD}").text
    assert f'<th scope="row">{day}</th>' in page and f'<span class="bar-label">{day}</span>' in page
    text = re.sub(r"<[^>]+>", " ", page)  # what is read: no addresses, no input values
    assert not re.search(r"\d{4}-\d{2}-\d{2}", text)
    months = "start=2026-01-01&end=2026-11-22"
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
