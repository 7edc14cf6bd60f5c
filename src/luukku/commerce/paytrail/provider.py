"""The online payment provider as the rest of Luukku sees it: open a payment, read the payer's
return (redirect or callback), refund, ask a payment's status. Amounts are integer cents. One
implementation speaks Paytrail's v2 API (`client.PaytrailProvider`); the sandbox speaks the same
protocol for tests and the demo (`sandbox`)."""

import abc
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.translation import gettext as _

from .protocol import vat_percentage

STATUSES = ("new", "ok", "pending", "delayed", "fail")
RETURN_STATUSES = ("ok", "pending", "delayed", "fail")
LANGUAGES = ("FI", "SV", "EN")
MAX_AMOUNT = 99_999_998


class ProviderError(Exception):
    """The provider could not be reached, refused the request, or answered something that
    cannot be trusted. `str()` is a translated sentence for staff; `status` is the HTTP status
    when there was one; `detail` is the provider's own (untranslated) message, for the log."""

    def __init__(self, message: str, *, status: int | None = None, detail: str = ""):
        super().__init__(message)
        self.status = status
        self.detail = detail


@dataclass(frozen=True)
class PaymentItem:
    """One row of the order: a unit price with VAT in cents, how many, the VAT percentage
    (0–100, at most one decimal, e.g. Decimal("25.5")) and the product code."""

    unit_price_cents: int
    units: int
    vat_percent: Decimal
    product_code: str
    description: str = ""
    stamp: str = ""

    def __post_init__(self):
        object.__setattr__(self, "vat_percent", vat_percentage(self.vat_percent))
        if self.units < 0:
            raise ValueError(_("The number of units cannot be negative."))

    @property
    def total_cents(self) -> int:
        return self.unit_price_cents * self.units


@dataclass(frozen=True)
class PaymentRequest:
    """A payment to open. `stamp` is unique per merchant (the order's payment attempt);
    `reference` is the order reference; the amount must be the items' sum when items are given.
    The payer returns to `success_url` or `cancel_url`; the provider also calls the callback
    URLs, perhaps more than once and perhaps late."""

    stamp: str
    reference: str
    amount_cents: int
    customer_email: str
    success_url: str
    cancel_url: str
    items: tuple[PaymentItem, ...] = ()
    callback_success_url: str = ""
    callback_cancel_url: str = ""
    callback_delay: int = 0
    language: str = "FI"
    currency: str = "EUR"

    def __post_init__(self):
        object.__setattr__(self, "items", tuple(self.items))
        object.__setattr__(self, "language", self.language.upper())
        if self.language not in LANGUAGES:
            raise ValueError(_("The payment's language must be FI, SV or EN."))
        if not 0 < self.amount_cents <= MAX_AMOUNT:
            raise ValueError(_("The amount to pay must be more than zero."))
        if self.items and sum(item.total_cents for item in self.items) != self.amount_cents:
            raise ValueError(_("The amount to pay is not the sum of the rows."))


@dataclass(frozen=True)
class CreatedPayment:
    """An opened payment: where to send the payer (`href`) and the provider's id for it."""

    transaction_id: str
    href: str
    reference: str = ""


@dataclass(frozen=True)
class ProviderResult:
    """What a signed redirect or callback says: the provider's transaction, the merchant's
    stamp and reference, the amount in cents and the status (ok, pending, delayed or fail).
    The same result may arrive several times (redirect and callbacks); record it once."""

    transaction_id: str
    stamp: str
    reference: str
    amount_cents: int
    status: str
    provider: str = ""

    @property
    def paid(self) -> bool:
        return self.status == "ok"

    @property
    def failed(self) -> bool:
        return self.status == "fail"


@dataclass(frozen=True)
class RefundRequest:
    """A refund of `amount_cents` (up to what is left of the payment). `refund_stamp` is the
    merchant's unique id for it; the provider calls a callback URL when it is done."""

    refund_stamp: str
    refund_reference: str
    amount_cents: int
    callback_success_url: str
    callback_cancel_url: str
    email: str = ""

    def __post_init__(self):
        if not 0 < self.amount_cents <= MAX_AMOUNT:
            raise ValueError(_("The amount to refund must be more than zero."))


@dataclass(frozen=True)
class RefundResult:
    """The provider's answer to a refund: its transaction id and status (`ok`, `pending`, or
    `fail`); `pending` is settled by the refund callback."""

    transaction_id: str
    status: str
    provider: str = ""


@dataclass(frozen=True)
class PaymentStatus:
    """A payment as the provider has it now."""

    transaction_id: str
    status: str
    amount_cents: int
    stamp: str
    reference: str
    provider: str = ""
    paid_at: str = ""
    href: str = ""
    raw: Mapping[str, object] = field(default_factory=dict, compare=False, repr=False)


class PaymentProvider(abc.ABC):
    """An online payment provider."""

    @abc.abstractmethod
    def create_payment(self, request: PaymentRequest) -> CreatedPayment:
        """Open a payment; ProviderError if the provider refuses or cannot be reached."""

    @abc.abstractmethod
    def check_return(self, params: Mapping[str, str]) -> ProviderResult:
        """Read a redirect's or callback's query parameters; SignatureError if unsigned or
        forged, ProviderError if signed but malformed."""

    @abc.abstractmethod
    def refund(self, transaction_id: str, request: RefundRequest) -> RefundResult:
        """Refund (part of) a paid payment; ProviderError if refused."""

    @abc.abstractmethod
    def status(self, transaction_id: str) -> PaymentStatus:
        """Ask the provider for a payment's status; ProviderError if it cannot answer."""
