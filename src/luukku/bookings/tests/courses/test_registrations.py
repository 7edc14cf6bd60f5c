"""Registering for a course: places held and released, the waiting list, the fee paid at
the counter or left unpaid, age limits and discount proofs."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from luukku.cases.models import CaseEvent, OutboundMail
from luukku.commerce.models import CustomerGroup, Order
from luukku.commerce.services.cash import register_day_open
from luukku.commerce.services.payments import Tender, counter_pay
from luukku.core.testing.clock import at

from ...models import Registration
from ...selectors.courses import course_counts, waiting_position
from ...services.registration_changes import (
    offer_accept,
    registration_cancel,
    registrations_expire,
)
from ...services.registrations import registration_start, registration_submit
from .conftest import course_make, person

Status = Registration.Status


def register(course, n=1, **fields):
    registration = registration_start(course=course)
    return registration_submit(registration=registration, who=person(n, **fields))


def test_a_free_course_confirms_at_once_with_a_case_and_an_e_mail(course):
    registration = register(course)

    assert registration.status == Status.CONFIRMED
    assert registration.case.contact_email == "aino1@example.fi"
    mail = OutboundMail.objects.get(case=registration.case)
    assert mail.kind == OutboundMail.Kind.REGISTRATION
    assert mail.recipient == "aino1@example.fi"
    assert "BEGIN:VEVENT" in mail.calendar
    assert registration.token in mail.body
    assert CaseEvent.objects.filter(case=registration.case, kind="registration").exists()


def test_a_held_place_counts_until_it_lapses(course, clock):
    registration_start(course=course)
    registration_start(course=course)
    assert course_counts(course).free == 0

    clock.shift(dt.timedelta(minutes=21))
    assert registrations_expire() == 2

    assert course_counts(course).free == 2
    assert set(Registration.objects.values_list("status", flat=True)) == {Status.EXPIRED}


def test_a_form_sent_after_the_hold_is_refused(course, clock):
    registration = registration_start(course=course)
    clock.shift(dt.timedelta(minutes=21))

    with pytest.raises(ValidationError, match="ran out"):
        registration_submit(registration=registration, who=person())


def test_a_full_course_puts_the_next_on_the_waiting_list(course):
    register(course, 1)
    register(course, 2)
    third = register(course, 3)
    fourth = register(course, 4)

    assert third.status == fourth.status == Status.WAITING
    assert waiting_position(fourth) == 2
    with pytest.raises(ValidationError, match="full, and so is its waiting list"):
        registration_start(course=course)
    mail = OutboundMail.objects.filter(case=third.case).get()
    assert "waiting list" in mail.subject


def test_a_cancellation_offers_the_place_to_the_first_waiting(course, clock):
    first = register(course, 1)
    register(course, 2)
    waiting = register(course, 3)

    registration_cancel(registration=first)

    waiting.refresh_from_db()
    assert waiting.status == Status.OFFERED
    assert waiting.offer_until == at(2026, 8, 12, 10, 0)
    offer = OutboundMail.objects.filter(case=waiting.case).latest("pk")
    assert "free for you" in offer.subject and waiting.token in offer.body

    offer_accept(registration=waiting)
    waiting.refresh_from_db()
    assert waiting.status == Status.CONFIRMED


def test_an_offer_not_taken_in_time_passes_to_the_next(course, clock):
    first = register(course, 1)
    register(course, 2)
    offered = register(course, 3)
    next_one = register(course, 4)
    registration_cancel(registration=first)

    clock.shift(dt.timedelta(hours=49))
    registrations_expire()

    offered.refresh_from_db()
    next_one.refresh_from_db()
    assert offered.status == Status.EXPIRED
    assert next_one.status == Status.OFFERED
    with pytest.raises(ValidationError, match="no offer"):
        offer_accept(registration=offered)


def test_raising_the_capacity_offers_the_new_places(course, agent):
    from ...services.courses import course_capacity_set

    register(course, 1)
    register(course, 2)
    waiting = register(course, 3)

    course_capacity_set(course=course, capacity=3, waiting_list_capacity=2, by=agent)

    waiting.refresh_from_db()
    assert waiting.status == Status.OFFERED
    with pytest.raises(ValidationError, match="at least"):
        course_capacity_set(course=course, capacity=1, waiting_list_capacity=2, by=agent)


def test_age_limits_are_checked_against_the_year_of_birth(service, point, clock):
    course = course_make(service=service, point=point, min_age=18, code="A18")
    registration = registration_start(course=course)

    with pytest.raises(ValidationError) as error:
        registration_submit(registration=registration, who=person())
    assert "year of birth" in str(error.value)
    with pytest.raises(ValidationError, match="18 or over"):
        registration_submit(registration=registration, who=person(birth_year=2010))
    assert registration_submit(registration=registration, who=person(birth_year=1990)).status == (
        Status.CONFIRMED
    )


def test_terms_must_be_accepted(service, point, clock):
    course = course_make(service=service, point=point, terms="Ilmoittautuminen on sitova.")
    registration = registration_start(course=course)

    with pytest.raises(ValidationError, match="Accept the registration terms"):
        registration_submit(registration=registration, who=person())
    assert Registration.objects.get().submitted_at is None


def test_a_paid_course_holds_the_place_until_paid_at_the_counter(paid_course, register, agent):
    registration = register_for(paid_course)

    assert registration.status == Status.HELD
    assert registration.order.status == Order.Status.OPEN
    assert registration.order.total_cents == 6000
    day = register_day_open(register=register, opening_float_cents=0, by=agent)
    counter_pay(order=registration.order, day=day, tenders=[Tender("cash", 6000)], by=agent)

    registration.refresh_from_db()
    assert registration.status == Status.CONFIRMED


def register_for(course, n=1, **fields):
    registration = registration_start(course=course)
    return registration_submit(registration=registration, who=person(n, **fields))


def test_an_unpaid_hold_lapses_and_its_order_is_cancelled(paid_course, clock):
    registration = register_for(paid_course)
    clock.shift(dt.timedelta(minutes=41))

    registrations_expire()

    registration.refresh_from_db()
    assert registration.status == Status.EXPIRED
    assert registration.order.status == Order.Status.CANCELLED


def test_a_discount_online_is_taken_on_the_registrant_s_word(paid_course):
    registration = registration_start(course=paid_course)

    registration = registration_submit(
        registration=registration, who=person(group=CustomerGroup.SENIOR)
    )
    assert registration.order.total_cents == 3000
    assert registration.proof_to_check


def test_a_discount_at_the_counter_with_the_proof_seen(paid_course, agent):
    registration = registration_start(
        course=paid_course, channel=Registration.Channel.COUNTER, by=agent
    )
    registration = registration_submit(
        registration=registration,
        who=person(group=CustomerGroup.SENIOR, proof_seen=True),
        by=agent,
    )

    assert registration.order.total_cents == 3000
    assert registration.order.channel == Order.Channel.COUNTER


def test_cancelling_in_time_owes_the_fee_back_and_after_it_is_binding(
    paid_course, register, agent, clock
):
    day = register_day_open(register=register, opening_float_cents=0, by=agent)
    early, late = register_for(paid_course, 1), register_for(paid_course, 2)
    for registration in (early, late):
        counter_pay(order=registration.order, day=day, tenders=[Tender("cash", 6000)], by=agent)

    registration_cancel(registration=early)
    clock.move_to(at(2026, 9, 1, 12, 0))
    registration_cancel(registration=late)

    early.refresh_from_db()
    late.refresh_from_db()
    assert early.refund_due_cents == 6000
    assert late.refund_due_cents == 0
    mail = OutboundMail.objects.filter(case=late.case).latest("pk")
    assert "not refunded" in mail.body


def test_cancelling_twice_is_refused(course):
    registration = register(course)
    registration_cancel(registration=registration)

    with pytest.raises(ValidationError, match="already"):
        registration_cancel(registration=registration)


def test_registration_outside_the_window_is_refused(course, clock):
    clock.move_to(at(2026, 9, 2, 12, 0))

    with pytest.raises(ValidationError, match="closed"):
        registration_start(course=course)
    # At the counter an agent may still register someone until the course is cancelled.
    assert registration_start(course=course, channel=Registration.Channel.COUNTER)
