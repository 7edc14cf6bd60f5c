"""Paying online: a payment started at the provider for an order's balance, and settled
once by the first signed redirect or callback that says how it went — a repeated, late or
out-of-order one changes nothing, an unsigned or forged one is refused (docs/commerce.md,
"Online payments")."""

import datetime as dt
import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override

from luukku.cases.models import OutboundMail
from luukku.cases.notifications import mail_queue
from luukku.core.locks import in_transaction, row_lock

from ..hooks import order_settled
from ..models import OnlinePayment, Order, Payment, Receipt
from ..paytrail.client import PaytrailProvider
from ..paytrail.provider import (
    PaymentItem,
    PaymentProvider,
    PaymentRequest,
    ProviderResult,
    RefundRequest,
)
from .orders import order_event
from .payments import _paid, refund_check, refund_record
from .receipt_mail import receipt_text
from .receipts import receipt_issue


class UnknownPayment(ValidationError):
    """A signed return or callback about no payment of ours: a refund's callback that came
    before the provider's answer to the refund was recorded, for one."""


def provider_configured() -> PaymentProvider | None:
    """The provider of the settings (PAYTRAIL_*), or None when online payment is off."""
    if not settings.PAYTRAIL_BASE_URL:
        return None
    return PaytrailProvider(
        settings.PAYTRAIL_BASE_URL, settings.PAYTRAIL_MERCHANT_ID, settings.PAYTRAIL_SECRET
    )


@in_transaction
def _attempt_create(order: Order, now: dt.datetime) -> OnlinePayment:
    order = row_lock(Order, order.pk)
    if order.status != Order.Status.OPEN or order.balance_cents <= 0:
        raise ValidationError(_("This order has been paid or cancelled already."))
    return OnlinePayment.objects.create(
        order=order,
        stamp=secrets.token_hex(16),
        amount_cents=order.balance_cents,
        created_at=now,
    )


def online_payment_start(
    *, order: Order, provider: PaymentProvider, return_url: str, callback_url: str, now=None
) -> str:
    """Start paying the open order's balance at the provider; the address to send the payer
    to. The attempt is saved before the provider is asked, so a callback that comes before
    the answer finds it."""
    now = now or timezone.now()
    attempt = _attempt_create(order, now)
    items = tuple(
        PaymentItem(
            unit_price_cents=line.unit_price_cents,
            units=line.quantity,
            vat_percent=line.vat_percent,
            product_code=line.product.code,
            description=line.name[:1000],
        )
        for line in order.lines.select_related("product")
    )
    created = provider.create_payment(
        PaymentRequest(
            stamp=attempt.stamp,
            reference=order.number,
            amount_cents=attempt.amount_cents,
            customer_email=order.contact_email,
            success_url=return_url,
            cancel_url=return_url,
            items=items if sum(i.total_cents for i in items) == attempt.amount_cents else (),
            callback_success_url=callback_url,
            callback_cancel_url=callback_url,
            language=order.language.upper(),
        )
    )
    OnlinePayment.objects.filter(pk=attempt.pk).update(transaction_id=created.transaction_id)
    return created.href


@in_transaction
def online_payment_settle(
    *, provider: PaymentProvider, params, callback: bool = False, now=None
) -> OnlinePayment | None:
    """A signed redirect or callback from the provider: the payment settled once (None for
    the callback of a refund, which was recorded when the provider took it). Raises
    ValueError (SignatureError) for an unsigned or forged one, ValidationError when it does
    not fit the payment it names."""
    now = now or timezone.now()
    result: ProviderResult = provider.check_return(params)
    refunded = Payment.objects.filter(
        kind=Payment.Kind.REFUND, method=Payment.Method.ONLINE, external_id=result.transaction_id
    )
    if refunded.exists():
        return None  # the callback of a refund already recorded
    attempt = OnlinePayment.objects.filter(stamp=result.stamp).first()
    if attempt is None:
        raise UnknownPayment(_("No payment of ours has this stamp."))
    attempt = row_lock(OnlinePayment, attempt.pk)
    if attempt.transaction_id and attempt.transaction_id != result.transaction_id:
        raise ValidationError(_("The payment's transaction does not match."))
    if result.amount_cents != attempt.amount_cents:
        raise ValidationError(_("The payment's amount does not match."))
    if callback:
        attempt.callbacks += 1
    if attempt.status in SETTLED:
        attempt.save(update_fields=["callbacks"])
        return attempt
    attempt.transaction_id = result.transaction_id
    if result.paid:
        _settle_paid(attempt, result, now)
    elif result.failed:
        attempt.status = OnlinePayment.Status.FAIL
        attempt.settled_at = now
    else:
        attempt.status = OnlinePayment.Status.PENDING
    attempt.save()
    return attempt


SETTLED = frozenset(
    {
        OnlinePayment.Status.OK,
        OnlinePayment.Status.FAIL,
        OnlinePayment.Status.LATE,
        OnlinePayment.Status.REFUNDED,
    }
)


def _settle_paid(attempt: OnlinePayment, result: ProviderResult, now) -> None:
    order = row_lock(Order, attempt.order_id)
    if order.status != Order.Status.OPEN or order.balance_cents < attempt.amount_cents:
        # Cancelled (a hold lapsed, the course was cancelled) or paid at the counter while
        # the citizen was at the provider: the money is not the order's; it goes back.
        attempt.status = OnlinePayment.Status.LATE
        attempt.settled_at = now
        order_event(order, "paid_late", now=now, amount_cents=attempt.amount_cents)
        return
    attempt.status = OnlinePayment.Status.OK
    attempt.settled_at = now
    payment = Payment.objects.create(
        order=order,
        method=Payment.Method.ONLINE,
        amount_cents=attempt.amount_cents,
        external_id=result.transaction_id,
        at=now,
    )
    _paid(order, payment.amount_cents, now)
    receipt = receipt_issue(order=order, payments=[payment], now=now)
    order_settled(order, now=now)
    order_event(order, "paid", now=now, amount_cents=payment.amount_cents, method=payment.method)
    if order.case is not None:
        # To the address the citizen gave with the order (the case's), in their language.
        with override(order.language):
            subject = _("Receipt %(number)s") % {"number": receipt.number}
        mail_queue(
            order.case,
            kind=OutboundMail.Kind.RECEIPT,
            subject=subject,
            body=receipt_text(receipt, order.language),
        )


def online_refund(
    *,
    order: Order,
    quantities: dict[int, int],
    reason: str,
    by,
    provider: PaymentProvider,
    callback_url: str,
    kept_cents: int = 0,
    now=None,
) -> Receipt:
    """Give back returned lines of an order paid online, less a fee kept (`kept_cents`), to
    the payer's account through the provider; recorded (with a refund receipt) once the
    provider has taken the refund."""
    now = now or timezone.now()
    _returned, amount = refund_check(order, quantities, reason, kept_cents)
    paid = order.online_payments.filter(status=OnlinePayment.Status.OK).first()
    if paid is None:
        raise ValidationError(_("This order was not paid online."))
    stamp = secrets.token_hex(16)
    result = provider.refund(
        paid.transaction_id,
        RefundRequest(
            refund_stamp=stamp,
            refund_reference=order.number,
            amount_cents=amount,
            callback_success_url=callback_url,
            callback_cancel_url=callback_url,
            email=order.contact_email,
        ),
    )
    if result.status not in ("ok", "pending"):
        raise ValidationError(_("The payment service refused the refund; nothing was refunded."))
    return _online_refund_record(
        order, quantities, reason, by, result.transaction_id, now, kept_cents
    )


@in_transaction
def _online_refund_record(
    order, quantities, reason, by, transaction_id, now, kept_cents=0
) -> Receipt:
    order = row_lock(Order, order.pk)
    returned, amount = refund_check(order, quantities, reason, kept_cents)
    refund = Payment.objects.create(
        order=order,
        kind=Payment.Kind.REFUND,
        method=Payment.Method.ONLINE,
        amount_cents=amount,
        external_id=transaction_id,
        reason=reason.strip()[:200],
        at=now,
        by=by,
    )
    return refund_record(order, returned, refund=refund, reason=reason, by=by, now=now)
