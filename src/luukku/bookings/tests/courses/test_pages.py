"""The citizen's course pages and the staff's course page, through the test client."""

import datetime as dt

import pytest
from django.urls import reverse

from luukku.cases.models import OutboundMail
from luukku.core.testing.clock import at
from luukku.privacy.models import AccessLogEntry

from ...models import Registration
from ...services.registrations import registration_start, registration_submit
from .conftest import person

FORM = {
    "first_name": "Aino",
    "last_name": "Virtanen",
    "email": "aino@example.fi",
    "phone": "",
    "birth_year": "",
}


def test_the_citizen_registers_for_a_free_course_without_javascript(client, course):
    page = client.get(reverse("public:course", args=[course.code]))
    assert page.status_code == 200 and b"2 places free" in page.content

    held = client.post(reverse("public:course_register", args=[course.code]))
    registration = Registration.objects.get()
    assert held.url == reverse("public:course_registration", args=[registration.token])
    form = client.get(held.url)
    assert b"A place is held for you" in form.content

    done = client.post(held.url, FORM)
    assert done.status_code == 302
    page = client.get(held.url)
    assert b"Your place is confirmed." in page.content
    assert OutboundMail.objects.get().recipient == "aino@example.fi"


def test_bad_details_are_shown_and_nothing_is_registered(client, course):
    client.post(reverse("public:course_register", args=[course.code]))
    registration = Registration.objects.get()

    page = client.post(
        reverse("public:course_registration", args=[registration.token]), {**FORM, "email": ""}
    )

    assert page.status_code == 400
    assert b"error-summary" in page.content
    registration.refresh_from_db()
    assert registration.submitted_at is None


def test_the_citizen_cancels_on_the_private_page(client, course):
    registration = registration_submit(registration=registration_start(course=course), who=person())

    client.post(reverse("public:course_registration_cancel", args=[registration.token]))

    registration.refresh_from_db()
    assert registration.status == Registration.Status.CANCELLED


def test_a_full_course_offers_the_waiting_list(client, course):
    for n in (1, 2):
        registration_submit(registration=registration_start(course=course), who=person(n))

    page = client.get(reverse("public:course", args=[course.code]))

    assert b"Join the waiting list" in page.content
    # Nothing is held for the waiting list until the form is sent.
    assert b"You are joining the waiting list: you are on it once you send" in page.content
    assert b"Your place is held" not in page.content
    held = client.post(reverse("public:course_register", args=[course.code]))
    form = client.get(held.url)
    assert b"You are joining the waiting list: send the form to be on it." in form.content
    assert b"spot held" not in form.content


def test_an_unknown_private_link_is_not_found(client, db):
    assert client.get(reverse("public:course_registration", args=["x" * 43])).status_code == 404


@pytest.fixture
def signed_in(client, agent):
    client.force_login(agent)
    return client


def test_the_course_page_lists_registrations_and_is_logged(signed_in, course):
    registration_submit(registration=registration_start(course=course), who=person())

    page = signed_in.get(reverse("web:course", args=[course.pk]))

    assert page.status_code == 200 and b"Virtanen1" in page.content
    entry = AccessLogEntry.objects.filter(context="course_page").get()
    assert entry.count == 1


def test_the_attendance_list_prints_the_confirmed(signed_in, course):
    registration_submit(registration=registration_start(course=course), who=person())

    page = signed_in.get(reverse("web:course_attendance", args=[course.pk]))

    assert b"Virtanen1 Aino" in page.content
    assert AccessLogEntry.objects.filter(context="course_attendance").exists()


def test_registering_at_the_counter_for_a_fee_opens_the_sale(signed_in, paid_course):
    data = {**FORM, "language": "sv", "group": "senior", "proof_seen": "on"}
    response = signed_in.post(reverse("web:course_register", args=[paid_course.pk]), data)

    registration = Registration.objects.get()
    assert response.url == reverse("web:sale_order", args=[registration.order.number])
    assert registration.order.total_cents == 3000
    assert registration.language == "sv"


def test_a_counter_registration_with_bad_details_changes_nothing(signed_in, course):
    response = signed_in.post(
        reverse("web:course_register", args=[course.pk]),
        {**FORM, "first_name": "", "language": "fi"},
    )

    assert response.status_code == 400
    assert not Registration.objects.exists()


def test_the_decision_and_the_message_from_the_course_page(signed_in, course, clock):
    registration_submit(registration=registration_start(course=course), who=person())
    clock.shift(dt.timedelta(days=1))

    signed_in.post(reverse("web:course_decision", args=[course.pk]), {"runs": "1"})
    signed_in.post(
        reverse("web:course_message", args=[course.pk]), {"subject": "Tervetuloa", "body": "Hei"}
    )

    course.refresh_from_db()
    assert course.decision == "runs"
    assert OutboundMail.objects.filter(subject="Tervetuloa").count() == 1


def test_the_lists_count_each_registration_once_whatever_the_sessions(client, signed_in, course):
    for n in (1, 2, 3):
        registration_submit(registration=registration_start(course=course), who=person(n))

    staff = signed_in.get(reverse("web:courses"))
    public = client.get(reverse("public:course", args=[course.code]))

    assert b"2/2" in staff.content and b"1/2" in staff.content
    assert b"Full: you can join the waiting list." in public.content


def test_a_window_closing_at_midnight_shows_its_last_day(client, signed_in, course):
    """Open 1.8.2026 9.00 until 1.9.2026 0.00: registering is possible through 31.8."""
    for page in (
        client.get(reverse("public:course", args=[course.code])),
        signed_in.get(reverse("web:course", args=[course.pk])),
    ):
        text = page.content.decode()
        assert "1.8.2026 9:00 – 31.8.2026<" in text
        assert " 1.9.2026" not in text


def test_the_customer_page_dates_a_registration_when_it_was_sent(signed_in, course):
    """Not when its row happened to be written (a counter entry or the demo's load day)."""
    sent = at(2026, 8, 5, 12, 0)
    started = registration_start(course=course, now=sent)
    registration = registration_submit(registration=started, who=person(), now=sent)

    page = signed_in.get(reverse("web:customer", args=[registration.customer_id]))

    text = page.content.decode()
    assert 'id="registrations-heading"' in text
    assert "<td>8/5/2026</td>" in text or "<td>5.8.2026</td>" in text
    assert "10.8.2026" not in text and "8/10/2026" not in text
