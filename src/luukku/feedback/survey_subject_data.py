"""What the satisfaction surveys hold of a person, for the data-subject export and erasure
(registered with `privacy.subjects` by `FeedbackConfig.ready`).

A survey of a case keeps the address it went to, the score and the comment. The export gives
the surveys of the person's cases; the case's anonymisation empties the address and the
comment (the score stays, without anyone to name, so the figures do not change)."""

from django.db.models import Q

from luukku.privacy.subjects import ExportPart

from .survey_models import Survey


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def surveys_export(customer) -> ExportPart:
    mine = Q(case__customer=customer) | Q(case__customer__merged_into=customer)
    surveys = Survey.objects.filter(mine).select_related("case").order_by("sent_at", "pk")
    return ExportPart(
        rows=[
            {
                "case": survey.case.reference,
                "status": survey.get_status_display(),
                "sent_to": survey.recipient,
                "sent_at": _iso(survey.sent_at),
                "answered_at": _iso(survey.answered_at),
                "score": survey.score,
                "comment": survey.comment,
            }
            for survey in surveys
        ]
    )


def case_surveys_anonymise(case_id: int) -> None:
    Survey.objects.filter(case_id=case_id).update(recipient="", comment="")
