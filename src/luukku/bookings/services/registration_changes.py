"""What happens to a registration after it is made: cancelled by the registrant (free until
the course's date, binding after it), an offered place accepted or lapsed, an unfinished
hold lapsed (the worker's periodic job), and commerce's word that its order was paid or
cancelled. A place freed goes to the waiting list (`waiting_list.places_offer`)."""

import datetime as dt

from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from luukku.commerce.models import Invoice, Order
from luukku.commerce.services.invoices import invoice_credit
from luukku.commerce.services.orders import order_cancel
from luukku.core.locks import in_transaction, row_lock, write_transaction

from ..models import Course, Registration
from ..registration_mail import registration_notify
from ..selectors.courses import course_counts, course_price_cents
from .registration_steps import registration_event
from .registrations import registration_confirm, registration_order
from .waiting_list import cases_lock, offer_candidates, places_offer

Status = Registration.Status


def cancellation_is_free(registration: Registration, now: dt.datetime) -> bool:
    """Free until the course's day (inclusive); a course without one is always free."""
    until = registration.course.free_cancellation_until
    return until is None or timezone.localdate(now) <= until


def _lock(registration: Registration, *, frees: bool = True) -> tuple[Course, Registration]:
    """The registration's order (if any), course and row, locked in that order, and the
    cases the write adds steps to: its own and, when it frees a place, those of the
    waiting registrants it will be offered to."""
    if registration.order_id:
        invoices_lock([row_lock(Order, registration.order_id)])
    course = row_lock(Course, registration.course_id)
    registration = row_lock(Registration, registration.pk)
    cases = [registration.case_id]
    if frees and registration.status in Registration.TAKES_PLACE:
        cases += [r.case_id for r in offer_candidates(course, course_counts(course).free + 1)]
    cases_lock(cases)
    return course, registration


def invoices_lock(orders) -> None:
    """The open invoices of locked orders, locked after all of them (a release credits
    them); core.locks' order puts every invoice after every order."""
    invoices = Invoice.objects.filter(order__in=orders, status=Invoice.Status.OPEN)
    for pk in sorted(invoices.values_list("pk", flat=True)):
        row_lock(Invoice, pk)


def _release(
    registration: Registration, status: str, *, reason: str, by, now, credit: bool = True
) -> None:
    """The registration ends (cancelled or lapsed); its unpaid order is cancelled and,
    with `credit`, what is still open on its invoice is credited (a binding cancellation
    keeps the invoice: the fee is owed). The caller locked the order and its invoice."""
    registration.status = status
    registration.cancelled_at = now
    registration.cancel_reason = reason[:200]
    registration.hold_until = None
    registration.offer_until = None
    registration.save()
    order = registration.order
    unpaid = order is not None and not order.paid_cents
    if unpaid and order.status in (Order.Status.DRAFT, Order.Status.OPEN):
        order_cancel(order=order, by=by, now=now)
    elif credit and order is not None and order.status == Order.Status.INVOICED:
        invoice_credit(order=order, by=by, now=now)
        order.refresh_from_db()


@in_transaction
def registration_cancel(
    *,
    registration: Registration,
    by=None,
    reason: str = "",
    now: dt.datetime | None = None,
) -> Registration:
    """The registrant (or staff for them) cancels. A paid place is refunded when cancelled
    by the free-cancellation date, and kept by the city after it (the terms are binding);
    a freed place goes to the waiting list."""
    now = now or timezone.now()
    course, registration = _lock(registration)
    if not registration.is_active:
        raise ValidationError(_("The registration has been cancelled or has lapsed already."))
    took_place = registration.status in Registration.TAKES_PLACE
    order = registration.order
    paid = order.paid_cents - order.refunded_cents if order is not None else 0
    free = cancellation_is_free(registration, now)
    if paid and free:
        registration.refund_due_cents = paid
    _release(
        registration,
        Status.CANCELLED,
        reason=reason or _("Cancelled"),
        by=by,
        now=now,
        credit=free,
    )
    registration_event(
        registration,
        "cancelled",
        by=by,
        now=now,
        refund_cents=registration.refund_due_cents,
        binding=bool(paid and not free),
        reason=reason,
    )
    # Staff's reason is told; the registrant knows their own.
    registration_notify(registration, "cancelled", reason=reason if by is not None else "")
    if took_place:
        places_offer(course, by=by, now=now)
    return registration


@in_transaction
def offer_accept(*, registration: Registration, now: dt.datetime | None = None) -> Registration:
    """The registrant takes the place offered: confirmed at once when the course is free,
    otherwise its order waits for payment until the offer's deadline."""
    now = now or timezone.now()
    course, registration = _lock(registration, frees=False)
    if registration.status != Status.OFFERED:
        raise ValidationError(_("There is no offer to accept on this registration."))
    if registration.offer_until <= now:
        raise ValidationError(_("The offer's time ran out."))
    if course_price_cents(course, registration.group, now) == 0:
        return registration_confirm(registration=registration, now=now)
    if registration.order is None or registration.order.status == Order.Status.CANCELLED:
        registration.order = registration_order(registration, now=now)
        registration.save(update_fields=["order", "updated_at"])
    return registration


def _lapse(registration: Registration, *, now) -> None:
    """One lapsed hold or offer, in a write of its own (locks: order, course, row)."""
    with write_transaction(savepoint=True):
        course, registration = _lock(registration)
        if registration.status == Status.HELD and registration.hold_until > now:
            return
        if registration.status == Status.OFFERED and registration.offer_until > now:
            return
        if registration.status not in (Status.HELD, Status.OFFERED, Status.WAITING):
            return
        took_place = registration.status in Registration.TAKES_PLACE
        action = "offer_expired" if registration.status == Status.OFFERED else "expired"
        _release(registration, Status.EXPIRED, reason=_("Expired"), by=None, now=now)
        if registration.submitted_at is not None:
            registration_event(registration, action, now=now)
            registration_notify(registration, action)
        if took_place:
            places_offer(course, now=now)


def registrations_expire(*, now: dt.datetime | None = None) -> int:
    """Lapse the holds not finished in time, the unsent waiting-list forms and the offers
    not taken by their deadline (the next on the waiting list gets the place); how many."""
    now = now or timezone.now()
    due = Registration.objects.filter(
        Q(status__in=(Status.HELD, Status.WAITING), hold_until__lte=now)
        | Q(status=Status.OFFERED, offer_until__lte=now)
    ).order_by("pk")
    count = 0
    for registration in due[:500]:
        _lapse(registration, now=now)
        count += 1
    return count


def _lapsed(registration: Registration, now) -> bool:
    if registration.status == Status.HELD:
        return registration.hold_until is None or registration.hold_until <= now
    return registration.offer_until is None or registration.offer_until <= now


def _at_counter(order: Order, now) -> bool:
    """Whether the payment settling the order now is taken at a counter (refused there,
    before the money changes hands, rather than refunded)."""
    return order.payments.filter(at=now, register_day__isnull=False).exists()


def order_settled(*, order: Order, by=None, now) -> None:
    """commerce: the order of a registration is paid (or invoiced); its place is confirmed
    while it is still held or offered. Money that comes for a registration no longer held
    (its course cancelled, its hold or offer lapsed, cancelled) never confirms it: the
    registration stays ended and the payment is marked to refund."""
    registration = Registration.objects.filter(order_id=order.pk).first()
    if registration is None:
        return
    course = row_lock(Course, registration.course_id)
    registration = row_lock(Registration, registration.pk)
    if registration.status == Status.CONFIRMED:
        return
    still_held = registration.status in (Status.HELD, Status.OFFERED)
    if still_held and not _lapsed(registration, now) and course.decision != "cancelled":
        cases_lock([registration.case_id])
        registration_confirm(registration=registration, by=by, now=now)
        return
    if order.status == Order.Status.INVOICED or _at_counter(order, now):
        raise ValidationError(
            _("The registration's place is no longer held: take no payment for it.")
        )
    frees = still_held and course.decision != "cancelled"
    candidates = offer_candidates(course, course_counts(course, now=now).free + 1) if frees else []
    cases_lock([registration.case_id] + [r.case_id for r in candidates])
    if still_held:
        ended = Status.CANCELLED if course.decision == "cancelled" else Status.EXPIRED
        reason = _("The course was cancelled.") if ended == Status.CANCELLED else _("Expired")
        _release(registration, ended, reason=reason, by=by, now=now, credit=False)
    registration.refund_due_cents += order.paid_cents - order.refunded_cents
    registration.save(update_fields=["refund_due_cents", "updated_at"])
    if order.paid_cents:
        registration_event(
            registration, "paid_late", by=by, now=now, refund_cents=registration.refund_due_cents
        )
    if frees:
        places_offer(course, by=by, now=now)


def order_refunded(*, order: Order, amount_cents: int, by=None, now) -> None:
    """commerce: a refund of a registration's order was recorded (on the sale page or
    online); what the registration is owed back goes down by it."""
    registration = Registration.objects.filter(order_id=order.pk).first()
    if registration is None or not registration.refund_due_cents:
        return
    row_lock(Course, registration.course_id)
    registration = row_lock(Registration, registration.pk)
    registration.refund_due_cents = max(registration.refund_due_cents - amount_cents, 0)
    registration.save(update_fields=["refund_due_cents", "updated_at"])


def order_cancelled(*, order: Order, by=None, now) -> None:
    """commerce: an unpaid order of a registration is cancelled (at the counter, or when its
    hold lapsed); the place it held is released."""
    registration = Registration.objects.filter(order_id=order.pk).first()
    if registration is None or not registration.is_active:
        return
    course = row_lock(Course, registration.course_id)
    registration = row_lock(Registration, registration.pk)
    if registration.status not in (Status.HELD, Status.OFFERED):
        return
    candidates = offer_candidates(course, course_counts(course).free + 1)
    cases_lock([registration.case_id] + [r.case_id for r in candidates])
    registration.status = Status.CANCELLED
    registration.cancelled_at = now
    registration.cancel_reason = _("The order was cancelled.")
    registration.hold_until = None
    registration.offer_until = None
    registration.save()
    registration_event(registration, "cancelled", by=by, now=now)
    places_offer(course, by=by, now=now)


def order_hooks_register() -> None:
    from luukku.commerce.hooks import (
        order_cancelled_hook_register,
        order_refunded_hook_register,
        order_settled_hook_register,
    )

    order_settled_hook_register(order_settled)
    order_cancelled_hook_register(order_cancelled)
    order_refunded_hook_register(order_refunded)


__all__ = [
    "cancellation_is_free",
    "offer_accept",
    "order_hooks_register",
    "registration_cancel",
    "registrations_expire",
]
