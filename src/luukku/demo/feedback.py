"""The demo's feedback (docs/feedback.md, "Feedback"): the topics staff keep, and a feedback
record on each of the demo's feedback cases, of every kind — complaints answered in time,
late and not yet (some past their answer day), ideas with their fates.

Deterministic: the kind and topic follow each case's place in the order of references, the
fates their place among the ideas; the dates follow the cases', which are relative to the
day the demo is loaded for."""

from django.db.models import Exists, OuterRef

from luukku.cases.models import Case, CaseEvent
from luukku.feedback.models import Feedback, FeedbackTopic
from luukku.feedback.services import complaint_answer_due

from .city import add_translations

TOPICS = [
    ("Palvelutapa", "Bemötande", "Service manner"),
    ("Aukioloajat", "Öppettider", "Opening hours"),
    ("Odotusaika", "Väntetid", "Waiting time"),
    ("Tiedottaminen ja neuvonta", "Information och rådgivning", "Information and advice"),
    ("Verkkoasiointi", "E-tjänster", "Online services"),
    ("Tilat ja esteettömyys", "Lokaler och tillgänglighet", "Premises and accessibility"),
]
# The kinds in turn over the feedback cases (complaints and praise the most common).
KINDS = ["complaint", "praise", "idea", "complaint", "question", "praise", "idea", "complaint"]
# The ideas' fates in turn (the reason of a declined idea, told to the citizen).
FATES = [
    ("implemented", ""),
    ("considered", ""),
    (
        "declined",
        "Kaupungintalon aulan penkit ovat palotarkastajan hyväksymiä, eikä niitä voi siirtää.",
    ),
    ("", ""),
    ("implemented", ""),
]


def load_feedback_topics() -> list[FeedbackTopic]:
    topics = []
    for order, names in enumerate(TOPICS):
        fields = {"order": order, "active": True, "name": names[0]}
        add_translations(fields, "name", names)
        topic, _ = FeedbackTopic.objects.update_or_create(name_fi=names[0], defaults=fields)
        topics.append(topic)
    return topics


def load_feedback(services: dict, staff: dict) -> int:
    """A feedback record on each demo case of the feedback service that has none."""
    topics = load_feedback_topics()
    replied = CaseEvent.objects.filter(case=OuterRef("pk"), kind=CaseEvent.Kind.MESSAGE_OUT)
    cases = list(
        Case.objects.filter(service=services["feedback"], feedback__isnull=True)
        .annotate(replied=Exists(replied))
        .order_by("reference")
    )
    records, ideas = [], 0
    for index, case in enumerate(cases):
        chosen = (case.answers or {}).get("feedback_kind", "")
        kind = chosen if chosen in Feedback.Kind.values else KINDS[index % len(KINDS)]
        record = Feedback(
            case=case,
            kind=kind,
            topic=topics[index % len(topics)],
            service=services["feedback"] if index % 3 else None,
            service_point=case.service_point,
            received_at=case.created_at,
        )
        if kind == Feedback.Kind.COMPLAINT:
            record.answer_due_on = complaint_answer_due(case.created_at)
        if kind == Feedback.Kind.IDEA:
            fate, reason = FATES[ideas % len(FATES)]
            ideas += 1
            if fate:
                record.fate, record.fate_reason = fate, reason
                record.fate_at = case.resolved_at or case.updated_at
                record.fate_by = staff["aino"]
        records.append(record)
    Feedback.objects.bulk_create(records, batch_size=500)
    return len(records)
