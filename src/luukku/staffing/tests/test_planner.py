"""Forecasts from interval history and the week's plan built on them."""

import csv
import datetime as dt
import io
from xml.etree import ElementTree

import pytest
from openpyxl import load_workbook

from luukku.core.calendar import HELSINKI
from luukku.insights.models import ContactVolume
from luukku.staffing import erlang
from luukku.staffing.forecast import QUARTERS, History, backtest, forecast
from luukku.staffing.selectors import Parameters, Task, staffing_plan

MONDAY = dt.date(2026, 11, 23)
PATTERN = [0] * 36 + [4, 6, 8, 8, 6, 6, 5, 5, 4, 4, 6, 7, 7, 6, 5, 4, 3, 3, 2, 2] + [0] * 40


def _weekdays(day):
    return day.weekday() < 5


def _history(weeks=12, growth=0.0):
    contacts = {}
    first = MONDAY - dt.timedelta(weeks=weeks)
    for offset in range(weeks * 7):
        day = first + dt.timedelta(days=offset)
        if _weekdays(day):
            factor = (1 + growth) ** (offset // 7) * (1.3 if day.weekday() == 0 else 1.0)
            contacts[day] = [value * factor for value in PATTERN]
    return History(contacts)


def test_a_steady_pattern_is_forecast_exactly():
    days = [MONDAY + dt.timedelta(days=offset) for offset in range(7)]
    result = forecast(_history(), days, cutoff=MONDAY, is_open=_weekdays)
    assert result[MONDAY] == pytest.approx([value * 1.3 for value in PATTERN])
    assert result[MONDAY + dt.timedelta(days=2)] == pytest.approx(PATTERN)
    assert sum(result[MONDAY + dt.timedelta(days=5)]) == 0  # Saturday: closed
    [week] = backtest(
        _history(), weeks=[MONDAY - dt.timedelta(weeks=1)], minutes=60, is_open=_weekdays
    )
    assert week.wape == pytest.approx(0, abs=1e-9)
    assert week.mape == pytest.approx(0, abs=1e-9)


def test_growth_is_followed_by_the_trend():
    history = _history(weeks=12, growth=0.03)
    days = [MONDAY + dt.timedelta(days=2)]
    predicted = sum(forecast(history, days, cutoff=MONDAY, is_open=_weekdays)[days[0]])
    last_week = sum(history.day(MONDAY - dt.timedelta(days=5)))
    assert predicted > last_week  # the trend carries the level past last week
    assert predicted == pytest.approx(last_week * 1.03, rel=0.03)


def test_backtest_errors_are_computed_per_interval():
    actual = {MONDAY: [0.0] * QUARTERS}
    actual[MONDAY][40] = 10
    actual[MONDAY][44] = 10
    history = History({**_history().contacts, **actual})
    [week] = backtest(history, weeks=[MONDAY], minutes=60, is_open=lambda day: day.weekday() == 0)
    # Forecast for Monday is 1.3 × PATTERN; the error is counted hour by hour.
    hourly = [sum(PATTERN[i : i + 4]) * 1.3 for i in range(0, QUARTERS, 4)]
    expected = [0] * 24
    expected[10], expected[11] = 10, 10
    errors = sum(abs(a - f) for a, f in zip(expected, hourly, strict=True))
    assert week.wape == pytest.approx(errors / 20)


@pytest.fixture
def phone_history(db):
    """Eight weeks of imported phone statistics: 4 calls a quarter 9–15, 240 s each."""
    rows = []
    for offset in range(1, 57):
        day = MONDAY - dt.timedelta(days=offset)
        if day.weekday() >= 5:
            continue
        for quarter in range(36, 60):
            starts = dt.datetime.combine(
                day, dt.time(quarter // 4, quarter % 4 * 15), tzinfo=HELSINKI
            )
            rows.append(
                ContactVolume(
                    starts_at=starts,
                    channel="phone",
                    source="imported",
                    contacts=4,
                    handle_seconds=960,
                )
            )
    ContactVolume.objects.bulk_create(rows)
    # Luukku's own count of the channel is not used while imported figures exist.
    ContactVolume.objects.create(
        starts_at=rows[0].starts_at, channel="phone", source="luukku", contacts=500
    )


def test_the_plan_staffs_each_open_hour_for_the_target(phone_history):
    plan = staffing_plan(Parameters(channel="phone", week=MONDAY, interval=60, handle_seconds=240))
    assert plan.handle_seconds_measured == pytest.approx(240)
    hours = {row.starts_at.astimezone(HELSINKI).hour for row in plan.intervals}
    assert hours <= set(range(8, 17))  # the default business hours
    ten = next(r for r in plan.intervals if r.starts_at.astimezone(HELSINKI).hour == 10)
    assert ten.contacts == pytest.approx(16)
    expected = erlang.erlang_c_agents(
        load=16 * 240 / 3600, handle_seconds=240, answer_seconds=20, target=0.8
    )
    assert ten.base.agents == expected.agents
    assert ten.scheduled == erlang.with_shrinkage(expected.agents, 0.3)
    assert plan.fte > 0


def test_the_handling_time_is_measured_from_the_recent_weeks(phone_history):
    # Ten weeks back the calls were longer; only the last eight weeks count.
    old = dt.datetime.combine(MONDAY - dt.timedelta(weeks=10), dt.time(10), tzinfo=HELSINKI)
    ContactVolume.objects.create(
        starts_at=old, channel="phone", source="imported", contacts=100, handle_seconds=60_000
    )
    measured = staffing_plan(Parameters(channel="phone", week=MONDAY))
    assert measured.handle_seconds == pytest.approx(240)
    assert measured.handle_time_is_measured
    chosen = staffing_plan(Parameters(channel="phone", week=MONDAY, handle_seconds=600))
    assert chosen.handle_seconds == 600 and not chosen.handle_time_is_measured
    assert chosen.fte > measured.fte
    usual = staffing_plan(Parameters(channel="chat", week=MONDAY))  # chat has no history
    assert usual.handle_seconds == 420 and not usual.handle_time_is_measured


def test_moved_tasks_add_agents_where_the_work_lands(phone_history):
    base = Parameters(channel="phone", week=MONDAY, interval=60, handle_seconds=240, staff=3.5)
    tasks = Parameters(**{**base.__dict__, "tasks": (Task("Kaavakartat", 300, 12),)})
    without, with_tasks = staffing_plan(base), staffing_plan(tasks)
    assert with_tasks.task_contacts == pytest.approx(300)
    assert with_tasks.fte_with_tasks > without.fte_with_tasks
    assert all(r.scheduled_with_tasks >= r.scheduled for r in with_tasks.intervals)
    assert with_tasks.enough_staff is False


def test_erlang_a_reports_abandonment(phone_history):
    plan = staffing_plan(
        Parameters(
            channel="phone", week=MONDAY, interval=30, handle_seconds=240, patience_seconds=60
        )
    )
    assert all(0 <= row.base.abandonment < 0.2 for row in plan.intervals)


@pytest.mark.parametrize("language", ["fi", "en"])
def test_planner_page_and_exports(client, supervisor, phone_history, language):
    client.force_login(supervisor)
    prefix = "" if language == "fi" else f"/{language}"
    query = "week=2026-11-23&task1_name=Kaavat&task1_per_week=60&task1_minutes=10&staff=3.5"
    response = client.get(f"{prefix}/staff/staffing/?{query}")
    assert response.status_code == 200
    assert ("Henkilöstösuunnittelu" if language == "fi" else "Staffing planner") in response.text
    measured = "(mitattu historiasta)" if language == "fi" else "(measured from the history)"
    assert measured in response.text
    workbook = load_workbook(
        io.BytesIO(client.get(f"{prefix}/staff/staffing/?{query}&format=xlsx").content)
    )
    sheet = workbook.active
    needed = [row[2] for row in sheet.iter_rows(min_row=5, values_only=True)]
    assert all(isinstance(value, int) for value in needed) and max(needed) >= 1
    csv = client.get(f"{prefix}/staff/staffing/?{query}&format=csv").content.decode("utf-8-sig")
    assert csv.splitlines()[0].count(",") == 10


SVG = "{http://www.w3.org/2000/svg}"


def test_the_staffing_chart_has_axes_with_days_and_people(client, supervisor, phone_history):
    client.force_login(supervisor)
    query = "week=2026-11-23&task1_name=Kaavat&task1_per_week=60&task1_minutes=10"
    page = client.get(f"/en/staff/staffing/?{query}").text
    start = page.index('<svg class="chart"')
    svg = ElementTree.fromstring(page[start : page.index("</svg>", start) + len("</svg>")])
    assert svg.get("role") == "img"
    assert svg.find(f"{SVG}title").text == "Chart: people to schedule in each interval"
    axes = {
        group.get("class"): [text.text for text in group.iter(f"{SVG}text")]
        for group in svg.iter(f"{SVG}g")
        if group.get("class", "").startswith("axis")
    }
    x_axis = svg.find(f"{SVG}g[@class='axis axis-x']")
    by_role = {
        role: [text.text for text in x_axis.iter(f"{SVG}text") if text.get("class") == role]
        for role in ("chart-tick", "chart-label", "chart-title")
    }
    assert by_role["chart-label"] == [
        "Mon 23.11.",
        "Tue 24.11.",
        "Wed 25.11.",
        "Thu 26.11.",
        "Fri 27.11.",
    ]
    assert by_role["chart-title"] == ["Day and time (Finnish time)"]
    assert by_role["chart-tick"] == [str(hour) for hour in range(8, 16)] * 5  # each open hour
    # Drawn at its own size (one unit a pixel, in a box that scrolls sideways on a phone), so
    # its 13-unit text is 13 px on any screen.
    assert (svg.get("width"), svg.get("height")) == tuple(svg.get("viewBox").split()[2:])
    assert 'class="chart-scroll" role="region" tabindex="0"' in page
    *people, title = axes["axis axis-y"]
    assert title == "People" and people[0] == "0" and len(people) >= 3
    exported = client.get(f"/en/staff/staffing/?{query}&format=csv").content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(exported)))[1:]
    busiest = max(int(row[9]) for row in rows)  # agents to schedule with the tasks
    assert int(people[-2]) < busiest <= int(people[-1])  # the scale just reaches the busiest
    columns = svg.findall(f"{SVG}g[@class='chart-bars']/{SVG}rect[@class='chart-bar']")
    assert len(columns) == len(rows)  # one column an interval


def test_planner_refuses_bad_input(client, supervisor, agent, phone_history):
    client.force_login(supervisor)
    response = client.get(
        "/staff/staffing/?week=2026-11-23&task1_name=Kaavat&task1_per_week=60&shrinkage=95"
    )
    assert response.status_code == 400
    assert "Anna sekä kerrat viikossa että minuutit kerralla." in response.text
    client.force_login(agent)
    assert client.get("/staff/staffing/").status_code == 403
