"""Crediting an invoice whose sale was cancelled (a course's registration, a booking): what
is still open is credited, the invoice cancelled, a bank payment on it no longer matched."""

import pytest
from django.core.exceptions import ValidationError

from luukku.cases.models import CaseEvent
from luukku.cases.tests.factories import make_case
from luukku.customers.tests.factories import CustomerFactory

from .. import hooks
from ..models import Invoice, Order
from ..services.invoices import bank_file_import, invoice_credit, order_invoice
from .bank_samples import camt
from .test_invoices import BUYER, _order

pytestmark = pytest.mark.django_db


@pytest.fixture
def invoiced(point, agent, clock, city, series_card, map_print):
    city.business_id = "0162193-3"
    city.save(update_fields=["business_id"])
    order = _order(point, agent, series_card, map_print, case=make_case(customer=CustomerFactory()))
    return order_invoice(order=order, buyer=BUYER, by=agent)


def test_an_unpaid_invoice_is_credited_and_its_order_cancelled(invoiced, agent, monkeypatch):
    heard = []
    monkeypatch.setattr(hooks, "CANCELLED", [lambda **kw: heard.append(kw)])

    invoice_credit(order=invoiced.order, by=agent)

    invoiced.refresh_from_db()
    order = Order.objects.get(pk=invoiced.order_id)
    assert invoiced.status == Invoice.Status.CANCELLED
    assert order.status == Order.Status.CANCELLED and order.cancelled_at is not None
    assert [kw["order"].pk for kw in heard] == [order.pk]
    event = CaseEvent.objects.get(case=order.case, data__action="credited")
    assert event.data["amount_cents"] == 7250
    result = bank_file_import(data=camt((invoiced.rf_reference, 7250, "C-1")), by=agent)
    assert (result.matched, result.unmatched) == (0, 1)


def test_a_part_paid_invoice_keeps_what_was_paid_to_refund(invoiced, agent):
    bank_file_import(data=camt((invoiced.rf_reference, 5000, "C-1")), by=agent)

    invoice_credit(order=invoiced.order, by=agent)

    order = Order.objects.get(pk=invoiced.order_id)
    assert order.status == Order.Status.PAID and order.paid_cents == 5000
    event = CaseEvent.objects.get(case=order.case, data__action="credited")
    assert event.data["amount_cents"] == 2250


def test_an_order_without_an_open_invoice_is_not_credited(invoiced, agent):
    invoice_credit(order=invoiced.order, by=agent)

    with pytest.raises(ValidationError, match="no open invoice"):
        invoice_credit(order=Order.objects.get(pk=invoiced.order_id), by=agent)
    assert CaseEvent.objects.filter(data__action="credited").count() == 1
