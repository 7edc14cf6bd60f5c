"""Staff's decisions on a course: it runs or is cancelled (registrants told either way),
and a message to all its registrants."""

import pytest
from django.core.exceptions import ValidationError

from luukku.cases.models import OutboundMail
from luukku.commerce.models import Order
from luukku.commerce.services.cash import register_day_open
from luukku.commerce.services.payments import Tender, counter_pay

from ...models import Course, Registration
from ...services.courses import course_decide, course_message_send
from ...services.registrations import registration_start, registration_submit
from .conftest import person


def register_for(course, n=1, **fields):
    registration = registration_start(course=course)
    return registration_submit(registration=registration, who=person(n, **fields))


def test_a_course_that_runs_tells_its_participants(course, agent):
    first = register_for(course, 1)

    course_decide(course=course, runs=True, by=agent)

    mail = OutboundMail.objects.filter(case=first.case).latest("pk")
    assert "will run" in mail.subject
    with pytest.raises(ValidationError, match="made already"):
        course_decide(course=course, runs=False, by=agent, reason="Liian vähän osallistujia")


def test_a_cancelled_course_ends_every_registration_and_owes_the_paid_fees(
    paid_course, register, agent
):
    day = register_day_open(register=register, opening_float_cents=0, by=agent)
    paid, unpaid = register_for(paid_course, 1), register_for(paid_course, 2)
    counter_pay(order=paid.order, day=day, tenders=[Tender("cash", 6000)], by=agent)

    course_decide(course=paid_course, runs=False, by=agent, reason="Liian vähän osallistujia")

    paid_course.refresh_from_db()
    paid.refresh_from_db()
    unpaid.refresh_from_db()
    assert paid_course.decision == Course.Decision.CANCELLED
    assert paid.status == unpaid.status == Registration.Status.CANCELLED
    assert paid.refund_due_cents == 6000
    assert unpaid.order.status == Order.Status.CANCELLED
    mail = OutboundMail.objects.filter(case=paid.case).latest("pk")
    assert "cancelled" in mail.subject and "refunded" in mail.body
    with pytest.raises(ValidationError, match="cancelled"):
        registration_start(course=paid_course)


def test_a_message_goes_to_each_registrant_in_their_language(course, agent):
    finn = register_for(course, 1, language="fi")
    swede = register_for(course, 2, language="sv")

    sent = course_message_send(course=course, subject="Sali vaihtuu", body="Luokka 3.", by=agent)

    assert sent == 2
    to_finn = OutboundMail.objects.filter(case=finn.case).latest("pk")
    to_swede = OutboundMail.objects.filter(case=swede.case).latest("pk")
    assert to_finn.recipient == "aino1@example.fi" and "Luokka 3." in to_finn.body
    # A greeting by the registrant's first name and the service point's signature.
    assert to_finn.body.startswith(
        "Hei Aino,\n\nLuokka 3.\n\nYstävällisin terveisin\nKaupungintalo\n"
    )
    assert to_swede.body.startswith("Hej Aino,\n\nLuokka 3.\n\nMed vänliga hälsningar\n")


def test_a_message_greets_plainly_when_no_name_was_given(course, agent):
    registrant = register_for(course, 1, language="en")
    registrant.first_name = ""
    registrant.save(update_fields=["first_name"])

    course_message_send(course=course, subject="Room", body="Room 3.", by=agent)

    mail = OutboundMail.objects.filter(case=registrant.case).latest("pk")
    assert mail.body.startswith("Hello,\n\nRoom 3.\n\nBest regards,\nKaupungintalo\n")


def test_an_empty_message_is_refused(course, agent):
    with pytest.raises(ValidationError):
        course_message_send(course=course, subject="", body="", by=agent)
