"""A registrant's data-subject export and erasure."""

from ...models import Registration
from ...services.registrations import registration_start, registration_submit
from ...subject_data import (
    case_registrations_anonymise,
    customer_registrations_anonymise,
    registrations_export,
)
from .conftest import person


def test_the_export_lists_the_details_given_and_erasure_forgets_them(course):
    registration = registration_submit(registration=registration_start(course=course), who=person())
    customer = registration.customer

    rows = registrations_export(customer).rows
    assert rows[0]["email_given"] == "aino1@example.fi"
    assert rows[0]["status"] == "Confirmed"

    assert customer_registrations_anonymise(customer) == 1
    registration.refresh_from_db()
    assert (registration.full_name, registration.email, registration.customer) == ("", "", None)
    assert registration.status == Registration.Status.CONFIRMED  # still a place taken


def test_erasing_the_case_forgets_its_registration(course):
    registration = registration_submit(registration=registration_start(course=course), who=person())

    case_registrations_anonymise(registration.case_id)

    registration.refresh_from_db()
    assert registration.email == "" and registration.birth_year is None
