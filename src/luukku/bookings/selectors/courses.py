"""Reads of courses and registrations: the places and the waiting list counted, whether a
course takes registrations, its fee per group, the lists the pages show."""

import datetime as dt
from dataclasses import dataclass

from django.db.models import Count, Min, Prefetch, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from luukku.commerce.models import CustomerGroup
from luukku.commerce.selectors.pricing import PROOF_GROUPS, price_for, vat_for

from ..models import Course, CourseSession, Registration


@dataclass(frozen=True)
class Counts:
    capacity: int
    taken: int
    confirmed: int
    waiting: int
    waiting_capacity: int

    @property
    def free(self) -> int:
        return max(self.capacity - self.taken, 0)

    @property
    def waiting_free(self) -> int:
        return max(self.waiting_capacity - self.waiting, 0)


def _taking(now: dt.datetime, prefix: str = "") -> Q:
    """The registrations that take a place now: offered, confirmed, and held while the hold
    lasts (a lapsed hold the worker has not ended yet pushes nobody onto the waiting list)."""
    return Q(**{f"{prefix}status__in": ["offered", "confirmed"]}) | Q(
        **{f"{prefix}status": "held", f"{prefix}hold_until__gt": now}
    )


def _waiting(prefix: str = "") -> Q:
    """The waiting list: those who sent their form (an unfinished form takes no spot)."""
    return Q(**{f"{prefix}status": "waiting", f"{prefix}submitted_at__isnull": False})


def _count_filters(now: dt.datetime):
    # distinct: the sessions' join (the first session) repeats each registration.
    return {
        "n_taken": Count("registrations", filter=_taking(now, "registrations__"), distinct=True),
        "n_confirmed": Count(
            "registrations", filter=Q(registrations__status="confirmed"), distinct=True
        ),
        "n_waiting": Count("registrations", filter=_waiting("registrations__"), distinct=True),
    }


def course_counts(course: Course, *, now: dt.datetime | None = None) -> Counts:
    """The course's places taken and its waiting list (read again: call under the lock)."""
    now = now or timezone.now()
    row = Registration.objects.filter(course=course).aggregate(
        taken=Count("pk", filter=_taking(now)),
        confirmed=Count("pk", filter=Q(status="confirmed")),
        waiting=Count("pk", filter=_waiting()),
    )
    return Counts(
        capacity=course.capacity,
        taken=row["taken"],
        confirmed=row["confirmed"],
        waiting=row["waiting"],
        waiting_capacity=course.waiting_list_capacity,
    )


def counts_of(course) -> Counts:
    """The counts of a course read with `courses_annotated`."""
    return Counts(
        capacity=course.capacity,
        taken=course.n_taken,
        confirmed=course.n_confirmed,
        waiting=course.n_waiting,
        waiting_capacity=course.waiting_list_capacity,
    )


def course_open_problem(course: Course, *, now: dt.datetime, counter: bool = False) -> str:
    """Why the course takes no registrations now (empty: it does). At the counter an agent
    may register someone for an unpublished course, and after the window until it starts."""
    if course.decision == Course.Decision.CANCELLED:
        return _("The course has been cancelled.")
    if not counter and not course.published:
        return _("The course takes no registrations.")
    if now < course.enrolment_opens:
        return _("Registration has not opened yet.")
    if not counter and now >= course.enrolment_closes:
        return _("Registration has closed.")
    return ""


def course_price_cents(course: Course, group: str, now: dt.datetime) -> int:
    if not course.product_id:
        return 0
    price = price_for(course.product, group, timezone.localdate(now))
    return price.amount_cents if price else 0


# The groups a citizen may choose online: a discount on their word, its proof shown at the
# first session (companies and associations register through staff, with an invoice).
ONLINE_GROUPS = (
    CustomerGroup.RESIDENT,
    CustomerGroup.SENIOR,
    CustomerGroup.STUDENT,
    CustomerGroup.UNEMPLOYED,
    CustomerGroup.CONSCRIPT,
)


@dataclass(frozen=True)
class GroupPrice:
    group: str
    label: str
    cents: int
    proof: bool


def course_group_prices(
    course: Course, *, now: dt.datetime, groups=ONLINE_GROUPS
) -> list[GroupPrice]:
    """The course's fee for each of `groups` that has a price of its own on the day (the
    full price first), and whether the group needs a proof of the discount."""
    if not course.product_id:
        return []
    day = timezone.localdate(now)
    rows = []
    for group in groups:
        price = price_for(course.product, group, day)
        # A group without a price of its own pays the full price: no discount to offer.
        if price is not None and (price.group == group or group == CustomerGroup.RESIDENT):
            rows.append(
                GroupPrice(
                    str(group),
                    str(CustomerGroup(group).label),
                    price.amount_cents,
                    group in PROOF_GROUPS,
                )
            )
    return rows


def courses_annotated(*, now: dt.datetime | None = None):
    now = now or timezone.now()
    sessions = Prefetch("sessions", queryset=CourseSession.objects.order_by("starts_at"))
    return (
        Course.objects.select_related("service_point", "product", "teacher")
        .prefetch_related(sessions)
        .annotate(first_session=Min("sessions__starts_at"), **_count_filters(now))
    )


def courses_public(*, now: dt.datetime):
    """The published courses whose registration has not closed, soonest first."""
    return list(
        courses_annotated(now=now)
        .filter(published=True, enrolment_closes__gt=now)
        .exclude(decision=Course.Decision.CANCELLED)
        .order_by("first_session", "code")
    )


def service_has_courses(service, *, now: dt.datetime) -> bool:
    """Whether a catalogue service has courses open to registration (its page links them)."""
    return (
        Course.objects.filter(service=service, published=True, enrolment_closes__gt=now)
        .exclude(decision=Course.Decision.CANCELLED)
        .exists()
    )


def courses_for_staff(*, point=None, include_past: bool = False, now: dt.datetime):
    rows = courses_annotated(now=now)
    if point is not None:
        rows = rows.filter(service_point=point)
    if not include_past:
        rows = rows.filter(Q(sessions__ends_at__gte=now) | Q(sessions__isnull=True)).distinct()
    return list(rows.order_by("first_session", "code"))


def course_decision_due(course, counts: Counts, *, now: dt.datetime) -> dict:
    """What staff see of the course's decision: the minimum, the confirmed, the date."""
    enough = counts.confirmed >= course.minimum_participants
    return {
        "enough": enough,
        "short_by": max(course.minimum_participants - counts.confirmed, 0),
        "due": course.decision_date is not None
        and timezone.localdate(now) >= course.decision_date
        and course.decision == Course.Decision.PENDING,
    }


def course_registrations(course: Course):
    """The course's registrations for its staff page: places, then the waiting list."""
    return list(
        course.registrations.select_related("order", "case")
        # A lapsed one stays in sight while a payment that came late is to be refunded.
        .exclude(status=Registration.Status.EXPIRED, refund_due_cents=0)
        .exclude(
            status__in=(Registration.Status.HELD, Registration.Status.WAITING),
            submitted_at__isnull=True,
        )
        .order_by("queued_at", "created_at", "pk")
    )


def attendance_list(course: Course):
    return list(
        course.registrations.filter(status=Registration.Status.CONFIRMED).order_by(
            "last_name", "first_name", "pk"
        )
    )


def waiting_list(course: Course):
    return list(
        course.registrations.filter(
            status=Registration.Status.WAITING, submitted_at__isnull=False
        ).order_by("queued_at", "pk")
    )


def waiting_position(registration: Registration) -> int | None:
    if registration.status != Registration.Status.WAITING or registration.queued_at is None:
        return None
    earlier = Registration.objects.filter(_waiting(), course_id=registration.course_id).filter(
        Q(queued_at__lt=registration.queued_at)
        | Q(queued_at=registration.queued_at, pk__lt=registration.pk)
    )
    return earlier.count() + 1


def customer_registrations(customer):
    """A customer's registrations for the counter's customer page, latest first."""
    return list(
        Registration.objects.filter(customer=customer)
        .exclude(status=Registration.Status.EXPIRED)
        .exclude(submitted_at__isnull=True)
        .select_related("course", "order")
        .order_by("-created_at", "-pk")[:20]
    )


def _paid_back(registration: Registration) -> int:
    order = registration.order
    return max(order.paid_cents - order.refunded_cents, 0) if order is not None else 0


def course_decision_outcome(course: Course, *, runs: bool) -> dict:
    """What a decision will do, for its confirmation: how many registrants are told (by
    e-mail where they gave an address) and, for a cancelled course, the fees to refund."""
    active = list(
        course.registrations.filter(
            status__in=[*Registration.TAKES_PLACE, Registration.Status.WAITING],
            submitted_at__isnull=False,
        ).select_related("order")
    )
    told = [r for r in active if not runs or r.status == Registration.Status.CONFIRMED]
    refunds = [] if runs else [cents for cents in map(_paid_back, active) if cents]
    return {
        "registrations": len(active),
        "told": len(told),
        "mailed": sum(1 for r in told if r.email and r.case_id),
        "refunds": len(refunds),
        "refund_cents": sum(refunds),
    }


def registration_cancel_outcome(registration: Registration, *, now=None) -> dict:
    """What cancelling a registration will do: its fee refunded (within the free
    cancellation period) or kept (binding terms), and whether its place goes to the
    waiting list."""
    until = registration.course.free_cancellation_until
    free = until is None or timezone.localdate(now or timezone.now()) <= until
    paid = _paid_back(registration)
    frees = registration.status in Registration.TAKES_PLACE
    order = registration.order
    unpaid = order is not None and not order.paid_cents
    return {
        "order_cancelled": unpaid and order.status in ("draft", "open"),
        # Within the free period the open invoice is credited; after it, it stays owed.
        "invoice_credited": unpaid and order.status == "invoiced" and free,
        "invoice_open": unpaid and order.status == "invoiced" and not free,
        "paid_cents": paid,
        "refund_cents": paid if free else 0,
        "binding": bool(paid and not free),
        "frees_place": frees,
        "offered_next": frees
        and Registration.objects.filter(
            course_id=registration.course_id,
            status=Registration.Status.WAITING,
            submitted_at__isnull=False,
        ).exists(),
        "told": bool(registration.email and registration.case_id),
    }


@dataclass(frozen=True)
class CourseFee:
    """A course's fee as the staff's form sets it: the full price and one reduced price
    for seniors, students and the unemployed (None: none of its own), in cents VAT
    included, and the VAT class (a key of commerce's FEE_VATS); `cents` None: free."""

    cents: int | None
    reduced_cents: int | None = None
    vat_percent: str = "0.0"


# The groups the course form's reduced price is for.
REDUCED_GROUPS = (CustomerGroup.SENIOR, CustomerGroup.STUDENT, CustomerGroup.UNEMPLOYED)


def course_fee(course: Course, on: dt.date) -> CourseFee:
    """The fee in force on the day, as the course form shows it."""
    if not course.product_id:
        return CourseFee(None)
    full = price_for(course.product, CustomerGroup.RESIDENT, on)
    reduced = price_for(course.product, CustomerGroup.SENIOR, on)
    vat = vat_for(course.product, on)
    return CourseFee(
        full.amount_cents if full else None,
        reduced.amount_cents if reduced and reduced.group == CustomerGroup.SENIOR else None,
        f"{vat.percent:.1f}" if vat else "0.0",
    )
