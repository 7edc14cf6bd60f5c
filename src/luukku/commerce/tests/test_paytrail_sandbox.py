"""The sandbox holds Luukku's client to Paytrail's rules (signed requests, valid bodies, refunds
within what was paid), and the client turns every refusal or silence into a ProviderError."""

import io
import json
import socket
import urllib.error
import urllib.request
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.utils import translation

from luukku.commerce.management.commands import paytrail_sandbox
from luukku.commerce.paytrail import (
    PaymentItem,
    PaymentRequest,
    PaytrailProvider,
    ProviderError,
    RefundRequest,
)
from luukku.commerce.paytrail.client import TEST_MERCHANT_ID, TEST_SECRET, payment_body
from luukku.commerce.paytrail.protocol import body_json
from luukku.commerce.paytrail.sandbox import PaytrailSandbox, make_sandbox_server, serve_in_thread

from .paytrail_support import payment_request, press, running_sandbox

# The sandbox and the callback receiver in threads, whose waits time out on the real clock:
# a clock moved by libfaketime stalls them, so `make test-dates` leaves them out.
pytestmark = pytest.mark.servers


@pytest.fixture(autouse=True)
def in_english():
    with translation.override("en"):
        yield


@pytest.fixture
def paytrail():
    with running_sandbox() as running:
        yield running


def _refund(receiver, amount, stamp="refund-1"):
    return RefundRequest(
        refund_stamp=stamp,
        refund_reference="1232",
        amount_cents=amount,
        callback_success_url=f"{receiver.url}/refund/ok",
        callback_cancel_url=f"{receiver.url}/refund/cancel",
    )


def _paid(provider, receiver, stamp="order-1"):
    created = provider.create_payment(payment_request(receiver, stamp=stamp))
    press(created.href, "approve")
    receiver.next()  # the payment's callback
    return created.transaction_id


def test_a_request_without_a_valid_signature_is_refused_with_401(paytrail):
    _sandbox, base_url, provider, _receiver = paytrail
    body = body_json({"stamp": "x"})
    unsigned = urllib.request.Request(f"{base_url}/payments", data=body.encode(), method="POST")
    with pytest.raises(urllib.error.HTTPError) as raised:
        urllib.request.urlopen(unsigned, timeout=5)
    assert raised.value.code == 401
    assert json.loads(raised.value.read())["status"] == "error"

    headers = provider.signed_headers("POST", body)
    tampered = urllib.request.Request(
        f"{base_url}/payments", data=body_json({"stamp": "y"}).encode(), headers=headers
    )
    with pytest.raises(urllib.error.HTTPError) as raised:
        urllib.request.urlopen(tampered, timeout=5)
    assert raised.value.code == 401


def test_a_reused_nonce_or_another_method_is_refused(paytrail):
    _sandbox, base_url, provider, receiver = paytrail
    provider.nonce = lambda: "the-same-nonce"
    provider.create_payment(payment_request(receiver))
    with pytest.raises(ProviderError) as raised:
        provider.create_payment(payment_request(receiver, stamp="order-2"))
    assert raised.value.status == 401 and "nonce" in raised.value.detail

    body = body_json({})
    headers = PaytrailProvider(base_url, TEST_MERCHANT_ID, TEST_SECRET).signed_headers("GET", body)
    posted = urllib.request.Request(f"{base_url}/payments", data=body.encode(), headers=headers)
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(posted, timeout=5)
    assert refused.value.code == 401


def test_a_wrong_secret_is_a_provider_error(paytrail):
    _sandbox, base_url, _provider, receiver = paytrail
    wrong = PaytrailProvider(base_url, TEST_MERCHANT_ID, "not the secret")
    with pytest.raises(ProviderError, match="credentials") as raised:
        wrong.create_payment(payment_request(receiver))
    assert raised.value.status == 401
    with translation.override("fi"), pytest.raises(ProviderError) as raised:
        wrong.status("no-such-payment")
    assert str(raised.value) == "Maksupalvelu ei hyväksynyt kauppiaan tunnuksia."
    unknown = PaytrailProvider(base_url, "123", TEST_SECRET)
    with pytest.raises(ProviderError):
        unknown.status("no-such-payment")


def test_an_amount_that_is_not_the_items_sum_is_refused_with_400(paytrail):
    sandbox, _base_url, provider, receiver = paytrail
    request = payment_request(receiver)
    body = json.loads(body_json(payment_body(request)))
    body["amount"] += 1
    with pytest.raises(ProviderError, match="refused") as raised:
        provider._call("POST", "/payments", body)
    assert raised.value.status == 400
    assert not sandbox.payments
    with pytest.raises(ValueError, match="sum of the rows"):
        payment_request(receiver, amount_cents=3551)


def test_missing_fields_a_bad_vat_or_a_reused_stamp_are_refused(paytrail):
    _sandbox, _base_url, provider, receiver = paytrail
    body = payment_body(payment_request(receiver))
    for change in (
        {"customer": {}},
        {"language": "DE"},
        {"redirectUrls": {"success": "https://x.example"}},
        {"items": [{**body["items"][0], "vatPercentage": 25.55}]},
    ):
        with pytest.raises(ProviderError) as raised:
            provider._call("POST", "/payments", {**body, **change})
        assert raised.value.status == 400
    provider.create_payment(payment_request(receiver))
    with pytest.raises(ProviderError, match="stamp"):
        provider.create_payment(payment_request(receiver))
    with pytest.raises(ValueError):
        PaymentRequest("s", "r", 100, "a@example.org", "https://a", "https://b", language="DE")
    with pytest.raises(ValueError, match="VAT"):
        PaymentItem(100, 1, Decimal("25.55"), "x")


def test_partial_and_full_refunds_call_back_signed_and_no_more_is_refunded(paytrail):
    _sandbox, _base_url, provider, receiver = paytrail
    transaction_id = _paid(provider, receiver)
    first = provider.refund(transaction_id, _refund(receiver, 1000))
    assert first.status == "ok" and first.transaction_id != transaction_id
    path, params = receiver.next()
    result = provider.check_return(params)
    assert path == "/refund/ok"
    assert (result.transaction_id, result.stamp, result.amount_cents) == (
        first.transaction_id,
        "refund-1",
        1000,
    )
    with pytest.raises(ProviderError, match="exceeds") as raised:
        provider.refund(transaction_id, _refund(receiver, 2551, "refund-2"))
    assert raised.value.status == 400
    with pytest.raises(ProviderError, match="refundStamp"):
        provider.refund(transaction_id, _refund(receiver, 1))
    rest = provider.refund(transaction_id, _refund(receiver, 2550, "refund-2"))
    assert rest.status == "ok" and provider.check_return(receiver.next()[1]).amount_cents == 2550
    with pytest.raises(ProviderError):
        provider.refund(transaction_id, _refund(receiver, 1, "refund-3"))


def test_an_unpaid_payment_is_not_refunded_and_a_failed_refund_calls_back_cancel(paytrail):
    sandbox, _base_url, provider, receiver = paytrail
    created = provider.create_payment(payment_request(receiver, stamp="unpaid"))
    with pytest.raises(ProviderError) as raised:
        provider.refund(created.transaction_id, _refund(receiver, 100))
    assert raised.value.status == 400
    with pytest.raises(ProviderError) as raised:
        provider.refund("no-such-payment", _refund(receiver, 100))
    assert raised.value.status == 404

    transaction_id = _paid(provider, receiver, "paid")
    sandbox.refund_status = "fail"
    assert provider.refund(transaction_id, _refund(receiver, 100)).status == "fail"
    path, params = receiver.next()
    assert path == "/refund/cancel" and provider.check_return(params).failed


def test_an_answer_signed_wrongly_is_not_believed(paytrail):
    _sandbox, _base_url, _provider, receiver = paytrail
    liar = PaytrailSandbox()
    signed = liar._signed

    def changed_after_signing(*args, **kwargs):
        answer = signed(*args, **kwargs)
        answer.body = answer.body.replace(b"/pay/", b"/elsewhere/")
        return answer

    liar._signed = changed_after_signing
    _liar, base_url, stop = serve_in_thread(sandbox=liar)
    try:
        provider = PaytrailProvider(base_url, TEST_MERCHANT_ID, TEST_SECRET)
        with pytest.raises(ProviderError, match="not signed correctly"):
            provider.create_payment(payment_request(receiver))
    finally:
        stop()


def test_silence_or_no_service_is_a_provider_error():
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        host, port = silent.getsockname()
        provider = PaytrailProvider(f"http://{host}:{port}", TEST_MERCHANT_ID, TEST_SECRET)
        provider.timeout = 0.2
        with pytest.raises(ProviderError, match="could not be reached"):
            provider.status("any")
    with pytest.raises(ProviderError, match="could not be reached"):
        provider.status("any")  # nobody listens there any more


def test_the_command_serves_the_sandbox_until_interrupted(monkeypatch):
    servers = []

    def ctrl_c():
        raise KeyboardInterrupt

    def interrupted_server(sandbox, host, port):
        server = make_sandbox_server(sandbox, host, port)
        server.serve_forever = ctrl_c
        servers.append(server)
        return server

    monkeypatch.setattr(paytrail_sandbox, "make_sandbox_server", interrupted_server)
    out = io.StringIO()
    call_command("paytrail_sandbox", "--port", "0", stdout=out)
    assert "http://127.0.0.1:" in out.getvalue() and TEST_MERCHANT_ID in out.getvalue()
    assert servers[0].socket.fileno() == -1  # closed again
