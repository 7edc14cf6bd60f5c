"""A person's orders and proofs in their data-subject export, and forgotten on erasure
while the sales records stay."""

import datetime as dt

import pytest

from luukku.customers.tests.factories import CustomerFactory

from ..models import DiscountProof, Order
from ..services.orders import order_line_add, order_start
from ..services.payments import Tender, counter_pay
from ..subject_data import customer_orders_anonymise, orders_export, proofs_export

pytestmark = pytest.mark.django_db


def test_export_and_erasure(point, agent, day, series_card):
    customer = CustomerFactory(first_name="Maija", email="maija@example.fi")
    DiscountProof.objects.create(
        customer=customer,
        kind="student",
        valid_until=dt.date(2026, 12, 31),
        checked_by=agent,
        checked_at=dt.datetime(2026, 3, 1, tzinfo=dt.UTC),
    )
    order = order_start(
        channel="counter",
        by=agent,
        service_point=point,
        customer=customer,
        contact_email="maija@example.fi",
    )
    order_line_add(order=order, product=series_card)
    counter_pay(order=order, day=day, tenders=[Tender("cash", 6000)], by=agent)
    rows = orders_export(customer).rows
    assert rows[0]["number"] == order.number and rows[0]["email_given"] == "maija@example.fi"
    assert rows[0]["lines"][0]["product"] == "Uimahallin sarjakortti"
    assert proofs_export(customer).rows[0]["valid_until"] == "2026-12-31"

    assert customer_orders_anonymise(customer) == 2
    order = Order.objects.get(pk=order.pk)
    assert order.customer is None and order.contact_email == "" and order.paid_cents == 6000
    assert order.receipts.count() == 1 and not DiscountProof.objects.exists()
