"""Paytrail's Payment API v2 (docs.paytrail.com) over the standard library's HTTP client.

Every request carries `checkout-account`, `checkout-algorithm`, `checkout-method`,
`checkout-nonce` (random), `checkout-timestamp` (ISO 8601, UTC, from the clock given) and
`checkout-transaction-id` where one payment is meant, and a `signature` over them and the body.
Every answer's signature is checked before its body is believed; redirects and callbacks are
checked by `check_return`. Failures are ProviderError with a translated message."""

import json
import secrets
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Mapping
from datetime import UTC, datetime

from django.utils import timezone
from django.utils.translation import gettext as _

from .protocol import DEFAULT_ALGORITHM, SignatureError, body_json, sign, signed_fields, verify
from .provider import (
    RETURN_STATUSES,
    CreatedPayment,
    PaymentProvider,
    PaymentRequest,
    PaymentStatus,
    ProviderError,
    ProviderResult,
    RefundRequest,
    RefundResult,
)

PRODUCTION_URL = "https://services.paytrail.com"
TEST_MERCHANT_ID = "375917"  # docs.paytrail.com, "Test credentials"
TEST_SECRET = "SAIPPUAKAUPPIAS"
CONTENT_TYPE = "application/json; charset=utf-8"


def iso_timestamp(moment: datetime) -> str:
    """2018-07-06T10:01:31.904Z: UTC with milliseconds, as in Paytrail's examples."""
    moment = moment.astimezone(UTC)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def payment_body(request: PaymentRequest) -> dict:
    """The create-payment body (docs.paytrail.com, "Create payment")."""
    body: dict = {
        "stamp": request.stamp,
        "reference": request.reference,
        "amount": request.amount_cents,
        "currency": request.currency,
        "language": request.language,
        "customer": {"email": request.customer_email},
        "redirectUrls": {"success": request.success_url, "cancel": request.cancel_url},
    }
    if request.items:
        body["items"] = [_item(item) for item in request.items]
    if request.callback_success_url or request.callback_cancel_url:
        body["callbackUrls"] = {
            "success": request.callback_success_url or request.callback_cancel_url,
            "cancel": request.callback_cancel_url or request.callback_success_url,
        }
        if request.callback_delay:
            body["callbackDelay"] = request.callback_delay
    return body


def _item(item) -> dict:
    row = {
        "unitPrice": item.unit_price_cents,
        "units": item.units,
        "vatPercentage": item.vat_percent,
        "productCode": item.product_code,
    }
    if item.description:
        row["description"] = item.description
    if item.stamp:
        row["stamp"] = item.stamp
    return row


def refund_body(request: RefundRequest) -> dict:
    body: dict = {
        "amount": request.amount_cents,
        "refundStamp": request.refund_stamp,
        "refundReference": request.refund_reference,
        "callbackUrls": {
            "success": request.callback_success_url,
            "cancel": request.callback_cancel_url,
        },
    }
    if request.email:
        body["email"] = request.email
    return body


class PaytrailProvider(PaymentProvider):
    """Paytrail's v2 API for one merchant. `base_url` is https://services.paytrail.com in
    production, the sandbox's address in tests and the demo. `clock` gives the aware datetime
    for `checkout-timestamp` (Django's timezone.now by default); `nonce` gives a fresh nonce."""

    def __init__(
        self,
        base_url: str,
        merchant_id: str,
        secret: str,
        *,
        algorithm: str = DEFAULT_ALGORITHM,
        timeout: float = 10.0,
        clock: Callable[[], datetime] = timezone.now,
        nonce: Callable[[], str] = lambda: secrets.token_hex(16),
        platform_name: str = "luukku",
    ):
        self.base_url = base_url.rstrip("/")
        self.merchant_id = str(merchant_id)
        self.secret = secret
        self.algorithm = algorithm
        self.timeout = timeout
        self.clock = clock
        self.nonce = nonce
        self.platform_name = platform_name

    # The four operations.

    def create_payment(self, request: PaymentRequest) -> CreatedPayment:
        answer = self._call("POST", "/payments", payment_body(request))
        try:
            return CreatedPayment(
                transaction_id=str(answer["transactionId"]),
                href=str(answer["href"]),
                reference=str(answer.get("reference", "")),
            )
        except (KeyError, TypeError):
            raise self._malformed() from None

    def check_return(self, params: Mapping[str, str]) -> ProviderResult:
        params = {str(name): str(params[name]) for name in params}
        verify(self.secret, params, "", params.get("signature"))
        fields = signed_fields(params)
        if fields.get("checkout-account") != self.merchant_id:
            raise SignatureError(_("The message was signed for another merchant account."))
        try:
            result = ProviderResult(
                transaction_id=fields["checkout-transaction-id"],
                stamp=fields["checkout-stamp"],
                reference=fields.get("checkout-reference", ""),
                amount_cents=int(fields["checkout-amount"]),
                status=fields["checkout-status"],
                provider=fields.get("checkout-provider", ""),
            )
        except (KeyError, ValueError):
            raise self._malformed() from None
        if result.status not in RETURN_STATUSES:
            raise self._malformed()
        return result

    def refund(self, transaction_id: str, request: RefundRequest) -> RefundResult:
        path = f"/payments/{urllib.parse.quote(transaction_id, safe='')}/refund"
        answer = self._call("POST", path, refund_body(request), transaction_id)
        try:
            return RefundResult(
                transaction_id=str(answer["transactionId"]),
                status=str(answer["status"]),
                provider=str(answer.get("provider", "")),
            )
        except (KeyError, TypeError):
            raise self._malformed() from None

    def status(self, transaction_id: str) -> PaymentStatus:
        path = f"/payments/{urllib.parse.quote(transaction_id, safe='')}"
        answer = self._call("GET", path, None, transaction_id)
        try:
            return PaymentStatus(
                transaction_id=str(answer["transactionId"]),
                status=str(answer["status"]),
                amount_cents=int(answer["amount"]),
                stamp=str(answer.get("stamp", "")),
                reference=str(answer.get("reference", "")),
                provider=str(answer.get("provider") or ""),
                paid_at=str(answer.get("paidAt") or ""),
                href=str(answer.get("href") or ""),
                raw=answer,
            )
        except (KeyError, TypeError, ValueError):
            raise self._malformed() from None

    # The signed exchange.

    def signed_headers(self, method: str, body: str, transaction_id: str = "") -> dict[str, str]:
        """The headers of one request, its signature among them."""
        headers = {
            "checkout-account": self.merchant_id,
            "checkout-algorithm": self.algorithm,
            "checkout-method": method,
            "checkout-nonce": self.nonce(),
            "checkout-timestamp": iso_timestamp(self.clock()),
        }
        if transaction_id:
            headers["checkout-transaction-id"] = transaction_id
        headers["signature"] = sign(self.secret, headers, body, self.algorithm)
        headers["platform-name"] = self.platform_name
        if body:
            headers["content-type"] = CONTENT_TYPE
        return headers

    def _call(self, method: str, path: str, data: dict | None, transaction_id: str = "") -> dict:
        body = body_json(data) if data is not None else ""
        request = urllib.request.Request(
            self.base_url + path,
            data=body.encode("utf-8") if data is not None else None,
            headers=self.signed_headers(method, body, transaction_id),
            method=method,
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                text = response.read().decode("utf-8")
                headers = dict(response.headers.items())
        except urllib.error.HTTPError as error:
            raise self._refused(error) from None
        except (urllib.error.URLError, TimeoutError, ConnectionError) as error:
            raise ProviderError(
                _("The payment service could not be reached. Try again in a moment."),
                detail=str(getattr(error, "reason", error)),
            ) from None
        try:
            verify(self.secret, headers, text, _header(headers, "signature"))
        except SignatureError as error:
            raise ProviderError(
                _("The payment service's answer was not signed correctly."), detail=str(error)
            ) from None
        try:
            answer = json.loads(text)
        except ValueError:
            answer = None
        if not isinstance(answer, dict):
            raise self._malformed()
        return answer

    def _refused(self, error: urllib.error.HTTPError) -> ProviderError:
        try:
            text = error.read().decode("utf-8", "replace")
            answer = json.loads(text)
            detail = str(answer.get("message", "")) if isinstance(answer, dict) else text
        except (OSError, ValueError):
            detail = ""
        if error.code == 401:
            message = _("The payment service did not accept the merchant's credentials.")
        elif error.code == 404:
            message = _("The payment service does not know this payment.")
        elif error.code in (400, 422):
            message = _("The payment service refused the request: %(detail)s") % {
                "detail": detail or error.reason
            }
        else:
            message = _("The payment service failed (HTTP %(status)s). Try again in a moment.") % {
                "status": error.code
            }
        return ProviderError(message, status=error.code, detail=detail)

    def _malformed(self) -> ProviderError:
        return ProviderError(_("The payment service's answer could not be read."))


def _header(headers: Mapping[str, str], name: str) -> str | None:
    for key, value in headers.items():
        if key.lower() == name:
            return value
    return None
