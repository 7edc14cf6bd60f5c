import pytest

from luukku.customers.selectors import customer_get_for_view, customer_search
from luukku.customers.tests.factories import CustomerFactory
from luukku.privacy.models import AccessLogEntry

pytestmark = pytest.mark.django_db


def test_search_matches_every_word_in_name_email_or_phone():
    wanted = CustomerFactory(first_name="Maija", last_name="Korhonen", phone="+358401234567")
    CustomerFactory(first_name="Maija", last_name="Virtanen")
    assert list(customer_search(query="maija korho")) == [wanted]
    assert list(customer_search(query="040 1234567")) == [wanted]
    assert list(customer_search(query="")) == []


def test_search_by_full_identity_code_only():
    wanted = CustomerFactory(identity_code="131052-308T")
    assert list(customer_search(query="131052-308t")) == [wanted]
    assert list(customer_search(query="131052")) == []


def test_viewing_a_customer_is_logged(agent):
    customer = CustomerFactory()
    customer_get_for_view(customer_id=customer.pk, viewer=agent, context="customer_page")
    entry = AccessLogEntry.objects.get()
    assert (entry.actor, entry.customer, entry.action, entry.context) == (
        agent,
        customer,
        "view",
        "customer_page",
    )
