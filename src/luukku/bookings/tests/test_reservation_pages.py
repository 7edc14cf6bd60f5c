"""The citizen's and the staff's reservation pages: without JavaScript, bad input refused
with the reason and nothing kept, the access to bookers' data logged."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import translation

from luukku.commerce.models import Order
from luukku.core.testing.clock import at
from luukku.privacy.models import AccessLogEntry

from ..models import DenyReason, Reservation
from .payments import pay_online
from .test_reservations import book

pytestmark = pytest.mark.usefixtures("clock")
FORM = {
    "first_name": "Aino",
    "last_name": "Virtanen",
    "email": "aino@example.fi",
    "phone": "",
    "group": "association",
    "organisation_name": "Imatran Kamerakerho",
    "purpose": "Kuukausikokous",
    "attendees": "10",
    "terms": "on",
}


def test_a_citizen_sees_the_free_times_of_a_day(client, room):
    book(room, at(2026, 3, 17, 18, 0))

    page = client.get(reverse("public:reservation_unit", args=[room.code]), {"day": "2026-03-17"})

    assert page.status_code == 200
    text = page.content.decode()
    assert "Kokoushuone Vuoksi" in text
    assert "?start=2026-03-17T16%3A00%3A00%2B02%3A00&amp;minutes=60" in text  # 16–17 free
    # 17–18 would end where the booking begins, without the room's 15 minutes after it
    assert '17:00–18:00 <span class="slot-meta">taken</span>' in text
    assert '18:00–19:00 <span class="slot-meta">taken</span>' in text


def test_a_citizen_books_with_the_association_price_and_is_sent_to_pay(client, room):
    url = reverse("public:reservation_book", args=[room.code])
    start = "2026-03-17T18:00:00+02:00"
    assert client.get(url, {"start": start, "minutes": 120}).status_code == 200

    response = client.post(url, {**FORM, "start": start, "minutes": "120"})

    reservation = Reservation.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("public:reservation", args=[reservation.token])
    assert reservation.price_cents == 3000
    assert reservation.organisation_name == "Imatran Kamerakerho"
    page = client.get(response["Location"])
    assert "30,00" in page.content.decode() or "30.00" in page.content.decode()


def test_a_booking_without_the_terms_accepted_keeps_nothing(client, room):
    url = reverse("public:reservation_book", args=[room.code])
    form = {**FORM, "terms": "", "start": "2026-03-17T18:00:00+02:00", "minutes": "60"}

    response = client.post(url, form)

    assert response.status_code == 400
    assert "Accept the terms of use to book." in response.content.decode()
    assert not Reservation.objects.exists()


def test_the_private_page_offers_the_calendar_and_shows_the_fee_before_cancelling(
    client, room, clock, paytrail
):
    reservation = book(room, at(2026, 3, 17, 18, 0), hours=2)
    provider = paytrail
    pay_online(reservation.order, provider)
    clock.shift(dt.timedelta(days=1))

    ics = client.get(reverse("public:reservation_calendar", args=[reservation.token]))
    assert ics["Content-Type"] == "text/calendar"
    assert b"DTSTART:20260317T160000Z" in ics.content
    page = client.get(reverse("public:reservation_cancel", args=[reservation.token]))
    text = page.content.decode()
    assert 'id="fee">12.00' in text.replace("\xa0€", "") or "12,00" in text
    assert "Cancel: the fee €12.00 is kept, €28.00 refunded" in text.replace("\xa0", " ") or (
        "Cancel: the fee 12.00 € is kept, 28.00 € refunded" in text.replace("\xa0", " ")
    )
    assert "Free cancellation</dt><dd>ended on 10.3.2026 at 18:00" in text  # not "until"


def test_an_unknown_private_link_is_not_found(client, db):
    assert client.get(reverse("public:reservation", args=["nope"])).status_code == 404


def test_staff_see_a_unit_s_day_and_the_view_is_logged(client, agent, room):
    book(room, at(2026, 3, 17, 18, 0))
    client.force_login(agent)

    page = client.get(reverse("web:reservation_unit", args=[room.code]), {"day": "2026-03-17"})

    assert page.status_code == 200
    assert "Aino Virtanen" in page.content.decode()
    assert 'name="book-day" value="2026-03-17"' in page.content.decode()  # the date input's
    entry = AccessLogEntry.objects.filter(context="reservations_day").get()
    assert entry.count == 1


def test_an_agent_must_choose_where_the_confirmation_goes(client, agent, room):
    client.force_login(agent)
    url = reverse("web:reservation_book", args=[room.code])
    form = {
        "book-day": "2026-03-17",
        "book-starts": "18:00",
        "book-ends": "19:00",
        "book-contact_name": "Matti Meikäläinen",
        "book-contact_email": "matti@example.fi",
        "book-group": "resident",
    }

    unchosen = client.post(url, form)
    chosen = client.post(url, {**form, "book-mail_to": "other"}, follow=True)

    assert unchosen.status_code == 400
    assert "Choose where the confirmation goes, or “No confirmation mail”." in (
        unchosen.content.decode()
    )
    assert Reservation.objects.get().contact_email == "matti@example.fi"
    assert "The confirmation goes to matti@example.fi." in chosen.content.decode()


def test_an_agent_books_for_a_customer_and_goes_to_the_sale_page(client, agent, room):
    client.force_login(agent)
    url = reverse("web:reservation_book", args=[room.code])
    form = {
        "book-day": "2026-03-17",
        "book-starts": "18:00",
        "book-ends": "19:00",
        "book-contact_name": "Matti Meikäläinen",
        "book-group": "resident",
        "book-mail_to": "none",
    }

    response = client.post(url, form)

    order = Order.objects.get()
    assert response["Location"] == reverse("web:sale_order", args=[order.number])
    assert Reservation.objects.get().state == Reservation.State.WAITING_PAYMENT
    clash = client.post(url, form)
    assert clash.status_code == 400
    assert "This time is no longer free." in clash.content.decode()
    assert Reservation.objects.count() == 1


def test_staff_block_time_with_a_reason(client, agent, room):
    client.force_login(agent)
    url = reverse("web:reservation_block", args=[room.code])
    form = {"block-day": "2026-03-17", "block-starts": "08:00", "block-ends": "12:00"}

    assert client.post(url, form).status_code == 400
    assert client.post(url, {**form, "block-note": "Huolto"}).status_code == 302

    assert Reservation.objects.get().kind == Reservation.Kind.BLOCKED


def test_staff_deny_a_request_with_a_reason_from_the_list(client, agent, room):
    room.needs_handling = True
    room.save()
    reservation = book(room, at(2026, 3, 17, 18, 0))
    client.force_login(agent)
    assert reservation.pk in [
        r.pk for r in client.get(reverse("web:reservations")).context["waiting"]
    ]

    response = client.post(
        reverse("web:reservation_deny", args=[reservation.pk]),
        {"deny-reason": DenyReason.OVERLAPS_EVENT, "deny-note": "Vaalit"},
    )

    assert response.status_code == 302
    reservation.refresh_from_db()
    assert reservation.state == Reservation.State.DENIED
    assert reservation.reason_text == "Vaalit"


def test_the_customer_page_lists_the_visitor_s_bookings(client, agent, room):
    reservation = book(room, at(2026, 3, 17, 18, 0))
    client.force_login(agent)

    page = client.get(reverse("web:customer", args=[reservation.customer_id]))

    assert 'id="customer-reservations"' in page.content.decode()
    assert reverse("web:reservation", args=[reservation.pk]) in page.content.decode()


def test_a_counter_booking_is_paid_or_invoiced_at_the_point_of_payment(
    client, agent, room, city_hall, day
):
    """The rooms are at a point of their own (no register); their bookings are paid at the
    city hall's counter, where Kassa 1 is open."""
    from luukku.queueing.tests.factories import ServicePointFactory

    room.service_point = ServicePointFactory(
        organisation=city_hall.organisation, name="Kaupungintalon kokoustilat"
    )
    room.sales_point = city_hall
    room.save()
    from luukku.organisation.models import OpeningHours

    for weekday in range(7):
        OpeningHours.objects.create(
            service_point=room.service_point, weekday=weekday, opens=dt.time(8), closes=dt.time(21)
        )
    client.force_login(agent)
    form = {
        "book-day": "2026-03-17",
        "book-starts": "18:00",
        "book-ends": "19:00",
        "book-contact_name": "Matti Meikäläinen",
        "book-group": "resident",
        "book-mail_to": "none",
    }
    client.post(reverse("web:reservation_book", args=[room.code]), form)
    order = Order.objects.get()
    assert order.service_point == city_hall

    page = client.get(reverse("web:sale_order", args=[order.number]))

    html = page.content.decode()
    assert "Kassa 1</option>" in html
    assert page.context["invoice_form"] is not None
    paid = client.post(
        reverse("web:sale_pay", args=[order.number]),
        {"register": day.register_id, "cash": "20,00"},
    )
    assert paid.status_code == 302, paid.context["pay_form"].errors
    assert Reservation.objects.get().state == Reservation.State.CONFIRMED


def test_a_denial_offers_its_own_reasons_and_asks_why_for_another(client, agent, room):
    room.needs_handling = True
    room.save()
    reservation = book(room, at(2026, 3, 17, 18, 0))
    client.force_login(agent)

    page = client.get(reverse("web:reservation", args=[reservation.pk]))
    reasons = [value for value, _label in page.context["deny_form"].fields["reason"].choices]
    assert reasons[0] == "" and DenyReason.UNPAID not in reasons
    assert DenyReason.CUSTOMER not in reasons and DenyReason.NOT_COMPLETED not in reasons
    assert 'id="cancel-heading"' not in page.content.decode()  # a request is denied instead
    url = reverse("web:reservation_deny", args=[reservation.pk])
    assert client.post(url, {"deny-reason": DenyReason.OTHER}).status_code == 400
    assert client.post(url, {"deny-reason": DenyReason.UNPAID}).status_code == 400
    reservation.refresh_from_db()
    assert reservation.state == Reservation.State.HANDLING

    done = client.post(url, {"deny-reason": DenyReason.OTHER, "deny-note": "Sali on varattu."})

    assert done.status_code == 302


def test_a_bad_submit_shows_every_error_at_once_keeps_the_input_and_is_not_counted(
    client, room, settings
):
    settings.SHOP_ORDER_RATE_LIMIT = "2/h"
    url = reverse("public:reservation_book", args=[room.code])
    start = {"start": "2026-03-17T18:00:00+02:00", "minutes": "60"}
    bad = {**FORM, **start, "email": "", "terms": "", "attendees": "50", "purpose": "Kerhoilta"}

    for _attempt in range(3):
        response = client.post(url, bad)
        assert response.status_code == 400
    text = response.content.decode()
    assert "This field is required." in text  # the e-mail, by the form
    assert "Accept the terms of use to book." in text  # by the booking's rules
    assert "The unit holds 12 persons." in text
    assert 'value="Imatran Kamerakerho"' in text and "Kerhoilta" in text
    assert not Reservation.objects.exists()

    response = client.post(url, {**FORM, **start})  # three refused, still within two a hour

    assert response.status_code == 302
    assert Reservation.objects.count() == 1


def test_a_paid_booking_s_pages_say_it_is_paid(client, agent, room, paytrail):
    reservation = book(room, at(2026, 3, 17, 18, 0))
    private = reverse("public:reservation", args=[reservation.token])
    staff = reverse("web:reservation", args=[reservation.pk])
    client.force_login(agent)
    assert 'id="payment-state">Not paid yet<' in client.get(private).content.decode()

    pay_online(reservation.order, paytrail)

    assert 'id="payment-state">Paid on 10.3.2026<' in client.get(private).content.decode()
    assert 'id="payment-state">Paid on 10.3.2026<' in client.get(staff).content.decode()
    with translation.override("fi"):
        finnish = reverse("public:reservation", args=[reservation.token])
    assert 'id="payment-state">Maksettu 10.3.2026<' in client.get(finnish).content.decode()


def test_the_day_list_names_blocked_time_and_an_association_once(client, agent, room):
    from ..services.reservations import reservation_block

    reservation_block(
        by=agent, unit=room, starts_at=at(2026, 3, 17, 8, 0), ends_at=at(2026, 3, 17, 10, 0),
        note="Lattian hionta",
    )  # fmt: skip
    club = book(
        room, at(2026, 3, 17, 18, 0), first_name="Imatran", last_name="Salibandyseura ry",
        organisation_name="Imatran Salibandyseura ry",
    )  # fmt: skip
    client.force_login(agent)

    day = client.get(reverse("web:reservation_unit", args=[room.code]), {"day": "2026-03-17"})
    detail = client.get(reverse("web:reservation", args=[club.pk]))

    row = day.content.decode().split("Lattian hionta", 1)[1].split("</tr>", 1)[0]
    assert "Confirmed" not in row and "Blocked" in row
    assert "Imatran Salibandyseura ry, Imatran Salibandyseura ry" not in day.content.decode()
    assert "Imatran Salibandyseura ry, Imatran Salibandyseura ry" not in detail.content.decode()
    assert "Imatran Salibandyseura ry" in detail.content.decode()
