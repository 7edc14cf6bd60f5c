"""What the key register holds of a person, for the data-subject export and erasure
(registered with `privacy.subjects` by `KeysConfig.ready`).

A loan keeps the contact details given and a link to the customer. On erasure (or with the
loan's case) the loan forgets the person but stays: the register must still show which key
was out when, and that it came back (docs/keys.md, "Privacy")."""

from django.db import transaction
from django.db.models import Q

from luukku.privacy.subjects import ExportPart

from .models import Loan


def _of(customer) -> Q:
    return Q(customer=customer) | Q(customer__merged_into=customer)


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def loans_export(customer) -> ExportPart:
    loans = Loan.objects.filter(_of(customer)).select_related("key__series").order_by("lent_at")
    return ExportPart(
        rows=[
            {
                "key": loan.key.label,
                "series": loan.key.series.name,
                "holder": loan.get_holder_kind_display(),
                "name_given": loan.contact_name,
                "email_given": loan.contact_email,
                "phone_given": loan.contact_phone,
                "purpose": loan.purpose,
                "lent_at": _iso(loan.lent_at),
                "due_on": _iso(loan.due_on),
                "returned_at": _iso(loan.returned_at),
                "lost_at": _iso(loan.lost_at),
                "loss_note": loan.loss_note,
            }
            for loan in loans
        ]
    )


def _forget(loans) -> int:
    return loans.update(
        customer=None, contact_name="", contact_email="", contact_phone="", loss_note=""
    )


@transaction.atomic(savepoint=False)
def customer_loans_anonymise(customer) -> int:
    """On erasure: the person's loans forget them."""
    return _forget(Loan.objects.filter(_of(customer)))


@transaction.atomic(savepoint=False)
def case_loans_anonymise(case_id: int) -> None:
    """With its case: the case's loans forget the person."""
    _forget(Loan.objects.filter(case_id=case_id))
