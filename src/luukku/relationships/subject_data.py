"""What the relationships app holds of a person, for the data-subject export and erasure
(registered with `privacy.subjects` by `RelationshipsConfig.ready`).

Customer plans: every version of the plan with its contact persons, and the meetings held
with their minutes. On erasure they are deleted with the record's timeline.

The announcements a customer was sent keep the address each went to; the segments they were
picked into and their wish to get no more announcements are theirs too. On erasure the
deliveries forget the person and the address (they stay as counts of the announcement), the
hand-picked memberships and the unsubscription are deleted."""

from django.db import transaction
from django.db.models import Q

from luukku.privacy.subjects import ExportPart

from .models import (
    CustomerPlan,
    Delivery,
    MeetingOccurrence,
    MeetingSeries,
    ResolvedNoticeRequest,
    SegmentMember,
    Unsubscription,
)


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


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def announcements_export(customer) -> ExportPart:
    deliveries = Delivery.objects.filter(_of(customer)).select_related("announcement")
    rows = [
        {
            "announcement": delivery.announcement.text_in(delivery.language)[1],
            "channel": delivery.get_channel_display(),
            "address": delivery.address,
            "language": delivery.language,
            "status": delivery.get_status_display(),
            "sent_at": _iso(delivery.created_at),
        }
        for delivery in deliveries.order_by("created_at", "pk")
    ]
    for unsubscription in Unsubscription.objects.filter(_of(customer)):
        rows.append({"unsubscribed_at": _iso(unsubscription.at)})
    return ExportPart(rows=rows)


def segments_export(customer) -> ExportPart:
    members = SegmentMember.objects.filter(_of(customer)).select_related("segment")
    return ExportPart(
        rows=[
            {"segment": member.segment.name, "added_at": _iso(member.added_at)}
            for member in members.order_by("added_at", "pk")
        ]
    )


@transaction.atomic(savepoint=False)
def customer_relationships_anonymise(customer) -> int:
    """On erasure: the deliveries forget the person; memberships and unsubscription go."""
    count = Delivery.objects.filter(_of(customer)).update(customer=None, address="")
    members, _rows = SegmentMember.objects.filter(_of(customer)).delete()
    unsubscribed, _rows = Unsubscription.objects.filter(_of(customer)).delete()
    return count + members + unsubscribed


def resolved_notices_export(customer) -> ExportPart:
    """The requests to be told when one of the person's cases is resolved."""
    mine = Q(case__customer=customer) | Q(case__customer__merged_into=customer)
    requests = ResolvedNoticeRequest.objects.filter(mine).select_related("case").order_by("pk")
    return ExportPart(
        rows=[
            {
                "case": request.case.reference,
                "by": request.channel,
                "to": request.recipient,
                "asked_at": _iso(request.created_at),
                "cancelled_at": _iso(request.cancelled_at),
                "sent_at": _iso(request.sent_at),
            }
            for request in requests
        ]
    )


def case_resolved_notice_anonymise(case_id: int) -> None:
    """The case forgets the address or number given for its notice: the request goes."""
    ResolvedNoticeRequest.objects.filter(case_id=case_id).delete()
