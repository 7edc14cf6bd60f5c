"""Phone hours, callback windows, the worklist and call outcomes."""

import datetime as dt

import pytest
import time_machine
from django.core.exceptions import ValidationError

from luukku.appointments.models import Callback, PhoneHours
from luukku.appointments.selectors import (
    callback_service_level,
    callback_windows,
    callbacks_worklist,
)
from luukku.appointments.services import (
    callback_attempt_record,
    callback_create,
    callback_request_online,
)
from luukku.cases.models import Case, CaseEvent, OutboundMail
from luukku.cases.tests.factories import make_case
from luukku.core.testing.clock import at
from luukku.customers.tests.factories import CustomerFactory

NOW = at(2026, 11, 23, 8, 0)  # Monday


@pytest.fixture(autouse=True)
def _monday_morning():
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def phone_hours(expert, service):
    """The expert answers Monday and Wednesday 9–10 (Vantaa's model)."""
    rows = []
    for weekday in (0, 2):
        hours = PhoneHours.objects.create(
            staff=expert,
            weekday=weekday,
            starts=dt.time(9),
            ends=dt.time(10),
            phone="+358 9 123 4567",
        )
        hours.services.set([service])
        rows.append(hours)
    return rows


def local(window):
    zone = NOW.tzinfo
    return f"{window.starts_at.astimezone(zone):%a %H.%M}–{window.ends_at.astimezone(zone):%H.%M}"


def request(service, window, **overrides):
    details = {
        "first_name": "Maija",
        "last_name": "Meikäläinen",
        "phone": "040 123 4567",
        "email": "maija@example.fi",
        "description": "Kysymys rakennusluvasta.",
    }
    details.update(overrides)
    return callback_request_online(
        service=service, window_start=window.starts_at, window_end=window.ends_at, **details
    )


def test_windows_come_from_the_phone_hours(phone_hours, service):
    windows = callback_windows(service=service, days=3)
    # This morning's, Wednesday's and next Monday's: three days with phone hours.
    assert [local(w) for w in windows] == ["Mon 09.00–10.00", "Wed 09.00–10.00", "Mon 09.00–10.00"]
    assert {w.staff_id for w in windows} == {phone_hours[0].staff_id}


def test_without_phone_hours_the_front_line_offers_two_hour_windows(service):
    windows = callback_windows(service=service, days=1)
    assert [local(w) for w in windows] == [
        "Mon 08.00–10.00",
        "Mon 10.00–12.00",
        "Mon 12.00–14.00",
        "Mon 14.00–16.00",
    ]
    assert all(w.staff_id is None for w in windows)


def test_a_full_window_is_not_offered(phone_hours, service, settings):
    settings.CALLBACK_WINDOW_CAPACITY = 2
    first = callback_windows(service=service)[0]
    request(service, first)
    request(service, first, phone="040 765 4321", email="b@example.fi")
    assert first not in callback_windows(service=service)


def test_a_citizen_asks_for_a_callback(phone_hours, service, expert):
    window = callback_windows(service=service)[0]
    callback = request(service, window)

    assert callback.assignee == expert
    assert callback.phone == "+358401234567"
    assert callback.case.customer.preferred_channel == "phone"
    event = callback.case.events.get(kind=CaseEvent.Kind.CALLBACK)
    assert event.public and event.data["action"] == "requested"
    mail = OutboundMail.objects.get(case=callback.case)
    assert mail.kind == OutboundMail.Kind.CALLBACK and "09.00" in mail.body


def test_a_callback_asks_nothing_of_the_service_s_request_fields(phone_hours, service_with_fields):
    """A callback needs a name, a phone number, a time and what it is about: the service's
    own questions (required ones too) and its location are asked on the call."""
    service_with_fields.requires_location = True
    service_with_fields.save()
    callback = request(service_with_fields, callback_windows(service=service_with_fields)[0])
    assert callback.case.answers == {} and callback.case.address == ""
    assert callback.case.channel == "web"


def test_bad_callback_requests_change_nothing(phone_hours, service):
    window = callback_windows(service=service)[0]
    with pytest.raises(ValidationError) as refused:
        request(service, window, phone="ei numero", description="")
    assert {"phone", "description"} <= set(refused.value.message_dict)
    with pytest.raises(ValidationError) as refused:
        callback_request_online(
            service=service,
            window_start=window.starts_at + dt.timedelta(hours=3),
            window_end=window.ends_at + dt.timedelta(hours=3),
            first_name="A",
            last_name="B",
            phone="040 123 4567",
            description="x",
        )
    assert "window" in refused.value.message_dict
    assert not Case.objects.exists() and not Callback.objects.exists()


def test_not_reached_moves_to_the_next_window_until_the_last_attempt(phone_hours, service, agent):
    callback = request(service, callback_windows(service=service)[0])
    next_start, next_end = at(2026, 11, 23, 13, 0), at(2026, 11, 23, 14, 0)

    with time_machine.travel(at(2026, 11, 23, 9, 10), tick=False):
        callback = callback_attempt_record(
            callback=callback,
            actor=agent,
            outcome="not_reached",
            note="Ei vastannut.",
            next_start=next_start,
            next_end=next_end,
        )
    assert callback.status == Callback.Status.WAITING and callback.attempts == 1
    assert (callback.window_start, callback.window_end) == (next_start, next_end)
    assert callback.met_target is True  # the first attempt was within the agreed window

    with time_machine.travel(at(2026, 11, 23, 13, 5), tick=False):
        callback = callback_attempt_record(callback=callback, actor=agent, outcome="not_reached")
    assert callback.window_end == at(2026, 11, 23, 15, 5)  # the next two hours
    with time_machine.travel(at(2026, 11, 23, 14, 0), tick=False):
        callback = callback_attempt_record(callback=callback, actor=agent, outcome="not_reached")
    assert callback.status == Callback.Status.UNREACHED and callback.attempts == 3
    actions = list(
        callback.case.events.filter(kind=CaseEvent.Kind.CALLBACK).values_list(
            "data__action", flat=True
        )
    )
    assert actions == ["requested", "not_reached", "not_reached", "unreached"]
    with pytest.raises(ValidationError):
        callback_attempt_record(callback=callback, actor=agent, outcome="reached")


def test_the_worklist_is_ordered_by_window_and_the_service_level_counted(
    phone_hours, service, agent, expert
):
    windows = callback_windows(service=service)
    late = request(service, windows[1])
    early = request(service, windows[0], phone="040 765 4321", email="b@example.fi")
    assert list(callbacks_worklist(user=expert)) == [early, late]

    with time_machine.travel(at(2026, 11, 23, 9, 30), tick=False):
        callback_attempt_record(callback=early, actor=expert, outcome="reached")
    with time_machine.travel(at(2026, 11, 25, 11, 0), tick=False):  # after Wednesday 9–10
        callback_attempt_record(callback=late, actor=expert, outcome="reached")
        level = callback_service_level(since=NOW - dt.timedelta(days=1))
    assert (level.called, level.on_time, level.percent) == (2, 1, 50.0)
    assert level.met is False
    assert list(callbacks_worklist(user=expert)) == []


def test_an_agent_promises_a_callback_on_a_case(service, agent):
    case = make_case(service=service, customer=CustomerFactory(phone="+358401112222"))
    callback = callback_create(
        actor=agent,
        case=case,
        window_start=at(2026, 11, 23, 12, 0),
        window_end=at(2026, 11, 23, 13, 0),
    )
    assert callback.phone == "+358401112222" and callback.requested_by == agent
    with pytest.raises(ValidationError) as refused:
        callback_create(
            actor=agent,
            case=case,
            window_start=at(2026, 11, 22, 12, 0),
            window_end=at(2026, 11, 22, 13, 0),
        )
    assert "window" in refused.value.message_dict
    assert Callback.objects.count() == 1
