"""Staff's changes of a course: its places (raised: the waiting list moves up), the
decision whether it runs (registrants told either way; a cancelled course's paid places
are owed back) and a message to all its registrants."""

import datetime as dt

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from luukku.commerce.models import Order
from luukku.core.locks import in_transaction, row_lock
from luukku.privacy.services import access_log_record

from ..models import Course, Registration
from ..registration_mail import registration_message_send, registration_notify
from ..selectors.courses import course_counts
from .registration_changes import _release, invoices_lock
from .registration_steps import registration_event
from .waiting_list import cases_lock, places_offer

Status = Registration.Status
MESSAGE_TO = (Status.CONFIRMED, Status.OFFERED, Status.WAITING, Status.HELD)


@in_transaction
def course_capacity_set(
    *, course: Course, capacity: int, waiting_list_capacity: int, by, now=None
) -> Course:
    """New numbers of places: fewer than those taken is refused; more offers the new places
    to the waiting list."""
    now = now or timezone.now()
    course = row_lock(Course, course.pk)
    counts = course_counts(course, now=now)
    if capacity < 1 or capacity < counts.taken:
        raise ValidationError(
            {
                "capacity": _("%(n)s places are taken: the course needs at least that many.")
                % {"n": counts.taken}
            }
        )
    if waiting_list_capacity < 0:
        raise ValidationError({"waiting_list_capacity": _("Enter zero or more.")})
    course.capacity = capacity
    course.waiting_list_capacity = waiting_list_capacity
    course.save(update_fields=["capacity", "waiting_list_capacity", "updated_at"])
    places_offer(course, by=by, now=now)
    return course


def _active_registrations(course: Course) -> list[Registration]:
    return list(
        course.registrations.filter(status__in=MESSAGE_TO, submitted_at__isnull=False)
        .select_related("order")
        .order_by("pk")
    )


@in_transaction
def course_decide(
    *, course: Course, runs: bool, by, reason: str = "", now: dt.datetime | None = None
) -> Course:
    """The course runs, or is cancelled (fewer than its minimum by its decision date):
    every registrant is told. A cancelled course's registrations end, their unpaid orders
    are cancelled and what was paid is owed back (`refund_due_cents`). Who decided and why
    (a cancellation needs its reason) is kept on the course and each registrant's case."""
    now = now or timezone.now()
    reason = reason.strip()
    if not runs and not reason:
        raise ValidationError({"reason": _("Give the reason the course is cancelled.")})
    # The orders and their invoices before the course (core.locks' order): a cancelled
    # course's unpaid orders are cancelled and its open invoices credited below.
    locked = set()
    if not runs:
        # Every order first, then their invoices: an invoice comes after every order.
        orders = [
            row_lock(Order, pk)
            for pk in sorted(r.order_id for r in _active_registrations(course) if r.order_id)
        ]
        invoices_lock(orders)
        locked = {order.pk for order in orders}
    course = row_lock(Course, course.pk)
    if course.decision != Course.Decision.PENDING:
        raise ValidationError(_("The course's decision has been made already."))
    registrations = _active_registrations(course)
    cases_lock(r.case_id for r in registrations)
    if not runs and any(r.order_id and r.order_id not in locked for r in registrations):
        raise ValidationError(_("Someone registered at this moment; try again."))
    course.decision = Course.Decision.RUNS if runs else Course.Decision.CANCELLED
    course.decided_at = now
    course.decided_by = by
    course.decision_reason = reason
    course.save(
        update_fields=["decision", "decided_at", "decided_by", "decision_reason", "updated_at"]
    )
    if not runs:  # the forms being filled in end too (no case, no order yet)
        course.registrations.filter(
            submitted_at__isnull=True, status__in=(Status.HELD, Status.WAITING)
        ).update(
            status=Status.CANCELLED,
            cancelled_at=now,
            hold_until=None,
            cancel_reason=_("The course was cancelled."),
            updated_at=now,
        )
    for registration in registrations:
        if runs:
            if registration.status == Status.CONFIRMED:
                registration_event(registration, "course_runs", by=by, now=now, reason=reason)
                registration_notify(registration, "course_runs")
            continue
        order = registration.order
        paid = order.paid_cents - order.refunded_cents if order is not None else 0
        registration.refund_due_cents = max(paid, 0)
        _release(registration, Status.CANCELLED, reason=reason[:200], by=by, now=now)
        registration_event(
            registration,
            "course_cancelled",
            by=by,
            now=now,
            refund_cents=registration.refund_due_cents,
            reason=reason,
        )
        registration_notify(registration, "course_cancelled", reason=reason)
    return course


@in_transaction
def course_message_send(*, course: Course, subject: str, body: str, by) -> int:
    """A message from staff to everyone registered (places and waiting list), each to the
    address they gave, framed in their language; how many were sent."""
    subject, body = subject.strip(), body.strip()
    errors = {}
    if not subject:
        errors["subject"] = _("Write a subject.")
    if not body:
        errors["body"] = _("Write the message.")
    if errors:
        raise ValidationError(errors)
    sent = 0
    for registration in _active_registrations(course):
        if registration.case_id and registration.email:
            registration_message_send(registration, subject=subject, body=body, by=by)
            sent += 1
    access_log_record(
        actor=by,
        action="change",
        context="course_message",
        query={"course": course.code},
        count=sent,
    )
    return sent
