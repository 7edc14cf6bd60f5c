import datetime as dt

import pytest
from django.db import IntegrityError

from luukku.organisation.models import ExceptionalOpeningHours, OpeningHours, ServicePoint
from luukku.organisation.selectors import service_point_hours
from luukku.organisation.tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def point():
    point = ServicePoint.objects.create(
        organisation=OrganisationFactory(),
        name="Kaupungintalo",
        street_address="Virastokatu 2",
        postal_code="55100",
        post_office="Vuoksela",
    )
    for weekday in range(5):
        OpeningHours.objects.create(
            service_point=point, weekday=weekday, opens=dt.time(9), closes=dt.time(15)
        )
    return point


def test_regular_week_and_exceptions(point):
    ExceptionalOpeningHours.objects.create(
        service_point=point, date=dt.date(2026, 12, 24), reason="Jouluaatto"
    )
    ExceptionalOpeningHours.objects.create(
        service_point=point, date=dt.date(2026, 12, 23), opens=dt.time(9), closes=dt.time(12)
    )
    days = {
        d["date"]: d
        for d in service_point_hours(service_point=point, start=dt.date(2026, 12, 21), days=7)
    }
    assert days[dt.date(2026, 12, 21)]["periods"] == [(dt.time(9), dt.time(15))]
    assert days[dt.date(2026, 12, 23)]["periods"] == [(dt.time(9), dt.time(12))]
    assert days[dt.date(2026, 12, 24)]["periods"] == []
    assert days[dt.date(2026, 12, 24)]["reason"] == "Jouluaatto"
    assert days[dt.date(2026, 12, 26)]["periods"] == []  # Saturday


def test_opening_hours_must_close_after_they_open(point):
    with pytest.raises(IntegrityError):
        OpeningHours.objects.create(
            service_point=point, weekday=0, opens=dt.time(15), closes=dt.time(9)
        )


def test_exception_is_either_closed_or_has_both_times(point):
    with pytest.raises(IntegrityError):
        ExceptionalOpeningHours.objects.create(
            service_point=point, date=dt.date(2026, 12, 24), opens=dt.time(9)
        )
