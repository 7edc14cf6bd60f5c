"""A person's key loans in their data-subject export, and forgotten on erasure (or with the
loan's case) while the register keeps which key was out when."""

import datetime as dt

import pytest

from luukku.customers.tests.factories import CustomerFactory
from luukku.privacy import subjects

from ..models import Loan
from ..services import Deposit, key_lend
from ..subject_data import case_loans_anonymise, customer_loans_anonymise, loans_export

pytestmark = pytest.mark.django_db


@pytest.fixture
def loan(hall_key, agent, clock):
    return key_lend(
        key=hall_key,
        holder_kind="person",
        customer=CustomerFactory(first_name="Maija", last_name="Mäkelä"),
        contact_name="Maija Mäkelä",
        contact_email="maija@example.fi",
        purpose="Kuoroharjoitukset",
        due_on=dt.date(2026, 4, 30),
        deposit=Deposit("open"),
        by=agent,
    )


def test_the_loans_are_exported_and_forgotten_on_erasure(loan):
    rows = loans_export(loan.customer).rows
    assert rows[0]["key"] == "KT-3/1" and rows[0]["email_given"] == "maija@example.fi"
    assert rows[0]["due_on"] == "2026-04-30"

    assert customer_loans_anonymise(loan.customer) == 1
    loan.refresh_from_db()
    assert loan.customer is None and loan.contact_email == "" and loan.contact_name == ""
    assert loan.key_id and loan.lent_at


def test_a_loan_forgets_the_person_with_its_case(loan):
    case_loans_anonymise(loan.case_id)
    assert Loan.objects.get().contact_email == ""


def test_the_register_is_registered_with_privacy():
    assert subjects.registry.exports["key_loans"] is loans_export
    assert subjects.registry.customer_anonymisers["key_loans"] is customer_loans_anonymise
    assert case_loans_anonymise in subjects.registry.case_anonymisers
