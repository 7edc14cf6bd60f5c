"""The customer page's summary for the agent at the counter: what the visitor has booked,
signed up for, holds and owes, each linked to its section."""

import datetime as dt
from types import SimpleNamespace

import pytest
import time_machine
from django.urls import reverse
from django.utils import translation

from luukku.commerce.models import CustomerGroup
from luukku.commerce.selectors.orders import customer_amount_due
from luukku.commerce.services.cash import register_day_open
from luukku.commerce.services.orders import order_line_add, order_place, order_start
from luukku.commerce.services.payments import Tender, counter_pay
from luukku.commerce.tests.factories import RegisterFactory, product_priced
from luukku.core.testing.clock import at
from luukku.customers.tests.factories import CustomerFactory
from luukku.organisation.tests.factories import OrganisationFactory
from luukku.queueing.tests.factories import ServicePointFactory

from ..customer_views import _at_a_glance

pytestmark = pytest.mark.django_db

NOW = at(2026, 3, 10, 10, 0)


@pytest.fixture
def clock():
    with time_machine.travel(NOW, tick=False):
        yield


def _order(customer, agent, point, cents: int, *, code: str):
    order = order_start(
        channel="counter", by=agent, service_point=point, customer=customer,
        group=CustomerGroup.RESIDENT,
    )  # fmt: skip
    order_line_add(order=order, product=product_priced(cents=cents, code=code, name=code))
    order.refresh_from_db()
    return order


def test_the_amount_due_counts_open_orders_only(clock, agent):
    point = ServicePointFactory(organisation=OrganisationFactory(is_own=True))
    customer, other = CustomerFactory(), CustomerFactory()
    order_place(order=_order(customer, agent, point, 1250, code="A"), by=agent)
    order_place(order=_order(customer, agent, point, 3000, code="B"), by=agent)
    _order(customer, agent, point, 999, code="C")  # a draft: nothing owed yet
    paid = _order(customer, agent, point, 500, code="D")
    day = register_day_open(
        register=RegisterFactory(service_point=point), opening_float_cents=0, by=agent
    )
    counter_pay(order=paid, day=day, tenders=[Tender("cash", 500)], by=agent)
    order_place(order=_order(other, agent, point, 700, code="E"), by=agent)
    assert customer_amount_due(customer) == (2, 4250)
    assert customer_amount_due(CustomerFactory()) == (0, 0)


def test_the_page_shows_what_the_visitor_owes_and_links_it(client, clock, agent):
    point = ServicePointFactory(organisation=OrganisationFactory(is_own=True))
    customer = CustomerFactory()
    order_place(order=_order(customer, agent, point, 1250, code="A"), by=agent)
    client.force_login(agent)
    with translation.override("en"):
        page = client.get(
            reverse("web:customer", args=[customer.pk]), HTTP_ACCEPT_LANGUAGE="en"
        ).content.decode()
    assert 'id="customer-glance"' in page
    assert "to pay on 1 order" in page and 'href="#orders-heading"' in page
    assert "No upcoming bookings" in page and "No keys held" in page


def test_the_glance_counts_what_is_still_to_come():
    now = NOW
    hour = dt.timedelta(hours=1)
    context = {
        "reservations": [
            SimpleNamespace(state="confirmed", ends_at=now + hour),
            SimpleNamespace(state="handling", ends_at=now + 24 * hour),
            SimpleNamespace(state="confirmed", ends_at=now - hour),  # over
            SimpleNamespace(state="cancelled", ends_at=now + hour),
        ],
        "registrations": [
            SimpleNamespace(status="confirmed"),
            SimpleNamespace(status="waiting"),
            SimpleNamespace(status="cancelled"),
        ],
        "key_loans": [
            SimpleNamespace(is_open=True, due_on=dt.date(2026, 3, 9)),  # overdue
            SimpleNamespace(is_open=True, due_on=dt.date(2026, 3, 10)),  # due today
            SimpleNamespace(is_open=True, due_on=None),
            SimpleNamespace(is_open=False, due_on=dt.date(2026, 1, 1)),  # returned
        ],
        "amount_due": (2, 4250),
    }
    assert _at_a_glance(context, now) == {
        "bookings": 2,
        "courses": 2,
        "keys": 3,
        "overdue": 1,
        "due_orders": 2,
        "due_cents": 4250,
    }
