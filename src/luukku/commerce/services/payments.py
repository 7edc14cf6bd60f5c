"""Money at the counter: a sale paid in one or several methods (cash with change, a card
through the separate terminal, a voucher), refunds of whole orders or some lines, and
corrections of a payment recorded with the wrong method."""

import datetime as dt
import re
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from luukku.core.locks import in_transaction, row_lock

from ..hooks import order_refunded, order_refunding, order_settled
from ..models import Order, OrderLine, Payment, Receipt, RefundLine, RegisterDay
from ..templatetags.commerce_labels import euros
from .orders import order_event
from .receipts import receipt_issue

Method = Payment.Method
COUNTER_METHODS = (Method.CASH, Method.CARD, Method.VOUCHER)
# A terminal's receipt number is short; this many digits (spaces and dashes left out) would
# be a card number, which is never stored.
CARD_DIGITS = 12
# The benefit vouchers taken (brand names, the same in every language).
VOUCHER_PROVIDERS = ("ePassi", "Smartum", "Edenred", "Eazybreak")


@dataclass(frozen=True)
class Tender:
    """One method's part of a payment. Cash may be more than its part: the change."""

    method: str
    amount_cents: int
    tendered_cents: int | None = None
    terminal_receipt: str = ""
    voucher_provider: str = ""


def _tender_clean(tender: Tender) -> Tender:
    if tender.method not in COUNTER_METHODS:
        raise ValidationError(_("Choose cash, card or voucher."))
    if tender.amount_cents <= 0:
        raise ValidationError(_("Each payment must be more than zero."))
    if tender.method == Method.CASH:
        given = tender.tendered_cents if tender.tendered_cents is not None else tender.amount_cents
        if given < tender.amount_cents:
            raise ValidationError(_("The cash given is less than the cash part of the payment."))
        return Tender(Method.CASH, tender.amount_cents, tendered_cents=given)
    if tender.method == Method.CARD:
        receipt = tender.terminal_receipt.strip()
        digits = re.sub(r"[\s.-]", "", receipt)
        if not receipt or len(receipt) > 40 or (digits.isdigit() and len(digits) >= CARD_DIGITS):
            raise ValidationError(
                _("Enter the card terminal's receipt number (never the card number).")
            )
        return Tender(Method.CARD, tender.amount_cents, terminal_receipt=receipt)
    if tender.voucher_provider not in VOUCHER_PROVIDERS:
        raise ValidationError(_("Choose the voucher's provider."))
    return Tender(Method.VOUCHER, tender.amount_cents, voucher_provider=tender.voucher_provider)


def _open_day(day: RegisterDay) -> RegisterDay:
    day = row_lock(RegisterDay, day.pk)
    if not day.is_open:
        raise ValidationError(_("The register's day is closed; open a new day first."))
    return day


@in_transaction
def counter_pay(
    *, order: Order, day: RegisterDay, tenders: list[Tender], by, now: dt.datetime | None = None
) -> Receipt:
    """Take the whole balance of a draft (or open) order in the given methods and issue its
    receipt. The parts must add up to the balance exactly; cash may exceed its part."""
    now = now or timezone.now()
    order = row_lock(Order, order.pk)
    if order.status not in (Order.Status.DRAFT, Order.Status.OPEN):
        raise ValidationError(_("This order has been paid or cancelled already."))
    if not order.lines.exists():
        raise ValidationError(_("Add at least one product to the order."))
    cleaned = [_tender_clean(t) for t in tenders]
    if not cleaned:
        raise ValidationError(_("Enter how the customer pays."))
    given = sum(t.amount_cents for t in cleaned)
    if given != order.balance_cents:
        raise ValidationError(
            _("The payments must add up to the total to pay, %(total)s; they add up to %(given)s.")
            % {"total": euros(order.balance_cents), "given": euros(given)}
        )
    day = _open_day(day)
    payments = [
        Payment.objects.create(
            order=order,
            method=t.method,
            amount_cents=t.amount_cents,
            tendered_cents=t.tendered_cents,
            terminal_receipt=t.terminal_receipt,
            voucher_provider=t.voucher_provider,
            register_day=day,
            at=now,
            by=by,
        )
        for t in cleaned
    ]
    _paid(order, sum(p.amount_cents for p in payments), now)
    # The receipt's number before the case's row (core.locks' order).
    receipt = receipt_issue(order=order, payments=payments, now=now)
    order_settled(order, by=by, now=now)
    for payment in payments:
        order_event(
            order, "paid", by=by, now=now, amount_cents=payment.amount_cents, method=payment.method
        )
    return receipt


def _paid(order: Order, amount: int, now) -> None:
    order.paid_cents += amount
    order.status = Order.Status.PAID
    order.paid_at = now
    order.placed_at = order.placed_at or now
    order.save(update_fields=["paid_cents", "status", "paid_at", "placed_at", "updated_at"])


def refundable_cents(order: Order) -> int:
    """What may still be given back: payments by voucher are not refunded."""
    paid = {m: 0 for m in Method.values}
    for p in order.payments.all():
        paid[p.method] += p.signed_cents
    return max(sum(paid.values()) - max(paid[Method.VOUCHER], 0), 0)


def refund_check(
    order: Order, quantities: dict[int, int], reason: str, kept_cents: int = 0
) -> tuple[list[tuple[OrderLine, int]], int]:
    """The lines and quantities returned and their amount less `kept_cents` (a fee the
    city keeps of it: a booking's cancellation fee), or why they cannot be."""
    if order.status != Order.Status.PAID:
        raise ValidationError(_("Only a paid order can be refunded."))
    order_refunding(order)
    if not reason.strip():
        raise ValidationError({"reason": _("Say why the order is refunded.")})
    lines = {line.pk: line for line in order.lines.all()}
    returned: list[tuple[OrderLine, int]] = []
    for line_id, quantity in quantities.items():
        line = lines.get(int(line_id))
        if line is None:
            raise ValidationError(_("That line is not on the order."))
        if quantity < 0 or quantity > line.quantity - line.refunded_quantity:
            raise ValidationError(_("You cannot refund more than was bought."))
        if quantity:
            returned.append((line, quantity))
    amount = sum(line.unit_price_cents * q for line, q in returned)
    if amount == 0:
        raise ValidationError(_("Choose what the customer returns."))
    if not 0 <= kept_cents < amount:
        raise ValidationError(_("The fee kept must be less than the amount returned."))
    amount -= kept_cents
    if amount > refundable_cents(order):
        raise ValidationError(
            _("Vouchers are not refunded: the amount is more than was paid otherwise.")
        )
    return returned, amount


def refund_record(
    order: Order,
    returned: list[tuple[OrderLine, int]],
    *,
    refund: Payment,
    reason: str,
    by,
    now: dt.datetime,
) -> Receipt:
    """The refund (a saved Payment of kind refund) with what was returned, the order's
    totals, a refund receipt and the event; inside the write that locked the order. A fee
    kept (the price returned less the refund) is taken off the first lines' amounts."""
    kept = sum(line.unit_price_cents * q for line, q in returned) - refund.amount_cents
    for line, quantity in returned:
        amount = line.unit_price_cents * quantity
        kept_here = min(kept, amount)
        kept -= kept_here
        RefundLine.objects.create(
            payment=refund,
            line=line,
            quantity=quantity,
            amount_cents=amount - kept_here,
        )
        line.refunded_quantity += quantity
        line.save(update_fields=["refunded_quantity"])
    order.refunded_cents += refund.amount_cents
    order.save(update_fields=["refunded_cents", "updated_at"])
    receipt = receipt_issue(order=order, payments=[refund], now=now)
    order_refunded(order, amount_cents=refund.amount_cents, by=by, now=now)
    order_event(
        order,
        "refunded",
        by=by,
        now=now,
        amount_cents=refund.amount_cents,
        method=refund.method,
        note=reason,
    )
    return receipt


@in_transaction
def order_refund(
    *,
    order: Order,
    quantities: dict[int, int],
    method: str,
    day: RegisterDay | None,
    by,
    reason: str,
    terminal_receipt: str = "",
    kept_cents: int = 0,
    now: dt.datetime | None = None,
) -> Receipt:
    """Give back the price of the returned quantities of the order's lines, less a fee kept
    (`kept_cents`), in cash or to the card (the terminal's refund receipt), with a refund
    receipt."""
    now = now or timezone.now()
    order = row_lock(Order, order.pk)
    returned, amount = refund_check(order, quantities, reason, kept_cents)
    if method == Method.ONLINE:
        raise ValidationError(_("An online payment is refunded through the payment service."))
    tender = _tender_clean(Tender(method, amount, terminal_receipt=terminal_receipt))
    if tender.method == Method.VOUCHER:
        raise ValidationError(_("Vouchers are not refunded; refund in cash or to the card."))
    if day is None:
        raise ValidationError(_("Open the register's day first."))
    day = _open_day(day)
    refund = Payment.objects.create(
        order=order,
        kind=Payment.Kind.REFUND,
        method=tender.method,
        amount_cents=amount,
        terminal_receipt=tender.terminal_receipt,
        register_day=day,
        reason=reason.strip()[:200],
        at=now,
        by=by,
    )
    return refund_record(order, returned, refund=refund, reason=reason, by=by, now=now)


@in_transaction
def payment_correct(
    *,
    payment: Payment,
    method: str,
    day: RegisterDay,
    by,
    reason: str,
    terminal_receipt: str = "",
    voucher_provider: str = "",
    now: dt.datetime | None = None,
) -> list[Payment]:
    """A payment recorded with the wrong method, corrected by two new entries on an open
    day (the old method out, the right one in): a closed day stays as it was."""
    now = now or timezone.now()
    order = row_lock(Order, payment.order_id)
    if payment.kind != Payment.Kind.PAYMENT or payment.corrections.exists():
        raise ValidationError(_("This payment cannot be corrected."))
    if not reason.strip():
        raise ValidationError({"reason": _("Say why the payment is corrected.")})
    tender = _tender_clean(
        Tender(
            method,
            payment.amount_cents,
            terminal_receipt=terminal_receipt,
            voucher_provider=voucher_provider,
        )
    )
    if tender.method == payment.method:
        raise ValidationError(_("Choose a different method than the one recorded."))
    day = _open_day(day)
    common = {
        "order": order,
        "register_day": day,
        "corrects": payment,
        "at": now,
        "by": by,
        "reason": reason.strip()[:200],
        "amount_cents": payment.amount_cents,
    }
    out = Payment.objects.create(kind=Payment.Kind.REFUND, method=payment.method, **common)
    back = Payment.objects.create(
        kind=Payment.Kind.PAYMENT,
        method=tender.method,
        terminal_receipt=tender.terminal_receipt,
        voucher_provider=tender.voucher_provider,
        **common,
    )
    return [out, back]
