"""The registrant's e-mail when their registration ends: what happens to the money (with the
amount) and staff's reason."""

from luukku.cases.models import OutboundMail
from luukku.commerce.services.cash import register_day_open
from luukku.commerce.services.payments import Tender, counter_pay
from luukku.core.testing.clock import at

from ...services.courses import course_decide
from ...services.registration_changes import registration_cancel
from .test_integrity import BUYER, at_counter, invoiced_registration, register_for  # noqa: F401


def _mail(registration) -> str:
    return OutboundMail.objects.filter(case=registration.case).latest("pk").body


def test_a_cancelled_course_tells_the_refund_and_the_reason(paid_course, register, agent):
    paid, unpaid = register_for(paid_course, 1), register_for(paid_course, 2)
    day = register_day_open(register=register, opening_float_cents=0, by=agent)
    counter_pay(order=paid.order, day=day, tenders=[Tender("cash", 6000)], by=agent)

    course_decide(course=paid_course, runs=False, by=agent, reason="The teacher fell ill.")

    body = _mail(paid)
    assert "is cancelled" in body and "enough participants" not in body
    assert "The fee you paid, 60.00\u00a0€, will be refunded." in body
    assert "Reason: The teacher fell ill." in body
    assert "The fee of 60.00\u00a0€ was not paid and is cancelled: you owe nothing." in _mail(
        unpaid
    )


def test_a_free_course_s_cancellation_says_nothing_is_owed(course, agent):
    registration = register_for(course)

    registration_cancel(registration=registration, by=agent, reason="Moved away")

    body = _mail(registration)
    assert "The course is free of charge: you owe nothing." in body
    assert "Reason: Moved away" in body


def test_the_registrant_s_own_cancellation_has_no_reason_line(course):
    registration = register_for(course)

    registration_cancel(registration=registration, reason="Cancelled by the registrant")

    assert "Reason:" not in _mail(registration)


def test_an_invoiced_fee_cancelled_in_time_is_credited(invoiced_registration, agent):  # noqa: F811
    registration_cancel(registration=invoiced_registration, by=agent, reason="Ill")

    body = _mail(invoiced_registration)
    assert "Your invoice of 60.00\u00a0€ is credited: you need not pay it." in body


def test_an_invoiced_fee_cancelled_late_stays_due(invoiced_registration, agent, clock):  # noqa: F811
    clock.move_to(at(2026, 9, 1, 12, 0))

    registration_cancel(registration=invoiced_registration, by=agent, reason="Ill")

    body = _mail(invoiced_registration)
    assert "your invoice of 60.00\u00a0€ is still to be paid" in body
