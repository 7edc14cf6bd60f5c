"""An order bought online and paid at the provider over real HTTP (the local Paytrail-
protocol sandbox): the signed redirect and a callback that comes twice and late settle it
once; a forged return changes nothing."""

import re
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation

from luukku.cases.models import CaseEvent, OutboundMail

from ..models import OnlinePayment, Order, Payment, Product, Receipt
from ..services.online import online_payment_start, online_refund, provider_configured
from ..services.shop import online_order_place
from .factories import product_priced
from .paytrail_support import press

# A live server and the sandbox in threads, whose waits time out on the real clock: a clock
# moved by libfaketime stalls them, so `make test-dates` leaves them out (as app servers).
pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.servers]


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def _wait_for(condition, timeout=10.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def _order(service):
    ski = Product.objects.filter(code="LATU").first() or product_priced(
        cents=3000, vat="13.5", code="LATU", name="Latukortti", sold_online=True, service=service
    )
    return online_order_place(
        quantities={ski.pk: 2},
        first_name="Maija",
        last_name="Meikäläinen",
        email="maija@example.fi",
    )


def test_a_payment_settles_once_with_a_late_and_repeated_callback(live_server, sandbox, service):
    sandbox.callback_times = 2
    sandbox.callback_gate.clear()  # the callbacks come only after the payer is back
    order = _order(service)
    assert order.status == Order.Status.OPEN and order.total_cents == 6000
    return_url = live_server.url + reverse("public:shop_return", args=[order.token])
    callback_url = live_server.url + reverse("public:shop_callback")
    href = online_payment_start(
        order=order,
        provider=provider_configured(),
        return_url=return_url,
        callback_url=callback_url,
    )
    url, params = press(href, "approve")
    assert url == return_url
    status, page = _get(f"{url}?{urllib.parse.urlencode(params)}")
    assert status == 200 and "Paid. Thank you!" in page
    sandbox.callback_gate.set()
    assert _wait_for(lambda: OnlinePayment.objects.get().callbacks == 2)
    order.refresh_from_db()
    assert order.status == Order.Status.PAID and order.paid_cents == 6000
    assert Payment.objects.filter(order=order).count() == 1
    assert Receipt.objects.filter(order=order).count() == 1
    paid = CaseEvent.objects.filter(case=order.case, kind="order", data__action="paid")
    assert paid.count() == 1
    receipt_mail = OutboundMail.objects.get(kind=OutboundMail.Kind.RECEIPT)
    assert receipt_mail.recipient == "maija@example.fi"
    # The same return again (a reload) changes nothing.
    status, _page = _get(f"{url}?{urllib.parse.urlencode(params)}")
    assert status == 200 and Payment.objects.count() == 1

    # One of the two cards back to the payer's account through the provider; its callback
    # (signed, with the refund's own transaction) is taken and changes nothing more.
    line = order.lines.get()
    receipt = online_refund(
        order=order,
        quantities={line.pk: 1},
        reason="Tuplaosto",
        by=None,
        provider=provider_configured(),
        callback_url=callback_url,
    )
    assert receipt.content["refund"] and receipt.content["total_cents"] == 3000
    order.refresh_from_db()
    assert order.refunded_cents == 3000
    # two payment callbacks and the refund's two (callback_times=2), all answered 200
    assert _wait_for(lambda: len(sandbox.callbacks_sent) == 4)
    assert [outcome for _url, outcome in sandbox.callbacks_sent] == [200] * 4
    assert Payment.objects.filter(kind="refund", method="online").count() == 1
    with pytest.raises(ValidationError, match="more than was bought"):
        online_refund(
            order=order,
            quantities={line.pk: 2},
            reason="Uudestaan",
            by=None,
            provider=provider_configured(),
            callback_url=callback_url,
        )


def test_a_forged_return_is_refused_and_a_declined_one_can_be_paid_again(
    live_server, sandbox, service
):
    order = _order(service)
    return_url = live_server.url + reverse("public:shop_return", args=[order.token])
    callback_url = live_server.url + reverse("public:shop_callback")
    provider = provider_configured()
    href = online_payment_start(
        order=order, provider=provider, return_url=return_url, callback_url=callback_url
    )
    url, params = press(href, "approve")
    forged = dict(params, **{"checkout-amount": "1"})
    status, page = _get(f"{url}?{urllib.parse.urlencode(forged)}")
    assert status == 400 and "could not be verified" in page
    unsigned = {k: v for k, v in params.items() if k != "signature"}
    status, _page = _get(
        f"{live_server.url}{reverse('public:shop_callback')}?{urllib.parse.urlencode(unsigned)}"
    )
    assert status == 400
    assert _wait_for(lambda: OnlinePayment.objects.get().status == "ok")
    assert Payment.objects.count() == 1

    second = _order(service)
    href = online_payment_start(
        order=second,
        provider=provider,
        return_url=return_url.replace(order.token, second.token),
        callback_url=callback_url,
    )
    url, params = press(href, "decline")
    status, page = _get(f"{url}?{urllib.parse.urlencode(params)}")
    assert status == 200 and "did not go through" in page
    second.refresh_from_db()
    assert second.status == Order.Status.OPEN and not second.payments.exists()


@pytest.mark.browser
def test_the_citizen_pays_in_the_browser(new_page, live_server, sandbox, service):
    """The Pay form leaves for the provider's page (the page's Content-Security-Policy lets
    it, `new_page` fails on any refusal) and the payer comes back to the paid order."""
    order = _order(service)
    page = new_page(width=320)
    page.goto(f"/en/shop/{order.token}/")
    page.locator("#pay").click()
    page.get_by_role("button", name=re.compile("Hyväksy|Approve")).click()  # the order's language
    page.locator("#order-status").wait_for()
    assert "Paid. Thank you!" in page.locator("#order-status").inner_text()
    order.refresh_from_db()
    assert order.status == Order.Status.PAID
