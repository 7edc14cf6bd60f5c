"""What newcomers hit in registrations: money that comes for a place no longer held, an
invoice left open after a cancellation, a refund on the sale page, repeated clicks and
double registrations, discounts online, offers to people without e-mail, the confirmation's
details and its calendar file."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from luukku.cases.models import CaseEvent, OutboundMail
from luukku.cases.notifications import _message
from luukku.commerce.models import CustomerGroup, Invoice, OnlinePayment, Order
from luukku.commerce.services.cash import register_day_open
from luukku.commerce.services.invoices import Buyer, order_invoice
from luukku.commerce.services.payments import Tender, counter_pay, order_refund
from luukku.core.testing.clock import at

from ...models import Registration
from ...selectors.courses import course_counts
from ...services.courses import course_decide
from ...services.registration_changes import registration_cancel, registrations_expire
from ...services.registrations import (
    registration_payment_check,
    registration_start,
    registration_submit,
)
from ..payments import money_arrives, pay_online, payment_form_open
from .conftest import course_make, person

Status = Registration.Status
BUYER = Buyer("Aino Virtanen", "Rantatie 5", "55100", "Imatra", email="aino1@example.fi")


def register_for(course, n=1, **fields):
    registration = registration_start(course=course)
    return registration_submit(registration=registration, who=person(n, **fields))


def at_counter(course, agent, n=1, **fields):
    registration = registration_start(course=course, channel=Registration.Channel.COUNTER, by=agent)
    return registration_submit(registration=registration, who=person(n, **fields), by=agent)


# 1. A payment for a place no longer held -------------------------------------------------


def test_money_after_the_course_was_cancelled_is_to_refund_not_a_place(
    paid_course, agent, paytrail
):
    provider = paytrail
    registration = register_for(paid_course)
    transaction_id = payment_form_open(registration.order, provider)

    course_decide(course=paid_course, runs=False, by=agent, reason="Liian vähän ilmoittautuneita")
    money_arrives(provider, transaction_id)

    registration.refresh_from_db()
    assert registration.status == Status.CANCELLED
    # The order was cancelled with the course: commerce never applies the money and gives
    # it back itself (docs/commerce.md, "Money that comes too late").
    assert registration.order.status == Order.Status.CANCELLED
    assert registration.order.online_payments.get().status == OnlinePayment.Status.LATE
    assert registration.refund_due_cents == 0
    assert CaseEvent.objects.filter(case=registration.case, data__action="paid_late").exists()
    assert not OutboundMail.objects.filter(case=registration.case, subject__contains="confirmed")


def test_a_form_open_when_the_course_was_cancelled_is_refused(paid_course, agent):
    filling = registration_start(course=paid_course)

    course_decide(course=paid_course, runs=False, by=agent, reason="Liian vähän ilmoittautuneita")

    with pytest.raises(ValidationError, match="The course has been cancelled"):
        registration_submit(registration=filling, who=person())
    filling.refresh_from_db()
    assert filling.status == Status.CANCELLED and filling.order_id is None
    assert not Order.objects.exists()


def test_money_after_the_hold_lapsed_does_not_confirm_even_with_places_free(
    paid_course, clock, paytrail
):
    provider = paytrail
    registration = register_for(paid_course)
    transaction_id = payment_form_open(registration.order, provider)
    clock.shift(dt.timedelta(minutes=45))
    registrations_expire()

    money_arrives(provider, transaction_id)

    registration.refresh_from_db()
    assert course_counts(paid_course).free == 2
    assert registration.status == Status.EXPIRED
    assert registration.order.status == Order.Status.CANCELLED
    assert registration.order.online_payments.get().status == OnlinePayment.Status.LATE


def test_money_for_a_lapsed_hold_the_worker_has_not_ended_is_to_refund(
    paid_course, clock, paytrail
):
    provider = paytrail
    registration = register_for(paid_course)
    transaction_id = payment_form_open(registration.order, provider)
    clock.shift(dt.timedelta(minutes=45))

    money_arrives(provider, transaction_id)

    registration.refresh_from_db()
    assert registration.status == Status.EXPIRED
    assert registration.refund_due_cents == 6000


def test_paying_is_refused_before_the_money_when_the_place_is_gone(
    paid_course, register, agent, clock
):
    lapsed, cancelled = register_for(paid_course, 1), register_for(paid_course, 2)
    registration_cancel(registration=cancelled)
    clock.shift(dt.timedelta(minutes=45))
    day = register_day_open(register=register, opening_float_cents=0, by=agent)

    for registration in (lapsed, cancelled):
        with pytest.raises(ValidationError, match="no longer held"):
            registration_payment_check(registration=registration)
    with pytest.raises(ValidationError, match="no longer held"):
        counter_pay(order=lapsed.order, day=day, tenders=[Tender("cash", 6000)], by=agent)
    lapsed.order.refresh_from_db()
    assert lapsed.order.paid_cents == 0 and lapsed.order.status == Order.Status.OPEN


def test_going_to_pay_keeps_the_place_for_the_payment(paid_course, clock):
    registration = register_for(paid_course)
    clock.shift(dt.timedelta(minutes=15))

    registration = registration_payment_check(registration=registration)

    assert registration.hold_until == at(2026, 8, 10, 10, 35)


# 2. An invoiced fee ------------------------------------------------------------------------


@pytest.fixture
def invoiced_registration(paid_course, agent, point):
    point.organisation.business_id = "0162193-3"
    point.organisation.save(update_fields=["business_id"])
    registration = at_counter(paid_course, agent)
    order_invoice(order=registration.order, buyer=BUYER, by=agent)
    registration.refresh_from_db()
    assert registration.status == Status.CONFIRMED
    return registration


def test_cancelling_an_invoiced_registration_credits_its_invoice(invoiced_registration, agent):
    registration_cancel(registration=invoiced_registration, by=agent)

    order = Order.objects.get(pk=invoiced_registration.order_id)
    assert order.invoice.status == Invoice.Status.CANCELLED
    assert order.status == Order.Status.CANCELLED
    invoiced_registration.refresh_from_db()
    assert invoiced_registration.refund_due_cents == 0


def test_a_cancelled_course_credits_its_open_invoices(invoiced_registration, paid_course, agent):
    # A second invoiced registrant: every order is locked before any invoice.
    others = [at_counter(paid_course, agent, 2)]
    for registration in others:
        order_invoice(order=registration.order, buyer=BUYER, by=agent)

    course_decide(course=paid_course, runs=False, by=agent, reason="Liian vähän ilmoittautuneita")

    for registration in (invoiced_registration, *others):
        order = Order.objects.get(pk=registration.order_id)
        assert order.invoice.status == Invoice.Status.CANCELLED
        assert order.status == Order.Status.CANCELLED


def test_the_confirmation_says_what_happens_to_an_invoice(invoiced_registration, clock):
    from ...selectors.courses import registration_cancel_outcome

    within = registration_cancel_outcome(invoiced_registration)
    assert within["invoice_credited"] and not within["invoice_open"]
    clock.move_to(at(2026, 9, 1, 12, 0))  # past the free cancellation
    binding = registration_cancel_outcome(invoiced_registration)
    assert binding["invoice_open"] and not binding["invoice_credited"]


def test_a_binding_cancellation_keeps_the_invoice(invoiced_registration, agent, clock):
    clock.move_to(at(2026, 9, 1, 12, 0))

    registration_cancel(registration=invoiced_registration, by=agent)

    order = Order.objects.get(pk=invoiced_registration.order_id)
    assert order.invoice.status == Invoice.Status.OPEN
    assert order.status == Order.Status.INVOICED


# 3. A refund on the sale page clears the mark ------------------------------------------------


def test_a_refund_on_the_sale_page_clears_the_course_s_mark(paid_course, register, agent):
    day = register_day_open(register=register, opening_float_cents=0, by=agent)
    registration = register_for(paid_course)
    counter_pay(order=registration.order, day=day, tenders=[Tender("cash", 6000)], by=agent)
    registration_cancel(registration=registration)
    registration.refresh_from_db()
    assert registration.refund_due_cents == 6000

    line = registration.order.lines.get()
    order_refund(
        order=registration.order,
        quantities={line.pk: 1},
        method="cash",
        day=day,
        by=agent,
        reason="Peruttu ajoissa",
    )

    registration.refresh_from_db()
    assert registration.refund_due_cents == 0


def test_an_online_refund_clears_the_mark_too(paid_course, agent, paytrail):
    from luukku.commerce.services.online import online_refund

    provider = paytrail
    registration = register_for(paid_course)
    pay_online(registration.order, provider)
    registration = registration_cancel(registration=registration)
    line = registration.order.lines.get()

    online_refund(
        order=registration.order,
        quantities={line.pk: 1},
        reason="Peruttu",
        by=agent,
        provider=provider,
        callback_url=provider.callback_url,
    )

    registration.refresh_from_db()
    assert registration.refund_due_cents == 0


# 4. Repeated clicks and unfinished forms -----------------------------------------------------


def test_a_second_click_in_the_same_session_reuses_the_hold(course):
    first = registration_start(course=course, starter="a" * 64)
    again = registration_start(course=course, starter="a" * 64)
    other = registration_start(course=course, starter="b" * 64)

    assert again.pk == first.pk and other.pk != first.pk
    assert course_counts(course).taken == 2


def test_a_lapsed_hold_pushes_nobody_onto_the_waiting_list(course, clock):
    registration_start(course=course)
    registration_start(course=course)
    clock.shift(dt.timedelta(minutes=21))

    late = registration_start(course=course)

    assert late.status == Status.HELD


def test_unfinished_waiting_list_forms_take_no_spot_on_it(course):
    register_for(course, 1)
    register_for(course, 2)
    for _n in range(3):
        assert registration_start(course=course).status == Status.WAITING

    assert course_counts(course).waiting == 0


def test_a_waiting_list_filled_while_typing_refuses_the_form(course):
    register_for(course, 1)
    register_for(course, 2)
    slow = registration_start(course=course)
    register_for(course, 3)
    register_for(course, 4)

    with pytest.raises(ValidationError, match="waiting list filled up"):
        registration_submit(registration=slow, who=person(5))
    slow.refresh_from_db()
    assert slow.submitted_at is None and course_counts(course).waiting == 2


# 5. The same person twice ----------------------------------------------------------------------


def test_the_same_e_mail_registers_once_for_a_course(course):
    first = register_for(course, 1)

    second = registration_start(course=course)
    with pytest.raises(ValidationError, match="registered for this course already"):
        registration_submit(registration=second, who=person(1, first_name="AINO"))
    assert Registration.objects.filter(submitted_at__isnull=False).count() == 1

    registration_cancel(registration=first)
    assert register_for(course, 1).status == Status.CONFIRMED


def test_a_second_form_while_the_first_waits_for_payment_says_when_it_lapses(paid_course):
    register_for(paid_course, 1)

    second = registration_start(course=paid_course)
    with pytest.raises(ValidationError, match=r"waiting for payment already.*after 10:20"):
        registration_submit(registration=second, who=person(1))


def test_the_same_customer_registers_once_at_the_counter(course, agent):
    first = at_counter(course, agent, 1, email="", phone="040 123 4567")

    with pytest.raises(ValidationError, match="registered for this course already"):
        at_counter(course, agent, 1, email="", phone="040 123 4567")
    assert first.customer is not None


# 6. Discounts online, the proof at the first session -------------------------------------------


def test_a_discount_online_is_sold_with_the_proof_to_show_at_the_first_session(paid_course):
    registration = register_for(paid_course, group=CustomerGroup.SENIOR)

    assert registration.order.total_cents == 3000
    assert registration.proof_to_check


def test_a_group_without_a_price_is_refused(paid_course):
    registration = registration_start(course=paid_course)

    with pytest.raises(ValidationError, match="no price for this group"):
        registration_submit(registration=registration, who=person(group=CustomerGroup.STUDENT))
    assert not Order.objects.exists()


def test_the_confirmation_asks_for_the_proof(paid_course, register, agent):
    day = register_day_open(register=register, opening_float_cents=0, by=agent)
    registration = register_for(paid_course, group=CustomerGroup.SENIOR)
    counter_pay(order=registration.order, day=day, tenders=[Tender("cash", 3000)], by=agent)

    mail = OutboundMail.objects.filter(case=registration.case).latest("pk")
    assert "Bring the proof of your discount" in mail.body


# 7. An offer to someone without e-mail -------------------------------------------------------


def test_an_offer_without_e_mail_is_for_staff_to_phone(service, point, clock, agent):
    course = course_make(service=service, point=point, capacity=1)
    first = register_for(course, 1)
    waiting = at_counter(course, agent, 2, email="", phone="040 765 4321")

    registration_cancel(registration=first)

    waiting.refresh_from_db()
    assert waiting.status == Status.OFFERED
    event = CaseEvent.objects.get(case=waiting.case, data__action="offered")
    assert event.data["delivery"] == "phone" and event.data["phone"] == "+358407654321"
    emailed = register_for(course, 3)
    assert emailed.status == Status.WAITING


# 8. The confirmation's details -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "amount", "time"),
    [
        ("fi", "60,00\u00a0€", "18.00–19.30"),
        ("sv", "60,00\u00a0€", "18.00–19.30"),
        ("en", "60.00\u00a0€", "18:00–19:30"),
    ],
)
def test_the_confirmation_says_what_was_paid_and_until_when_to_cancel(
    paid_course, register, agent, language, amount, time
):
    day = register_day_open(register=register, opening_float_cents=0, by=agent)
    registration = register_for(paid_course, language=language)
    counter_pay(order=registration.order, day=day, tenders=[Tender("cash", 6000)], by=agent)

    mail = OutboundMail.objects.filter(case=registration.case).latest("pk")
    assert amount in mail.body
    assert "31.8.2026" in mail.body
    assert f"7.9.2026 {time}" in mail.body


# 9. The calendar file's method ----------------------------------------------------------------


def test_the_calendar_s_method_and_the_mime_method_match(course):
    registration = register_for(course)
    mail = OutboundMail.objects.get(case=registration.case)

    message = _message(mail).message()
    (part,) = [p for p in message.walk() if p.get_content_type() == "text/calendar"]
    assert "METHOD:PUBLISH" in mail.calendar
    assert part.get_param("method") == "PUBLISH"
