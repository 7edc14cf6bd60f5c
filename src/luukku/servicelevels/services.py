"""Writes of service levels: each case's next due time kept current, warnings and breaches
recorded once, and the escalation ladder climbed by hand or when a step's time runs out."""

import datetime as dt
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from luukku.cases.events import (
    event_escalated,
    event_escalation_closed,
    event_service_level_alert,
)
from luukku.cases.models import Case
from luukku.core.calendar import BusinessHours
from luukku.core.locks import in_transaction, row_claim, row_lock, write_transaction
from luukku.organisation.models import User
from luukku.privacy.services import access_log_record

from .models import Alert, Escalation, EscalationStep
from .selectors import (
    ServiceLevel,
    State,
    business_hours,
    case_service_level,
    escalation_can_close,
)

# The worker looks at this many cases per run; the rest wait for the next run.
CHECK_BATCH = 500


def _summary(level: ServiceLevel | None, now: dt.datetime) -> dict:
    """What the case row keeps: the next due time, the state and when to look again."""
    if level is None:
        return {"sla_due_at": None, "sla_state": "", "sla_check_at": None}
    clocks = [clock for _name, clock in level.clocks]
    if all(clock.is_done for clock in clocks):
        late = any(clock.state == State.BREACHED for clock in clocks)
        return {
            "sla_due_at": None,
            "sla_state": State.BREACHED if late else State.MET,
            "sla_check_at": None,
        }
    if level.paused:
        return {"sla_due_at": None, "sla_state": State.PAUSED, "sla_check_at": None}
    coming = [
        moment
        for clock in clocks
        if not clock.is_done
        for moment in (clock.warn_at, clock.due_at)
        if moment > now
    ]
    breached = any(clock.state == State.BREACHED for clock in clocks)
    current = level.current
    return {
        "sla_due_at": current.due_at,
        "sla_state": State.BREACHED if breached else current.state,
        "sla_check_at": min(coming, default=None),
    }


def case_service_level_refresh(
    *,
    case: Case,
    hours: BusinessHours | None = None,
    now: dt.datetime | None = None,
    record: bool = True,
) -> ServiceLevel | None:
    """Store the case's next due time and state, and record the warnings and breaches that
    have fallen due. Runs in the transaction of every change that moves the clock.

    `record=False` only stores the state (for loading history that has no alerts)."""
    now = now or timezone.now()
    level = case_service_level(case=case, hours=hours, now=now)
    summary = _summary(level, now)
    # The case is the row the write holds (or the worker claimed): the same values need no
    # UPDATE (a case without a target, or one whose next due time has not moved).
    if any(getattr(case, name) != value for name, value in summary.items()):
        Case.objects.filter(pk=case.pk).update(**summary)
        for name, value in summary.items():
            setattr(case, name, value)
    if level is not None and record:
        for clock_name, clock in level.clocks:
            if clock.state == State.WARNING:
                _alert_record(case, clock_name, Alert.Kind.WARNING, clock.due_at, now)
            elif clock.state == State.BREACHED:
                alert = _alert_record(case, clock_name, Alert.Kind.BREACH, clock.due_at, now)
                if alert and clock_name == "resolution" and case.is_open:
                    _escalate_on_breach(case, now, hours or business_hours())
    return level


def _alert_record(case, clock: str, kind: str, due_at, now) -> Alert | None:
    """Record the alert unless it is there already; returns it only when new."""
    try:
        with transaction.atomic():
            alert, created = Alert.objects.get_or_create(
                case=case, clock=clock, kind=kind, defaults={"due_at": due_at, "recorded_at": now}
            )
    except IntegrityError:  # another worker recorded it at the same moment
        return None
    if not created:
        return None
    event_service_level_alert(case, clock=clock, alert=kind, due_at=due_at, at=now)
    return alert


@dataclass(frozen=True)
class CheckResult:
    cases: int
    escalations: int


def service_levels_check(*, now: dt.datetime | None = None) -> CheckResult:
    """The worker's round: cases whose warning or due time has come, and escalation steps
    whose time has run out. Safe to run in several workers at once: each case is locked
    (others skip it) and each alert and step is recorded once by a unique constraint."""
    now = now or timezone.now()
    hours = business_hours()
    ids = list(
        Case.objects.filter(sla_check_at__lte=now)
        .order_by("sla_check_at")
        .values_list("pk", flat=True)[:CHECK_BATCH]
    )
    checked = 0
    for pk in ids:
        with write_transaction():
            case = row_claim(Case.objects.filter(pk=pk, sla_check_at__lte=now))
            if case is None:
                continue
            case_service_level_refresh(case=case, hours=hours, now=now)
            checked += 1
    return CheckResult(cases=checked, escalations=escalations_advance(now=now, hours=hours))


# -- escalation ----------------------------------------------------------------------------


def _next_step(case: Case) -> EscalationStep | None:
    """The first step of the case's department's ladder above every step it has been at."""
    if case.department_id is None:
        return None
    highest = max((e.step.position for e in case.escalations.select_related("step")), default=0)
    return (
        EscalationStep.objects.filter(department_id=case.department_id, position__gt=highest)
        .select_related("person")
        .order_by("position")
        .first()
    )


def _escalate(
    case: Case, *, actor: User | None, trigger: str, reason: str, now, hours
) -> Escalation | None:
    step = _next_step(case)
    if step is None:
        return None
    for current in case.escalations.filter(closed_at__isnull=True):
        current.closed_at = now
        current.save(update_fields=["closed_at"])
    escalation = Escalation.objects.create(
        case=case,
        step=step,
        holder=step.person,
        escalated_by=actor,
        trigger=trigger,
        reason=reason,
        escalated_at=now,
        due_at=hours.add(now, dt.timedelta(hours=float(step.response_hours))),
    )
    event_escalated(
        case,
        actor=actor,
        reason=reason,
        trigger=trigger,
        step=step.position,
        title=step.title,
        holder=str(step.person),
        due_at=escalation.due_at,
        at=now,
    )
    access_log_record(
        actor=actor, action="change", case=case, context="case_escalate", fields=["escalation"]
    )
    return escalation


@in_transaction
def case_escalate(*, case: Case, actor: User, reason: str) -> Escalation:
    """Take the case one step up its department's ladder, with the reason for the person."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": _("Say why the case is escalated.")})
    case = row_lock(case)
    if not case.is_open:
        raise ValidationError({"reason": _("Only an open case can be escalated.")})
    if not EscalationStep.objects.filter(department_id=case.department_id).exists():
        raise ValidationError({"reason": _("This case's department has no escalation ladder.")})
    escalation = _escalate(
        case,
        actor=actor,
        trigger=Escalation.Trigger.MANUAL,
        reason=reason,
        now=timezone.now(),
        hours=business_hours(),
    )
    if escalation is None:
        raise ValidationError({"reason": _("The case is already at the top of the ladder.")})
    return escalation


def _escalate_on_breach(case: Case, now, hours: BusinessHours) -> None:
    if case.escalations.exists():
        return
    _escalate(case, actor=None, trigger=Escalation.Trigger.BREACH, reason="", now=now, hours=hours)


def escalations_advance(*, now: dt.datetime | None = None, hours=None) -> int:
    """Escalations whose time has run out go on to the next step; those of cases that are
    no longer open are closed. Returns how many went on."""
    now = now or timezone.now()
    hours = hours or business_hours()
    advanced = 0
    overdue = Escalation.objects.filter(closed_at__isnull=True, due_at__lte=now)
    for pk in list(overdue.values_list("pk", flat=True)[:CHECK_BATCH]):
        with write_transaction():
            waiting = Escalation.objects.filter(pk=pk, closed_at__isnull=True)
            # The case first, then its escalation (see core.locks); closed or taken meanwhile,
            # it is passed by.
            case_id = waiting.values_list("case_id", flat=True).first()
            case = case_id and row_lock(Case, case_id)
            escalation = case and row_claim(waiting.select_related("case", "step"))
            if not escalation:
                continue
            if not case.is_open:
                escalation.closed_at = now
                escalation.save(update_fields=["closed_at"])
                continue
            trigger = Escalation.Trigger.TIMEOUT
            if _escalate(case, actor=None, trigger=trigger, reason="", now=now, hours=hours):
                advanced += 1
    return advanced


@in_transaction
def escalation_close(*, escalation: Escalation, actor: User, outcome: str) -> Escalation:
    """The person at the step says what they did; the ladder stops there."""
    outcome = (outcome or "").strip()
    if not outcome:
        raise ValidationError({"outcome": _("Say what was done.")})
    row_lock(Case, escalation.case_id)  # the case first: see core.locks
    escalation = row_lock(escalation)
    if not escalation.is_open:
        raise ValidationError({"outcome": _("This escalation is closed already.")})
    if not escalation_can_close(escalation=escalation, user=actor):
        raise PermissionDenied
    escalation.closed_at = timezone.now()
    escalation.outcome = outcome
    escalation.save(update_fields=["closed_at", "outcome"])
    event_escalation_closed(
        escalation.case, actor=actor, outcome=outcome, step=escalation.step.position
    )
    access_log_record(
        actor=actor,
        action="change",
        case=escalation.case,
        context="escalation_close",
        fields=["escalation"],
    )
    return escalation
