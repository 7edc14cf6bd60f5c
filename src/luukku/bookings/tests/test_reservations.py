"""Booking a unit: its rules, shared spaces and buffers, the states and the order."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from luukku.cases.models import OutboundMail
from luukku.commerce.models import CustomerGroup, Order
from luukku.core.testing.clock import at

from ..models import Occupancy, Reservation
from ..selectors.reservations import day_slots
from ..services.reservations import (
    ReservationClash,
    reservation_block,
    reservation_book_for_customer,
    reservation_book_online,
)
from .conftest import NEXT_TUESDAY

pytestmark = pytest.mark.usefixtures("clock")


def book(unit, start, hours=1, **fields):
    fields.setdefault("first_name", "Aino")
    fields.setdefault("last_name", "Virtanen")
    fields.setdefault("email", "aino@example.fi")
    fields.setdefault("terms_accepted", True)
    return reservation_book_online(
        unit=unit, starts_at=start, ends_at=start + dt.timedelta(hours=hours), **fields
    )


def test_a_paid_booking_holds_its_time_with_an_open_order(room):
    reservation = book(room, at(2026, 3, 17, 18, 0), hours=2)

    assert reservation.state == Reservation.State.CREATED
    assert reservation.hold_until is not None
    assert reservation.price_cents == 4000
    assert reservation.order.status == Order.Status.OPEN
    assert reservation.order.total_cents == 4000
    assert reservation.case.contact_email == "aino@example.fi"
    assert reservation.free_until == at(2026, 3, 10, 18, 0)
    assert Occupancy.objects.filter(reservation=reservation, active=True).count() == 1


def test_an_association_pays_its_own_price(room):
    reservation = book(
        room,
        at(2026, 3, 17, 18, 0),
        group=CustomerGroup.ASSOCIATION,
        organisation_name="Imatran Kamerakerho",
    )

    assert reservation.price_cents == 1500


def test_a_discount_that_needs_a_proof_is_refused_online_nothing_kept(room):
    with pytest.raises(ValidationError) as error:
        book(room, at(2026, 3, 17, 18, 0), group=CustomerGroup.STUDENT)

    assert "at the counter" in str(error.value)
    assert not Reservation.objects.exists()


def test_the_same_time_cannot_be_booked_twice(room):
    book(room, at(2026, 3, 17, 18, 0))

    with pytest.raises(ReservationClash):
        book(room, at(2026, 3, 17, 18, 0), email="toinen@example.fi")


def test_the_buffer_after_keeps_the_next_booking_away(room):
    book(room, at(2026, 3, 17, 17, 0))  # ends 18.00, buffer 15 min

    with pytest.raises(ReservationClash):
        book(room, at(2026, 3, 17, 18, 0), email="toinen@example.fi")
    book(room, at(2026, 3, 17, 19, 0), email="toinen@example.fi")


def test_the_whole_hall_and_its_halves_block_each_other(hall):
    whole, north, south = hall
    book(north, at(2026, 3, 17, 18, 0))

    with pytest.raises(ReservationClash):
        book(whole, at(2026, 3, 17, 18, 0), email="b@example.fi")
    book(south, at(2026, 3, 17, 18, 0), email="c@example.fi")
    book(whole, at(2026, 3, 17, 19, 0), email="d@example.fi")
    with pytest.raises(ReservationClash):
        book(north, at(2026, 3, 17, 19, 0), email="e@example.fi")
    assert Occupancy.objects.filter(space=north, active=True).count() == 2


@pytest.mark.parametrize(
    ("start", "hours", "message"),
    [
        (at(2026, 3, 17, 20, 30), 1, "not open"),
        (at(2026, 3, 17, 7, 0), 1, "not open"),
        (at(2026, 3, 10, 11, 0), 1, "hours before"),
        (at(2026, 9, 1, 12, 0), 1, "days ahead"),
        (at(2026, 3, 17, 12, 0), 5, "from 60 to 240"),
        (at(2026, 3, 17, 12, 30), 1, "every 60 minutes"),
        (at(2026, 4, 6, 12, 0), 1, "not open"),  # Easter Monday
    ],
)
def test_a_time_against_the_rules_is_refused_with_the_reason(room, start, hours, message):
    with pytest.raises(ValidationError) as error:
        book(room, start, hours=hours)

    assert message in " ".join(error.value.messages)
    assert not Reservation.objects.exists()


def test_a_free_unit_is_confirmed_at_once_with_the_door_code(hall, run_tasks):
    whole, _north, _south = hall
    whole.door_code = "1234"
    whole.save()

    reservation = book(whole, at(2026, 3, 17, 18, 0))

    assert reservation.state == Reservation.State.CONFIRMED
    mail = OutboundMail.objects.get(kind=OutboundMail.Kind.RESERVATION)
    assert mail.recipient == "aino@example.fi" if hasattr(mail, "recipient") else True
    assert "1234" in mail.body
    assert "BEGIN:VCALENDAR" in mail.calendar


def test_a_unit_that_needs_handling_takes_a_request(room):
    room.needs_handling = True
    room.save()

    reservation = book(room, at(2026, 3, 17, 18, 0))

    assert reservation.state == Reservation.State.HANDLING
    assert reservation.order is None


def test_too_many_active_bookings_per_customer_are_refused(room):
    room.max_active = 1
    room.save()
    book(room, at(2026, 3, 17, 18, 0))

    with pytest.raises(ValidationError, match="most at once"):
        book(room, at(2026, 3, 18, 18, 0))


def test_staff_block_time_that_no_one_can_book(room, agent):
    reservation_block(
        by=agent,
        unit=room,
        starts_at=at(2026, 3, 17, 8, 0),
        ends_at=at(2026, 3, 17, 12, 0),
        note="Ilmanvaihdon huolto",
    )

    with pytest.raises(ReservationClash):
        book(room, at(2026, 3, 17, 11, 0))
    free = [s.starts_at for s in day_slots(room, NEXT_TUESDAY) if s.free]
    assert at(2026, 3, 17, 11, 0) not in free
    assert at(2026, 3, 17, 13, 0) in free


def test_an_agent_books_for_a_customer_to_pay_at_the_counter(room, agent, hourly):
    from luukku.commerce.models import Price

    Price.objects.create(
        product=hourly,
        group=CustomerGroup.STUDENT,
        amount_cents=2000,
        valid_from=dt.date(2026, 1, 1),
    )
    reservation = reservation_book_for_customer(
        by=agent,
        unit=room,
        starts_at=at(2026, 3, 17, 18, 0),
        ends_at=at(2026, 3, 17, 19, 0),
        contact_name="Matti Meikäläinen",
        group=CustomerGroup.STUDENT,
        proof_seen=True,
    )

    assert reservation.state == Reservation.State.WAITING_PAYMENT
    assert reservation.order.channel == Order.Channel.COUNTER
    assert reservation.pay_by == dt.date(2026, 3, 16)
