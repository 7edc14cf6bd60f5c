"""Who a contact is: a record is joined only when it is unambiguous, otherwise a new one is
made and staff are shown the possible duplicate; merging two records of one person."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from luukku.cases.models import Case, Channel
from luukku.cases.services import case_create
from luukku.customers.models import Customer, CustomerDistinct
from luukku.customers.selectors import (
    customer_match,
    customer_possible_duplicates,
    customer_search,
    names_fit,
)
from luukku.customers.services import (
    customer_for_contact,
    customers_mark_distinct,
    customers_merge,
)
from luukku.customers.tests.factories import CustomerFactory
from luukku.privacy.models import AccessLogEntry
from luukku.privacy.selectors import access_log_for_customer

pytestmark = pytest.mark.django_db


@pytest.fixture
def matti(db):
    return CustomerFactory(
        first_name="Matti",
        last_name="Meikäläinen",
        email="matti@example.fi",
        phone="+358401112222",
    )


# -- two people sharing a phone -----------------------------------------------------------


def test_a_new_person_with_a_known_phone_and_a_new_email_gets_a_record_of_their_own(matti):
    liisa = customer_for_contact(
        email="liisa@example.fi",
        phone="040 111 2222",
        first_name="Liisa",
        last_name="Meikäläinen",
        context="t",
    )
    assert liisa != matti
    assert (liisa.first_name, liisa.email, liisa.phone) == (
        "Liisa",
        "liisa@example.fi",
        "+358401112222",
    )
    assert [d.customer for d in customer_possible_duplicates(customer=liisa)] == [matti]


def test_a_shared_phone_never_joins_a_record_with_another_email_even_with_the_same_name(matti):
    other = customer_for_contact(
        email="toinen@example.fi",
        phone="040 111 2222",
        first_name="Matti",
        last_name="Meikäläinen",
        context="t",
    )
    assert other != matti


def test_a_phone_alone_joins_only_the_same_name(matti):
    assert customer_match(phone="+358401112222", first_name="Matti", last_name="Meikäläinen")
    assert (
        customer_match(phone="+358401112222", first_name="Maija", last_name="Meikäläinen") is None
    )
    # Without a name a shared landline says nothing about who is calling.
    assert customer_match(phone="+358401112222") is None
    # A typo is another name as far as a phone number can tell.
    assert customer_match(phone="+358401112222", first_name="Mati", last_name="Meikäläinen") is None


def test_two_records_with_one_phone_and_one_name_are_ambiguous(matti):
    CustomerFactory(first_name="Matti", last_name="Meikäläinen", email="", phone=matti.phone)
    assert customer_match(phone=matti.phone, first_name="Matti", last_name="Meikäläinen") is None


# -- a family sharing an e-mail -----------------------------------------------------------


def test_a_family_sharing_an_email_gets_one_record_each(matti):
    maija = customer_for_contact(
        email="MATTI@example.fi", first_name="Maija", last_name="Meikäläinen", context="t"
    )
    assert maija != matti and maija.email == "matti@example.fi"
    # Each of them writing again joins their own record.
    again = customer_for_contact(
        email="matti@example.fi", first_name="Maija", last_name="Meikäläinen", context="t"
    )
    assert again == maija
    assert (
        customer_for_contact(
            email="matti@example.fi", first_name="Matti", last_name="Meikäläinen", context="t"
        )
        == matti
    )
    assert Customer.objects.count() == 2


def test_a_shared_email_without_a_name_joins_nobody_in_particular(matti):
    CustomerFactory(first_name="Maija", last_name="Meikäläinen", email=matti.email)
    nameless = customer_for_contact(email=matti.email, context="t")
    assert nameless not in Customer.objects.filter(first_name__in=["Matti", "Maija"])
    assert nameless.last_name == matti.email
    # The record made for the address alone is the one such mail joins from now on.
    assert customer_for_contact(email=matti.email, context="t") == nameless


def test_one_record_with_the_email_and_no_name_given_is_joined(matti):
    assert customer_for_contact(email="matti@example.fi", context="t") == matti


# -- a typo'd name ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "last"),
    [
        ("Mati", "Meikäläinen"),  # a letter missing
        ("Matti", "Meikalainen"),  # no ä on the keyboard
        ("MATTI", "meikäläinen"),
        ("Meikäläinen", "Matti"),  # "surname first" as mail programs may write it
        ("M.", "Meikäläinen"),  # an initial
        ("", "Meikäläinen"),
    ],
)
def test_the_same_email_with_a_typo_in_the_name_joins_the_record(matti, first, last):
    assert (
        customer_for_contact(email=matti.email, first_name=first, last_name=last, context="t")
        == matti
    )


@pytest.mark.parametrize(
    ("first", "last"),
    [("Maija", "Meikäläinen"), ("Matti", "Virtanen"), ("Anni", "Meikäläinen")],
)
def test_another_first_or_last_name_is_another_person(matti, first, last):
    assert not names_fit(first, last, matti)


def test_a_record_named_after_its_address_fits_any_name():
    nameless = CustomerFactory(first_name="", last_name="x@example.fi", email="x@example.fi")
    assert (
        customer_for_contact(
            email="x@example.fi", first_name="Ville", last_name="Virta", context="t"
        )
        == nameless
    )


def test_a_merged_record_s_address_leads_to_the_kept_record_and_is_not_listed(matti, agent):
    duplicate = CustomerFactory(first_name="Matti", last_name="Meikäläinen", email="m2@example.fi")
    customers_merge(actor=agent, keep=matti, duplicate=duplicate)
    # Staff found them one person: the merged record's address is that person's too.
    assert customer_match(email="m2@example.fi", first_name="Matti") == matti
    assert customer_match(email="M2@example.fi") == matti
    # ... but not someone else writing from it.
    assert customer_match(email="m2@example.fi", first_name="Maija") is None
    assert list(customer_search(query="m2@example.fi")) == []


# -- possible duplicates and marking different people ---------------------------------------


def test_possible_duplicates_name_the_reason_and_leave_out_marked_pairs(matti, agent):
    same_mail = CustomerFactory(first_name="Maija", last_name="M", email=matti.email, phone="")
    same_phone = CustomerFactory(first_name="Liisa", last_name="L", email="", phone=matti.phone)
    CustomerFactory(first_name="Matti", last_name="Meikäläinen")  # a name alone is not a match
    found = {d.customer: d.reasons for d in customer_possible_duplicates(customer=matti)}
    assert found == {same_mail: ["sama sähköpostiosoite"], same_phone: ["sama puhelinnumero"]}

    customers_mark_distinct(actor=agent, customer=same_phone, other=matti)
    assert [d.customer for d in customer_possible_duplicates(customer=matti)] == [same_mail]
    assert CustomerDistinct.objects.get().first_id == min(matti.pk, same_phone.pk)
    assert AccessLogEntry.objects.filter(
        customer=matti, context=f"customers_mark_distinct:{same_phone.pk}"
    ).exists()


# -- merging ------------------------------------------------------------------------------


def _case(customer, service, **kwargs):
    return case_create(
        service=service,
        channel=Channel.WEB,
        subject="Asia",
        body="Teksti",
        customer=customer,
        **kwargs,
    )


def test_merging_keeps_every_case_timeline_and_log_entry_and_is_logged(
    matti, service, agent, supervisor
):
    duplicate = CustomerFactory(
        first_name="Mati",
        last_name="Meikäläinen",
        email="matti.m@example.fi",
        phone="",
        identity_code="131052-308T",
        street_address="Koulukatu 1",
    )
    kept_case = _case(matti, service)
    moved_case = _case(duplicate, service)
    events_before = list(moved_case.events.values_list("pk", flat=True))
    log_before = set(AccessLogEntry.objects.values_list("pk", flat=True))

    result = customers_merge(actor=agent, keep=matti, duplicate=duplicate)

    moved_case.refresh_from_db()
    assert moved_case.customer == matti and kept_case.customer == matti
    assert result.moved == {"cases.Case": 1}
    assert list(moved_case.events.values_list("pk", flat=True)) == events_before
    # The case still writes to the address given on it, not the kept record's.
    assert moved_case.contact_email == "matti.m@example.fi"
    matti.refresh_from_db()
    assert (matti.identity_code, matti.street_address) == ("131052-308T", "Koulukatu 1")
    assert matti.email == "matti@example.fi"  # the kept record's own details win
    duplicate.refresh_from_db()
    assert duplicate.merged_into == matti and duplicate.merged_at is not None
    assert duplicate.identity_code == ""
    # Nothing of the log is lost, both records' logs say who merged them, and the kept
    # record's log shows the merged one's entries.
    assert log_before <= set(AccessLogEntry.objects.values_list("pk", flat=True))
    merges = AccessLogEntry.objects.filter(action=AccessLogEntry.Action.MERGE, actor=agent)
    assert {(e.customer_id, e.context) for e in merges} == {
        (matti.pk, f"customers_merge:{duplicate.pk}"),
        (duplicate.pk, f"customers_merge:{matti.pk}"),
    }
    shown = set(access_log_for_customer(customer=matti, viewer=supervisor))
    assert set(AccessLogEntry.objects.filter(customer=duplicate)) <= shown


def test_records_merged_earlier_follow_the_merge(matti, agent):
    first = CustomerFactory()
    second = CustomerFactory()
    customers_merge(actor=agent, keep=second, duplicate=first)
    customers_merge(actor=agent, keep=matti, duplicate=second)
    first.refresh_from_db()
    assert first.merged_into == matti


def test_different_people_are_not_merged_and_nothing_changes(matti, agent, service):
    other = CustomerFactory(identity_code="131052-308T")
    matti.identity_code = "010101A123N"
    matti.save()
    case = _case(other, service)
    organisation = CustomerFactory(kind=Customer.Kind.ORGANISATION, organisation_name="Yhdistys ry")
    for keep, duplicate in ((matti, other), (matti, organisation), (matti, matti)):
        with pytest.raises(ValidationError):
            customers_merge(actor=agent, keep=keep, duplicate=duplicate)
    case.refresh_from_db()
    other.refresh_from_db()
    assert case.customer == other and other.merged_into is None
    assert not AccessLogEntry.objects.filter(action=AccessLogEntry.Action.MERGE).exists()


def test_an_expert_may_not_merge(matti, expert):
    with pytest.raises(PermissionDenied):
        customers_merge(actor=expert, keep=matti, duplicate=CustomerFactory())


def test_a_merged_record_cannot_be_merged_again(matti, agent):
    duplicate = CustomerFactory()
    customers_merge(actor=agent, keep=matti, duplicate=duplicate)
    with pytest.raises(ValidationError):
        customers_merge(actor=agent, keep=CustomerFactory(), duplicate=duplicate)
    assert Case.objects.count() == 0
