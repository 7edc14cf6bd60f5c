import datetime as dt
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core import mail
from django.core.exceptions import ValidationError

from luukku.customers.models import Customer, CustomerEvent
from luukku.customers.tests.factories import CustomerFactory
from luukku.organisation.tests.factories import UserFactory
from luukku.privacy.models import AccessLogEntry
from luukku.relationships.models import CustomerPlan, MeetingOccurrence
from luukku.relationships.selectors import (
    annual_clock,
    annual_clock_for_view,
    customer_meetings,
    plan_may_edit,
    plan_may_view,
    series_rule_times,
)
from luukku.relationships.services import (
    meeting_cancel,
    meeting_minutes_record,
    meeting_move,
    plan_reminders_send,
    plan_save,
    series_add,
)

HKI = ZoneInfo("Europe/Helsinki")
NOW = dt.datetime(2026, 10, 20, 9, 0, tzinfo=HKI)


@pytest.fixture
def clock():
    with time_machine.travel(NOW, tick=False) as traveller:
        yield traveller


@pytest.fixture
def handler(db):
    return UserFactory(role="agent", email="hanna@example.fi")


@pytest.fixture
def unit(handler):
    return CustomerFactory(
        kind=Customer.Kind.ORGANISATION, organisation_name="Imatran Urheiluseura", handler=handler
    )


def _plan(actor, customer, **extra):
    values = {
        "goals": "Salivuorot sujuviksi",
        "valid_from": dt.date(2026, 1, 1),
        "contacts": [{"name": "Pekka Puheenjohtaja", "role": "puheenjohtaja", "phone": "0401"}],
    }
    values.update(extra)
    return plan_save(actor=actor, customer=customer, **values)


def test_a_plan_is_versioned_and_the_handler_is_the_customers(clock, handler, unit, service):
    first = _plan(handler, unit, services=[service], service_levels="Vastaus 2 arkipäivässä")
    second = _plan(handler, unit, goals="Uudet tavoitteet")
    first.refresh_from_db()
    assert (first.is_current, second.is_current, second.version) == (False, True, 2)
    assert second.handler == handler
    assert list(second.contacts.values_list("name", flat=True)) == ["Pekka Puheenjohtaja"]
    assert CustomerPlan.objects.filter(customer=unit).count() == 2
    titles = list(unit.events.filter(kind="plan").values_list("title", flat=True))
    assert titles == ["Asiakassuunnitelmaa muutettu", "Asiakassuunnitelma tehty"]


def test_bad_plan_input_changes_nothing(clock, handler, unit):
    with pytest.raises(ValidationError) as raised:
        _plan(
            handler,
            unit,
            goals=" ",
            valid_until=dt.date(2025, 1, 1),
            contacts=[{"role": "sihteeri", "email": "rikki"}],
        )
    errors = raised.value.message_dict
    assert errors["goals"] == ["Kirjoita suunnitelman tavoitteet."]
    assert "Suunnitelma ei voi päättyä ennen kuin se alkaa." in errors["valid_until"]
    assert len(errors["contacts"]) == 2
    assert not CustomerPlan.objects.exists()
    assert not CustomerEvent.objects.exists()


def test_a_person_gets_no_plan_and_a_stranger_may_not_edit(clock, handler, unit):
    person = CustomerFactory(handler=handler)
    with pytest.raises(ValidationError):
        _plan(handler, person)
    expert = UserFactory(role="expert")
    with pytest.raises(ValidationError):
        _plan(expert, unit)
    assert not plan_may_view(customer=unit, user=expert)
    assert plan_may_view(customer=unit, user=UserFactory(role="agent"))
    assert not plan_may_edit(customer=unit, user=UserFactory(role="agent"))
    assert plan_may_edit(customer=unit, user=UserFactory(role="supervisor"))


def test_quarterly_meetings_cross_the_year_end_and_keep_the_local_time(clock, handler, unit):
    _plan(handler, unit)
    series = series_add(
        actor=handler,
        customer=unit,
        kind="follow_up",
        title="Seurantapalaveri",
        frequency="quarterly",
        first_at=dt.datetime(2026, 8, 14, 10, 0, tzinfo=HKI),
    )
    times = series_rule_times(
        series, dt.datetime(2026, 1, 1, tzinfo=HKI), dt.datetime(2027, 12, 31, tzinfo=HKI)
    )
    local = [t.astimezone(HKI) for t in times]
    assert [(t.year, t.month, t.day, t.hour) for t in local] == [
        (2026, 8, 14, 10),
        (2026, 11, 14, 10),  # after the change to winter time
        (2027, 2, 14, 10),  # across the year end
        (2027, 5, 14, 10),  # summer time again
        (2027, 8, 14, 10),
        (2027, 11, 14, 10),
    ]
    assert [t.utcoffset() for t in local[:2]] == [dt.timedelta(hours=3), dt.timedelta(hours=2)]
    months = dict(annual_clock(year=2027))
    assert [len(months[m]) for m in (2, 5, 8, 11, 1)] == [1, 1, 1, 1, 0]
    assert dict(annual_clock(year=2027, handler=UserFactory()))[2] == []


def test_bad_series_input_changes_nothing(clock, handler, unit):
    with pytest.raises(ValidationError) as raised:
        series_add(
            actor=handler,
            customer=unit,
            kind="x",
            title="",
            frequency="weekly",
            first_at=dt.datetime(2026, 11, 30, 10, tzinfo=HKI),
        )
    assert set(raised.value.message_dict) == {"customer", "kind", "title", "frequency", "first_at"}
    assert not unit.meeting_series.exists()


def _series(handler, unit, frequency="monthly"):
    _plan(handler, unit)
    return series_add(
        actor=handler,
        customer=unit,
        kind="follow_up",
        title="Kuukausipalaveri",
        frequency=frequency,
        first_at=dt.datetime(2026, 10, 25, 14, 0, tzinfo=HKI),
    )


def test_one_meeting_moved_and_one_cancelled(clock, handler, unit):
    series = _series(handler, unit)
    window = (NOW, NOW + dt.timedelta(days=70))
    first, second, third = customer_meetings(unit, *window)
    meeting_move(
        actor=handler, series=series, key=first.key, to=dt.datetime(2026, 10, 27, 9, tzinfo=HKI)
    )
    meeting_cancel(actor=handler, series=series, key=second.key, reason="Syysloma")
    moved, cancelled, kept = customer_meetings(unit, *window)
    assert moved.at == dt.datetime(2026, 10, 27, 9, tzinfo=HKI) and moved.moved
    assert cancelled.status == "cancelled" and kept.at == third.at
    with pytest.raises(ValidationError):
        meeting_cancel(actor=handler, series=series, key=second.key)
    with pytest.raises(ValidationError):
        meeting_move(actor=handler, series=series, key="123", to=NOW)
    assert unit.events.filter(kind="meeting").count() == 2


def test_minutes_go_on_the_timeline_and_are_logged(clock, handler, unit):
    series = _series(handler, unit)
    meeting = customer_meetings(unit, NOW, NOW + dt.timedelta(days=30))[0]
    with pytest.raises(ValidationError) as raised:
        meeting_minutes_record(actor=handler, series=series, key=meeting.key, minutes="  ")
    assert raised.value.message_dict == {"minutes": ["Kirjoita tapaamisen muistio."]}
    with pytest.raises(ValidationError, match="ei ole vielä pidetty"):
        meeting_minutes_record(actor=handler, series=series, key=meeting.key, minutes="Etukäteen")
    assert not MeetingOccurrence.objects.exists()
    clock.move_to(meeting.at)
    meeting_minutes_record(
        actor=handler, series=series, key=meeting.key, minutes="Sovittiin kevään vuoroista."
    )
    event = unit.events.get(kind="meeting")
    assert event.body == "Sovittiin kevään vuoroista." and event.author == handler
    assert event.title.startswith("Tapaaminen pidetty: Kuukausipalaveri")
    assert AccessLogEntry.objects.filter(context="plan_meeting", customer=unit).exists()


def test_the_handler_is_reminded_once(clock, handler, unit, settings):
    settings.PLAN_REMINDER_DAYS_BEFORE = 7
    _series(handler, unit)
    assert plan_reminders_send() == 1  # the 25th, five days ahead; November's is not near
    assert plan_reminders_send() == 0
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["hanna@example.fi"]
    assert "Imatran Urheiluseura" in mail.outbox[0].subject
    clock.move_to(dt.datetime(2026, 11, 20, 9, tzinfo=HKI))
    assert plan_reminders_send() == 1
    assert plan_reminders_send() == 0


def test_the_annual_clock_page_is_one_list_entry(clock, handler, unit):
    _series(handler, unit)
    annual_clock_for_view(viewer=handler, year=2026, handler=None, query={"year": "2026"})
    entry = AccessLogEntry.objects.get(context="annual_clock")
    assert (entry.action, entry.count) == ("list", 3)


def test_the_plans_are_exported_and_erased_with_the_record(clock, handler, unit):
    from luukku.relationships.subject_data import customer_plans_anonymise, plans_export

    series = _series(handler, unit)
    meeting = customer_meetings(unit, NOW, NOW + dt.timedelta(days=30))[0]
    clock.move_to(meeting.at)
    meeting_minutes_record(actor=handler, series=series, key=meeting.key, minutes="Muistio")
    rows = plans_export(unit).rows
    assert rows[0]["contacts"][0]["name"] == "Pekka Puheenjohtaja"
    assert rows[-1]["minutes"] == "Muistio"
    assert customer_plans_anonymise(unit) > 0
    assert not CustomerPlan.objects.exists() and not MeetingOccurrence.objects.exists()
