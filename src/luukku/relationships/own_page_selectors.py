"""What the citizen's own page shows: everything given the proven e-mail address.

The "right person" rule (docs/customers.md, DESIGN): the page lists only what was given
THAT address (a case's reply address, a booking's, an application's, a registration's, an
order's), compared without letter case, never what a customer record merely guessed to be
the same person holds. Each item leads to its own private page, which keeps working as it is.
"""

import datetime as dt
from dataclasses import dataclass

from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from luukku.appointments.models import Appointment, Callback
from luukku.bookings.models import Application, Registration, Reservation
from luukku.cases.models import Case, Status
from luukku.commerce.models import Order

OPEN_CASE = (Status.NEW, Status.OPEN, Status.WAITING_EXPERT, Status.WAITING_CUSTOMER)
OPEN_REGISTRATION = (
    Registration.Status.HELD,
    Registration.Status.WAITING,
    Registration.Status.OFFERED,
    Registration.Status.CONFIRMED,
)
OPEN_RESERVATION = (
    Reservation.State.WAITING_PAYMENT,
    Reservation.State.HANDLING,
    Reservation.State.CONFIRMED,
)


@dataclass(frozen=True)
class OwnItem:
    """One line of the own page: what it is, its state, and its private page."""

    kind: str  # request, reservation, application, registration, order, appointment, callback
    kind_label: str
    title: str
    status: str
    is_open: bool
    at: dt.datetime  # when it was made
    when: dt.datetime | None  # the time it is for (a booking, an appointment), if any
    url_name: str  # a `public:` page taking the token
    token: str


def _email_clean(email: str) -> str:
    return email.strip()


def own_items(*, email: str, now: dt.datetime | None = None) -> list[OwnItem]:
    """Everything given `email`: open ones first, each group newest first."""
    now = now or timezone.now()
    email = _email_clean(email)
    if not email:
        return []
    items = [
        *_cases(email),
        *_reservations(email, now),
        *_applications(email),
        *_registrations(email),
        *_orders(email),
        *_appointments(email, now),
        *_callbacks(email),
    ]
    items.sort(key=lambda item: item.at, reverse=True)
    items.sort(key=lambda item: not item.is_open)
    return items


def own_items_exist(*, email: str) -> bool:
    """Whether the address was given for anything at all (a sign-in link is mailed only
    then)."""
    email = _email_clean(email)
    if not email:
        return False
    return any(
        query.exists()
        for query in (
            Case.objects.filter(contact_email__iexact=email),
            Reservation.objects.filter(contact_email__iexact=email),
            Application.objects.filter(contact_email__iexact=email),
            Registration.objects.filter(email__iexact=email),
            Order.objects.filter(contact_email__iexact=email),
        )
    )


def _cases(email: str) -> list[OwnItem]:
    """The requests: cases with the address, without those made for a booking, an
    application, a registration, an appointment or a callback (shown as those)."""
    behind = (
        Exists(Reservation.objects.filter(case=OuterRef("pk")))
        | Exists(Registration.objects.filter(case=OuterRef("pk")))
        | Exists(Application.objects.filter(case=OuterRef("pk")))
        | Exists(Appointment.objects.filter(case=OuterRef("pk")))
        | Exists(Callback.objects.filter(case=OuterRef("pk")))
    )
    cases = (
        Case.objects.filter(contact_email__iexact=email)
        .exclude(behind)
        .order_by("-created_at", "-pk")
    )
    return [
        OwnItem(
            kind="request",
            kind_label=_("Request"),
            title=f"{case.subject} ({case.reference})",
            status=Status(case.status).label,
            is_open=case.status in OPEN_CASE,
            at=case.created_at,
            when=None,
            url_name="public:case_status",
            token=case.token,
        )
        for case in cases
    ]


def _reservations(email: str, now: dt.datetime) -> list[OwnItem]:
    reservations = (
        Reservation.objects.filter(contact_email__iexact=email, kind=Reservation.Kind.CUSTOMER)
        .exclude(state=Reservation.State.CREATED)
        .select_related("unit")
    )
    return [
        OwnItem(
            kind="reservation",
            kind_label=_("Booking of a room or an area"),
            title=reservation.unit.name,
            status=reservation.get_state_display(),
            is_open=reservation.state in OPEN_RESERVATION and reservation.ends_at > now,
            at=reservation.created_at,
            when=reservation.starts_at,
            url_name="public:reservation",
            token=reservation.token,
        )
        for reservation in reservations
    ]


def _applications(email: str) -> list[OwnItem]:
    applications = Application.objects.filter(contact_email__iexact=email).select_related("round")
    return [
        OwnItem(
            kind="application",
            kind_label=_("Application for seasonal turns"),
            title=application.round.name,
            status=application.get_state_display(),
            is_open=application.state == Application.State.RECEIVED
            and application.results_sent_at is None,
            at=application.created_at,
            when=None,
            url_name="public:round_application",
            token=application.token,
        )
        for application in applications
    ]


def _registrations(email: str) -> list[OwnItem]:
    registrations = Registration.objects.filter(
        email__iexact=email, submitted_at__isnull=False
    ).select_related("course")
    return [
        OwnItem(
            kind="registration",
            kind_label=_("Registration for a course or an event"),
            title=registration.course.name,
            status=registration.get_status_display(),
            is_open=registration.status in OPEN_REGISTRATION,
            at=registration.created_at,
            when=None,
            url_name="public:course_registration",
            token=registration.token,
        )
        for registration in registrations
    ]


def _orders(email: str) -> list[OwnItem]:
    """The orders, without those of a booking or a registration (paid on its page)."""
    orders = (
        Order.objects.filter(contact_email__iexact=email)
        .exclude(status=Order.Status.DRAFT)
        .exclude(Exists(Reservation.objects.filter(order=OuterRef("pk"))))
        .exclude(Exists(Registration.objects.filter(order=OuterRef("pk"))))
    )
    return [
        OwnItem(
            kind="order",
            kind_label=_("Order"),
            title=order.number,
            status=order.get_status_display(),
            is_open=order.status == Order.Status.OPEN,
            at=order.created_at,
            when=None,
            url_name="public:order_status",
            token=order.token,
        )
        for order in orders
    ]


def _appointments(email: str, now: dt.datetime) -> list[OwnItem]:
    appointments = Appointment.objects.filter(case__contact_email__iexact=email).select_related(
        "service"
    )
    return [
        OwnItem(
            kind="appointment",
            kind_label=_("Appointment"),
            title=appointment.service.name,
            status=appointment.get_status_display(),
            is_open=appointment.status == Appointment.Status.BOOKED and appointment.starts_at > now,
            at=appointment.created_at,
            when=appointment.starts_at,
            url_name="public:appointment",
            token=appointment.token,
        )
        for appointment in appointments
    ]


def _callbacks(email: str) -> list[OwnItem]:
    """A callback has no page of its own: it leads to its case's page."""
    callbacks = Callback.objects.filter(case__contact_email__iexact=email).select_related(
        "service", "case"
    )
    return [
        OwnItem(
            kind="callback",
            kind_label=_("Callback"),
            title=callback.service.name,
            status=callback.get_status_display(),
            is_open=callback.status == Callback.Status.WAITING,
            at=callback.created_at,
            when=callback.window_start,
            url_name="public:case_status",
            token=callback.case.token,
        )
        for callback in callbacks
    ]
