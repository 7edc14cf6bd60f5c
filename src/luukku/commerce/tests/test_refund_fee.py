"""A refund that keeps a fee (`kept_cents`: a booking cancelled late keeps its cancellation
fee): the lines are returned whole, the refund is their price less the fee, and the refund
line, the receipt, the order and the Z report all show the amount given back."""

import pytest
from django.core.exceptions import ValidationError

from ..models import Order, Payment
from ..selectors.cash import day_report
from ..services.orders import order_line_add, order_start
from ..services.payments import Tender, counter_pay, order_refund

pytestmark = pytest.mark.usefixtures("clock")


def _paid(point, agent, day, *products):
    order = order_start(channel="counter", by=agent, service_point=point)
    for product in products:
        order_line_add(order=order, product=product)
    order.refresh_from_db()
    counter_pay(order=order, day=day, by=agent, tenders=[Tender("cash", order.total_cents)])
    return order


def test_a_refund_keeps_the_fee_off_the_first_line(point, agent, day, series_card, map_print):
    order = _paid(point, agent, day, series_card, map_print)  # 60.00 + 12.50
    lines = {line.product_id: line for line in order.lines.all()}

    receipt = order_refund(
        order=order,
        quantities={line.pk: 1 for line in lines.values()},
        method="cash",
        day=day,
        by=agent,
        reason="Varaus peruttu myöhään",
        kept_cents=1800,
    )

    refund = order.payments.get(kind=Payment.Kind.REFUND)
    assert refund.amount_cents == 7250 - 1800
    amounts = {rl.line.product_id: rl.amount_cents for rl in refund.refund_lines.all()}
    assert amounts == {series_card.pk: 6000 - 1800, map_print.pk: 1250}
    assert receipt.content["total_cents"] == 5450
    order = Order.objects.get(pk=order.pk)
    assert order.refunded_cents == 5450
    assert all(line.refunded_quantity == 1 for line in order.lines.all())
    report = day_report(day)
    assert report["refunds_cents"] == 5450
    assert sum(row["gross_cents"] for row in report["refunds_vat"]) == 5450


@pytest.mark.parametrize("kept", [-1, 6000, 7000])
def test_a_fee_as_large_as_the_refund_or_negative_is_refused(point, agent, day, series_card, kept):
    order = _paid(point, agent, day, series_card)
    line = order.lines.get()

    with pytest.raises(ValidationError, match="less than the amount returned"):
        order_refund(
            order=order,
            quantities={line.pk: 1},
            method="cash",
            day=day,
            by=agent,
            reason="Peruttu",
            kept_cents=kept,
        )
    assert not order.payments.filter(kind=Payment.Kind.REFUND).exists()
