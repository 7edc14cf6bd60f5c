"""Cancelling a booking, by its booker through the private link or by staff, with the
unit's cancellation terms as booked: free until N days before, then a fee (a percentage of
the price) kept of what was paid. The paid amount less the fee is refunded in one refund of
the order's lines (commerce's `kept_cents`: the lines are returned whole, the fee kept of
their amount); online payments back through the payment service, counter payments in cash
or to the card at an open register day. An unpaid booking's order is cancelled."""

import datetime as dt

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from luukku.commerce.models import Order
from luukku.commerce.services.online import online_refund
from luukku.commerce.services.orders import order_cancel, order_line_reduce
from luukku.commerce.services.payments import order_refund
from luukku.core.locks import in_transaction

from ..models import DenyReason, Reservation
from ..selectors.reservations import booked_quantity, cancellation_quote
from .reservation_handling import DENIAL_REASONS
from .reservation_mail import reservation_notify
from .reservations import reservation_end, reservation_lock


def _refund_quantities(reservation: Reservation, order: Order) -> dict[int, int]:
    """The whole order's lines, or a series' turn: its own hours of the unit's line."""
    if reservation.series_id:
        unit = reservation.unit
        line = order.lines.filter(product_id=unit.product_id).first()
        quantity = booked_quantity(unit, reservation.starts_at, reservation.ends_at)
        return {line.pk: quantity} if line else {}
    return {
        line.pk: line.quantity - line.refunded_quantity
        for line in order.lines.all()
        if line.quantity > line.refunded_quantity
    }


def _cancellable(reservation: Reservation, now: dt.datetime, *, staff: bool) -> None:
    if not reservation.is_active:
        raise ValidationError(_("This booking has already been cancelled."))
    if reservation.starts_at <= now and not staff:
        raise ValidationError(_("A booking that has begun can no longer be cancelled."))
    order = reservation.order
    if order is not None and order.status == Order.Status.INVOICED:
        raise ValidationError(
            _("An invoiced booking is cancelled by the service point (the invoice is credited).")
        )


def reservation_cancel(
    *,
    reservation: Reservation,
    by=None,
    reason: str = DenyReason.CUSTOMER,
    note: str = "",
    provider=None,
    callback_url: str = "",
    method: str = "",
    day=None,
    now: dt.datetime | None = None,
) -> Reservation:
    """Cancel with the fee the terms set now. A booking paid online is refunded through
    `provider` (the refund is taken first, outside the booking's transaction, so that no
    lock is held while the payment service answers); one paid at the counter is refunded by
    staff (`method` cash or card and their open register `day`)."""
    now = now or timezone.now()
    staff = by is not None
    if reason not in DenyReason.values:
        raise ValidationError({"reason": [_("Choose a reason.")]})
    _cancellable(reservation, now, staff=staff)
    # A booking the city cancels for its own reason (an event, repairs) is refunded whole.
    waive = staff and reason in DENIAL_REASONS
    quote = cancellation_quote(reservation, now=now, waive=waive)
    order = reservation.order
    paid = order is not None and order.status == Order.Status.PAID and quote.paid_cents > 0
    if paid:
        online = order.online_payments.filter(status="ok").exists()
        text = _("Booking cancelled: %(unit)s") % {"unit": reservation.unit.name}
        if online:
            if provider is None:
                raise ValidationError(_("The payment service is not available; try again later."))
            online_refund(
                order=order,
                quantities=_refund_quantities(reservation, order),
                reason=text,
                by=by,
                provider=provider,
                callback_url=callback_url,
                kept_cents=quote.fee_cents,
                now=now,
            )
        elif not staff:
            raise ValidationError(
                _("A booking paid at the counter is cancelled at the counter or by phone.")
            )
        else:
            order_refund(
                order=order,
                quantities=_refund_quantities(reservation, order),
                method=method,
                day=day,
                by=by,
                reason=text,
                kept_cents=quote.fee_cents,
                now=now,
            )
    return _cancel_record(
        reservation, by=by, reason=reason, note=note, quote=quote, paid=paid, now=now
    )


def _turn_off_order(reservation: Reservation, order: Order, *, by, now) -> None:
    quantities = _refund_quantities(reservation, order)
    for line_id, quantity in quantities.items():
        order_line_reduce(order=order, line_id=line_id, quantity=quantity, by=by, now=now)


@in_transaction
def _cancel_record(reservation, *, by, reason, note, quote, paid, now) -> Reservation:
    reservation = reservation_lock(reservation)
    if not reservation.is_active:
        raise ValidationError(_("This booking has already been cancelled."))
    reservation.reason = reason
    if paid:
        reservation.fee_cents = quote.fee_cents
        reservation.refunded_cents = quote.refund_cents
        reservation.save(update_fields=["reason", "fee_cents", "refunded_cents", "updated_at"])
    else:
        reservation.reason_text = note.strip()[:500]
        reservation.save(update_fields=["reason", "reason_text", "updated_at"])
        order = reservation.order
        others = order is not None and (
            Reservation.objects.filter(order=order, state__in=Reservation.ACTIVE)
            .exclude(pk=reservation.pk)
            .exists()
        )
        unpaid = order is not None and order.status in (Order.Status.DRAFT, Order.Status.OPEN)
        if unpaid and not others:
            order_cancel(order=order, by=by, now=now)  # its hook ends the booking
            return reservation
        if unpaid:  # a turn of a series not yet paid: the order loses the turn's hours
            _turn_off_order(reservation, order, by=by, now=now)
    reservation_end(
        reservation, state=Reservation.State.CANCELLED, reason=reason, by=by, now=now, note=note
    )
    reservation_notify(reservation, Reservation.State.CANCELLED)
    return reservation
