import datetime as dt

import pytest
import time_machine
from django.utils import translation

from luukku.commerce.models import CustomerGroup, Price
from luukku.commerce.tests.factories import product_priced
from luukku.core.testing.clock import at
from luukku.organisation.models import OpeningHours
from luukku.organisation.tests.factories import OrganisationFactory
from luukku.queueing.tests.factories import ServicePointFactory

from ..models import Unit

# A Tuesday morning in Helsinki (10.00); the booked days are the next week's.
MORNING = at(2026, 3, 10, 10, 0)
NEXT_TUESDAY = dt.date(2026, 3, 17)


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


@pytest.fixture
def clock():
    with time_machine.travel(MORNING, tick=False) as traveller:
        yield traveller


@pytest.fixture
def city_hall(db):
    city = OrganisationFactory(name="Imatran kaupunki", business_id="0162193-3", is_own=True)
    point = ServicePointFactory(organisation=city, name="Kaupungintalo")
    for weekday in range(7):
        OpeningHours.objects.create(
            service_point=point, weekday=weekday, opens=dt.time(8), closes=dt.time(21)
        )
    return point


@pytest.fixture
def hourly(db):
    """Kokoushuoneen vuokra: 20 € an hour, associations 15 €, VAT 0 % (rent of premises)."""
    product = product_priced(cents=2000, vat="0", code="TILA-H", name="Tilavuokra")
    Price.objects.create(
        product=product,
        group=CustomerGroup.ASSOCIATION,
        amount_cents=1500,
        valid_from=dt.date(2026, 1, 1),
    )
    return product


def unit_make(point, service, *, code, **fields) -> Unit:
    fields.setdefault("name", code)
    fields.setdefault("name_fi", fields["name"])
    fields.setdefault("kind", Unit.Kind.ROOM)
    return Unit.objects.create(code=code, service_point=point, service=service, **fields)


@pytest.fixture
def room(city_hall, service, hourly):
    return unit_make(
        city_hall,
        service,
        code="vuoksi",
        name="Kokoushuone Vuoksi",
        capacity=12,
        product=hourly,
        free_cancellation_days=7,
        cancellation_fee_percent=30,
        door_code="4711",
        buffer_after_minutes=15,
    )


@pytest.fixture
def hall(city_hall, service):
    """A sports hall and its two halves: booking the whole blocks the halves and back."""
    whole = unit_make(city_hall, service, code="sali", name="Liikuntasali", kind=Unit.Kind.HALL)
    north = unit_make(city_hall, service, code="sali-a", name="Sali A", kind=Unit.Kind.HALL)
    south = unit_make(city_hall, service, code="sali-b", name="Sali B", kind=Unit.Kind.HALL)
    whole.parts.set([north, south])
    return whole, north, south


@pytest.fixture
def day(city_hall, agent, clock):
    from luukku.commerce.services.cash import register_day_open
    from luukku.commerce.tests.factories import RegisterFactory

    register = RegisterFactory(service_point=city_hall, name="Kassa 1")
    return register_day_open(register=register, opening_float_cents=10000, by=agent)


@pytest.fixture
def paytrail():
    """Commerce's Paytrail-protocol sandbox in a thread, and a provider for its test merchant."""
    from .payments import sandbox_provider

    with sandbox_provider() as provider:
        yield provider
