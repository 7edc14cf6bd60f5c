"""Paytrail's signatures against the worked examples of its documentation
(docs.paytrail.com; github.com/paytrail/api-documentation, docs/README.md and
docs/examples.md: "HMAC calculation", "Redirect and callback URL parameters", "Get")."""

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from django.utils import translation

from luukku.commerce.paytrail import PaytrailProvider, SignatureError, sign, verify
from luukku.commerce.paytrail.client import TEST_MERCHANT_ID, TEST_SECRET, iso_timestamp
from luukku.commerce.paytrail.protocol import body_json, payload, vat_percentage


@pytest.fixture(autouse=True)
def in_english():
    with translation.override("en"):
        yield


# The documentation's create-payment example ("HMAC calculation (Node.js)" and "(Python)").
DOC_HEADERS = {
    "checkout-account": "375917",
    "checkout-algorithm": "sha256",
    "checkout-method": "POST",
    "checkout-nonce": "564635208570151",
    "checkout-timestamp": "2018-07-06T10:01:31.904Z",
}
DOC_BODY = {
    "stamp": "unique-identifier-for-merchant",
    "reference": "3759170",
    "amount": 1525,
    "currency": "EUR",
    "language": "FI",
    "items": [
        {
            "unitPrice": 1525,
            "units": 1,
            "vatPercentage": Decimal("25.5"),
            "productCode": "#1234",
            "deliveryDate": "2018-09-01",
        }
    ],
    "customer": {"email": "test.customer@example.com"},
    "redirectUrls": {
        "success": "https://ecom.example.com/cart/success",
        "cancel": "https://ecom.example.com/cart/cancel",
    },
}
DOC_BODY_SIGNATURE = "9a4a7735279de4c99268e4566a5526ae887e73e6e58f2918cb2309ccac366129"

# The documentation's redirect example ("Redirect and callback URL parameters").
DOC_REDIRECT = {
    "checkout-account": "375917",
    "checkout-algorithm": "sha256",
    "checkout-amount": "2964",
    "checkout-stamp": "15336332710015",
    "checkout-reference": "192387192837195",
    "checkout-transaction-id": "4b300af6-9a22-11e8-9184-abb6de7fd2d0",
    "checkout-status": "ok",
    "checkout-provider": "nordea",
    "signature": "b2d3ecdda2c04563a4638fcade3d4e77dfdc58829b429ad2c2cb422d0fc64080",
}

# The documentation's GET /payments/{transactionId} example ("Get").
DOC_GET_TRANSACTION = "681538c4-fc84-11e9-83bc-2ffcef4c3453"
DOC_GET_NONCE = "87ac41e1-e6e6-4789-b8e0-c83930cfc447"
DOC_GET_SIGNATURE = "4d84e3aedaa847b23e672ff3bc9c57ae5d1c1e84aec251ce39914eaf250bb8b2"


def test_the_documented_create_payment_signature():
    body = body_json(DOC_BODY)
    assert '"vatPercentage":25.5' in body
    assert sign(TEST_SECRET, DOC_HEADERS, body) == DOC_BODY_SIGNATURE
    verify(TEST_SECRET, DOC_HEADERS, body, DOC_BODY_SIGNATURE)


def test_the_documented_redirect_signature_is_accepted_and_a_changed_one_is_not():
    signature = DOC_REDIRECT["signature"]
    verify(TEST_SECRET, DOC_REDIRECT, "", signature)
    for name, forged in (("checkout-amount", "1"), ("checkout-status", "fail")):
        with pytest.raises(SignatureError):
            verify(TEST_SECRET, {**DOC_REDIRECT, name: forged}, "", signature)
    with pytest.raises(SignatureError):
        verify("another secret", DOC_REDIRECT, "", signature)


def test_the_client_signs_the_documented_get_request():
    provider = PaytrailProvider(
        "https://services.paytrail.com",
        TEST_MERCHANT_ID,
        TEST_SECRET,
        clock=lambda: datetime(2019, 11, 1, 8, 48, 50, 832000, tzinfo=UTC),
        nonce=lambda: DOC_GET_NONCE,
    )
    headers = provider.signed_headers("GET", "", DOC_GET_TRANSACTION)
    assert headers["checkout-timestamp"] == "2019-11-01T08:48:50.832Z"
    assert headers["signature"] == DOC_GET_SIGNATURE
    assert "content-type" not in headers


def test_only_checkout_fields_are_signed_in_name_order_whatever_their_case():
    params = {"Checkout-Nonce": "1", "signature": "x", "checkout-account": "2", "other": "3"}
    assert payload(params, "BODY") == "checkout-account:2\ncheckout-nonce:1\nBODY"
    assert payload({}, "") == ""
    assert sign("k", params, "b") == sign(
        "k", {"checkout-nonce": "1", "checkout-account": "2"}, "b"
    )


def test_sha512_is_signed_and_checked_too():
    params = {**DOC_HEADERS, "checkout-algorithm": "sha512"}
    signature = sign(TEST_SECRET, params, "{}", "sha512")
    assert len(signature) == 128
    verify(TEST_SECRET, params, "{}", signature)
    with pytest.raises(SignatureError):
        verify(TEST_SECRET, {**params, "checkout-algorithm": "sha256"}, "{}", signature)


def test_a_missing_malformed_or_unknown_algorithm_signature_is_refused_in_the_language():
    with pytest.raises(SignatureError, match="not signed"):
        verify(TEST_SECRET, DOC_REDIRECT, "", "")
    with pytest.raises(SignatureError):
        verify(TEST_SECRET, DOC_REDIRECT, "", "ä" * 64)
    with pytest.raises(SignatureError, match="md5"):
        sign(TEST_SECRET, DOC_HEADERS, "", "md5")
    with translation.override("fi"), pytest.raises(SignatureError) as raised:
        verify(TEST_SECRET, {**DOC_REDIRECT, "checkout-algorithm": "md5"}, "", "00")
    assert "md5" in str(raised.value) and "not supported" not in str(raised.value)


@pytest.mark.parametrize(
    ("given", "taken"),
    [("25.5", "25.5"), (24, "24"), ("14.0", "14"), (Decimal("0"), "0"), ("100", "100")],
)
def test_vat_percentages_take_one_decimal(given, taken):
    percent = vat_percentage(given)
    assert str(percent) == taken
    assert body_json({"v": percent}) == '{"v":' + taken + "}"


@pytest.mark.parametrize("given", ["25.55", "-1", "100.1", "NaN", "abc", "Infinity"])
def test_other_vat_percentages_are_refused(given):
    with pytest.raises(ValueError, match="VAT"):
        vat_percentage(given)


def test_timestamps_are_utc_with_milliseconds():
    helsinki = datetime.fromisoformat("2026-06-01T12:00:00.123456+03:00")
    assert iso_timestamp(helsinki) == "2026-06-01T09:00:00.123Z"
