"""What customer plans hold of a customer, for the data-subject export and erasure
(registered with `privacy.subjects` by `RelationshipsConfig.ready`): every version of the
plan with its contact persons, and the meetings held with their minutes. On erasure they
are deleted with the record's timeline."""

from django.db import transaction
from django.db.models import Q

from luukku.privacy.subjects import ExportPart

from .models import CustomerPlan, MeetingOccurrence, MeetingSeries


def _of(customer) -> Q:
    return Q(customer=customer) | Q(customer__merged_into=customer)


def plans_export(customer) -> ExportPart:
    plans = CustomerPlan.objects.filter(_of(customer)).prefetch_related("services", "contacts")
    rows = [
        {
            "version": plan.version,
            "current": plan.is_current,
            "goals": plan.goals,
            "agreed_services": [service.name for service in plan.services.all()],
            "service_levels": plan.service_levels,
            "valid_from": plan.valid_from.isoformat(),
            "valid_until": plan.valid_until.isoformat() if plan.valid_until else None,
            "contacts": [
                {"name": c.name, "role": c.role, "phone": c.phone, "email": c.email}
                for c in plan.contacts.all()
            ],
        }
        for plan in plans.order_by("version")
    ]
    meetings = MeetingOccurrence.objects.filter(
        series__in=MeetingSeries.objects.filter(_of(customer))
    ).select_related("series")
    rows += [
        {
            "meeting": row.series.title,
            "at": row.at.isoformat(),
            "status": row.get_status_display(),
            "minutes": row.minutes,
        }
        for row in meetings.order_by("at")
    ]
    return ExportPart(rows=rows)


@transaction.atomic(savepoint=False)
def customer_plans_anonymise(customer) -> int:
    """On erasure: the plans, their contact persons and the meetings go."""
    deleted, _rows = CustomerPlan.objects.filter(_of(customer)).delete()
    gone, _rows = MeetingSeries.objects.filter(_of(customer)).delete()
    return deleted + gone
