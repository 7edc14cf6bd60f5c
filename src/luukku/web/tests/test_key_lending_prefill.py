"""Lending a key from the customer's page or from their booking: the register lists the keys
in store with a link to lend each to them, and the lend form has the holder filled in; from
a booking also the contact details given for it, the turns as the purpose and the last turn's
day as the due day."""

import datetime as dt

import pytest
import time_machine
from django.urls import reverse

from luukku.bookings.models import Reservation, ReservationSeries, Unit
from luukku.customers.models import Customer
from luukku.keys.tests.factories import city_hall, deposit_product, key, series
from luukku.organisation.tests.factories import OrganisationFactory
from luukku.privacy.models import AccessLogEntry
from luukku.queueing.tests.factories import ServicePointFactory

pytestmark = pytest.mark.django_db

MORNING = dt.datetime(2026, 3, 10, 8, 0, tzinfo=dt.UTC)


@pytest.fixture
def world(client, agent, service):
    with time_machine.travel(MORNING, tick=False):
        city = OrganisationFactory(name="Imatran kaupunki", is_own=True)
        point = ServicePointFactory(organisation=city, name="Kaupungintalo")
        building = city_hall(service=service, service_point=point)
        chamber = key(series(building, code="KT-3", areas=("VS",), deposit=deposit_product()))
        club = Customer.objects.create(
            kind=Customer.Kind.ORGANISATION, organisation_name="Imatran Shakkikerho ry"
        )
        client.force_login(agent)
        yield client, chamber, club, point, service, agent


def test_the_customers_page_leads_to_a_lend_form_with_the_holder_filled_in(world):
    client, chamber, club, *_rest = world
    page = client.get(reverse("web:customer", args=[club.pk])).content.decode()
    link = page.split('id="lend-key-to-customer" href="')[1].split('"')[0].replace("&amp;", "&")
    register = client.get(link).content.decode()
    assert "Valitse paikalla oleva avain, jonka Imatran Shakkikerho ry lainaa." in register
    lend = f"{reverse('web:key_lend', args=[chamber.pk])}?customer={club.pk}"
    assert lend in register
    form = client.get(lend).content.decode()
    assert f'name="customer" value="{club.pk}"' in form
    assert '<option value="association" selected>' in form


def test_a_booking_fills_in_the_holder_contact_purpose_and_due_day(world):
    client, chamber, club, point, service, agent = world
    unit = Unit.objects.create(
        code="vs", name="Valtuustosali", name_fi="Valtuustosali", kind=Unit.Kind.ROOM,
        service_point=point, service=service,
    )  # fmt: skip
    turns = ReservationSeries.objects.create(
        unit=unit, weekday=1, starts=dt.time(18), ends=dt.time(20),
        first_day=dt.date(2026, 3, 17), last_day=dt.date(2026, 5, 26), created_by=agent,
    )  # fmt: skip
    booking = Reservation.objects.create(
        unit=unit, series=turns, state=Reservation.State.CONFIRMED, token="t" * 40,
        starts_at=dt.datetime(2026, 3, 17, 16, tzinfo=dt.UTC),
        ends_at=dt.datetime(2026, 3, 17, 18, tzinfo=dt.UTC), customer=club,
        contact_name="Aino Virtanen", contact_email="aino@example.fi", language="sv",
    )  # fmt: skip
    page = client.get(reverse("web:reservation", args=[booking.pk])).content.decode()
    link = page.split('id="lend-key-for-booking" href="')[1].split('"')[0].replace("&amp;", "&")
    register = client.get(link).content.decode()
    lend = f"{reverse('web:key_lend', args=[chamber.pk])}?customer={club.pk}&amp;reservation="
    assert lend + str(booking.pk) in register

    form = client.get(
        reverse("web:key_lend", args=[chamber.pk]),
        {"customer": club.pk, "reservation": booking.pk},
    ).content.decode()
    assert 'value="Aino Virtanen"' in form and 'value="aino@example.fi"' in form
    assert 'value="2026-05-26"' in form
    assert "Varatut vuorot: Valtuustosali, tiistai 18.00–20.00, 26.5.2026 asti" in form
    assert '<option value="sv" selected>' in form
    assert AccessLogEntry.objects.filter(context="reservation_page", customer=club).exists()
