"""Online payments through Paytrail's v2 API (docs/commerce.md, "Online payments (Paytrail
v2)"): `protocol` signs and checks, `provider` is the interface the rest of Luukku uses,
`client` is Paytrail's implementation of it, `sandbox` a local service speaking the same
protocol for tests and the demo. No models here: the orders and payments keep their state."""

from .client import PRODUCTION_URL, TEST_MERCHANT_ID, TEST_SECRET, PaytrailProvider
from .protocol import SignatureError, sign, verify
from .provider import (
    CreatedPayment,
    PaymentItem,
    PaymentProvider,
    PaymentRequest,
    PaymentStatus,
    ProviderError,
    ProviderResult,
    RefundRequest,
    RefundResult,
)

__all__ = [
    "PRODUCTION_URL",
    "TEST_MERCHANT_ID",
    "TEST_SECRET",
    "CreatedPayment",
    "PaymentItem",
    "PaymentProvider",
    "PaymentRequest",
    "PaymentStatus",
    "PaytrailProvider",
    "ProviderError",
    "ProviderResult",
    "RefundRequest",
    "RefundResult",
    "SignatureError",
    "sign",
    "verify",
]
