"""A key's deposit through commerce: an order of the series' deposit product for the
holder, paid at the counter or left open to be paid on the sale page; given back (refunded,
or the open order cancelled) when the key comes back, kept when it is lost.

Commerce's rows are locked before the key's (core.locks): a write that charges or refunds
does it first and takes the key's lock afterwards, checking again that nothing changed."""

import contextvars
import datetime as dt
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from luukku.commerce.models import CustomerGroup, Order, RegisterDay
from luukku.commerce.services.orders import (
    order_cancel,
    order_line_add,
    order_place,
    order_start,
)
from luukku.commerce.services.payments import Tender, counter_pay, order_refund

from ..models import KeySeries, Loan

# The price group of a holder's deposit.
HOLDER_GROUPS = {
    Loan.HolderKind.ASSOCIATION: CustomerGroup.ASSOCIATION,
    Loan.HolderKind.CONTRACTOR: CustomerGroup.COMPANY,
    Loan.HolderKind.PERSON: CustomerGroup.RESIDENT,
}


class Deposit:
    """How the holder pays the deposit: "counter" (now, at a register's open day, in cash
    or by card with the terminal's receipt number) or "open" (an order waiting for payment)."""

    COUNTER = "counter"
    OPEN = "open"

    def __init__(
        self,
        how: str,
        *,
        day: RegisterDay | None = None,
        method: str = "cash",
        terminal_receipt: str = "",
    ) -> None:
        self.how, self.day, self.method, self.terminal_receipt = how, day, method, terminal_receipt


# The loan whose deposit key_return is giving back (a refund of it is allowed then only).
_RETURNING: contextvars.ContextVar[int | None] = contextvars.ContextVar("returning", default=None)


def deposit_refunding(*, order: Order) -> None:
    """Commerce's refunding hook: the deposit of a key still lent is not refunded on the
    sale page; it is given back when the key comes back (or kept when it is lost)."""
    loan = (
        Loan.objects.filter(order=order, returned_at__isnull=True, lost_at__isnull=True)
        .select_related("key__series")
        .first()
    )
    if loan is not None and _RETURNING.get() != loan.pk:
        raise ValidationError(
            _(
                "This is the deposit of key %(key)s, which is still lent: it is refunded when "
                "the key is taken back on the key's page."
            )
            % {"key": loan.key.label}
        )


def deposit_needed(series: KeySeries, holder_kind: str) -> bool:
    return holder_kind != Loan.HolderKind.EMPLOYEE and series.deposit_product_id is not None


def deposit_clean(deposit: Deposit | None) -> None:
    if deposit is None or deposit.how not in (Deposit.COUNTER, Deposit.OPEN):
        raise ValidationError({"deposit": _("Choose how the deposit is paid.")})
    if deposit.how == Deposit.COUNTER and deposit.day is None:
        raise ValidationError({"register": _("Choose a register whose day is open.")})
    if deposit.how == Deposit.COUNTER and deposit.method not in ("cash", "card"):
        raise ValidationError({"method": _("Choose cash or card.")})


def deposit_charge(*, loan: Loan, deposit: Deposit, by, now: dt.datetime) -> Order:
    """The deposit's order for the loan's holder (not yet saved), paid at the counter or
    placed to wait for its payment."""
    series = loan.key.series
    order = order_start(
        channel=Order.Channel.COUNTER,
        by=by,
        service_point=series.building.service_point,
        customer=loan.customer,
        group=HOLDER_GROUPS[loan.holder_kind],
        contact_name=loan.contact_name,
        contact_email=loan.contact_email,
        contact_phone=loan.contact_phone,
        language=loan.language,
        now=now,
    )
    order_line_add(order=order, product=series.deposit_product, now=now)
    order.refresh_from_db(fields=["total_cents"])
    if deposit.how == Deposit.COUNTER:
        tender = Tender(
            deposit.method, order.total_cents, terminal_receipt=deposit.terminal_receipt
        )
        counter_pay(order=order, day=deposit.day, tenders=[tender], by=by, now=now)
    else:
        order_place(order=order, by=by, now=now)
    order.refresh_from_db()
    return order


@dataclass(frozen=True)
class DepositBack:
    """What became of the deposit when the key came back, for the agent to tell the holder:
    `action` "refunded" (`cents`, `method` cash or card), "cancelled" (it was never paid:
    its order is cancelled), "invoiced" (its invoice is left as it stands), "" (no deposit,
    or given back already)."""

    action: str = ""
    cents: int = 0
    method: str = ""

    @property
    def refunded_cents(self) -> int:
        return self.cents if self.action == "refunded" else 0


def deposit_give_back(
    *, loan: Loan, day: RegisterDay | None, method: str, terminal_receipt: str, by, now
) -> DepositBack:
    """Refund a paid deposit, or cancel one still waiting for payment."""
    order = loan.order
    if order is None:
        return DepositBack()
    if order.status == Order.Status.OPEN:
        order_cancel(order=order, by=by, now=now)
        return DepositBack("cancelled", order.total_cents)
    if order.status == Order.Status.INVOICED:
        return DepositBack("invoiced", order.total_cents)
    if order.status != Order.Status.PAID:
        return DepositBack()
    quantities = {
        line.pk: line.quantity - line.refunded_quantity
        for line in order.lines.all()
        if line.quantity > line.refunded_quantity
    }
    if not quantities:
        return DepositBack()
    if day is None:
        raise ValidationError({"register": _("Choose a register whose day is open.")})
    if method not in ("cash", "card"):
        raise ValidationError({"method": _("Choose cash or card.")})
    before = order.refunded_cents
    token = _RETURNING.set(loan.pk)
    try:
        order_refund(
            order=order,
            quantities=quantities,
            method=method,
            day=day,
            by=by,
            reason=_("Key %(key)s returned") % {"key": loan.key.label},
            terminal_receipt=terminal_receipt,
            now=now,
        )
    finally:
        _RETURNING.reset(token)
    order.refresh_from_db(fields=["refunded_cents"])
    return DepositBack("refunded", order.refunded_cents - before, method)
