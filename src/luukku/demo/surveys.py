"""The demo's satisfaction surveys (docs/feedback.md): the resolved cases of the history with
an address (one case per address) were surveyed an hour after their resolution, and about
half answered, each handler and service with a score of their own, a few with a comment in
the case's language. Written as the service would have written them (the survey, its sent
and answered steps on the case's timeline), deterministic for the seed and the load date."""

import datetime as dt
import random
import secrets

from luukku.cases.events import event_feedback
from luukku.cases.models import Case, CaseEvent, Status
from luukku.feedback.survey_models import Survey

from .city import DEMO_TOKEN_PREFIX, demo_start

COMMENTS = {
    "fi": [
        "Asia hoitui nopeasti, kiitos!",
        "Ystävällinen palvelu, mutta vastausta piti odottaa.",
        "En saanut vastausta kysymykseeni.",
        "Selkeät ohjeet ja asiantunteva neuvonta.",
        "Soittakaa minulle numeroon 040 123 4567, jos tarvitsette lisätietoja.",
    ],
    "sv": [
        "Snabb och vänlig service, tack!",
        "Jag fick vänta länge på svaret.",
        "Tydliga anvisningar.",
    ],
    "en": [
        "Quick and friendly, thank you!",
        "It took a long time to get an answer.",
        "Clear instructions.",
    ],
}


def load_surveys(rng: random.Random, *, today: dt.date) -> int:
    """Surveys of the demo's resolved cases; how many were sent."""
    now = demo_start(today)
    cases = (
        Case.objects.filter(
            token__startswith=DEMO_TOKEN_PREFIX,
            status__in=[Status.RESOLVED, Status.CLOSED],
            sensitive=False,
            service__sensitive=False,
            service__internal=False,
            assignee__isnull=False,
            survey__isnull=True,  # those resolved by the load itself have theirs pending
        )
        .exclude(contact_email="")
        .select_related("service")
        .order_by("pk")
    )
    # Each handler and service leans a little differently, so the results differ.
    lean: dict = {}
    surveys, answered_cases, seen = [], [], set()
    for case in cases:
        if case.contact_email.lower() in seen or rng.random() < 0.2:
            continue
        seen.add(case.contact_email.lower())
        resolved_at = case.resolved_at or case.updated_at  # a closed case may have none
        sent_at = min(resolved_at + dt.timedelta(hours=1), now)
        survey = Survey(
            case=case,
            token=DEMO_TOKEN_PREFIX + secrets.token_urlsafe(32),
            status=Survey.Status.SENT,
            language=case.language,
            channel=case.channel,
            service_id=case.service_id,
            service_point_id=case.service_point_id,
            handler_id=case.assignee_id,
            recipient=case.contact_email,
            created_at=resolved_at,
            due_at=sent_at,
            sent_at=sent_at,
        )
        if rng.random() < 0.55:
            bias = lean.setdefault(case.assignee_id, rng.uniform(-0.8, 0.6))
            bias += lean.setdefault(("service", case.service_id), rng.uniform(-0.5, 0.5))
            survey.score = max(1, min(5, round(rng.gauss(4.1 + bias, 0.9))))
            survey.status = Survey.Status.ANSWERED
            survey.answered_at = min(sent_at + dt.timedelta(hours=rng.randrange(1, 72)), now)
            if rng.random() < 0.3:
                survey.comment = rng.choice(COMMENTS.get(case.language, COMMENTS["fi"]))
            answered_cases.append(case)
        surveys.append(survey)
    Survey.objects.bulk_create(surveys)
    events = []
    for survey in surveys:
        details = {"survey": survey.pk}
        events.append(
            event_feedback.build(
                survey.case, actor=None, action="survey_sent", details=details, at=survey.sent_at
            )
        )
        if survey.score:
            events.append(
                event_feedback.build(
                    survey.case,
                    actor=None,
                    action="survey_answered",
                    details={**details, "score": survey.score},
                    at=survey.answered_at,
                )
            )
    CaseEvent.objects.bulk_create(events)
    return len(surveys)
