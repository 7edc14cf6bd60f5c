"""Reads of feedback (docs/feedback.md): a case's record, the staff's feedback list with its
filters, and the figures of the dashboard's "Feedback" theme.

A complaint is answered when the first reply to the customer is on its case's timeline (the
reply is queued to the customer in the same write), or when its case was resolved at first
contact (answered in the call or at the counter where it was made); it is answered in time
when that answer came on or before its answer day (Helsinki time), overdue when the day has
passed without one. Both are read from the timeline, not stored, so they cannot drift from it."""

import datetime as dt
from dataclasses import dataclass

from django.db.models import Case as Whether
from django.db.models import (
    Count,
    DateTimeField,
    Exists,
    F,
    Min,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    When,
)
from django.db.models.functions import Coalesce
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from luukku.cases.models import Case, CaseEvent
from luukku.cases.selectors import cases_visible_to
from luukku.core.calendar import HELSINKI
from luukku.core.reference import ReferenceList
from luukku.organisation.models import User

from .models import Feedback, FeedbackTopic

# The topics offered for a case's feedback, kept in each process (core.reference).
FEEDBACK_TOPICS = ReferenceList("feedback_topics", FeedbackTopic.objects.filter(active=True))

LIST_LIMIT = 200


def _first_reply() -> Coalesce:
    """The first written reply, or else the moment a case resolved at first contact was
    resolved (a complaint answered in the call or at the counter where it was made)."""
    replies = (
        CaseEvent.objects.filter(case=OuterRef("case"), kind=CaseEvent.Kind.MESSAGE_OUT)
        .order_by()
        .values("case")
        .annotate(first=Min("at"))
        .values("first")
    )
    in_the_contact = Whether(
        When(case__first_contact_resolution=True, then=F("case__resolved_at")),
        output_field=DateTimeField(),
    )
    return Coalesce(Subquery(replies, output_field=DateTimeField()), in_the_contact)


def _end_of(day: dt.date) -> dt.datetime:
    """The first moment after `day` in Helsinki."""
    return dt.datetime.combine(day + dt.timedelta(days=1), dt.time(), tzinfo=HELSINKI)


def case_feedback(*, case: Case) -> Feedback | None:
    """The case's feedback record with its first reply (`first_reply_at`), or None."""
    return (
        Feedback.objects.filter(case=case)
        .select_related("topic", "service", "service_point", "handler", "fate_by")
        .annotate(first_reply_at=_first_reply())
        .first()
    )


def feedback_topics(*, active_only: bool = True) -> QuerySet[FeedbackTopic]:
    topics = FeedbackTopic.objects.all()
    return topics.filter(active=True) if active_only else topics


def complaint_answered_in_time(feedback: Feedback) -> bool | None:
    """True or False for an answered complaint, None for anything else."""
    first = getattr(feedback, "first_reply_at", None)
    if feedback.kind != Feedback.Kind.COMPLAINT or first is None or not feedback.answer_due_on:
        return None
    return first < _end_of(feedback.answer_due_on)


@dataclass(frozen=True)
class FeedbackFilters:
    kind: str = ""
    topic: int | None = None
    service: int | None = None  # the service the feedback concerns
    start: dt.date | None = None
    end: dt.date | None = None  # inclusive
    fate: str = ""  # an idea's fate, "undecided", or ""
    overdue: bool = False  # complaints past their answer day without a reply


def _filtered(records: QuerySet[Feedback], filters: FeedbackFilters, today: dt.date):
    if filters.kind:
        records = records.filter(kind=filters.kind)
    if filters.topic:
        records = records.filter(topic_id=filters.topic)
    if filters.service:
        records = records.filter(service_id=filters.service)
    if filters.start:
        records = records.filter(received_at__gte=_end_of(filters.start - dt.timedelta(days=1)))
    if filters.end:
        records = records.filter(received_at__lt=_end_of(filters.end))
    if filters.fate == "undecided":
        records = records.filter(kind=Feedback.Kind.IDEA, fate="")
    elif filters.fate:
        records = records.filter(fate=filters.fate)
    if filters.overdue:
        replied = CaseEvent.objects.filter(case=OuterRef("case"), kind=CaseEvent.Kind.MESSAGE_OUT)
        records = records.filter(
            ~Exists(replied),
            ~Q(case__first_contact_resolution=True),
            kind=Feedback.Kind.COMPLAINT,
            answer_due_on__lt=today,
        )
    return records


def feedback_list(
    *, user: User, filters: FeedbackFilters, now: dt.datetime | None = None
) -> list[Feedback]:
    """The feedback on cases `user` may see, newest first, narrowed by `filters` (at most
    LIST_LIMIT rows), each with its case and first reply (`first_reply_at`)."""
    today = timezone.localtime(now or timezone.now(), HELSINKI).date()
    records = Feedback.objects.filter(case__in=cases_visible_to(user=user))
    records = _filtered(records, filters, today)
    return list(
        records.select_related("case", "topic", "service", "service_point")
        .annotate(first_reply_at=_first_reply())
        .order_by("-received_at", "-pk")[:LIST_LIMIT]
    )


def overdue(feedback: Feedback, today: dt.date) -> bool:
    return (
        feedback.kind == Feedback.Kind.COMPLAINT
        and feedback.answer_due_on is not None
        and getattr(feedback, "first_reply_at", None) is None
        and feedback.answer_due_on < today
    )


# -- the dashboard's figures --------------------------------------------------------------------


def _in_period(filters) -> QuerySet[Feedback]:
    """Feedback received in the dashboard's period on cases of its dimensions (the service,
    department, channel, point and handler of the case)."""
    cases = Case.objects.filter(filters.dimensions())
    return Feedback.objects.filter(
        case__in=cases,
        received_at__gte=_end_of(filters.start - dt.timedelta(days=1)),
        received_at__lt=_end_of(filters.end),
    )


def figures_by(filters, dimension: str) -> list[dict]:
    """Feedback counted by kind and by `dimension` ("kind", "topic", "service", "channel",
    "point")."""
    field = {
        "kind": "kind",
        "topic": "topic__name",
        "service": "service__name",
        "channel": "case__channel",
        "point": "service_point__name",
    }[dimension]
    rows = (
        _in_period(filters)
        .values(label=F(field))
        .annotate(
            total=Count("pk"),
            praise=Count("pk", filter=Q(kind="praise")),
            complaint=Count("pk", filter=Q(kind="complaint")),
            idea=Count("pk", filter=Q(kind="idea")),
            question=Count("pk", filter=Q(kind="question")),
        )
        .order_by("-total", "label")
    )
    return list(rows)


def complaints_in_time(filters, *, now: dt.datetime | None = None) -> dict:
    """Complaints received in the period: answered, answered in time (count and share of
    the answered), still unanswered and overdue among them."""
    today = timezone.localtime(now or timezone.now(), HELSINKI).date()
    complaints = list(
        _in_period(filters)
        .filter(kind=Feedback.Kind.COMPLAINT)
        .annotate(first_reply_at=_first_reply())
        .only("pk", "kind", "answer_due_on")
    )
    answered = [c for c in complaints if c.first_reply_at is not None]
    in_time = [c for c in answered if complaint_answered_in_time(c)]
    return {
        "received": len(complaints),
        "answered": len(answered),
        "in_time": len(in_time),
        "share": len(in_time) / len(answered) if answered else None,
        "overdue": sum(1 for c in complaints if overdue(c, today)),
    }


def ideas_fates(filters) -> dict:
    """Ideas received in the period, and their fates as they stand."""
    counts = (
        _in_period(filters)
        .filter(kind=Feedback.Kind.IDEA)
        .aggregate(
            received=Count("pk"),
            considered=Count("pk", filter=Q(fate="considered")),
            implemented=Count("pk", filter=Q(fate="implemented")),
            declined=Count("pk", filter=Q(fate="declined")),
            undecided=Count("pk", filter=Q(fate="")),
        )
    )
    return counts


def idea_fate_reply(feedback: Feedback) -> str:
    """A reply telling the citizen what became of their idea, in the case's language, for
    the handler to read, edit and send as the case's usual reply (never sent by itself)."""
    if feedback.kind != Feedback.Kind.IDEA or not feedback.fate:
        return ""
    with translation.override(feedback.case.language or "fi"):
        texts = {
            Feedback.Fate.CONSIDERED: _(
                "Thank you for your idea. We are considering it and will tell you what we decide."
            ),
            Feedback.Fate.IMPLEMENTED: _(
                "Thank you for your idea. We have put it into practice: thank you for "
                "helping us improve our services."
            ),
            Feedback.Fate.DECLINED: _(
                "Thank you for your idea. We looked into it carefully but cannot put it into "
                "practice, because: %(reason)s"
            ),
        }
        return str(texts[feedback.fate]) % {"reason": feedback.fate_reason}
