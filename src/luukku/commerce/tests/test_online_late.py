"""Money that comes after its order closed: a payment approved at the provider (the local
Paytrail-protocol sandbox, over real HTTP) for an order cancelled meanwhile is never applied
to the order; the worker gives it back in full, once, and tells the citizen."""

import urllib.parse

import pytest
from django.urls import reverse
from django.utils import translation

from luukku.cases.models import CaseEvent, OutboundMail

from ..models import OnlinePayment, Order, Payment, Receipt
from ..services.online import online_payment_start, provider_configured
from ..services.online_late import online_late_refunds_run
from ..services.orders import order_cancel
from .paytrail_support import press
from .test_online_orders import _get, _order, _wait_for

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.servers]


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def _paid_after_cancelling(live_server, service):
    order = _order(service)
    return_url = live_server.url + reverse("public:shop_return", args=[order.token])
    href = online_payment_start(
        order=order,
        provider=provider_configured(),
        return_url=return_url,
        callback_url=live_server.url + reverse("public:shop_callback"),
    )
    order_cancel(order=order)  # a hold lapsed while the citizen was at the bank
    url, params = press(href, "approve")
    status, page = _get(f"{url}?{urllib.parse.urlencode(params)}")
    return order, status, page


def test_a_payment_for_a_cancelled_order_is_not_taken_and_goes_back(live_server, sandbox, service):
    order, status, page = _paid_after_cancelling(live_server, service)
    assert status == 200 and "returned to the account it came from" in page
    assert _wait_for(lambda: OnlinePayment.objects.get().callbacks >= 1)
    order.refresh_from_db()
    attempt = OnlinePayment.objects.get()
    assert order.status == Order.Status.CANCELLED and order.paid_cents == 0
    assert attempt.status == OnlinePayment.Status.LATE
    assert not Payment.objects.exists() and not Receipt.objects.exists()
    steps = CaseEvent.objects.filter(case=order.case, kind="order")
    assert list(steps.values_list("data__action", flat=True).order_by("pk")) == [
        "placed",
        "cancelled",
        "paid_late",
    ]

    assert online_late_refunds_run() == 1
    attempt.refresh_from_db()
    assert attempt.status == OnlinePayment.Status.REFUNDED and attempt.refund_transaction_id
    payment = sandbox.payments[attempt.transaction_id]
    assert payment.refunded == 6000
    mail = OutboundMail.objects.get(kind=OutboundMail.Kind.RECEIPT)  # in the order's Finnish
    assert mail.recipient == "maija@example.fi" and order.number in mail.subject
    assert "60,00" in mail.body and "palautettu" in mail.body
    assert steps.filter(data__action="late_refunded").count() == 1
    # Once only: the next round finds nothing, and a repeated callback changes nothing.
    assert online_late_refunds_run() == 0
    assert payment.refunded == 6000
    order.refresh_from_db()
    assert order.status == Order.Status.CANCELLED and order.refunded_cents == 0


def test_a_refund_the_provider_refuses_is_tried_again(live_server, sandbox, service):
    _paid_after_cancelling(live_server, service)
    assert _wait_for(lambda: OnlinePayment.objects.get().status == OnlinePayment.Status.LATE)
    sandbox.refund_status = "fail"
    assert online_late_refunds_run() == 0
    assert OnlinePayment.objects.get().status == OnlinePayment.Status.LATE
    assert not OutboundMail.objects.filter(kind=OutboundMail.Kind.RECEIPT).exists()
    sandbox.refund_status = "ok"
    assert online_late_refunds_run() == 1
    assert OnlinePayment.objects.get().status == OnlinePayment.Status.REFUNDED
