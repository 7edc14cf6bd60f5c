import datetime as dt

import pytest
import time_machine
from django.utils import translation

from ..models import CustomerGroup, Price
from ..services.cash import register_day_open
from .factories import product_priced

# A Tuesday morning in Helsinki (10.00).
MORNING = dt.datetime(2026, 3, 10, 8, 0, tzinfo=dt.UTC)


@pytest.fixture(autouse=True)
def _english():
    """The services' messages in English here, to be read in the assertions."""
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
def series_card(db):
    """Uimahallin sarjakortti: 60 € for residents, 13.5 % VAT (sports facilities)."""
    return product_priced(cents=6000, vat="13.5", code="UI10", name="Uimahallin sarjakortti")


@pytest.fixture
def senior_pass(db):
    product = product_priced(
        cents=4000, vat="13.5", code="SEN", name="Seniorikortti", group=CustomerGroup.SENIOR
    )
    Price.objects.create(
        product=product,
        group=CustomerGroup.RESIDENT,
        amount_cents=8000,
        valid_from=dt.date(2026, 1, 1),
    )
    return product


@pytest.fixture
def map_print(db):
    return product_priced(cents=1250, vat="25.5", code="KARTTA", name="Opaskartta")


@pytest.fixture
def sandbox(settings):
    """The local Paytrail-protocol sandbox in a thread, configured as the provider."""
    from ..paytrail.sandbox import serve_in_thread

    sandbox, base_url, stop = serve_in_thread()
    settings.PAYTRAIL_BASE_URL = base_url
    yield sandbox
    stop()
