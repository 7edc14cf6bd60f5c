"""What feedback holds of a person, for the data-subject export (registered with
`privacy.subjects` by `FeedbackConfig.ready`).

A feedback record holds no personal data of its own: it classifies the person's case (kind,
topic, an idea's fate), and goes with the case when that is anonymised or erased."""

from django.db.models import Q

from luukku.privacy.subjects import ExportPart

from .models import Feedback


def feedback_export(customer) -> ExportPart:
    records = (
        Feedback.objects.filter(
            Q(case__customer=customer) | Q(case__customer__merged_into=customer)
        )
        .select_related("case", "topic", "service")
        .order_by("received_at", "pk")
    )
    rows = [
        {
            "case": record.case.reference,
            "kind": record.get_kind_display(),
            "topic": record.topic.name if record.topic_id else "",
            "service": record.service.name if record.service_id else "",
            "received": record.received_at.isoformat(),
            "answer_due": record.answer_due_on.isoformat() if record.answer_due_on else None,
            "fate": record.get_fate_display(),
            "fate_reason": record.fate_reason,
        }
        for record in records
    ]
    return ExportPart(rows=rows)
