"""The registration terms say how this course is paid: online where online payment is
offered, at the counter (or invoiced) where it is not, nothing for a free course."""

import pytest
from django.urls import reverse
from django.utils import translation

from ...services.registrations import registration_start


def _page(client, course, language="en"):
    with translation.override(language):
        return client.get(reverse("public:course", args=[course.code])).content.decode()


@pytest.mark.parametrize(
    "language,text",
    [
        ("en", "You pay the fee online when you register"),
        ("fi", "Maksat maksun verkossa ilmoittautuessasi"),
        ("sv", "Du betalar avgiften på nätet när du anmäler dig"),
    ],
)
def test_online_payment_is_what_the_terms_say(client, paid_course, settings, language, text):
    settings.PAYTRAIL_BASE_URL = "http://127.0.0.1:9/"

    page = _page(client, paid_course, language)

    assert text in page and "invoiced." not in page.split("course-payment")[0]


def test_without_online_payment_the_terms_say_the_counter(client, paid_course, settings):
    settings.PAYTRAIL_BASE_URL = ""

    page = _page(client, paid_course)

    assert "You pay the fee at the service point's counter" in page
    assert "online" not in page.split('id="course-payment"')[1].split("</p>")[0]


def test_a_free_course_s_terms_say_nothing_is_paid(client, course, settings):
    course.terms_fi = "Ilmoittautuminen on sitova."
    course.save()
    registration = registration_start(course=course)

    assert "free of charge: nothing is paid" in _page(client, course)
    form = client.get(reverse("public:course_registration", args=[registration.token]))
    assert "free of charge: nothing is paid" in form.content.decode()
