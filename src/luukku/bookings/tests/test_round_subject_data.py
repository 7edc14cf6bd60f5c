"""A person's applications for seasonal turns in their data export, and forgotten on
erasure."""

import pytest

from ..models import Application
from ..subject_data import applications_export, customer_applications_anonymise
from .rounds import apply, round_make, wish

pytestmark = pytest.mark.usefixtures("clock")


def test_applications_are_exported_then_forgotten(hall):
    application = apply(round_make(hall), [wish(hall[0])])
    customer = application.customer

    (row,) = applications_export(customer).rows

    assert row["email_given"] == "aino@example.fi"
    assert customer_applications_anonymise(customer) == 1
    application = Application.objects.get()
    assert (application.customer, application.contact_email) == (None, "")
