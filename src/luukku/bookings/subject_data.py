"""What reservations and registrations hold of a person, for the data-subject export and
erasure (registered with `privacy.subjects` by `BookingsConfig.ready`). A booking keeps the
name and addresses given for it, a registration the details given with it; on erasure (or
with their case) they forget the person. A booking's times stay (the unit's calendar and its
order's accounting need them), as does a registration's place in the course's numbers."""

from django.db import transaction
from django.db.models import Q

from luukku.privacy.subjects import ExportPart

from .models import Application, Registration, Reservation


def _of(customer) -> Q:
    return Q(customer=customer) | Q(customer__merged_into=customer)


def reservations_export(customer) -> ExportPart:
    rows = [
        {
            "unit": reservation.unit.name,
            "starts_at": reservation.starts_at.isoformat(),
            "ends_at": reservation.ends_at.isoformat(),
            "state": reservation.get_state_display(),
            "customer_group": reservation.get_group_display(),
            "name_given": reservation.contact_name,
            "email_given": reservation.contact_email,
            "phone_given": reservation.contact_phone,
            "association_or_company": reservation.organisation_name,
            "purpose": reservation.purpose,
            "price_cents": reservation.price_cents,
            "fee_cents": reservation.fee_cents,
            "refunded_cents": reservation.refunded_cents,
        }
        for reservation in Reservation.objects.filter(_of(customer))
        .select_related("unit")
        .order_by("starts_at")
    ]
    return ExportPart(rows=rows)


def _reservations_forget(reservations) -> int:
    return reservations.update(
        customer=None, contact_name="", contact_email="", contact_phone="", purpose=""
    )


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def registrations_export(customer) -> ExportPart:
    rows = Registration.objects.filter(_of(customer)).select_related("course")
    return ExportPart(
        rows=[
            {
                "course": f"{r.course.code} {r.course.name}",
                "status": r.get_status_display(),
                "name_given": r.full_name,
                "email_given": r.email,
                "phone_given": r.phone,
                "birth_year": r.birth_year,
                "customer_group": r.get_group_display(),
                "created_at": _iso(r.created_at),
                "confirmed_at": _iso(r.confirmed_at),
                "cancelled_at": _iso(r.cancelled_at),
            }
            for r in rows.order_by("created_at", "pk")
        ]
    )


def _registrations_forget(registrations) -> int:
    return registrations.update(
        customer=None, first_name="", last_name="", email="", phone="", birth_year=None
    )


@transaction.atomic(savepoint=False)
def customer_reservations_anonymise(customer) -> int:
    """On erasure: the person's bookings forget them."""
    return _reservations_forget(Reservation.objects.filter(_of(customer)))


@transaction.atomic(savepoint=False)
def case_reservations_anonymise(case_id: int) -> None:
    """With its case: the case's bookings forget the person."""
    _reservations_forget(Reservation.objects.filter(case_id=case_id))


def customer_registrations_anonymise(customer) -> int:
    return _registrations_forget(Registration.objects.filter(_of(customer)))


@transaction.atomic(savepoint=False)
def case_registrations_anonymise(case_id: int) -> None:
    _registrations_forget(Registration.objects.filter(case_id=case_id))


def applications_export(customer) -> ExportPart:
    """A person's applications for seasonal turns, with the details given."""
    rows = Application.objects.filter(_of(customer)).select_related("round")
    return ExportPart(
        rows=[
            {
                "round": str(a.round),
                "state": a.get_state_display(),
                "association_or_company": a.organisation_name,
                "name_given": a.contact_name,
                "email_given": a.contact_email,
                "phone_given": a.contact_phone,
                "purpose": a.purpose,
                "group_size": a.group_size,
                "created_at": _iso(a.created_at),
            }
            for a in rows.order_by("created_at", "pk")
        ]
    )


def _applications_forget(applications) -> int:
    return applications.update(
        customer=None, contact_name="", contact_email="", contact_phone="", purpose=""
    )


@transaction.atomic(savepoint=False)
def customer_applications_anonymise(customer) -> int:
    """On erasure: the person's applications forget them (the turns stay as booked)."""
    return _applications_forget(Application.objects.filter(_of(customer)))


@transaction.atomic(savepoint=False)
def case_applications_anonymise(case_id: int) -> None:
    _applications_forget(Application.objects.filter(case_id=case_id))
