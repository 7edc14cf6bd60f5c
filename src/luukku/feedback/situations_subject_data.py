"""What a documented hard situation holds of a customer, for the data-subject export and
erasure (registered with `privacy.subjects` by `FeedbackConfig.ready`; docs/feedback.md,
"Documented hard situations").

The situation is the staff member's account of a threat to their safety, kept by the
employer for occupational safety (the Occupational Safety and Health Act) and possible legal
claims. The customer linked to it is its data subject too:
- the export tells them that such a record exists, when, what kind and through which
  channel; the description, the staff's names, the support and the review are left out,
  since giving them would harm the rights of others (GDPR art. 15(4); the Data Protection
  Act 1050/2018, section 34): the data protection officer decides on more, case by case;
- erasure does not delete the record (GDPR art. 17(3)(b) and (e)): it removes the link to
  the customer and the case and the description of the customer, so that the record no
  longer points at the person; the staff member's account stays as written."""

from django.db import transaction
from django.db.models import Q

from luukku.privacy.subjects import ExportPart

from .situation_models import HardSituation


def _of(customer) -> Q:
    return Q(customer=customer) | Q(customer__merged_into=customer)


def situations_export(customer) -> ExportPart:
    rows = HardSituation.objects.filter(_of(customer)).order_by("occurred_at", "pk")
    return ExportPart(
        rows=[
            {
                "occurred_at": situation.occurred_at.isoformat(),
                "kind": situation.get_kind_display(),
                "channel": situation.get_channel_display(),
                "service_point": str(situation.service_point or ""),
                "left_out": (
                    "The description, the staff involved and the review are left out to "
                    "protect the rights of others (GDPR art. 15(4))."
                ),
            }
            for situation in rows.select_related("service_point")
        ]
    )


@transaction.atomic(savepoint=False)
def customer_situations_anonymise(customer) -> int:
    """On erasure: the situations no longer point at the person."""
    return HardSituation.objects.filter(_of(customer)).update(
        customer=None, case=None, customer_note=""
    )


@transaction.atomic(savepoint=False)
def case_situations_anonymise(case_id: int) -> None:
    """With its case: the situation forgets the case, its customer and their description."""
    HardSituation.objects.filter(case_id=case_id).update(customer=None, case=None, customer_note="")
