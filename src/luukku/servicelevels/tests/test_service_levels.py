"""Due times from targets in business hours, with waiting for the customer not counted."""

import datetime as dt
from decimal import Decimal

import pytest
import time_machine
from django.core.exceptions import ValidationError

from luukku.cases.models import Priority, Status
from luukku.cases.services import case_change_status, case_reply
from luukku.cases.tests.factories import make_case
from luukku.catalogue.tests.factories import ServiceFactory
from luukku.core.testing.clock import at, on
from luukku.organisation.models import (
    ExceptionalOpeningHours,
    OpeningHours,
    Organisation,
    ServicePoint,
)
from luukku.servicelevels.models import Target
from luukku.servicelevels.selectors import (
    State,
    business_hours,
    case_service_level,
    target_for,
)

pytestmark = pytest.mark.django_db


def test_the_most_specific_target_applies(service):
    other = ServiceFactory()
    default = Target.objects.create(first_response_hours=8, resolution_hours=40)
    urgent = Target.objects.create(
        priority=Priority.URGENT, first_response_hours=1, resolution_hours=8
    )
    own = Target.objects.create(service=service, first_response_hours=4, resolution_hours=16)
    own_urgent = Target.objects.create(
        service=service, priority=Priority.URGENT, first_response_hours=0.5, resolution_hours=4
    )
    assert target_for(service_id=service.pk, priority=Priority.URGENT) == own_urgent
    assert target_for(service_id=service.pk, priority=Priority.NORMAL) == own
    assert target_for(service_id=other.pk, priority=Priority.URGENT) == urgent
    assert target_for(service_id=other.pk, priority=Priority.NORMAL) == default


@pytest.mark.parametrize(
    ("fields", "error"),
    [
        ({"first_response_hours": 8, "resolution_hours": 4}, "ennen ensimmäistä vastausta"),
        ({"first_response_hours": 0, "resolution_hours": 4}, "0.25"),
        ({"first_response_hours": 1, "resolution_hours": 4, "warning_percent": 100}, "99"),
    ],
)
def test_a_bad_target_is_refused(fields, error):
    with pytest.raises(ValidationError) as raised:
        Target(**fields).full_clean()
    assert error in str(raised.value)


def test_a_second_target_for_the_same_service_and_priority_is_refused(service):
    Target.objects.create(service=service, first_response_hours=4, resolution_hours=16)
    with pytest.raises(ValidationError, match="on jo tavoitteet"):
        Target(service=service, first_response_hours=2, resolution_hours=8).full_clean()


def test_due_times_run_in_business_hours_over_the_weekend(service):
    Target.objects.create(service=service, first_response_hours=4, resolution_hours=16)
    case = on(at(2026, 11, 27, 14, 0), make_case, service=service)  # Friday 14:00
    level = case_service_level(case=case, now=at(2026, 11, 27, 15, 0))
    # 2 h on Friday, 2 h on Monday → Monday 10:00; 16 h → 2 + 8 + 6 → Tuesday 14:00.
    assert level.first_response.due_at == at(2026, 11, 30, 10, 0)
    assert level.resolution.due_at == at(2026, 12, 1, 14, 0)
    assert level.first_response.state == State.RUNNING
    assert level.first_response.used == Decimal("0.250")


def test_warning_then_breach_then_met_by_the_reply(service, agent):
    Target.objects.create(
        service=service, first_response_hours=4, resolution_hours=16, warning_percent=75
    )
    case = on(at(2026, 11, 23, 8, 0), make_case, service=service)
    assert case_service_level(case=case, now=at(2026, 11, 23, 11, 0)).first_response.state == (
        State.WARNING
    )
    assert case_service_level(case=case, now=at(2026, 11, 23, 12, 1)).first_response.state == (
        State.BREACHED
    )
    on(at(2026, 11, 23, 11, 30), case_reply, case=case, actor=agent, body="Selvitämme asiaa.")
    level = case_service_level(case=case, now=at(2026, 11, 23, 14, 0))
    assert (level.first_response.state, level.first_response.done_at) == (
        State.MET,
        at(2026, 11, 23, 11, 30),
    )
    assert level.resolution.state == State.RUNNING


def test_waiting_for_the_customer_stops_the_clock(service, agent):
    Target.objects.create(service=service, first_response_hours=4, resolution_hours=16)
    case = on(at(2026, 11, 23, 8, 0), make_case, service=service)  # Monday 8:00
    on(at(2026, 11, 23, 8, 0), case_change_status, case=case, actor=agent, status=Status.OPEN)
    waiting = on(  # waits from Monday 10:00 …
        at(2026, 11, 23, 10, 0),
        case_change_status,
        case=case,
        actor=agent,
        status=Status.WAITING_CUSTOMER,
    )
    level = case_service_level(case=waiting, now=at(2026, 11, 25, 12, 0))
    assert level.paused and level.resolution.state == State.PAUSED
    assert level.resolution.used == Decimal("0.125")  # 2 h of 16
    resumed = on(  # … to Wednesday 9:00
        at(2026, 11, 25, 9, 0), case_change_status, case=case, actor=agent, status=Status.OPEN
    )
    level = case_service_level(case=resumed, now=at(2026, 11, 25, 9, 30))
    # 2 h before the pause; 14 h left from Wednesday 9:00: 7 h Wed, 7 h Thu → Thursday 15:00.
    assert level.resolution.due_at == at(2026, 11, 26, 15, 0)
    assert not level.paused


def test_no_target_no_service_level(service):
    assert case_service_level(case=make_case(service=service)) is None


# Exceptional days are read from 400 days back: on the day of the case, not years later.
@time_machine.travel(at(2026, 11, 24, 14, 0), tick=False)
def test_business_hours_come_from_the_service_centre(service):
    point = ServicePoint.objects.create(
        organisation=Organisation.objects.create(name="Vuoksela"),
        name="Kaupungintalo",
        street_address="Virastokatu 2",
        postal_code="55100",
        post_office="Vuoksela",
        is_service_centre=True,
    )
    for weekday in range(5):
        OpeningHours.objects.create(
            service_point=point, weekday=weekday, opens=dt.time(9), closes=dt.time(15)
        )
    ExceptionalOpeningHours.objects.create(service_point=point, date=dt.date(2026, 11, 25))
    hours = business_hours()
    assert hours.add(at(2026, 11, 24, 14, 0), dt.timedelta(hours=2)) == at(2026, 11, 26, 10, 0)
    Target.objects.create(first_response_hours=2, resolution_hours=8)
    case = on(at(2026, 11, 24, 14, 0), make_case, service=service)
    assert case_service_level(case=case, now=at(2026, 11, 24, 14, 0)).first_response.due_at == at(
        2026, 11, 26, 10, 0
    )


def test_without_a_service_centre_the_default_week_applies():
    assert business_hours().add(at(2026, 11, 23, 15, 0), dt.timedelta(hours=2)) == at(
        2026, 11, 24, 9, 0
    )
