"""Choosing the case to merge with: the likely duplicates proposed first, and the cases found
by a whole reference, its short number or words; only cases the person may see, logged."""

import datetime as dt

import pytest
import time_machine

from luukku.cases.merge_candidates import case_duplicate_candidates, cases_found_for_merge
from luukku.cases.models import Case, Status
from luukku.cases.services import cases_merge
from luukku.cases.tests.factories import make_case
from luukku.catalogue.tests.factories import ServiceFactory
from luukku.customers.tests.factories import CustomerFactory
from luukku.privacy.models import AccessLogEntry

pytestmark = pytest.mark.django_db

NOW = dt.datetime(2026, 12, 2, 8, 0, tzinfo=dt.UTC)


def _case(service, *, days_ago=0, **kwargs):
    with time_machine.travel(NOW - dt.timedelta(days=days_ago), tick=False):
        return make_case(service=service, **kwargs)


@pytest.fixture(autouse=True)
def clock():
    with time_machine.travel(NOW, tick=False):
        yield


def _references(cases):
    return [case.reference for case in cases]


def test_likely_duplicates_are_open_cases_alike_newest_first(agent, service):
    customer = CustomerFactory()
    elsewhere = ServiceFactory()
    case = _case(service, customer=customer, contact_email="Maija@example.fi", days_ago=1)
    same_customer = _case(elsewhere, customer=customer, days_ago=40)
    same_email = _case(elsewhere, contact_email="maija@EXAMPLE.fi", days_ago=3)
    same_phone_case = _case(elsewhere, contact_phone="+358401234567", days_ago=2)
    same_service = _case(service, days_ago=10)
    _case(service, days_ago=30)  # the same service, but long before
    _case(elsewhere, days_ago=1)  # nothing alike
    closed = _case(service, customer=customer, days_ago=1)
    Case.objects.filter(pk=closed.pk).update(status=Status.CLOSED)
    # A phone given by the sender counts as much as an e-mail address.
    Case.objects.filter(pk=case.pk).update(contact_phone="+358401234567")
    case.refresh_from_db()

    found = case_duplicate_candidates(case=case, user=agent)

    assert _references(found) == [
        same_phone_case.reference,
        same_email.reference,
        same_service.reference,
        same_customer.reference,
    ]
    assert [other.duplicate_reasons for other in found] == [
        ["phone"],
        ["email"],
        ["service"],
        ["customer"],
    ]
    assert len(case_duplicate_candidates(case=case, user=agent, limit=2)) == 2


def test_a_merged_case_is_not_proposed_again(agent, service):
    customer = CustomerFactory()
    case, twin, other = (_case(service, customer=customer) for _ in range(3))
    cases_merge(cases=[other, twin], survivor=other, actor=agent)
    assert _references(case_duplicate_candidates(case=case, user=agent)) == [other.reference]


def test_a_case_the_person_may_not_see_is_never_proposed_nor_found(
    agent, supervisor, service, sensitive_service
):
    customer = CustomerFactory()
    case = _case(service, customer=customer, subject="Katuvalo rikki")
    secret = _case(sensitive_service, customer=customer, subject="Katuvalo rikki")
    assert case_duplicate_candidates(case=case, user=agent) == []
    assert cases_found_for_merge(case=case, user=agent, text=secret.reference) == []
    assert cases_found_for_merge(case=case, user=agent, text="katuvalo") == []
    # The supervisor of the department needs to know: the same case is proposed to them.
    assert _references(case_duplicate_candidates(case=case, user=supervisor)) == [secret.reference]


def test_the_proposal_and_the_search_are_written_to_the_access_log(agent, service):
    customer = CustomerFactory()
    case, twin = _case(service, customer=customer), _case(service, customer=customer)
    case_duplicate_candidates(case=case, user=agent)
    cases_found_for_merge(case=case, user=agent, text="valo")
    entries = AccessLogEntry.objects.filter(action=AccessLogEntry.Action.LIST).order_by("pk")
    assert [(e.context, e.case_id, e.count, e.actor_id) for e in entries] == [
        ("cases_merge_duplicates", case.pk, 1, agent.pk),
        ("cases_merge_search", case.pk, 1, agent.pk),
    ]
    assert entries.last().query == {"q": "valo"}
    assert twin.pk != case.pk


def test_a_case_is_found_by_its_reference_its_short_number_or_words(agent, service):
    case = _case(service)
    other = _case(service, subject="Roskakatos kaatunut")
    Case.objects.filter(pk=other.pk).update(reference="LK-2026-000123")
    Case.objects.filter(pk=case.pk).update(reference="LK-2026-004123")
    case.refresh_from_db()
    for text in ("LK-2026-000123", "lk-2026-000123", "123", "000123", "2026-123", " 123 "):
        found = cases_found_for_merge(case=case, user=agent, text=text)
        assert _references(found) == ["LK-2026-000123"], text
    assert _references(cases_found_for_merge(case=case, user=agent, text="roskakatos")) == [
        "LK-2026-000123"
    ]
    for text in ("2025-123", "4123", "", "ei tällaista"):
        assert cases_found_for_merge(case=case, user=agent, text=text) == [], text


def test_three_or_more_digits_find_the_references_holding_them_whole_numbers_first(agent, service):
    """ "439" and "925" both find LK-2026-439925; a case numbered 439 itself comes first,
    though older. Still only the cases the person may see, and logged."""
    case = _case(service)
    whole = _case(service, days_ago=3)
    partial = _case(service, days_ago=1)
    Case.objects.filter(pk=case.pk).update(reference="LK-2026-100001")
    Case.objects.filter(pk=whole.pk).update(reference="LK-2026-000439")
    Case.objects.filter(pk=partial.pk).update(reference="LK-2026-439925")
    case.refresh_from_db()
    found = cases_found_for_merge(case=case, user=agent, text="439")
    assert _references(found) == ["LK-2026-000439", "LK-2026-439925"]
    assert _references(cases_found_for_merge(case=case, user=agent, text="925")) == [
        "LK-2026-439925"
    ]
    assert _references(cases_found_for_merge(case=case, user=agent, text="9925")) == [
        "LK-2026-439925"
    ]
    # Two digits are only the number at the end; digits nowhere find nothing.
    assert cases_found_for_merge(case=case, user=agent, text="92") == []
    assert cases_found_for_merge(case=case, user=agent, text="777") == []
    assert AccessLogEntry.objects.filter(context="cases_merge_search").order_by(
        "pk"
    ).last().query == {"q": "777"}
