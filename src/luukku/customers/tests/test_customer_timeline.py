"""The customer's own timeline: entries outside any case, shown on the customer page,
exported with the record and removed by its erasure."""

import datetime as dt

import pytest
import time_machine
from django.urls import reverse

from luukku.core.testing.clock import at
from luukku.customers.events import customer_event_announcement, customer_event_meeting
from luukku.customers.models import CustomerEvent
from luukku.customers.services import customer_anonymise
from luukku.customers.subject_data import customer_export_row
from luukku.customers.tests.factories import CustomerFactory

pytestmark = pytest.mark.django_db

NOW = at(2026, 3, 10, 10, 0)


def test_the_page_shows_the_entries_of_the_record_and_of_those_merged_into_it(client, agent):
    customer = CustomerFactory()
    merged = CustomerFactory(merged_into=customer)
    with time_machine.travel(NOW, tick=False):
        customer_event_announcement(customer, title="Kirjasto suljettu maanantaina", data={})
    with time_machine.travel(NOW - dt.timedelta(days=3), tick=False):
        customer_event_meeting(
            merged, author=agent, title="Vuosikatsaus", body="Sovittiin", data={}
        )
    client.force_login(agent)
    page = client.get(reverse("web:customer", args=[customer.pk])).content.decode()
    assert "Kirjasto suljettu maanantaina" in page and "Vuosikatsaus" in page
    assert page.index("Kirjasto suljettu") < page.index("Vuosikatsaus")  # newest first


def test_the_timeline_is_append_only_exported_and_erased_with_the_record(agent):
    customer = CustomerFactory()
    event = customer_event_meeting(customer, author=agent, title="Palaveri", body="x", data={})
    with pytest.raises(ValueError):
        event.save()
    with pytest.raises(ValueError):
        CustomerEvent.objects.update(title="y")
    [row] = customer_export_row(customer)["timeline"]
    assert (row["kind"], row["title"], row["text"]) == ("meeting", "Palaveri", "x")
    customer_anonymise(customer=customer, now=NOW)
    assert not CustomerEvent.objects.exists()
