"""Booking a room for a customer from the customer's page: the link, the customer found with
the counter's search (each search logged) and chosen in the staff's booking form."""

import datetime as dt
import re

import pytest
from django.urls import reverse

from luukku.customers.tests.factories import CustomerFactory
from luukku.privacy.models import AccessLogEntry

from ..models import Reservation

pytestmark = pytest.mark.usefixtures("clock")
BOOKING_LINK = re.compile(r'href="/(?:en/)?staff/reservations/\d+/"')


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
        "book-mail_to": "none",
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


SERIES = {
    "series-weekday": "1",
    "series-starts": "18:00",
    "series-ends": "20:00",
    "series-first_day": "2026-03-11",
    "series-last_day": "2026-04-14",
    "series-group": "resident",
}


def test_the_chosen_customer_stays_chosen_through_the_series_preview(client, agent, room):
    person = CustomerFactory(first_name="Maija", last_name="Meikäläinen")
    client.force_login(agent)
    url = reverse("web:reservation_series", args=[room.code])

    preview = client.post(
        url, {**SERIES, "series-customer": person.pk, "series-mail_to": "none", "action": "preview"}
    )

    page = preview.content.decode()
    assert preview.status_code == 200
    assert 'id="booking-customer"' in page and "Maija Meikäläinen" in page
    assert f'name="book-customer" value="{person.pk}"' in page
    assert 'id="customer-matches"' not in page and 'id="booking-q"' not in page


def test_the_series_offers_the_record_s_address_and_uses_it_only_when_chosen(client, agent, room):
    from luukku.cases.models import OutboundMail

    person = CustomerFactory(first_name="Maija", last_name="Meikäläinen", email="maija@example.fi")
    client.force_login(agent)
    url = reverse("web:reservation_series", args=[room.code])
    form = {**SERIES, "series-customer": person.pk}

    offered = client.get(
        reverse("web:reservation_unit", args=[room.code]),
        {"day": "2026-03-17", "customer": person.pk},
    ).content.decode()
    silent_response = client.post(url, {**form, "action": "preview"})
    silent = silent_response.content.decode()
    chosen = client.post(url, {**form, "series-mail_to": "record", "action": "preview"})

    assert 'name="series-mail_to" value="record"' in offered and "maija@example.fi" in offered
    assert silent_response.status_code == 400  # no silent default: the agent chooses
    assert "Choose where the confirmation goes, or “No confirmation mail”." in silent
    assert "The confirmation goes to maija@example.fi." in chosen.content.decode()
    booked = client.post(url, {**form, "series-mail_to": "record", "action": "book"}, follow=True)
    assert "No confirmation mail was sent" not in booked.content.decode()
    assert "5 turns booked. The confirmation goes to maija@example.fi." in (booked.content.decode())
    assert OutboundMail.objects.get().recipient == "maija@example.fi"


def test_a_series_without_an_address_says_no_mail_is_sent(client, agent, room):
    from luukku.cases.models import OutboundMail

    person = CustomerFactory(first_name="Maija", last_name="Meikäläinen", email="maija@example.fi")
    client.force_login(agent)
    url = reverse("web:reservation_series", args=[room.code])
    form = {**SERIES, "series-customer": person.pk, "series-mail_to": "none"}

    booked = client.post(url, {**form, "action": "book"}, follow=True)
    typed_nothing = client.post(url, {**SERIES, "series-mail_to": "other", "action": "preview"})

    assert "No confirmation mail was sent" in booked.content.decode()
    assert not OutboundMail.objects.exists()
    assert Reservation.objects.filter(contact_email="").count() == 5
    assert typed_nothing.status_code == 400
    assert "Type the address the confirmation goes to." in typed_nothing.content.decode()


def test_all_of_a_customer_s_bookings_are_on_a_page_of_their_own_logged(client, agent, room):
    from ..services.reservation_series import reservation_series_book

    person = CustomerFactory(first_name="Maija", last_name="Meikäläinen")
    for weekday in (1, 3):  # Tuesdays and Thursdays until June: 24 turns
        reservation_series_book(
            by=agent, unit=room, customer=person, group="resident", weekday=weekday,
            starts=dt.time(18), ends=dt.time(19), first_day=dt.date(2026, 3, 11),
            last_day=dt.date(2026, 6, 5),
        )  # fmt: skip
    assert Reservation.objects.filter(customer=person).count() == 24
    client.force_login(agent)

    customer_page = client.get(reverse("web:customer", args=[person.pk])).content.decode()
    everything = client.get(reverse("web:customer_reservations", args=[person.pk]))

    assert len(BOOKING_LINK.findall(customer_page)) == 20
    link = reverse("web:customer_reservations", args=[person.pk])
    assert f'href="{link}"' in customer_page
    assert everything.status_code == 200
    assert len(BOOKING_LINK.findall(everything.content.decode())) == 24
    logged = AccessLogEntry.objects.get(context="customer_reservations")
    assert logged.customer == person and logged.count == 24
