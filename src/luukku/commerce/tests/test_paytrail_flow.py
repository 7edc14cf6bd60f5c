"""A payment end to end over real HTTP: Luukku's client opens it at the local sandbox, the payer
approves or declines on the sandbox's page, the signed redirect is checked, and the callback
arrives at a local receiver, once, twice, late or not at all."""

import pytest
from django.utils import translation

from luukku.commerce.paytrail import ProviderError, SignatureError

from .paytrail_support import open_page, payment_request, press, running_sandbox

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


def test_an_approved_payment_redirects_signed_and_calls_back(paytrail):
    _sandbox, base_url, provider, receiver = paytrail
    request = payment_request(receiver)
    created = provider.create_payment(request)
    assert created.href == f"{base_url}/pay/{created.transaction_id}"
    assert provider.status(created.transaction_id).status == "new"

    page = open_page(created.href)
    assert '<html lang="fi">' in page and 'value="approve"' in page and "35,50 €" in page
    url, params = press(created.href, "approve")
    assert url == request.success_url
    result = provider.check_return(params)
    assert (result.transaction_id, result.stamp, result.reference) == (
        created.transaction_id,
        request.stamp,
        "1232",
    )
    assert result.amount_cents == 3550 and result.paid

    path, callback = receiver.next()
    assert path == "/callback/ok" and provider.check_return(callback) == result
    assert receiver.nothing_more()
    status = provider.status(created.transaction_id)
    assert (status.status, status.amount_cents, status.stamp) == ("ok", 3550, request.stamp)
    assert status.paid_at and not status.href


def test_the_callback_may_come_twice_and_after_the_redirect(paytrail):
    sandbox, _base_url, provider, receiver = paytrail
    sandbox.callback_times = 2
    sandbox.callback_gate.clear()  # held back until the redirect has been handled
    created = provider.create_payment(payment_request(receiver))
    _url, params = press(created.href, "approve")
    from_redirect = provider.check_return(params)
    assert receiver.nothing_more()

    sandbox.callback_gate.set()
    first, second = receiver.next()[1], receiver.next()[1]
    assert provider.check_return(first) == provider.check_return(second) == from_redirect
    assert receiver.nothing_more()


def test_a_callback_can_come_after_a_delay_or_not_at_all(paytrail):
    sandbox, _base_url, provider, receiver = paytrail
    sandbox.callback_delay = 0.3
    created = provider.create_payment(payment_request(receiver, stamp="late"))
    press(created.href, "approve")
    assert receiver.nothing_more(0.1)
    assert provider.check_return(receiver.next()[1]).paid

    sandbox.callback_delay, sandbox.callback_times = None, 0
    created = provider.create_payment(payment_request(receiver, stamp="never"))
    _url, params = press(created.href, "approve")
    assert provider.check_return(params).paid
    assert receiver.nothing_more(0.3)


def test_a_declined_payment_returns_to_the_cancel_url_as_failed(paytrail):
    _sandbox, _base_url, provider, receiver = paytrail
    request = payment_request(receiver, language="SV")
    created = provider.create_payment(request)
    assert '<html lang="sv">' in open_page(created.href)
    url, params = press(created.href, "decline")
    assert url == request.cancel_url
    result = provider.check_return(params)
    assert result.status == "fail" and result.failed and not result.paid
    path, callback = receiver.next()
    assert path == "/callback/cancel" and provider.check_return(callback).failed
    assert provider.status(created.transaction_id).status == "fail"

    url, again = press(created.href, "approve")  # decided already: the same answer again
    assert url == request.cancel_url and again == params


def test_a_forged_or_unsigned_redirect_is_not_trusted(paytrail):
    _sandbox, _base_url, provider, receiver = paytrail
    created = provider.create_payment(payment_request(receiver))
    _url, params = press(created.href, "decline")
    forged = {**params, "checkout-status": "ok"}
    with pytest.raises(SignatureError):
        provider.check_return(forged)
    unsigned = {key: value for key, value in forged.items() if key != "signature"}
    with pytest.raises(SignatureError):
        provider.check_return(unsigned)
    other_merchant = {**params, "checkout-account": "695861"}
    with pytest.raises(SignatureError):
        provider.check_return(other_merchant)


def test_a_signed_but_malformed_return_is_a_provider_error(paytrail):
    sandbox, _base_url, provider, receiver = paytrail
    created = provider.create_payment(payment_request(receiver))
    payment = sandbox.payments[created.transaction_id]
    payment.status, payment.provider = "paid", "sandbox"  # not a status Paytrail returns
    with pytest.raises(ProviderError):
        provider.check_return(sandbox.return_params(payment))
