import pytest
from django.core.exceptions import ValidationError

from luukku.customers.models import Customer
from luukku.customers.services import (
    DuplicateCustomer,
    customer_create,
    customer_for_contact,
    customer_update,
)
from luukku.customers.tests.factories import CustomerFactory
from luukku.privacy.models import AccessLogEntry

pytestmark = pytest.mark.django_db


def test_create_person_normalises_contact_details_and_logs(agent):
    customer = customer_create(
        actor=agent,
        context="test",
        first_name=" Maija ",
        last_name="Meikäläinen",
        email="Maija@Example.FI",
        phone="040 123 4567",
        identity_code="131052-308t",
    )
    assert customer.email == "maija@example.fi"
    assert customer.phone == "+358401234567"
    assert customer.identity_code == "131052-308T"
    entry = AccessLogEntry.objects.get(customer=customer)
    assert (entry.actor, entry.action) == (agent, "create")


def test_lengths_are_checked_as_stored_not_as_typed(agent):
    # Longer than their columns as typed, within them once formatted.
    customer = customer_create(
        actor=agent,
        context="test",
        last_name="Meikäläinen",
        phone="(+358) 040 - 123 4567",
        identity_code="  131052-308t  ",
    )
    assert customer.phone == "+358401234567" and customer.identity_code == "131052-308T"


@pytest.mark.parametrize(
    ("fields", "error_field"),
    [
        ({"first_name": "A", "last_name": "B", "identity_code": "131052-308X"}, "identity_code"),
        ({"first_name": "A", "last_name": "B", "phone": "12"}, "phone"),
        (
            {"kind": "organisation", "organisation_name": "Oy", "business_id": "1234567-8"},
            "business_id",
        ),
        ({"kind": "person"}, "last_name"),
        ({"kind": "organisation"}, "organisation_name"),
        ({"first_name": "A", "last_name": "B", "email": "a@b@example.fi"}, "email"),
        ({"first_name": "A" * 101, "last_name": "B"}, "first_name"),
        ({"first_name": "A", "last_name": "B", "post_office": "X" * 101}, "post_office"),
    ],
)
def test_create_refuses_bad_input_and_changes_nothing(agent, fields, error_field):
    with pytest.raises(ValidationError) as error:
        customer_create(actor=agent, context="test", **fields)
    assert error_field in error.value.message_dict
    assert Customer.objects.count() == 0
    assert AccessLogEntry.objects.count() == 0


def test_organisation_business_id_is_validated_and_formatted(agent):
    customer = customer_create(
        actor=agent,
        context="test",
        kind="organisation",
        organisation_name="Kela",
        business_id="02462460",
    )
    assert customer.business_id == "0246246-0"


@pytest.mark.parametrize(
    "match",
    [{"email": "same@example.fi"}, {"phone": "+358401112222"}, {"identity_code": "131052-308T"}],
)
def test_create_detects_duplicates_by_email_phone_or_identity_code(agent, match):
    existing = CustomerFactory(
        email="same@example.fi", phone="+358401112222", identity_code="131052-308T"
    )
    with pytest.raises(DuplicateCustomer) as error:
        customer_create(
            actor=agent, context="test", first_name="Toinen", last_name="Henkilö", **match
        )
    assert error.value.candidates == [existing]
    assert Customer.objects.count() == 1


def test_create_allows_confirmed_duplicate_by_email(agent):
    CustomerFactory(email="family@example.fi")
    customer_create(
        actor=agent,
        context="test",
        allow_duplicate=True,
        first_name="B",
        last_name="C",
        email="family@example.fi",
    )
    assert Customer.objects.filter(email="family@example.fi").count() == 2


def test_identity_code_stays_unique_even_when_duplicate_confirmed(agent):
    CustomerFactory(identity_code="131052-308T")
    with pytest.raises(ValidationError) as error:
        customer_create(
            actor=agent,
            context="test",
            allow_duplicate=True,
            first_name="B",
            last_name="C",
            identity_code="131052-308T",
        )
    assert "identity_code" in error.value.message_dict


def test_update_logs_only_changed_fields(agent):
    customer = CustomerFactory(phone="")
    customer_update(
        customer=customer, actor=agent, context="test", phone="0401234567", first_name="Matti"
    )
    entry = AccessLogEntry.objects.get(customer=customer, action="change")
    assert entry.fields == ["phone"]
    customer.refresh_from_db()
    assert customer.phone == "+358401234567"


def test_update_with_bad_input_changes_nothing(agent):
    customer = CustomerFactory(phone="+358401234567")
    with pytest.raises(ValidationError):
        customer_update(customer=customer, actor=agent, context="test", phone="abc", first_name="X")
    customer.refresh_from_db()
    assert (customer.phone, customer.first_name) == ("+358401234567", "Matti")
    assert not AccessLogEntry.objects.exists()


def test_contact_finds_existing_customer_by_email_or_by_phone_and_the_same_name():
    by_email = CustomerFactory(email="known@example.fi")
    by_phone = CustomerFactory(email="", phone="+358409998888", last_name="Puhelin")
    assert customer_for_contact(email="KNOWN@example.fi", context="t") == by_email
    assert (
        customer_for_contact(
            phone="040 999 8888", first_name="matti", last_name="PUHELIN", context="t"
        )
        == by_phone
    )


def test_contact_creates_customer_for_new_address_and_none_when_anonymous():
    created = customer_for_contact(
        email="new@example.fi", first_name="Uusi", preferred_language="sv", context="t"
    )
    assert (created.email, created.preferred_language) == ("new@example.fi", "sv")
    assert customer_for_contact(context="t") is None
