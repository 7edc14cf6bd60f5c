"""The forecast through the calendar, on synthetic histories of known truth
(`staffing.synthetic`, docs/staffing.md "How the forecast is checked"): the yearly index,
events kept out of the level and trend, level shifts, gaps read as missing, short histories
and round-the-clock channels. Each scenario is checked for three seeds of Poisson noise."""

import datetime as dt
import io

import pytest
from django.utils import translation
from openpyxl import load_workbook

from luukku.core.calendar import HELSINKI
from luukku.insights.models import ContactVolume
from luukku.staffing.events import Event
from luukku.staffing.forecast import backtest, forecast
from luukku.staffing.selectors import Parameters, staffing_plan
from luukku.staffing.synthetic import Scenario, christmas_week, generate

D = dt.date
SEEDS = (1, 2, 3)
CUTOFF = D(2026, 10, 5)  # a Monday of an ordinary autumn


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def _week(monday):
    return [monday + dt.timedelta(days=offset) for offset in range(7)]


def _bias(scenario: Scenario, monday=None, notes=None) -> float:
    """The forecast of a week against its true mean (no noise in the comparison)."""
    monday = monday or scenario.cutoff
    days = _week(monday)
    predicted = forecast(
        scenario.history,
        days,
        cutoff=monday,
        is_open=scenario.is_open,
        events=scenario.events,
        notes=notes,
    )
    return (
        sum(sum(predicted[day]) for day in days) / sum(scenario.expected[day] for day in days) - 1
    )


def _christmas(day):
    return 0.35 if christmas_week(day) else 1.0


@pytest.mark.parametrize("seed", SEEDS)
def test_christmas_week_is_forecast_from_last_christmas(seed):
    scenario = generate("christmas", cutoff=D(2026, 12, 21), weeks=70, seed=seed, effect=_christmas)
    notes = []
    assert abs(_bias(scenario, notes=notes)) <= 0.10
    assert any("Christmas" in note and "last year" in note for note in notes)


@pytest.mark.parametrize("seed", SEEDS)
def test_the_weeks_after_an_event_are_not_pulled_by_it(seed):
    after_christmas = generate(
        "after christmas", cutoff=D(2026, 12, 28), weeks=30, seed=seed, effect=_christmas
    )
    # Without a previous Christmas the days left of it are planned at the usual level, and
    # the drop does not pull the level down (it was −25 %).
    assert abs(_bias(after_christmas)) <= 0.05
    assert abs(_bias(after_christmas, D(2027, 1, 11))) <= 0.05
    surge = generate(
        "tax cards",
        cutoff=D(2027, 2, 1),
        weeks=40,
        seed=seed,
        effect=lambda day: 1.4 if D(2027, 1, 7) <= day <= D(2027, 1, 31) else 1.0,
    )
    assert abs(_bias(surge)) <= 0.05  # was +10 %


@pytest.mark.parametrize("seed", SEEDS)
def test_a_level_shift_is_detected_or_declared_and_used_at_once(seed):
    def step(day):
        return 1.3 if day >= CUTOFF - dt.timedelta(weeks=2) else 1.0

    notes = []
    detected = generate("detected", cutoff=CUTOFF, weeks=40, seed=seed, effect=step)
    # Two weeks at the new level: the step's size is known to a few per cent.
    assert abs(_bias(detected, notes=notes)) <= 0.06  # was −14 %, then +5–6 % a week
    assert any("+2" in note or "+3" in note for note in notes), notes
    later = _bias(detected, CUTOFF + dt.timedelta(weeks=3))
    assert abs(later) <= 0.05  # no growth read into the step

    def at_cutoff(day):
        return 1.3 if day >= CUTOFF else 1.0

    declared = generate(
        "declared",
        cutoff=CUTOFF,
        weeks=40,
        seed=seed,
        effect=at_cutoff,
        events=(Event("declared:change", "Front line", CUTOFF, CUTOFF, 1.3, shift=True),),
    )
    assert abs(_bias(declared)) <= 0.05
    undeclared = generate("undeclared", cutoff=CUTOFF, weeks=40, seed=seed, effect=at_cutoff)
    assert _bias(undeclared) < -0.15  # nobody can see a change that has not happened yet


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize(
    "gap",
    [
        {"absent": {CUTOFF - dt.timedelta(days=offset) for offset in (7, 6, 5)}},
        {"absent": {CUTOFF - dt.timedelta(days=offset) for offset in range(14, 7, -1)}},
        {"zero": {CUTOFF - dt.timedelta(days=offset) for offset in range(14, 7, -1)}},
    ],
    ids=["three absent days", "an absent week", "a gap exported as zeros"],
)
def test_missing_days_are_missing_not_zero(seed, gap):
    scenario = generate("gap", cutoff=CUTOFF, weeks=40, seed=seed, **gap)
    steady = generate("steady", cutoff=CUTOFF, weeks=40, seed=seed)
    notes = []
    # The same noise with and without the gap: the gap moves the forecast by little.
    assert abs(_bias(scenario, notes=notes) - _bias(steady)) <= 0.03  # was −8 … −26 %
    assert abs(_bias(scenario)) <= 0.06
    assert any("no figures" in note for note in notes)


def test_absent_days_in_a_tested_week_are_not_errors():
    absent = {CUTOFF + dt.timedelta(days=1), CUTOFF + dt.timedelta(days=2)}
    scenario = generate("absent", cutoff=CUTOFF, weeks=40, absent=absent)
    [week] = backtest(scenario.history, weeks=[CUTOFF], minutes=60, is_open=scenario.is_open)
    assert week.daily_wape < 0.15  # was 85 %
    assert week.actual == sum(sum(scenario.history.day(day)) for day in _week(CUTOFF))


def test_a_short_history_without_some_weekdays_plans_them_with_a_warning():
    scenario = generate("short", cutoff=CUTOFF, weeks=2, weekdays=(2, 3, 4))
    notes = []
    predicted = forecast(
        scenario.history, _week(CUTOFF), cutoff=CUTOFF, is_open=scenario.is_open, notes=notes
    )
    monday, tuesday = sum(predicted[CUTOFF]), sum(predicted[CUTOFF + dt.timedelta(days=1)])
    wednesday = sum(predicted[CUTOFF + dt.timedelta(days=2)])
    assert monday == tuesday == pytest.approx(wednesday, rel=0.35)
    assert monday > 0 and max(predicted[CUTOFF]) > 0  # and spread over the day
    assert any("Monday, Tuesday" in note for note in notes)


def _import(scenario: Scenario, channel: str):
    """The scenario's history as imported hourly statistics."""
    rows = []
    for day, values in scenario.history.contacts.items():
        if day >= scenario.cutoff:
            continue
        for hour in range(24):
            contacts = sum(values[hour * 4 : hour * 4 + 4])
            if contacts:
                starts = dt.datetime.combine(day, dt.time(hour), tzinfo=HELSINKI)
                rows.append(
                    ContactVolume(
                        starts_at=starts, channel=channel, source="imported", contacts=contacts
                    )
                )
    ContactVolume.objects.bulk_create(rows)


@pytest.mark.django_db
def test_the_planner_reads_enough_history_for_last_christmas():
    scenario = generate("christmas", cutoff=D(2026, 12, 21), weeks=70, effect=_christmas)
    _import(scenario, "phone")
    plan = staffing_plan(Parameters(channel="phone", week=scenario.cutoff))
    truth = sum(scenario.expected[day] for day in _week(scenario.cutoff))
    assert plan.contacts == pytest.approx(truth, rel=0.10)  # was 888 for 308
    assert plan.history_days > 5 * 60  # open days: more than a year


@pytest.mark.django_db
def test_a_round_the_clock_channel_plans_every_contact(settings):
    scenario = generate("email", cutoff=CUTOFF, weeks=10, daily=300, round_the_clock=True)
    _import(scenario, "email")
    plan = staffing_plan(Parameters(channel="email", week=CUTOFF, answer_seconds=3600))
    arrived = sum(scenario.expected[day] for day in _week(CUTOFF))
    assert plan.received == pytest.approx(arrived, rel=0.05)
    # The night's and the weekend's mail is planned into the next open hour: what is
    # planned is this week's arrivals less its own weekend plus the last weekend's.
    assert plan.contacts == pytest.approx(arrived, rel=0.05)  # was 1,864 of 2,054
    monday_first = plan.intervals[0]
    assert monday_first.starts_at.astimezone(HELSINKI).hour == 8
    assert monday_first.contacts > 5 * plan.intervals[1].contacts
    assert any("round the clock" in note for note in plan.notes)


@pytest.fixture
def steady_phone(db):
    scenario = generate("steady", cutoff=CUTOFF, weeks=10)
    _import(scenario, "phone")
    return scenario


def _plan_page(client, query: str, prefix: str = ""):
    return client.get(f"{prefix}/staff/staffing/?channel=phone&week={CUTOFF}&{query}")


def test_the_planner_page_takes_a_declared_change_and_period(client, supervisor, steady_phone):
    client.force_login(supervisor)
    usual = staffing_plan(Parameters(channel="phone", week=CUTOFF)).contacts
    changed = _plan_page(client, "change_from=2026-10-07&change_percent=30")
    assert changed.status_code == 200
    plan = changed.context["plan"]
    wednesday_on = sum(steady_phone.expected[CUTOFF + dt.timedelta(days=d)] for d in (2, 3, 4))
    assert plan.contacts == pytest.approx(usual + 0.3 * wednesday_on, rel=0.02)
    assert "Pysyvä muutos: 7.10.2026 alkaen yhteydenotot muuttuvat +30 %" in changed.text
    period = _plan_page(
        client, "period_from=2026-10-05&period_to=2026-10-06&period_percent=-50", prefix="/sv"
    )
    monday_tuesday = sum(steady_phone.expected[CUTOFF + dt.timedelta(days=d)] for d in (0, 1))
    assert period.context["plan"].contacts == pytest.approx(usual - 0.5 * monday_tuesday, rel=0.02)
    assert "Exceptionell period (5.10.2026–6.10.2026): planerad till 50 %" in period.text
    workbook = load_workbook(
        io.BytesIO(
            _plan_page(client, "change_from=2026-10-07&change_percent=30&format=xlsx").content
        )
    )
    assumptions = [row[0] for row in workbook.worksheets[1].iter_rows(values_only=True)]
    assert any("Pysyvä muutos" in str(value) for value in assumptions)


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("change_from=2026-10-07", "Anna sekä muutoksen päivä että kuinka paljon"),
        ("change_percent=30", "Anna sekä muutoksen päivä että kuinka paljon"),
        ("change_from=2026-10-07&change_percent=-95", "Tämän luvun on oltava vähintään -90."),
        ("period_from=2026-10-07&period_to=2026-10-05", "Jakso päättyy ennen kuin se alkaa."),
        ("period_from=2026-10-01&period_to=2026-12-31", "enintään kaksi kuukautta"),
        ("period_percent=20", "Anna poikkeuksellisen jakson ensimmäinen ja viimeinen päivä."),
    ],
)
def test_the_planner_refuses_unclear_declarations(client, supervisor, steady_phone, query, message):
    client.force_login(supervisor)
    response = _plan_page(client, query)
    assert response.status_code == 400
    assert message in response.text
    assert "plan" not in response.context


def test_choosing_another_channel_brings_its_usual_targets(client, supervisor, steady_phone):
    client.force_login(supervisor)
    first = _plan_page(client, "")
    assert 'name="targets_for" value="phone::"' in first.text
    email = client.get(
        f"/staff/staffing/?channel=email&week={CUTOFF}&target=80&answer_seconds=20"
        "&targets_for=phone::"
    )
    assert email.context["plan"].parameters.answer_seconds == 3600
    kept = client.get(
        f"/staff/staffing/?channel=email&week={CUTOFF}&target=90&answer_seconds=7200"
        "&targets_for=email::"
    )
    assert kept.context["plan"].parameters.answer_seconds == 7200  # chosen for it: kept
    assert kept.context["plan"].parameters.target == pytest.approx(0.9)


def test_a_declared_change_the_history_does_not_show_is_questioned():
    starts = CUTOFF - dt.timedelta(weeks=3)
    declared = (Event("declared:change", "Front line", starts, starts, 1.3, shift=True),)
    flat = generate("flat", cutoff=CUTOFF, weeks=20, events=declared)
    notes = []
    _bias(flat, notes=notes)
    assert any("are -2" in note and "declared change expects" in note for note in notes), notes
    stepped = generate(
        "stepped",
        cutoff=CUTOFF,
        weeks=20,
        effect=lambda day: 1.3 if day >= starts else 1.0,
        events=declared,
    )
    notes = []
    assert abs(_bias(stepped, notes=notes)) <= 0.05
    assert not any("declared change expects" in note for note in notes)


@pytest.mark.django_db
def test_mail_still_to_come_before_the_week_follows_a_declared_period():
    scenario = generate("email", cutoff=CUTOFF, weeks=10, daily=300, round_the_clock=True)
    _import(scenario, "email")
    week = CUTOFF + dt.timedelta(weeks=1)  # the weekend before it has not come yet
    weekend = Event("declared:period", "Outage", week - dt.timedelta(days=2), week, 0.0)
    usual = staffing_plan(Parameters(channel="email", week=week, answer_seconds=3600))
    quiet = staffing_plan(
        Parameters(channel="email", week=week, answer_seconds=3600, events=(weekend,))
    )
    # Friday evening's mail still waits on Monday morning; the weekend's does not.
    assert quiet.intervals[0].contacts < usual.intervals[0].contacts / 2
