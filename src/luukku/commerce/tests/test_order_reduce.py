"""Fewer of a line on an order waiting for its payment (a booked series' turn cancelled
before the season is paid): the total follows; a paid order is refunded instead."""

import pytest
from django.core.exceptions import ValidationError

from ..models import Order
from ..services.orders import order_line_add, order_line_reduce, order_place, order_start
from ..services.payments import Tender, counter_pay

pytestmark = pytest.mark.django_db


def _placed(point, agent, product, quantity):
    order = order_start(channel="counter", by=agent, service_point=point)
    line = order_line_add(order=order, product=product, quantity=quantity)
    return order_place(order=order, by=agent), line


def test_an_open_order_s_line_is_reduced_and_its_total_follows(point, agent, series_card, clock):
    order, line = _placed(point, agent, series_card, 3)

    order_line_reduce(order=order, line_id=line.pk, quantity=1, by=agent)

    order.refresh_from_db()
    line.refresh_from_db()
    assert line.quantity == 2 and order.total_cents == 2 * line.unit_price_cents
    assert order.status == Order.Status.OPEN


def test_a_paid_order_or_a_whole_line_is_not_reduced(point, agent, series_card, day):
    order, line = _placed(point, agent, series_card, 2)
    with pytest.raises(ValidationError):
        order_line_reduce(order=order, line_id=line.pk, quantity=2, by=agent)
    counter_pay(order=order, day=day, tenders=[Tender("cash", order.total_cents)], by=agent)

    with pytest.raises(ValidationError, match="refunded, not changed"):
        order_line_reduce(order=order, line_id=line.pk, quantity=1, by=agent)

    line.refresh_from_db()
    assert line.quantity == 2
