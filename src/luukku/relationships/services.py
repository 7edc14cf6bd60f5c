"""Writes of segments: made and changed with their rule and its parameter, hand-picked
members added and removed. A bad rule is refused with a translated error, nothing saved."""

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from luukku.core.locks import in_transaction
from luukku.customers.models import Customer
from luukku.privacy.services import access_log_record

from .models import Segment, SegmentMember

PARAMETERS = ("kind", "sector", "department", "handler", "language")
NAMES = ("name_fi", "name_sv", "name_en")


def _clean(data: dict) -> dict:
    """The segment's fields with the parameter its rule needs and no other; or the errors."""
    data = dict(data)
    errors = {}
    for name in (*NAMES, "description"):
        data[name] = (data.get(name) or "").strip()
    if not data["name_fi"]:
        errors["name_fi"] = _("Give the segment a name in Finnish.")
    rule = data.get("rule")
    if rule not in Segment.Rule.values:
        errors["rule"] = _("Choose the rule of the segment.")
    needed = Segment.PARAMETER.get(rule)
    if needed and not data.get(needed):
        errors[needed] = _("This rule needs this choice.")
    if errors:
        raise ValidationError(errors)
    for name in PARAMETERS:
        if name != needed:
            data[name] = None if name in ("department", "handler") else ""
    return data


@in_transaction
def segment_save(*, data: dict, by, segment: Segment | None = None) -> Segment:
    """A new segment, or `segment` changed, from the form's `data` (its names, rule and
    the rule's parameter)."""
    data = _clean(data)
    if segment is None:
        segment = Segment(created_by=by)
    for name in (*NAMES, "description", "rule", *PARAMETERS):
        setattr(segment, name, data[name])
    segment.name = data["name_fi"]
    segment.save()
    return segment


@in_transaction
def segment_member_add(*, segment: Segment, customer: Customer, by, now=None) -> SegmentMember:
    """A customer picked into a hand-picked segment (again: nothing changes)."""
    if not segment.is_hand_picked:
        raise ValidationError(_("Customers are picked by hand only into a hand-picked segment."))
    if customer.merged_into_id or customer.anonymised_at:
        raise ValidationError(_("This customer record is no longer in use."))
    member, created = SegmentMember.objects.get_or_create(
        segment=segment,
        customer=customer,
        defaults={"added_by": by, "added_at": now or timezone.now()},
    )
    if created:
        access_log_record(
            actor=by,
            action="change",
            customer=customer,
            context="segment_member",
            fields=["segment"],
        )
    return member


@in_transaction
def segment_member_remove(*, segment: Segment, customer: Customer, by) -> bool:
    deleted, _rows = SegmentMember.objects.filter(segment=segment, customer=customer).delete()
    if deleted:
        access_log_record(
            actor=by,
            action="change",
            customer=customer,
            context="segment_member",
            fields=["segment"],
        )
    return bool(deleted)
