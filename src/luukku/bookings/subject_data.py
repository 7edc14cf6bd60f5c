"""What reservations hold of a person, for the data-subject export and erasure (registered
with `privacy.subjects` by `BookingsConfig.ready`). A booking keeps the name and addresses
given for it; on erasure (or with its case) it forgets them, its times stay (the unit's
calendar and its order's accounting need them)."""

from django.db import transaction
from django.db.models import Q

from luukku.privacy.subjects import ExportPart

from .models import Reservation


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


def _forget(reservations) -> int:
    return reservations.update(
        customer=None, contact_name="", contact_email="", contact_phone="", purpose=""
    )


@transaction.atomic(savepoint=False)
def customer_reservations_anonymise(customer) -> int:
    """On erasure: the person's bookings forget them."""
    return _forget(Reservation.objects.filter(_of(customer)))


@transaction.atomic(savepoint=False)
def case_reservations_anonymise(case_id: int) -> None:
    """With its case: the case's bookings forget the person."""
    _forget(Reservation.objects.filter(case_id=case_id))
