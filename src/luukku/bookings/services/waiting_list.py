"""The waiting list moves: when a place frees (a cancellation, a lapsed hold or offer, the
capacity raised), the first on the waiting list is offered it, with COURSE_OFFER_HOURS to
accept (and pay). Called under the course's lock by the write that freed the place."""

import datetime as dt

from django.conf import settings

from luukku.cases.models import Case
from luukku.core.locks import row_lock

from ..models import Course, Registration
from ..registration_mail import registration_notify
from ..selectors.courses import course_counts
from .registration_steps import registration_event


def _offer_deadline(course: Course, now: dt.datetime) -> dt.datetime:
    """COURSE_OFFER_HOURS from now, but not past the course's first session."""
    until = now + dt.timedelta(hours=settings.COURSE_OFFER_HOURS)
    first = course.sessions.order_by("starts_at").first()
    if first is not None and first.starts_at > now:
        until = min(until, first.starts_at)
    return until


def offer_candidates(course: Course, free: int) -> list[Registration]:
    """The first `free` on the waiting list who sent their form, in its order."""
    if free <= 0 or course.decision == Course.Decision.CANCELLED:
        return []
    return list(
        Registration.objects.filter(
            course=course, status=Registration.Status.WAITING, submitted_at__isnull=False
        ).order_by("queued_at", "pk")[:free]
    )


def cases_lock(case_ids) -> None:
    """The cases a write will add steps to, locked up front in the order of their keys (the
    steps of several registrations follow each other in one write)."""
    for pk in sorted({pk for pk in case_ids if pk}):
        row_lock(Case, pk)


def places_offer(course: Course, *, by=None, now: dt.datetime) -> list[Registration]:
    """Offer the course's free places to the waiting list in its order. The caller holds
    the course's lock (under which its registrations change) and has locked the cases of
    `offer_candidates` with `cases_lock` when it wrote steps on other cases before."""
    offered = offer_candidates(course, course_counts(course, now=now).free)
    cases_lock(r.case_id for r in offered)
    for registration in offered:
        registration.status = Registration.Status.OFFERED
        registration.offered_at = now
        registration.offer_until = _offer_deadline(course, now)
        registration.save()
        # Without an e-mail address (a counter registrant) the offer is staff's to phone:
        # the course's page lists it with the number given.
        delivery = "email" if registration.email else "phone"
        registration_event(
            registration,
            "offered",
            by=by,
            now=now,
            until=registration.offer_until.isoformat(),
            delivery=delivery,
            phone=registration.phone if delivery == "phone" else "",
        )
        registration_notify(registration, "offered")
    return offered
