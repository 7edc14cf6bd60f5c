"""Blocking time over bookings already made (the city needs the space): staff see the
bookings the time clashes with (who, when) and either cancel them, with a reason the
bookers are told and nothing charged, or do not block. Blocked times in the way are not
cancelled here: staff change those themselves."""

import datetime as dt

from django.core.exceptions import ValidationError
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from luukku.commerce.models import Order

from ..models import DenyReason, Reservation, Unit
from ..selectors.reservations import clashes
from .reservation_cancel import reservation_cancel
from .reservation_handling import DENIAL_REASONS
from .reservations import block_check, reservation_block


def block_clashes(unit: Unit, starts_at, ends_at, *, now=None) -> list[Reservation]:
    """What the blocked time would clash with (the time itself checked first)."""
    block_check(starts_at, ends_at, now=now or timezone.now())
    return clashes(unit, starts_at, ends_at)


def reservation_block_over(
    *,
    by,
    unit: Unit,
    starts_at: dt.datetime,
    ends_at: dt.datetime,
    note: str,
    reason: str,
    message: str = "",
    provider=None,
    callback_url: str = "",
    day_of=None,
    now: dt.datetime | None = None,
) -> Reservation:
    """Cancel the bookings in the way (each refunded in full and its booker told, with
    `reason` and `message`), then block the time. Every booking is checked before any is
    cancelled; `day_of(reservation)`: the open register day for a counter refund."""
    now = now or timezone.now()
    if not note.strip():
        raise ValidationError({"note": [_("Say why the time is blocked.")]})
    if reason not in DENIAL_REASONS:
        raise ValidationError({"reason": [_("Choose a reason.")]})
    if reason == DenyReason.OTHER and not message.strip():
        raise ValidationError({"message": [_("Explain the other reason to the customer.")]})
    found = block_clashes(unit, starts_at, ends_at, now=now)
    _cancellable_all(found, day_of)
    for reservation in found:
        paid = reservation.order is not None and reservation.order.status == Order.Status.PAID
        reservation_cancel(
            reservation=reservation,
            by=by,
            reason=reason,
            note=message,
            provider=provider,
            callback_url=callback_url,
            method="cash",
            day=day_of(reservation) if paid and day_of else None,
            now=now,
        )
    return reservation_block(
        by=by, unit=unit, starts_at=starts_at, ends_at=ends_at, note=note, now=now
    )


def _cancellable_all(found: list[Reservation], day_of) -> None:
    errors = []
    for r in found:
        when = formats.date_format(timezone.localtime(r.starts_at), "SHORT_DATETIME_FORMAT")
        order = r.order
        if r.kind == Reservation.Kind.BLOCKED:
            errors.append(_("The time overlaps blocked time (%(when)s).") % {"when": when})
        elif order is not None and order.status == Order.Status.INVOICED:
            errors.append(
                _("The booking of %(when)s is invoiced: cancel it on its page first.")
                % {"when": when}
            )
        elif (
            order is not None
            and order.status == Order.Status.PAID
            and not order.online_payments.filter(status="ok").exists()
            and (day_of is None or day_of(r) is None)
        ):
            errors.append(
                _(
                    "The booking of %(when)s was paid at the counter: open a register day "
                    "at its point of payment to refund it."
                )
                % {"when": when}
            )
    if errors:
        raise ValidationError(errors)
