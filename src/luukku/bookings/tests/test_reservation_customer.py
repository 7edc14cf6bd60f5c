"""Booking a room for a customer from the customer's page: the link, the customer found with
the counter's search (each search logged) and chosen in the staff's booking form."""

import pytest
from django.urls import reverse

from luukku.customers.tests.factories import CustomerFactory
from luukku.privacy.models import AccessLogEntry

from ..models import Reservation

pytestmark = pytest.mark.usefixtures("clock")


def test_the_customer_page_offers_to_book_a_room_for_the_customer(client, agent, room):
    customer = CustomerFactory(first_name="Aino", last_name="Virtanen")
    client.force_login(agent)

    page = client.get(reverse("web:customer", args=[customer.pk])).content.decode()

    link = f"{reverse('web:reservations')}?customer={customer.pk}"
    assert f'href="{link}"' in page and "Book a room for this customer" in page
    units = client.get(link).content.decode()
    assert "Booking for Aino Virtanen" in units
    assert f"{reverse('web:reservation_unit', args=[room.code])}?customer={customer.pk}" in units


def test_staff_find_the_customer_in_the_booking_form_and_book_for_them(client, agent, room):
    customer = CustomerFactory(first_name="Aino", last_name="Virtanen", email="aino@example.fi")
    client.force_login(agent)
    url = reverse("web:reservation_unit", args=[room.code])

    found = client.get(url, {"day": "2026-03-17", "q": "Virtanen"}).content.decode()

    assert 'id="customer-matches"' in found and f"customer={customer.pk}" in found
    search = AccessLogEntry.objects.get(context="reservation_customer")
    assert search.count == 1 and search.query["q"] == "Virtanen"
    chosen = client.get(url, {"day": "2026-03-17", "customer": customer.pk}).content.decode()
    assert 'id="booking-customer"' in chosen
    assert f'name="book-customer" value="{customer.pk}"' in chosen
    form = {
        "book-day": "2026-03-17",
        "book-starts": "18:00",
        "book-ends": "19:00",
        "book-customer": str(customer.pk),
        "book-group": "resident",
        "book-language": "sv",
    }

    response = client.post(reverse("web:reservation_book", args=[room.code]), form)

    assert response.status_code == 302
    reservation = Reservation.objects.get()
    assert reservation.customer == customer and reservation.case.customer == customer
    assert reservation.order.customer == customer
    assert reservation.contact_name == "Aino Virtanen" and reservation.language == "sv"


def test_a_series_for_a_person_starts_at_the_resident_price(client, agent, room):
    person = CustomerFactory(first_name="Maija", last_name="Meikäläinen")
    client.force_login(agent)
    url = reverse("web:reservation_unit", args=[room.code])

    page = client.get(url, {"day": "2026-03-17", "customer": person.pk}).content.decode()
    nobody = client.get(url, {"day": "2026-03-17"}).content.decode()

    assert '<option value="resident" selected>' in _series_part(page)
    assert '<option value="association" selected>' in _series_part(nobody)


def _series_part(page: str) -> str:
    return page[page.index('name="series-group"') :]
