"""Asking an expert behind the scenes: ask, answer, take over, withdraw, mark seen."""

import contextlib
import datetime as dt

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from luukku.core.locks import in_transaction, row_lock
from luukku.organisation.models import Department, User
from luukku.organisation.selectors import business_hours
from luukku.privacy.services import access_log_record

from ..events import (
    event_consultation_answered,
    event_consultation_asked,
    event_consultation_taken_over,
    event_consultation_withdrawn,
)
from ..models import (
    Case,
    Consultation,
    Status,
)
from ..registry import consultation_answered, consultation_rows_lock
from .handling import case_assign, case_change_status


@in_transaction
def consultation_ask(
    *,
    case: Case,
    actor: User,
    question: str,
    expert: User | None = None,
    department: Department | None = None,
    context: str = "",
    due_at: dt.datetime | None = None,
    now: dt.datetime | None = None,
) -> Consultation:
    """Ask an expert, or a department's expert queue, about the case. The case waits for
    the expert; the customer sees only that, never who. `due_at`: when the answer is due,
    when it is not the usual answer time (a package part's working days); `now`: when it
    was asked (the demo's history), now if not given."""
    question = (question or "").strip()
    errors: dict[str, list[str]] = {}
    if not question:
        errors["question"] = [_("Write the question for the expert.")]
    if (expert is None) == (department is None):
        errors["expert"] = [_("Choose either an expert or an expert queue.")]
    elif expert is not None and (not expert.is_active or expert.role != User.Role.EXPERT):
        errors["expert"] = [_("%(name)s is not an expert.") % {"name": str(expert)}]
    if errors:
        raise ValidationError(errors)
    case = row_lock(case)
    if not case.is_open:
        raise ValidationError({"question": _("Only an open case can be consulted on.")})
    now = now or timezone.now()
    hours = dt.timedelta(hours=settings.CONSULTATION_ANSWER_HOURS)
    consultation = Consultation.objects.create(
        case=case,
        asked_by=actor,
        expert=expert,
        department=department,
        question=question,
        asked_at=now,
        due_at=due_at or business_hours().add(now, hours),
    )
    event_consultation_asked(
        case,
        actor=actor,
        consultation_id=consultation.pk,
        question=question,
        expert=expert,
        queue=department,
        at=now,
    )
    access_log_record(
        actor=actor,
        action="change",
        case=case,
        context=context or "consultation_ask",
        fields=["consultation"],
    )
    if case.assignee_id is None:
        # Whoever asks owns the case meanwhile, so the answer has someone to come back to.
        with contextlib.suppress(ValidationError), transaction.atomic():
            case = case_assign(
                case=case, actor=actor, assignee=actor, team=case.team, context=context, at=now
            )
    if case.status != Status.WAITING_EXPERT:
        case_change_status(
            case=case,
            actor=actor,
            status=Status.WAITING_EXPERT,
            context=context,
            at=now,
            clocks_at=now,
        )
    return consultation


def _consultation_for_change(consultation: Consultation, actor: User) -> Consultation:
    row_lock(Case, consultation.case_id)  # the case first: see core.locks
    consultation = row_lock(consultation)
    from ..selectors import consultation_can_answer

    if not consultation_can_answer(consultation=consultation, user=actor):
        raise PermissionDenied
    if not consultation.is_open:
        raise ValidationError({"answer": _("This consultation has been answered already.")})
    return consultation


def _stop_waiting_for_expert(case: Case, context: str) -> None:
    """Back to the front line once no consultation is waiting for an answer. Luukku makes
    the change, so that not even the author of the public status change names the expert."""
    case.refresh_from_db(fields=["status"])
    still_open = case.consultations.filter(status=Consultation.Status.OPEN).exists()
    if case.status == Status.WAITING_EXPERT and not still_open:
        case_change_status(case=case, actor=None, status=Status.OPEN, context=context)


@in_transaction
def consultation_answer(
    *, consultation: Consultation, actor: User, answer: str, context: str = ""
) -> Consultation:
    """The expert answers the front line (notes, bullet points); the agent writes the reply."""
    answer = (answer or "").strip()
    if not answer:
        raise ValidationError({"answer": _("Write the answer first.")})
    consultation_rows_lock(consultation)
    consultation = _consultation_for_change(consultation, actor)
    case = row_lock(Case, consultation.case_id)
    consultation.status = Consultation.Status.ANSWERED
    consultation.answer = answer
    consultation.answered_by = actor
    consultation.answered_at = timezone.now()
    consultation.save(update_fields=["status", "answer", "answered_by", "answered_at"])
    event_consultation_answered(case, actor=actor, consultation_id=consultation.pk, answer=answer)
    access_log_record(
        actor=actor,
        action="change",
        case=case,
        context=context or "consultation_answer",
        fields=["consultation"],
    )
    _stop_waiting_for_expert(case, context)
    consultation_answered(consultation, actor=actor)
    return consultation


@in_transaction
def consultation_take_over(
    *, consultation: Consultation, actor: User, note: str = "", context: str = ""
) -> Consultation:
    """The case really belongs to the expert: they become its handler and answer the
    customer themselves from now on."""
    consultation = _consultation_for_change(consultation, actor)
    case = row_lock(Case, consultation.case_id)
    consultation.status = Consultation.Status.TAKEN_OVER
    consultation.answer = (note or "").strip()
    consultation.answered_by = actor
    consultation.answered_at = timezone.now()
    consultation.save(update_fields=["status", "answer", "answered_by", "answered_at"])
    case = case_assign(case=case, actor=actor, assignee=actor, team=None, context=context)
    event_consultation_taken_over(
        case, actor=actor, consultation_id=consultation.pk, note=consultation.answer
    )
    _stop_waiting_for_expert(case, context)
    return consultation


@in_transaction
def consultation_withdraw(*, consultation: Consultation, actor: User) -> Consultation:
    """The front line no longer needs the answer (the customer's question went away)."""
    case = row_lock(Case, consultation.case_id)  # the case first: see core.locks
    consultation = row_lock(consultation)
    if actor.pk != consultation.asked_by_id and not actor.sees_everything:
        raise PermissionDenied
    if not consultation.is_open:
        raise ValidationError({"answer": _("This consultation has been answered already.")})
    consultation.status = Consultation.Status.WITHDRAWN
    consultation.save(update_fields=["status"])
    event_consultation_withdrawn(case, actor=actor, consultation_id=consultation.pk)
    _stop_waiting_for_expert(case, "consultation_withdraw")
    return consultation


def consultations_mark_seen(*, case: Case, user: User, consultations=None) -> int:
    """The agent who asked has now seen the answers on the case. `consultations`, the case's
    as the caller read them, spares the write when none of them waits to be seen."""
    if consultations is not None and not any(
        c.asked_by_id == user.pk and c.seen_at is None and c.answered_at is not None
        for c in consultations
    ):
        return 0
    return case.consultations.filter(
        asked_by=user, seen_at__isnull=True, answered_at__isnull=False
    ).update(seen_at=timezone.now())
