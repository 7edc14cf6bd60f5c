"""A booking's order settles it, a lapsed hold or an unpaid approved booking is released, a
request is approved or denied, and a cancellation keeps the fee of what was paid."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from luukku.cases.models import CaseEvent, OutboundMail
from luukku.commerce.models import Order, Payment
from luukku.commerce.services.payments import Tender, counter_pay
from luukku.core.testing.clock import at

from ..models import DenyReason, Occupancy, Reservation
from ..selectors.reservations import cancellation_quote
from ..services.reservation_cancel import reservation_cancel
from ..services.reservation_handling import (
    reservation_approve,
    reservation_deny,
    reservations_lapse,
)
from ..services.reservations import reservation_book_for_customer
from .payments import RETURN_URL, pay_online
from .test_reservations import book

pytestmark = pytest.mark.usefixtures("clock")


def test_paying_online_confirms_the_booking_and_sends_the_door_code(room, paytrail):
    reservation = book(room, at(2026, 3, 17, 18, 0), hours=2)

    pay_online(reservation.order, paytrail)

    reservation.refresh_from_db()
    assert reservation.state == Reservation.State.CONFIRMED
    mail = OutboundMail.objects.filter(kind=OutboundMail.Kind.RESERVATION).get()
    assert mail.recipient == "aino@example.fi"
    assert "4711" in mail.body
    assert "DTSTART:20260317T160000Z" in mail.calendar
    actions = [e.data["action"] for e in CaseEvent.objects.filter(kind=CaseEvent.Kind.RESERVATION)]
    assert actions == ["created", "confirmed"]


def test_a_hold_not_paid_in_time_is_released_and_its_order_cancelled(room, clock):
    reservation = book(room, at(2026, 3, 17, 18, 0))
    assert reservations_lapse() == 0

    clock.shift(dt.timedelta(minutes=21))
    assert reservations_lapse() == 1

    reservation.refresh_from_db()
    assert reservation.state == Reservation.State.CANCELLED
    assert reservation.reason == DenyReason.NOT_COMPLETED
    assert reservation.order.status == Order.Status.CANCELLED
    assert not Occupancy.objects.filter(active=True).exists()
    book(room, at(2026, 3, 17, 18, 0), email="toinen@example.fi")  # the time is free again


def test_an_approved_request_unpaid_by_its_due_date_is_cancelled(room, agent, clock):
    room.needs_handling = True
    room.payment_days = 3
    room.save()
    reservation = book(room, at(2026, 3, 17, 18, 0))

    reservation = reservation_approve(reservation=reservation, by=agent)
    assert reservation.state == Reservation.State.WAITING_PAYMENT
    assert reservation.pay_by == dt.date(2026, 3, 13)
    clock.shift(dt.timedelta(days=3))
    assert reservations_lapse() == 0
    clock.shift(dt.timedelta(days=1))
    assert reservations_lapse() == 1

    reservation.refresh_from_db()
    assert reservation.state == Reservation.State.CANCELLED
    assert reservation.reason == DenyReason.UNPAID


def test_a_denied_request_frees_its_time_with_the_reason(room, agent):
    room.needs_handling = True
    room.save()
    reservation = book(room, at(2026, 3, 17, 18, 0))

    with pytest.raises(ValidationError, match="Choose a reason"):
        reservation_deny(reservation=reservation, by=agent, reason="nope")
    reservation_deny(reservation=reservation, by=agent, reason=DenyReason.MAINTENANCE)

    reservation.refresh_from_db()
    assert reservation.state == Reservation.State.DENIED
    assert not Occupancy.objects.filter(active=True).exists()
    mail = OutboundMail.objects.filter(kind=OutboundMail.Kind.RESERVATION).last()
    assert "Huolto tai korjaus" in mail.body  # in the language the booker used


def test_cancelling_in_the_free_period_refunds_all(room, paytrail):
    provider = paytrail
    reservation = book(room, at(2026, 3, 20, 18, 0), hours=2)
    pay_online(reservation.order, provider)
    reservation.refresh_from_db()
    assert cancellation_quote(reservation).fee_cents == 0

    reservation_cancel(
        reservation=reservation, provider=provider, callback_url=provider.callback_url
    )

    assert provider.refunded_cents() == 4000
    reservation.refresh_from_db()
    assert reservation.state == Reservation.State.CANCELLED
    assert (reservation.fee_cents, reservation.refunded_cents) == (0, 4000)


def test_cancelling_late_keeps_the_fee_and_refunds_the_rest(room, clock, paytrail):
    provider = paytrail
    reservation = book(room, at(2026, 3, 17, 18, 0), hours=2)  # free until 10.3. 18.00
    pay_online(reservation.order, provider)
    clock.shift(dt.timedelta(hours=9))
    reservation.refresh_from_db()

    quote = cancellation_quote(reservation)
    assert (quote.paid_cents, quote.fee_cents, quote.refund_cents) == (4000, 1200, 2800)
    reservation_cancel(
        reservation=reservation, provider=provider, callback_url=provider.callback_url
    )

    assert provider.refunded_cents() == 2800
    order = Order.objects.get(pk=reservation.order_id)
    assert order.refunded_cents == 2800
    refund = order.payments.get(kind=Payment.Kind.REFUND)
    assert refund.refund_lines.get().amount_cents == 2800
    assert refund.receipts.get().content["total_cents"] == 2800
    reservation.refresh_from_db()
    assert (reservation.fee_cents, reservation.refunded_cents) == (1200, 2800)
    assert not Occupancy.objects.filter(active=True).exists()
    mail = OutboundMail.objects.filter(kind=OutboundMail.Kind.RESERVATION).last()
    assert "28.00" in mail.body or "28,00" in mail.body


def test_cancelling_an_unpaid_booking_cancels_its_order_without_a_fee(room, clock):
    reservation = book(room, at(2026, 3, 17, 18, 0))
    clock.shift(dt.timedelta(hours=9))

    reservation_cancel(reservation=reservation)

    reservation.refresh_from_db()
    assert reservation.state == Reservation.State.CANCELLED
    assert reservation.reason == DenyReason.CUSTOMER
    assert reservation.order.status == Order.Status.CANCELLED


def test_a_booking_cannot_be_cancelled_twice(room):
    reservation = book(room, at(2026, 3, 17, 18, 0))
    reservation_cancel(reservation=reservation)
    reservation.refresh_from_db()

    with pytest.raises(ValidationError, match="already been cancelled"):
        reservation_cancel(reservation=reservation)


def test_paying_at_the_counter_confirms_and_staff_refund_less_the_fee(room, agent, day, clock):
    reservation = reservation_book_for_customer(
        by=agent,
        unit=room,
        starts_at=at(2026, 3, 17, 18, 0),
        ends_at=at(2026, 3, 17, 19, 0),
        contact_name="Matti Meikäläinen",
    )
    counter_pay(order=reservation.order, day=day, tenders=[Tender("cash", 2000)], by=agent)
    reservation.refresh_from_db()
    assert reservation.state == Reservation.State.CONFIRMED
    clock.shift(dt.timedelta(hours=9))

    with pytest.raises(ValidationError, match="at the counter"):
        reservation_cancel(reservation=reservation)
    reservation_cancel(reservation=reservation, by=agent, method="cash", day=day)

    reservation.refresh_from_db()
    assert (reservation.fee_cents, reservation.refunded_cents) == (600, 1400)
    assert reservation.order.refunded_cents == 1400


def test_a_hold_whose_booker_is_paying_is_kept_until_the_attempt_is_old(room, clock, paytrail):
    from luukku.commerce.services.online import online_payment_start

    reservation = book(room, at(2026, 3, 17, 18, 0))
    clock.shift(dt.timedelta(minutes=15))
    online_payment_start(
        order=reservation.order, provider=paytrail, return_url=RETURN_URL, callback_url=""
    )
    clock.shift(dt.timedelta(minutes=10))  # the hold ran out 5 minutes ago

    assert reservations_lapse() == 1  # looked at, and kept
    reservation.refresh_from_db()
    assert reservation.state == Reservation.State.CREATED
    clock.shift(dt.timedelta(minutes=15))
    reservations_lapse()
    reservation.refresh_from_db()
    assert reservation.state == Reservation.State.CANCELLED


def test_the_calendar_file_is_tentative_until_the_booking_is_confirmed(room, paytrail):
    from ..services.reservation_mail import reservation_ics

    held = book(room, at(2026, 3, 17, 18, 0))
    assert "STATUS:TENTATIVE" in reservation_ics(held)
    room.needs_handling = True
    room.save()
    request = book(room, at(2026, 3, 18, 18, 0), email="toinen@example.fi")
    assert "STATUS:TENTATIVE" in reservation_ics(request)

    pay_online(held.order, paytrail)
    held.refresh_from_db()

    assert "STATUS:CONFIRMED" in reservation_ics(held)


def test_a_counter_booking_for_a_contact_carries_the_customer_and_tells_them(room, agent, day):
    reservation = reservation_book_for_customer(
        by=agent,
        unit=room,
        starts_at=at(2026, 3, 17, 18, 0),
        ends_at=at(2026, 3, 17, 19, 0),
        contact_name="Matti Meikäläinen",
        contact_email="matti@example.fi",
    )

    assert reservation.customer is not None
    assert reservation.order.customer == reservation.customer
    assert reservation.case.customer == reservation.customer
    assert reservation.case.contact_email == "matti@example.fi"
    counter_pay(order=reservation.order, day=day, tenders=[Tender("cash", 2000)], by=agent)
    mail = OutboundMail.objects.filter(kind=OutboundMail.Kind.RESERVATION).get()
    assert mail.recipient == "matti@example.fi"
    actions = [e.data["action"] for e in CaseEvent.objects.filter(kind=CaseEvent.Kind.RESERVATION)]
    assert actions == ["payment", "confirmed"]


def test_a_request_s_case_follows_it_to_the_end(room, agent, paytrail):
    from luukku.cases.models import Status

    room.needs_handling = True
    room.save()
    denied = book(room, at(2026, 3, 17, 18, 0))
    approved = book(room, at(2026, 3, 18, 18, 0), email="toinen@example.fi")
    assert denied.case.status == Status.NEW

    reservation_deny(reservation=denied, by=agent, reason=DenyReason.MAINTENANCE)
    reservation_approve(reservation=approved, by=agent)
    denied.case.refresh_from_db()
    approved.case.refresh_from_db()
    assert (denied.case.status, approved.case.status) == (Status.RESOLVED, Status.WAITING_CUSTOMER)

    approved.refresh_from_db()
    pay_online(approved.order, paytrail)
    approved.case.refresh_from_db()
    assert approved.case.status == Status.RESOLVED


def test_a_senior_with_the_proof_seen_pays_the_senior_price_or_is_told(room, agent, hourly):
    import datetime as dt

    from luukku.commerce.models import CustomerGroup, Price

    fields = {
        "by": agent,
        "unit": room,
        "starts_at": at(2026, 3, 17, 18, 0),
        "ends_at": at(2026, 3, 17, 20, 0),
        "contact_name": "Eino Mäkelä",
        "contact_email": "eino@example.fi",
        "group": CustomerGroup.SENIOR,
        "proof_seen": True,
    }
    with pytest.raises(ValidationError, match="has no discount for this unit"):
        reservation_book_for_customer(**fields)
    assert not Reservation.objects.exists()
    Price.objects.create(
        product=hourly,
        group=CustomerGroup.SENIOR,
        amount_cents=1000,
        valid_from=dt.date(2026, 1, 1),
    )

    reservation = reservation_book_for_customer(**fields)

    assert reservation.price_cents == 2000
    assert reservation.order.total_cents == 2000
    assert reservation.order.customer == reservation.customer


def test_a_cancellation_mail_carries_the_staff_s_note_and_no_cancel_link(room, agent):
    reservation = book(room, at(2026, 3, 17, 18, 0))

    reservation_cancel(
        reservation=reservation, by=agent, reason=DenyReason.MAINTENANCE, note="Vesivahinko."
    )

    mail = OutboundMail.objects.filter(kind=OutboundMail.Kind.RESERVATION).last()
    assert "Vesivahinko." in mail.body
    assert "peru varauksesi" not in mail.body and "Katso varauksesi" in mail.body
