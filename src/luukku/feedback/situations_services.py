"""Recording a hard customer situation and its team review (docs/feedback.md, "Documented
hard situations"). A view of a situation that names a customer is written to the access
log; the situation itself is never on the customer's page or timeline."""

import datetime as dt
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from luukku.cases.models import Case
from luukku.cases.selectors import case_visible_to
from luukku.core.locks import in_transaction, row_lock
from luukku.organisation.models import ServicePoint, User
from luukku.privacy.services import access_log_record

from .situation_models import HardSituation
from .situations_selectors import may_review

# A situation is recorded while it is remembered: one older than this is refused as a typo.
OLDEST_DAYS = 366


@dataclass
class SituationInput:
    occurred_at: dt.datetime
    channel: str
    kind: str
    severity: str
    description: str
    service_point: ServicePoint | None = None
    staff_involved: list[User] = field(default_factory=list)
    case_reference: str = ""
    customer: object | None = None
    customer_note: str = ""
    debriefing: bool = False
    occupational_health: bool = False
    police_report: bool = False
    security_called: bool = False
    support_note: str = ""
    follow_up: str = ""


def situation_time_problem(occurred_at: dt.datetime, now: dt.datetime) -> str:
    """What is wrong with the situation's time ("" if nothing): not ahead, not over a year
    ago. Also the form's own check, so that it is told with the other fields' errors."""
    if occurred_at > now:
        return _("The time is in the future.")
    if occurred_at < now - dt.timedelta(days=OLDEST_DAYS):
        return _("The time is more than a year ago.")
    return ""


def situation_place_problem(channel: str, service_point) -> str:
    """A situation at the counter needs its service point ("" if it has one)."""
    if channel == HardSituation.Channel.COUNTER and service_point is None:
        return _("Choose the service point where it happened.")
    return ""


def _checked(data: SituationInput, actor: User, now: dt.datetime) -> dict:
    """The fields to save, or ValidationError with every problem by field."""
    errors: dict[str, str] = {}
    if problem := situation_time_problem(data.occurred_at, now):
        errors["occurred_at"] = problem
    if not data.description.strip():
        errors["description"] = _("Tell what happened.")
    if problem := situation_place_problem(data.channel, data.service_point):
        errors["service_point"] = problem
    for name, choices in (
        ("channel", HardSituation.Channel),
        ("kind", HardSituation.Kind),
        ("severity", HardSituation.Severity),
    ):
        if getattr(data, name) not in choices.values:
            errors[name] = _("Choose one of the options.")
    case = None
    reference = data.case_reference.strip().upper()
    if reference:
        case = Case.objects.select_related("customer").filter(reference=reference).first()
        if case is None or not case_visible_to(case=case, user=actor):
            errors["case_reference"] = _("No case with this reference that you may see.")
    if errors:
        raise ValidationError(errors)
    customer = data.customer
    if case is not None and case.customer_id:
        customer = case.customer
    return {"case": case, "customer": customer}


@in_transaction
def situation_record(*, actor: User, data: SituationInput, now=None) -> HardSituation:
    """A hard situation recorded by `actor`; ValidationError (nothing saved) on bad input."""
    now = now or timezone.now()
    links = _checked(data, actor, now)
    situation = HardSituation.objects.create(
        recorded_by=actor,
        recorded_at=now,
        occurred_at=data.occurred_at,
        service_point=data.service_point,
        channel=data.channel,
        kind=data.kind,
        severity=data.severity,
        description=data.description.strip(),
        customer_note=data.customer_note.strip(),
        debriefing=data.debriefing,
        occupational_health=data.occupational_health,
        police_report=data.police_report,
        security_called=data.security_called,
        support_note=data.support_note.strip(),
        follow_up=data.follow_up.strip(),
        **links,
    )
    situation.staff_involved.set([u for u in data.staff_involved if u.pk != actor.pk])
    if situation.customer_id or situation.case_id:
        access_log_record(
            actor=actor,
            action="create",
            context="situation_record",
            customer=situation.customer,
            case=situation.case,
        )
    return situation


@in_transaction
def situation_review(
    *, actor: User, situation: HardSituation, note: str, measures: str, now=None
) -> HardSituation:
    """The team's review: who, when, a note and the measures agreed. Once; a situation the
    person may not review is refused with ValidationError (nothing changed)."""
    now = now or timezone.now()
    situation = row_lock(situation)
    if not may_review(user=actor, situation=situation):
        raise ValidationError(_("This situation is already reviewed, or not yours to review."))
    if not note.strip():
        raise ValidationError({"review_note": _("Write what the review found.")})
    situation.reviewed_at = now
    situation.reviewed_by = actor
    situation.review_note = note.strip()
    situation.measures = measures.strip()
    situation.save(update_fields=["reviewed_at", "reviewed_by", "review_note", "measures"])
    if situation.customer_id or situation.case_id:
        access_log_record(
            actor=actor,
            action="change",
            context="situation_review",
            customer=situation.customer,
            case=situation.case,
        )
    return situation
