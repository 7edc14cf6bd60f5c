"""Every error of a form in one round: the registration form's age limits and terms with
its other fields, and the staff's course form's rules with its fields."""

from django.urls import reverse

from ...models import Course, Registration
from ...services.registrations import registration_start
from .conftest import course_make
from .test_course_setup import _form, signed_in  # noqa: F401


def test_the_registration_form_shows_age_and_terms_with_the_other_errors(
    client, service, point, clock
):
    course = course_make(
        service=service, point=point, min_age=18, terms="Ilmoittautuminen on sitova."
    )
    registration = registration_start(course=course)

    page = client.post(
        reverse("public:course_registration", args=[registration.token]),
        {"first_name": "", "last_name": "Virtanen", "email": "no address", "birth_year": "2015"},
    )

    assert page.status_code == 400
    errors = page.context["form"].errors
    assert set(errors) == {"first_name", "email", "birth_year", "terms_accepted"}
    assert "aged 18 or over" in errors["birth_year"][0]
    registration.refresh_from_db()
    assert registration.submitted_at is None and registration.status == Registration.Status.HELD


def test_the_course_form_shows_its_rules_with_the_field_errors(signed_in, service, point, clock):  # noqa: F811
    data = _form(
        service,
        point,
        capacity="",
        min_age="30",
        max_age="20",
        enrolment_closes="2026-08-01T00:00",
    )

    response = signed_in.post(reverse("web:course_new"), data)

    assert response.status_code == 400
    errors = response.context["form"].errors
    assert {"capacity", "max_age", "enrolment_closes"} <= set(errors)
    assert not Course.objects.exists()
