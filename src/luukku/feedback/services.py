"""Writes of feedback (docs/feedback.md, "Feedback"): the record a feedback case gets, the
kind and topic staff set, an idea's fate.

A feedback record hangs on its case: every change is a `feedback` event on the case's
timeline and, when the case has a customer, an entry on the customer's own timeline.
"""

import datetime as dt

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from luukku.cases.events import event_feedback
from luukku.cases.models import Case
from luukku.catalogue.models import Service
from luukku.core.calendar import add_business_days
from luukku.core.locks import in_transaction, row_created, row_lock
from luukku.customers.events import customer_event_feedback
from luukku.organisation.models import ServicePoint, User
from luukku.privacy.services import access_log_record

from .models import Feedback, FeedbackTopic

# The request field a feedback form asks the kind with (its options: Feedback.Kind's values).
KIND_FIELD = "feedback_kind"


def complaint_answer_due(received_at: dt.datetime) -> dt.date:
    """The day a complaint received at `received_at` is promised an answer by: the setting's
    business days on (weekends and Finnish public holidays not counted)."""
    local = timezone.localtime(received_at).date()
    return add_business_days(local, settings.COMPLAINT_ANSWER_DAYS)


def _record(feedback: Feedback, *, actor: User | None, action: str, at: dt.datetime) -> None:
    """The change on the case's timeline and on its customer's."""
    details = {
        "feedback": feedback.pk,
        "kind": feedback.kind,
        "topic": feedback.topic.name if feedback.topic_id else "",
        "fate": feedback.fate,
        "due": feedback.answer_due_on.isoformat() if feedback.answer_due_on else "",
    }
    case = feedback.case
    event_feedback(case, actor=actor, action=action, details=details, at=at)
    if case.customer_id:
        customer_event_feedback(
            case.customer,
            title=case.subject,
            author=actor,
            data={**details, "action": action, "case": case.reference},
            at=at,
        )


def case_feedback_open(*, case: Case, now: dt.datetime | None = None) -> Feedback | None:
    """The feedback record of a new case of a feedback service (FEEDBACK_SERVICES), with the
    kind the citizen chose on the form; None for any other case, or one that has it.

    Registered with `cases.registry` as a clock refresher, so that every channel's new case
    gets it in its own transaction. It acts only when the write holds the case's service
    (a case being created or moved to another service) and costs no query otherwise."""
    if not Case.service.is_cached(case):
        return None
    service = case.service
    if service is None or service.code not in settings.FEEDBACK_SERVICES:
        return None
    if Feedback.objects.filter(case=case).exists():
        return None
    kind = (case.answers or {}).get(KIND_FIELD, "")
    kind = kind if kind in Feedback.Kind.values else ""
    feedback = Feedback.objects.create(
        case=case,
        kind=kind,
        received_at=case.created_at,
        service_point=case.service_point,
        answer_due_on=complaint_answer_due(case.created_at) if kind == "complaint" else None,
    )
    row_created(feedback)
    _record(feedback, actor=None, action="received", at=now or timezone.now())
    return feedback


def _checked(*, kind: str, topic: FeedbackTopic | None, service: Service | None) -> dict[str, str]:
    errors = {}
    if kind not in Feedback.Kind.values:
        errors["kind"] = _("Choose the kind of feedback.")
    if topic is not None and not topic.active:
        errors["topic"] = _("This topic is no longer in use; choose another.")
    if service is not None and not isinstance(service, Service):
        errors["service"] = _("Choose a service of the catalogue.")
    return errors


@in_transaction
def case_feedback_set(
    *,
    case: Case,
    actor: User,
    kind: str,
    topic: FeedbackTopic | None = None,
    service: Service | None = None,
    service_point: ServicePoint | None = None,
    handler: User | None = None,
    context: str = "case_feedback",
    now: dt.datetime | None = None,
) -> Feedback:
    """Mark a case as feedback, or correct what it is: its kind and topic, and the service,
    service point and handler it concerns. A complaint gets its answer date (from when the
    case came in); an idea that stops being one loses its fate."""
    errors = _checked(kind=kind, topic=topic, service=service)
    if errors:
        raise ValidationError(errors)
    now = now or timezone.now()
    feedback = Feedback.objects.filter(case=case).first()
    if feedback is not None:
        feedback = row_lock(feedback)
        action = "changed"
    else:
        case = row_lock(case)
        if Feedback.objects.filter(case=case).exists():
            raise ValidationError(
                {"kind": _("Someone marked this case as feedback just now; look again.")}
            )
        feedback = Feedback(case=case, received_at=case.created_at)
        action = "marked"
    before = (
        feedback.kind,
        feedback.topic_id,
        feedback.service_id,
        feedback.service_point_id,
        feedback.handler_id,
    )
    feedback.kind = kind
    feedback.topic = topic
    feedback.service = service
    feedback.service_point = service_point
    feedback.handler = handler
    if kind == Feedback.Kind.COMPLAINT:
        feedback.answer_due_on = feedback.answer_due_on or complaint_answer_due(
            feedback.received_at
        )
    else:
        feedback.answer_due_on = None
    if kind != Feedback.Kind.IDEA:
        feedback.fate, feedback.fate_reason, feedback.fate_at, feedback.fate_by = "", "", None, None
    after = (
        kind,
        getattr(topic, "pk", None),
        getattr(service, "pk", None),
        getattr(service_point, "pk", None),
        getattr(handler, "pk", None),
    )
    if action == "changed" and before == after:
        return feedback
    feedback.case = case
    feedback.save()
    if action == "marked":
        row_created(feedback)
    _record(feedback, actor=actor, action=action, at=now)
    access_log_record(actor=actor, action="change", case=case, context=context, fields=["feedback"])
    return feedback


@in_transaction
def idea_fate_decide(
    *,
    feedback: Feedback,
    actor: User,
    fate: str,
    reason: str = "",
    context: str = "feedback_list",
    now: dt.datetime | None = None,
) -> Feedback:
    """Decide what becomes of an idea: under consideration, implemented, or declined (with
    the reason the citizen will be told). The citizen is told by the case's usual reply."""
    reason = (reason or "").strip()
    if fate not in Feedback.Fate.values:
        raise ValidationError({"fate": _("Choose what becomes of the idea.")})
    if fate == Feedback.Fate.DECLINED and not reason:
        raise ValidationError({"reason": _("Say why the idea is declined.")})
    feedback = row_lock(feedback, related=["case", "case__customer", "topic"])
    if feedback.kind != Feedback.Kind.IDEA:
        raise ValidationError({"fate": _("Only an idea has a fate.")})
    now = now or timezone.now()
    feedback.fate = fate
    feedback.fate_reason = reason[:2000]
    feedback.fate_at = now
    feedback.fate_by = actor
    feedback.save(update_fields=["fate", "fate_reason", "fate_at", "fate_by"])
    _record(feedback, actor=actor, action=f"fate_{fate}", at=now)
    access_log_record(
        actor=actor, action="change", case=feedback.case, context=context, fields=["fate"]
    )
    return feedback


@in_transaction
def feedback_topic_save(
    *,
    actor: User,
    names: dict[str, str],
    active: bool = True,
    order: int = 0,
    topic: FeedbackTopic | None = None,
) -> FeedbackTopic:
    """Add a topic, or rename or retire one (`names`: fi, sv, en; Finnish required)."""
    names = {lang: (names.get(lang) or "").strip()[:100] for lang in ("fi", "sv", "en")}
    if not names["fi"]:
        raise ValidationError({"name_fi": _("Give the topic a Finnish name.")})
    topic = topic or FeedbackTopic()
    topic.name_fi = names["fi"]
    topic.name_sv = names["sv"] or names["fi"]
    topic.name_en = names["en"] or names["fi"]
    topic.name = topic.name_fi
    topic.active = active
    topic.order = order
    topic.save()
    return topic
