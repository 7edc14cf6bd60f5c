"""Appointments as citizens and staff see them, and a case's bookings."""

from django.db.models import QuerySet

from luukku.cases.selectors import cases_visible_to
from luukku.organisation.models import User
from luukku.organisation.selectors import STAFF

from ..models import (
    Appointment,
)
from .callbacks import case_callbacks
from .slots import BOOKABLE_SERVICE_IDS


def appointment_get_by_token(*, token: str) -> Appointment:
    if not token or len(token) > 64:
        raise Appointment.DoesNotExist
    return Appointment.objects.select_related(
        "service", "service_point", "case", "customer", "staff", "service__booking"
    ).get(token=token)


def appointments_visible_to(*, user: User) -> QuerySet[Appointment]:
    return Appointment.objects.filter(case__in=cases_visible_to(user=user)).select_related(
        "service", "service_point", "case", "customer", "staff"
    )


def case_appointments(*, case) -> list[Appointment]:
    appointments = list(case.appointments.all())
    STAFF.attach(appointments, "staff")
    return appointments


def case_bookings(*, case, appointments: bool = True, callbacks: bool = True) -> dict:
    """What the case page shows of appointments and callbacks, and whether it can book;
    `appointments` and `callbacks` false when the case is known to have none."""
    return {
        "appointments": case_appointments(case=case) if appointments else [],
        "callbacks": case_callbacks(case=case) if callbacks else [],
        "bookable": case.service_id in BOOKABLE_SERVICE_IDS.all(),
    }
