"""What happens to a booking after it was made: staff approve or deny a request, its order
settles it (paid online, at the counter, on its invoice, or invoiced) or cancels it, and the
periodic job releases the times of unfinished and unpaid bookings."""

import datetime as dt

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from luukku.cases.models import Status
from luukku.commerce.models import Order
from luukku.commerce.services.orders import order_cancel
from luukku.core.locks import in_transaction, row_lock, write_transaction

from ..models import DenyReason, Reservation
from .reservation_mail import reservation_notify, series_notify
from .reservations import (
    pay_by_date,
    reservation_case_status,
    reservation_confirm,
    reservation_end,
    reservation_event,
    reservation_lock,
    reservation_order,
)


@in_transaction
def reservation_approve(*, reservation: Reservation, by, now=None) -> Reservation:
    """A request accepted: confirmed when free, otherwise its order waits for payment (online
    by the private link, at the counter, or by invoice) by the due date."""
    now = now or timezone.now()
    reservation = reservation_lock(reservation)
    if reservation.state != Reservation.State.HANDLING:
        raise ValidationError(_("This booking is not waiting for handling."))
    reservation.handled_by = by
    reservation.handled_at = now
    reservation.save(update_fields=["handled_by", "handled_at", "updated_at"])
    if not (reservation.price_cents or reservation.unit.deposit_product_id):
        return reservation_confirm(reservation, by=by, now=now)
    reservation.state = Reservation.State.WAITING_PAYMENT
    reservation.pay_by = pay_by_date(reservation.unit, reservation.starts_at, now)
    reservation.save(update_fields=["state", "pay_by", "updated_at"])
    reservation_order(reservation, channel=Order.Channel.CASE, by=by, proof_seen=False, now=now)
    reservation_event(reservation, "approved", by=by, now=now)
    reservation_notify(reservation, Reservation.State.WAITING_PAYMENT)
    reservation_case_status(reservation, Status.WAITING_CUSTOMER, by=by, now=now)
    return reservation


# The reasons a request is turned down for (not those of a cancellation: unpaid, not
# completed, cancelled by the customer).
DENIAL_REASONS = (
    DenyReason.OVERLAPS_EVENT,
    DenyReason.NOT_SUITABLE,
    DenyReason.TERMS,
    DenyReason.MAINTENANCE,
    DenyReason.OTHER,
)


@in_transaction
def reservation_deny(
    *, reservation: Reservation, by, reason: str, note: str = "", now=None
) -> Reservation:
    """A request turned down, with a reason from the list; its time is freed."""
    now = now or timezone.now()
    if reason not in DENIAL_REASONS:
        raise ValidationError({"reason": [_("Choose a reason.")]})
    if reason == DenyReason.OTHER and not note.strip():
        raise ValidationError({"note": [_("Explain the other reason to the customer.")]})
    reservation = reservation_lock(reservation)
    if reservation.state != Reservation.State.HANDLING:
        raise ValidationError(_("This booking is not waiting for handling."))
    reservation.handled_by = by
    reservation.handled_at = now
    reservation.save(update_fields=["handled_by", "handled_at", "updated_at"])
    reservation_end(
        reservation, state=Reservation.State.DENIED, reason=reason, by=by, now=now, note=note
    )
    reservation_notify(reservation, Reservation.State.DENIED)
    return reservation


# -- commerce's hooks (registered in BookingsConfig.ready) ------------------------------------


def order_settled(*, order: Order, by=None, now) -> None:
    """The booking's order was paid in full or invoiced: the booking is confirmed. (Runs in
    the payment's write, after the order's lock.)"""
    waiting = (Reservation.State.CREATED, Reservation.State.WAITING_PAYMENT)
    series = set()
    pks = Reservation.objects.filter(order=order, state__in=waiting).order_by("pk")
    # All the order's bookings locked before any case (a series' turns share one).
    locked = [row_lock(Reservation, pk) for pk in pks.values_list("pk", flat=True)]
    for reservation in locked:
        if reservation.state in waiting:
            reservation_confirm(reservation, by=by, now=now, notify=not reservation.series_id)
            if reservation.series_id:
                series.add(reservation.series)
    for one in series:  # a series' turns confirmed in one message
        series_notify(one, Reservation.State.CONFIRMED)


def order_cancelled(*, order: Order, by=None, now) -> None:
    """The booking's unpaid order was cancelled: so is the booking, its time freed."""
    pks = Reservation.objects.filter(order=order, state__in=Reservation.ACTIVE).order_by("pk")
    locked = [row_lock(Reservation, pk) for pk in pks.values_list("pk", flat=True)]
    for reservation in locked:
        if reservation.is_active:
            reason = reservation.reason or DenyReason.UNPAID
            reservation_end(
                reservation,
                state=Reservation.State.CANCELLED,
                reason=reason,
                by=by,
                now=now,
                note=reservation.reason_text,  # staff's note of a cancellation, kept
            )
            reservation_notify(reservation, Reservation.State.CANCELLED)


# -- the periodic job -------------------------------------------------------------------------


def _paying(reservation: Reservation, now: dt.datetime) -> bool:
    """A hold whose booker went to pay a moment ago is kept until the payment settles or
    the attempt is as old as a hold (a payment confirmed after the time was released would
    be money taken for nothing)."""
    if reservation.state != Reservation.State.CREATED or reservation.order_id is None:
        return False
    since = now - dt.timedelta(minutes=settings.RESERVATION_HOLD_MINUTES)
    return reservation.order.online_payments.filter(
        status__in=("new", "pending"), created_at__gte=since
    ).exists()


def _lapse(pk: int, reason: str, now: dt.datetime) -> None:
    with write_transaction(savepoint=True):
        reservation = Reservation.objects.get(pk=pk)
        reservation = reservation_lock(reservation)
        lapsed = (
            reservation.state == Reservation.State.CREATED
            and reservation.hold_until is not None
            and reservation.hold_until <= now
        ) or (
            reservation.state == Reservation.State.WAITING_PAYMENT
            and reservation.pay_by is not None
            and reservation.pay_by < timezone.localdate(now)
        )
        if not lapsed or _paying(reservation, now):
            return
        order = reservation.order
        reservation.reason = reason
        if order is not None and order.status in (Order.Status.DRAFT, Order.Status.OPEN):
            if order.paid_cents:
                return  # partly paid: staff decide
            reservation.save(update_fields=["reason", "updated_at"])
            order_cancel(order=order, now=now)  # the hook ends the booking
        else:
            reservation_end(reservation, state=Reservation.State.CANCELLED, reason=reason, now=now)
            reservation_notify(reservation, Reservation.State.CANCELLED)


def reservations_lapse(*, now: dt.datetime | None = None) -> int:
    """Release unfinished bookings whose hold has passed and cancel approved bookings not
    paid by their due date; each in a transaction of its own. Safe to run again."""
    now = now or timezone.now()
    held = Reservation.objects.filter(state=Reservation.State.CREATED, hold_until__lte=now)
    unpaid = Reservation.objects.filter(
        state=Reservation.State.WAITING_PAYMENT, pay_by__lt=timezone.localdate(now)
    )
    count = 0
    for queryset, reason in ((held, DenyReason.NOT_COMPLETED), (unpaid, DenyReason.UNPAID)):
        for pk in queryset.values_list("pk", flat=True)[:500]:
            _lapse(pk, reason, now)
            count += 1
    return count
