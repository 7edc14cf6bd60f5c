"""What registrations hold of a person, for the data-subject export and erasure
(registered with `privacy.subjects` by `BookingsConfig.ready`): the details given with each
registration. On erasure (or with the registration's case) a registration forgets the
person; its place in the course's numbers stays."""

from django.db import transaction
from django.db.models import Q

from luukku.privacy.subjects import ExportPart

from .models import Registration


def _of(customer) -> Q:
    return Q(customer=customer) | Q(customer__merged_into=customer)


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


def _forget(registrations) -> int:
    return registrations.update(
        customer=None, first_name="", last_name="", email="", phone="", birth_year=None
    )


@transaction.atomic(savepoint=False)
def customer_registrations_anonymise(customer) -> int:
    return _forget(Registration.objects.filter(_of(customer)))


@transaction.atomic(savepoint=False)
def case_registrations_anonymise(case_id: int) -> None:
    _forget(Registration.objects.filter(case_id=case_id))
