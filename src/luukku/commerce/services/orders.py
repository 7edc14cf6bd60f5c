"""An order from its draft to delivery: lines priced for the customer's group on the day,
placing, cancelling and delivering it, each step on the customer's case."""

import datetime as dt
import secrets

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F, Sum
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override

from luukku.cases.events import event_order
from luukku.core.locks import in_transaction, row_created, row_lock

from ..hooks import order_cancelled
from ..models import CustomerGroup, Order, OrderLine, Product
from ..selectors.pricing import PROOF_GROUPS, price_for, proof_for, vat_for

ORDER_PREFIX = "T"


def _number_candidate(year: int, digits: int) -> str:
    """An order number readable on the phone, random so that one does not reveal the next."""
    return f"{ORDER_PREFIX}-{year}-{secrets.randbelow(10**digits):0{digits}d}"


def _insert_with_number(order: Order) -> Order:
    year = timezone.localtime(order.created_at or timezone.now()).year
    for attempt in range(30):
        order.number = _number_candidate(year, 6 if attempt < 10 else 8)
        try:
            with transaction.atomic():
                order.save(force_insert=True)
        except IntegrityError:
            if Order.objects.filter(number=order.number).exists():
                order.pk = None
                continue
            raise
        return order
    raise RuntimeError("no free order number found")


def order_event(order: Order, action: str, *, by=None, now=None, **data) -> None:
    """The step on the order's case, when it has one."""
    if order.case_id is None:
        return
    event_order(
        order.case,
        actor=by,
        action=action,
        order_id=order.pk,
        number=order.number,
        at=now or timezone.now(),
        **data,
    )


@in_transaction
def order_start(
    *,
    channel: str,
    by=None,
    service_point=None,
    customer=None,
    case=None,
    group: str = CustomerGroup.RESIDENT,
    proof_seen: bool = False,
    contact_name: str = "",
    contact_email: str = "",
    contact_phone: str = "",
    language: str = "fi",
    number: str = "",
    now: dt.datetime | None = None,
) -> Order:
    """A draft order. A discount group's price needs the customer's checked proof (or, for
    an anonymous sale, the agent's word that they saw it). `number`: one the caller fixed
    (the demo's, the same on every load); a free random one otherwise."""
    now = now or timezone.now()
    if group not in CustomerGroup.values:
        raise ValidationError({"group": _("Choose a customer group.")})
    proof = None
    if group in PROOF_GROUPS:
        proof = proof_for(customer, group, timezone.localdate(now))
        if proof is None and (customer is not None or not proof_seen):
            raise ValidationError(
                {"group": _("Check the customer's proof of the discount before the sale.")}
            )
    if case is not None and customer is None:
        customer = case.customer
    order = Order(
        token=secrets.token_urlsafe(32),
        channel=channel,
        customer=customer,
        case=case,
        service_point=service_point,
        group=group,
        proof=proof,
        contact_name=contact_name.strip()[:200],
        contact_email=contact_email.strip(),
        contact_phone=contact_phone.strip(),
        language=language,
        created_by=by,
        created_at=now,
    )
    if number:
        order.number = number
        order.save(force_insert=True)
        return row_created(order)
    return row_created(_insert_with_number(order))


def _editable(order: Order) -> Order:
    order = row_lock(Order, order.pk)
    if order.status != Order.Status.DRAFT:
        raise ValidationError(_("The order can no longer be changed."))
    return order


def _totals_refresh(order: Order) -> None:
    total = order.lines.aggregate(t=Sum(F("quantity") * F("unit_price_cents")))["t"] or 0
    order.total_cents = total
    order.save(update_fields=["total_cents", "updated_at"])


@in_transaction
def order_line_add(
    *, order: Order, product: Product, quantity: int = 1, now: dt.datetime | None = None
) -> OrderLine:
    """The product on the order at its price for the order's group today (one line per
    product: adding it again adds to the quantity)."""
    now = now or timezone.now()
    order = _editable(order)
    if not 1 <= quantity <= 999:
        raise ValidationError({"quantity": _("Enter a quantity from 1 to 999.")})
    if not product.active:
        raise ValidationError({"product": _("This product is no longer on sale.")})
    today = timezone.localdate(now)
    price, vat = price_for(product, order.group, today), vat_for(product, today)
    if price is None or vat is None:
        raise ValidationError({"product": _("This product has no price for the day.")})
    line = order.lines.filter(product=product, unit_price_cents=price.amount_cents).first()
    if line is not None:
        if line.quantity + quantity > 999:
            raise ValidationError({"quantity": _("Enter a quantity from 1 to 999.")})
        line.quantity += quantity
        line.save(update_fields=["quantity"])
    else:
        with override(order.language):
            name = product.name
        line = order.lines.create(
            product=product,
            name=name,
            quantity=quantity,
            unit_price_cents=price.amount_cents,
            vat_percent=vat.percent,
            vat_code=vat.vat_code,
            cost_centre=product.cost_centre,
            account=product.account,
        )
    _totals_refresh(order)
    return line


@in_transaction
def order_line_remove(*, order: Order, line_id: int) -> Order:
    order = _editable(order)
    deleted, _rows = order.lines.filter(pk=line_id).delete()
    if not deleted:
        raise ValidationError(_("That line is not on the order."))
    _totals_refresh(order)
    return order


@in_transaction
def order_line_reduce(
    *, order: Order, line_id: int, quantity: int, by=None, now: dt.datetime | None = None
) -> Order:
    """Fewer of a line on an order nothing has been paid on yet (a turn of a booked series
    cancelled before the season was paid): its total follows. A whole line is not removed
    from a placed order: the order is cancelled instead. An online payment started for the
    old total and paid later is more than the balance: it is returned as a late payment."""
    now = now or timezone.now()
    order = row_lock(Order, order.pk)
    if order.status not in (Order.Status.DRAFT, Order.Status.OPEN) or order.paid_cents:
        raise ValidationError(_("A paid or invoiced order is refunded, not changed."))
    line = order.lines.filter(pk=line_id).first()
    if line is None:
        raise ValidationError(_("That line is not on the order."))
    if not 1 <= quantity < line.quantity:
        raise ValidationError({"quantity": _("Enter a quantity less than the line's.")})
    line.quantity -= quantity
    line.save(update_fields=["quantity"])
    _totals_refresh(order)
    if order.status == Order.Status.OPEN:
        order_event(order, "reduced", by=by, now=now, amount_cents=order.total_cents)
    return order


@in_transaction
def order_place(*, order: Order, by=None, now: dt.datetime | None = None) -> Order:
    """The draft becomes an order waiting for payment (online, or a package to prepare)."""
    now = now or timezone.now()
    order = _editable(order)
    if not order.lines.exists():
        raise ValidationError(_("Add at least one product to the order."))
    order.status = Order.Status.OPEN
    order.placed_at = now
    order.save(update_fields=["status", "placed_at", "updated_at"])
    order_event(order, "placed", by=by, now=now, amount_cents=order.total_cents)
    return order


@in_transaction
def order_cancel(*, order: Order, by=None, now: dt.datetime | None = None) -> Order:
    """An order nothing was paid on is cancelled (a paid one is refunded instead)."""
    now = now or timezone.now()
    order = row_lock(Order, order.pk)
    if order.status not in (Order.Status.DRAFT, Order.Status.OPEN) or order.paid_cents:
        raise ValidationError(_("A paid or invoiced order is refunded, not cancelled."))
    order.status = Order.Status.CANCELLED
    order.cancelled_at = now
    order.save(update_fields=["status", "cancelled_at", "updated_at"])
    order.parts.filter(status="waiting").update(status="cancelled")
    order_cancelled(order, by=by, now=now)
    order_event(order, "cancelled", by=by, now=now)
    return order


@in_transaction
def order_deliver(*, order: Order, by=None, now: dt.datetime | None = None) -> Order:
    """The customer got what they ordered (picked up, posted or e-mailed)."""
    now = now or timezone.now()
    order = row_lock(Order, order.pk)
    if order.status not in (Order.Status.PAID, Order.Status.INVOICED):
        raise ValidationError(_("The order is delivered once it is paid or invoiced."))
    if order.parts.filter(status="waiting").exists():
        raise ValidationError(_("Every part of the package must be ready first."))
    if order.delivered_at is not None:
        raise ValidationError(_("The order has been delivered already."))
    order.delivered_at = now
    order.save(update_fields=["delivered_at", "updated_at"])
    order_event(order, "delivered", by=by, now=now)
    return order


@in_transaction
def order_reprice(*, order: Order, now: dt.datetime | None = None) -> Order:
    """The draft's lines at today's prices for its group (after the group changed)."""
    now = now or timezone.now()
    order = _editable(order)
    today = timezone.localdate(now)
    for line in order.lines.select_related("product"):
        price = price_for(line.product, order.group, today)
        if price is None:
            line.delete()
            continue
        if price.amount_cents != line.unit_price_cents:
            line.unit_price_cents = price.amount_cents
            line.save(update_fields=["unit_price_cents"])
    _totals_refresh(order)
    return order
