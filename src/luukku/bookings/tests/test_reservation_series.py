"""A recurring booking: its dates listed with their clashes before it is made, the free ones
booked on one order, and one turn cancelled alone."""

import datetime as dt

import pytest
from django.urls import reverse

from luukku.commerce.models import Order
from luukku.commerce.services.payments import Tender, counter_pay
from luukku.core.testing.clock import at

from ..models import Reservation
from ..selectors.reservation_series import series_dates
from ..services.reservation_cancel import reservation_cancel
from ..services.reservation_series import reservation_series_book
from .test_reservations import book

pytestmark = pytest.mark.usefixtures("clock")
SEASON = {
    "weekday": 1,
    "starts": dt.time(18),
    "ends": dt.time(20),
    "first_day": dt.date(2026, 3, 11),
    "last_day": dt.date(2026, 4, 14),
}


def test_the_dates_are_listed_with_what_clashes(room):
    taken = book(room, at(2026, 3, 24, 19, 0))

    dates = series_dates(unit=room, **SEASON)

    assert [d.day for d in dates] == [
        dt.date(2026, 3, 17),
        dt.date(2026, 3, 24),
        dt.date(2026, 3, 31),
        dt.date(2026, 4, 7),
        dt.date(2026, 4, 14),
    ]
    assert [d.free for d in dates] == [True, False, True, True, True]
    assert dates[1].clashing == [taken]


def test_the_free_dates_are_booked_on_one_order_and_one_turn_cancels_alone(room, agent, day):
    book(room, at(2026, 3, 24, 19, 0))

    series = reservation_series_book(
        by=agent, unit=room, contact_name="Vuokselan Voima ry", **SEASON
    )

    turns = list(series.reservations.order_by("starts_at"))
    assert len(turns) == 4
    order = turns[0].order
    assert {t.order_id for t in turns} == {order.pk}
    assert order.total_cents == 4 * 2 * 1500  # the association's price, two hours a week
    counter_pay(order=order, day=day, tenders=[Tender("cash", order.total_cents)], by=agent)
    assert set(series.reservations.values_list("state", flat=True)) == {"confirmed"}

    reservation_cancel(reservation=turns[-1], by=agent, method="cash", day=day)

    order = Order.objects.get(pk=order.pk)
    assert order.refunded_cents == 3000
    assert series.reservations.filter(state=Reservation.State.CONFIRMED).count() == 3


def test_staff_preview_then_book_a_series_on_the_unit_s_page(client, agent, room):
    client.force_login(agent)
    url = reverse("web:reservation_series", args=[room.code])
    form = {
        "series-weekday": "1",
        "series-starts": "18:00",
        "series-ends": "20:00",
        "series-first_day": "2026-03-11",
        "series-last_day": "2026-04-14",
        "series-contact_name": "Vuokselan Voima ry",
        "series-group": "association",
        "series-mail_to": "none",
    }

    preview = client.post(url, {**form, "action": "preview"})
    assert preview.status_code == 200
    assert preview.content.decode().count("<li>") >= 5
    assert not Reservation.objects.exists()
    booked = client.post(url, {**form, "action": "book"})

    assert booked.status_code == 302
    assert Reservation.objects.count() == 5


def test_a_series_for_a_customer_has_its_case_order_and_one_confirmation(room, agent, day):
    from luukku.cases.models import CaseEvent, OutboundMail
    from luukku.customers.tests.factories import CustomerFactory

    customer = CustomerFactory(first_name="Aino", last_name="Virtanen")
    book(room, at(2026, 3, 24, 19, 0))

    series = reservation_series_book(
        by=agent,
        unit=room,
        customer=customer,
        contact_email="aino.virtanen@example.fi",
        group="resident",
        language="fi",
        **SEASON,
    )

    turns = list(series.reservations.order_by("starts_at"))
    order = turns[0].order
    case = turns[0].case
    assert case is not None and case.customer == customer
    assert {t.case_id for t in turns} == {case.pk}
    assert {t.customer_id for t in turns} == {customer.pk}
    assert order.customer == customer and order.case == case
    assert [(line.quantity, line.unit_price_cents) for line in order.lines.all()] == [(8, 2000)]
    assert CaseEvent.objects.filter(case=case, kind=CaseEvent.Kind.RESERVATION).count() == len(
        turns
    )
    mails = OutboundMail.objects.filter(case=case, kind=OutboundMail.Kind.RESERVATION)
    assert mails.count() == 1
    mail = mails.get()
    assert mail.recipient == "aino.virtanen@example.fi"
    for text in ("17.3.2026 18.00–20.00", "14.4.2026 18.00–20.00", "24.3.2026 18.00–20.00"):
        assert text in mail.body
    assert mail.body.index("24.3.2026") > mail.body.index("14.4.2026")  # left out, listed last
    assert "24.3.2026 18.00–20.00: aika on jo varattu" in mail.body

    counter_pay(order=order, day=day, tenders=[Tender("cash", order.total_cents)], by=agent)

    assert mails.count() == 2  # the whole series confirmed in one message
    assert "14.4.2026" in mails.order_by("pk").last().body


def test_blocking_one_turn_of_an_unpaid_series_takes_its_hours_off_the_order(room, agent):
    from ..services.reservation_block import reservation_block_over

    series = reservation_series_book(
        by=agent, unit=room, contact_name="Vuokselan Voima ry", **SEASON
    )
    order = series.reservations.first().order
    assert order.total_cents == 5 * 2 * 1500

    reservation_block_over(
        by=agent, unit=room, starts_at=at(2026, 3, 24, 17, 0), ends_at=at(2026, 3, 24, 21, 0),
        note="Vesivahinko", reason="maintenance", message="Putkiremontti",
    )  # fmt: skip

    order = Order.objects.get(pk=order.pk)
    assert order.status == Order.Status.OPEN
    assert order.total_cents == 4 * 2 * 1500
    assert [line.quantity for line in order.lines.all()] == [8]
    assert series.reservations.filter(state=Reservation.State.WAITING_PAYMENT).count() == 4


def test_blocking_one_turn_of_a_paid_series_refunds_that_turn_whole(room, agent, day):
    from ..services.reservation_block import reservation_block_over

    series = reservation_series_book(
        by=agent, unit=room, contact_name="Vuokselan Voima ry", **SEASON
    )
    order = series.reservations.first().order
    counter_pay(order=order, day=day, tenders=[Tender("cash", order.total_cents)], by=agent)

    reservation_block_over(
        by=agent, unit=room, starts_at=at(2026, 3, 24, 17, 0), ends_at=at(2026, 3, 24, 21, 0),
        note="Vesivahinko", reason="maintenance", day_of=lambda r: day,
    )  # fmt: skip

    order = Order.objects.get(pk=order.pk)
    assert order.refunded_cents == 2 * 1500  # that turn's two hours, no fee
    assert series.reservations.filter(state=Reservation.State.CONFIRMED).count() == 4


def test_the_series_offers_only_priced_groups_and_refuses_a_wrong_one_at_the_preview(
    client, agent, room
):
    client.force_login(agent)
    url = reverse("web:reservation_series", args=[room.code])
    form = {
        "series-weekday": "1",
        "series-starts": "18:00",
        "series-ends": "20:00",
        "series-first_day": "2026-03-11",
        "series-last_day": "2026-04-14",
        "series-contact_name": "Aino Virtanen",
        "series-mail_to": "none",
    }

    page = client.get(reverse("web:reservation_unit", args=[room.code])).content.decode()
    senior = client.post(url, {**form, "series-group": "senior", "action": "preview"})

    assert 'name="series-group"' in page
    assert '<option value="association"' in page and '<option value="resident"' in page
    assert '<option value="senior"' not in page  # the room has no senior price
    assert senior.status_code == 400
    assert "Select a valid choice." in senior.content.decode()
    assert not Reservation.objects.exists()


def test_a_discount_group_without_a_price_is_refused_before_the_dates_are_shown(room):
    from django.core.exceptions import ValidationError

    from ..services.reservation_series import series_group_check

    dates = series_dates(unit=room, **SEASON)

    with pytest.raises(ValidationError, match="has no discount for this unit"):
        series_group_check(unit=room, group="senior", dates=dates)
    series_group_check(unit=room, group="association", dates=dates)


def test_a_holiday_left_out_of_a_series_is_called_a_holiday_in_its_mail(room, agent):
    from luukku.cases.models import OutboundMail

    series = reservation_series_book(
        by=agent,
        unit=room,
        contact_name="Aino Virtanen",
        contact_email="aino.virtanen@example.fi",
        group="resident",
        language="fi",
        **{**SEASON, "weekday": 0},  # Mondays: Easter Monday 6.4.2026 among them
    )

    assert dt.date(2026, 4, 6) not in {t.starts_at.date() for t in series.reservations.all()}
    body = OutboundMail.objects.get(kind=OutboundMail.Kind.RESERVATION).body
    assert "Pois jätetyt päivät:\n- ma 6.4.2026 18.00–20.00: arkipyhä" in body, body
