import datetime as dt

import pytest

from luukku.appointments.models import AvailabilityRule, BookableService, MeetingType
from luukku.organisation.models import ServicePoint
from luukku.organisation.tests.factories import OrganisationFactory, UserFactory

# Monday 23 November 2026, 8.00 Finnish time: "now" in these tests.
MONDAY = dt.date(2026, 11, 23)


@pytest.fixture
def point(db):
    return ServicePoint.objects.create(
        organisation=OrganisationFactory(),
        name="Kaupungintalo",
        street_address="Virastokatu 2",
        postal_code="55100",
        post_office="Vuoksela",
    )


@pytest.fixture
def bookable(service):
    """30-minute appointments with a 10-minute buffer, 60 days ahead, 24 hours' notice."""
    return BookableService.objects.create(
        service=service,
        duration_minutes=30,
        buffer_minutes=10,
        horizon_days=60,
        notice_hours=24,
        instructions="Ota mukaan henkilöllisyystodistus.",
    )


def add_rule(staff, service, *, weekday=None, date=None, starts=9, ends=12, **kwargs):
    rule = AvailabilityRule.objects.create(
        staff=staff,
        weekday=weekday,
        date=date,
        starts=dt.time(starts) if isinstance(starts, int) else starts,
        ends=dt.time(ends) if isinstance(ends, int) else ends,
        meeting_type=kwargs.pop("meeting_type", MeetingType.SERVICE_POINT),
        **kwargs,
    )
    rule.services.set([service])
    return rule


@pytest.fixture
def expert_monday(expert, bookable, point):
    """The expert meets customers at the service point on Mondays 9–12."""
    add_rule(expert, bookable.service, weekday=0, service_point=point)
    return expert


@pytest.fixture
def second_expert(department):
    return UserFactory(role="expert", departments=[department], first_name="Toinen")
