"""The pages of what newcomers hit: repeated clicks on "register", the limits of a shared
computer, the price per group, paying for a place no longer held, the offers staff phone
and the proof the teacher checks."""

import pytest
from django.test import override_settings
from django.urls import reverse

from luukku.commerce.models import CustomerGroup

from ...models import Registration
from ...services.registration_changes import registration_cancel
from ...services.registrations import registration_start, registration_submit
from .conftest import course_make, person

START = "public:course_register"


@pytest.fixture
def signed_in(client, agent):
    client.force_login(agent)
    return client


def test_repeated_clicks_in_one_browser_hold_one_place(client, course):
    first = client.post(reverse(START, args=[course.code]))
    again = client.post(reverse(START, args=[course.code]))

    assert first.status_code == again.status_code == 302
    assert first.url == again.url
    assert Registration.objects.count() == 1


@override_settings(COURSE_REGISTRATION_RATE_LIMIT="2/h", COURSE_REGISTRATION_IP_RATE_LIMIT="4/h")
def test_a_shared_computer_is_limited_per_session_and_generously_per_address(
    client, django_user_model, service, point, clock
):
    from django.test import Client

    courses = [course_make(service=service, point=point, capacity=5) for _n in range(4)]
    for found in courses[:2]:
        assert client.post(reverse(START, args=[found.code])).status_code == 302
    limited = client.post(reverse(START, args=[courses[2].code]))
    assert limited.status_code == 429 and limited["Retry-After"]
    assert b"Too many registrations" in limited.content

    next_user = Client()  # the library's next customer on the same computer
    for found in courses[2:]:
        assert next_user.post(reverse(START, args=[found.code])).status_code == 302
    third = Client()
    assert third.post(reverse(START, args=[courses[0].code])).status_code == 429
    assert Registration.objects.count() == 4


@override_settings(COURSE_REGISTRATION_RATE_LIMIT="1/h")
def test_a_refused_start_does_not_count(client, service, point, clock):
    full = course_make(service=service, point=point, capacity=1, waiting=0)
    registration_submit(registration=registration_start(course=full), who=person(9))
    other = course_make(service=service, point=point)

    refused = client.post(reverse(START, args=[full.code]))
    assert refused.status_code == 400 and b"full" in refused.content

    assert client.post(reverse(START, args=[other.code])).status_code == 302


def test_the_course_page_and_the_form_show_the_price_per_group(client, paid_course):
    page = client.get(reverse("public:course", args=[paid_course.code]))

    assert b"60,00" in page.content or b"60.00" in page.content
    assert b"Pensioner" in page.content or b"Senior" in page.content
    assert b"checked at the first session" in page.content

    client.post(reverse(START, args=[paid_course.code]))
    registration = Registration.objects.get()
    form = client.get(reverse("public:course_registration", args=[registration.token]))
    choices = [c for c in form.context["form"].fields["group"].choices]
    assert [c[0] for c in choices] == [CustomerGroup.RESIDENT, CustomerGroup.SENIOR]
    assert "30.00" in choices[1][1]


def test_paying_for_a_place_no_longer_held_is_refused_on_the_page(client, paid_course):
    registration = registration_submit(
        registration=registration_start(course=paid_course), who=person()
    )
    registration_cancel(registration=registration)

    with override_settings(PAYTRAIL_BASE_URL="https://pay.example"):
        page = client.post(reverse("public:course_registration_pay", args=[registration.token]))

    assert page.status_code == 400
    assert b"no longer held" in page.content
    assert not registration.order.online_payments.exists()


def test_staff_see_the_offers_to_phone_and_the_proofs_to_check(
    signed_in, service, point, fee, clock, agent
):
    course = course_make(service=service, point=point, product=fee, capacity=1)
    first = registration_submit(
        registration=registration_start(course=course), who=person(1, group="senior")
    )
    counter = registration_start(course=course, channel=Registration.Channel.COUNTER, by=agent)
    registration_submit(
        registration=counter, who=person(2, email="", phone="040 765 4321"), by=agent
    )
    registration_cancel(registration=first)

    page = signed_in.get(reverse("web:course", args=[course.pk]))
    assert b"Offers to phone" in page.content and b"+358407654321" in page.content


def test_the_attendance_list_says_whose_proof_to_check(signed_in, paid_course, register, agent):
    from luukku.commerce.services.cash import register_day_open
    from luukku.commerce.services.payments import Tender, counter_pay

    senior = registration_submit(
        registration=registration_start(course=paid_course), who=person(1, group="senior")
    )
    registration_submit(registration=registration_start(course=paid_course), who=person(2))
    day = register_day_open(register=register, opening_float_cents=0, by=agent)
    counter_pay(order=senior.order, day=day, tenders=[Tender("cash", 3000)], by=agent)
    senior.refresh_from_db()
    assert senior.status == Registration.Status.CONFIRMED

    page = signed_in.get(reverse("web:course_attendance", args=[paid_course.pk]))

    assert page.content.count(b"show proof") == 1
