"""The apps beside commerce hear of their orders: settled when paid in full or invoiced,
cancelled when given up; a hook that fails undoes the payment it heard of."""

import pytest
from django.core.exceptions import ValidationError

from luukku.core.locks import row_lock

from .. import hooks
from ..models import CustomerGroup, Order, Payment, Receipt
from ..services.invoices import Buyer, order_invoice
from ..services.orders import order_cancel, order_line_add, order_place, order_start
from ..services.payments import Tender, counter_pay, order_refund

pytestmark = pytest.mark.django_db


@pytest.fixture
def heard(monkeypatch):
    """A hook that records what it heard and locks the order again (as an app's hook would
    read it): a lock out of `core.locks`' order would fail here."""
    calls = []

    def settled(*, order, by, now):
        calls.append(("settled", row_lock(Order, order.pk).status, by))

    def cancelled(*, order, by, now):
        calls.append(("cancelled", row_lock(Order, order.pk).status, by))

    monkeypatch.setattr(hooks, "SETTLED", [settled])
    monkeypatch.setattr(hooks, "CANCELLED", [cancelled])
    return calls


def _order(point, agent, product):
    order = order_start(
        channel="counter", by=agent, service_point=point, group=CustomerGroup.RESIDENT
    )
    order_line_add(order=order, product=product)
    order.refresh_from_db()
    return order


def test_a_counter_payment_is_heard_once_paid(heard, point, agent, day, map_print):
    order = _order(point, agent, map_print)
    counter_pay(order=order, day=day, tenders=[Tender("cash", 1250)], by=agent)
    assert heard == [("settled", Order.Status.PAID, agent)]


def test_an_invoice_is_heard_when_issued(heard, point, agent, clock, city, map_print):
    city.business_id = "0162193-3"
    city.save(update_fields=["business_id"])
    order = _order(point, agent, map_print)
    order_invoice(order=order, buyer=Buyer("Åsa Öberg", "Rantatie 5", "55100", "Imatra"), by=agent)
    assert heard == [("settled", Order.Status.INVOICED, agent)]


def test_a_cancelled_order_is_heard(heard, point, agent, map_print):
    order = _order(point, agent, map_print)
    order_place(order=order, by=agent)
    order_cancel(order=order, by=agent)
    assert heard == [("cancelled", Order.Status.CANCELLED, agent)]


def test_a_failing_hook_undoes_the_payment(monkeypatch, point, agent, day, map_print):
    def refuse(**_):
        raise ValidationError("The time is no longer free.")

    monkeypatch.setattr(hooks, "SETTLED", [refuse])
    order = _order(point, agent, map_print)
    with pytest.raises(ValidationError, match="no longer free"):
        counter_pay(order=order, day=day, tenders=[Tender("cash", 1250)], by=agent)
    order.refresh_from_db()
    assert order.status == Order.Status.DRAFT and order.paid_cents == 0
    assert not Payment.objects.exists() and not Receipt.objects.exists()


def test_a_refund_is_heard_with_its_amount(monkeypatch, point, agent, day, map_print):
    calls = []

    def refunded(*, order, amount_cents, by, now):
        calls.append((row_lock(Order, order.pk).refunded_cents, amount_cents, by))

    monkeypatch.setattr(hooks, "REFUNDED", [refunded])
    order = _order(point, agent, map_print)
    counter_pay(order=order, day=day, tenders=[Tender("cash", 1250)], by=agent)
    line = order.lines.get()

    order_refund(
        order=order, quantities={line.pk: 1}, method="cash", day=day, by=agent, reason="Väärä"
    )

    assert calls == [(1250, 1250, agent)]
