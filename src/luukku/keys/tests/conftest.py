import datetime as dt

import pytest
import time_machine
from django.utils import translation

from luukku.commerce.services.cash import register_day_open
from luukku.customers.models import Customer

from ..models import KeySeries
from .factories import city_hall, deposit_product, key, series

# A Tuesday morning in Helsinki (10.00).
MORNING = dt.datetime(2026, 3, 10, 8, 0, tzinfo=dt.UTC)


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


@pytest.fixture
def clock():
    with time_machine.travel(MORNING, tick=False) as traveller:
        yield traveller


@pytest.fixture
def day(register, agent, clock):
    return register_day_open(register=register, opening_float_cents=10000, by=agent)


@pytest.fixture
def building(service, point):
    return city_hall(service=service, service_point=point)


@pytest.fixture
def deposit(db):
    return deposit_product(cents=5000)


@pytest.fixture
def hall_key(building, deposit):
    """The council chamber's key, copy 1 of series KT-3, with a 50 € deposit."""
    return key(series(building, code="KT-3", areas=("PO", "VS"), deposit=deposit))


@pytest.fixture
def card(building, deposit):
    """An access card that may be given rights to the main entrance and the council chamber."""
    return key(
        series(building, code="KK", kind=KeySeries.Kind.CARD, areas=("PO", "VS"), deposit=deposit)
    )


@pytest.fixture
def association(db):
    return Customer.objects.create(
        kind=Customer.Kind.ORGANISATION,
        organisation_name="Imatran Shakkikerho ry",
        email="kerho@example.fi",
    )
