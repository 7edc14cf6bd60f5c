"""Reading the satisfaction surveys' results (docs/feedback.md, "Metrics").

CSAT is the share of answers of 4 or 5; the response rate is answered out of sent. A group
with fewer than SURVEY_SMALL_COUNT answers is flagged "too few to compare". A handler sees
the results of their own work only, a supervisor (or administrator) everyone's:
`surveys_visible` is the one rule, used by the page and the dashboard alike.
"""

import datetime as dt
import re
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Avg, Count, Q, QuerySet
from django.utils.translation import gettext_lazy as _

from luukku.cases.models import Channel
from luukku.core.calendar import HELSINKI
from luukku.privacy.masking import MASK, personal_data_masked

from .survey_models import Survey

GROUPS = {
    "handler": ("handler", _("Handler")),
    "service": ("service", _("Service")),
    "channel": ("channel", _("Channel")),
    "service_point": ("service_point", _("Service point")),
}


def surveys_visible(user) -> QuerySet[Survey]:
    """The surveys whose results `user` may see: all for a supervisor or administrator, their
    own (as the handler) for anyone else on the staff, none for others."""
    surveys = Survey.objects.filter(status__in=[Survey.Status.SENT, Survey.Status.ANSWERED])
    if user is None or not user.is_authenticated or not user.is_active:
        return surveys.none()
    if user.sees_everything:
        return surveys
    if user.role == user.Role.DPO:
        return surveys.none()
    return surveys.filter(handler=user)


@dataclass(frozen=True)
class SurveyFilters:
    start: dt.date
    end: dt.date
    service: int | None = None
    channel: str = ""
    service_point: int | None = None
    handler: int | None = None


def surveys_filtered(user, filters: SurveyFilters) -> QuerySet[Survey]:
    """The surveys sent in the period (Finnish days, inclusive) that `user` may see."""
    return _filtered(surveys_visible(user), filters)


def surveys_all_filtered(filters: SurveyFilters) -> QuerySet[Survey]:
    """Everyone's surveys sent in the period: for the supervisors' dashboard only."""
    surveys = Survey.objects.filter(status__in=[Survey.Status.SENT, Survey.Status.ANSWERED])
    return _filtered(surveys, filters)


def _filtered(surveys: QuerySet[Survey], filters: SurveyFilters) -> QuerySet[Survey]:
    since = dt.datetime.combine(filters.start, dt.time.min, tzinfo=HELSINKI)
    until = dt.datetime.combine(filters.end + dt.timedelta(days=1), dt.time.min, tzinfo=HELSINKI)
    surveys = surveys.filter(sent_at__gte=since, sent_at__lt=until)
    for field in ("service", "channel", "service_point", "handler"):
        value = getattr(filters, field)
        if value:
            surveys = surveys.filter(**{field: value})
    return surveys


@dataclass
class Result:
    key: object
    label: str
    sent: int
    answered: int
    satisfied: int
    average: float | None

    @property
    def response_rate(self) -> float | None:
        return self.answered / self.sent if self.sent else None

    @property
    def csat(self) -> float | None:
        return self.satisfied / self.answered if self.answered else None

    @property
    def small_count(self) -> int:
        return settings.SURVEY_SMALL_COUNT

    @property
    def too_few(self) -> bool:
        return self.answered < settings.SURVEY_SMALL_COUNT


def _figures():
    return {
        "sent": Count("pk"),
        "answered": Count("pk", filter=Q(status=Survey.Status.ANSWERED)),
        "satisfied": Count("pk", filter=Q(status=Survey.Status.ANSWERED, score__gte=4)),
        "average": Avg("score", filter=Q(status=Survey.Status.ANSWERED)),
    }


def survey_total(surveys: QuerySet[Survey]) -> Result:
    row = surveys.aggregate(**_figures())
    return Result(key=None, label=str(_("All")), **row)


def survey_results(surveys: QuerySet[Survey], group: str) -> list[Result]:
    """The figures per handler, service, channel or service point, most sent first."""
    field, _title = GROUPS[group]
    rows = surveys.values(field).annotate(**_figures()).order_by()
    labels = _labels(group, {row[field] for row in rows})
    results = [
        Result(
            key=row[field],
            label=labels.get(row[field], str(_("Not known"))),
            sent=row["sent"],
            answered=row["answered"],
            satisfied=row["satisfied"],
            average=row["average"],
        )
        for row in rows
    ]
    return sorted(results, key=lambda result: (-result.sent, result.label))


def _labels(group: str, keys: set) -> dict:
    keys.discard(None)
    if group == "channel":
        return {key: str(Channel(key).label) for key in keys if key in Channel.values}
    model = Survey._meta.get_field(group).related_model
    return {item.pk: str(item) for item in model.objects.filter(pk__in=keys)}


def comment_masked(survey: Survey) -> str:
    """The comment with e-mail addresses, phone numbers and identity codes masked, and the
    names known to belong to it (the case's customer, the handler) too."""
    text = personal_data_masked(survey.comment)
    names = []
    case = survey.case
    if case is not None and case.customer is not None:
        names += [case.customer.first_name, case.customer.last_name]
    if survey.handler is not None:
        names += [survey.handler.first_name, survey.handler.last_name]
    for name in {name.strip() for name in names if name and len(name.strip()) > 1}:
        text = re.sub(rf"\b{re.escape(name)}\b", MASK, text, flags=re.IGNORECASE)
    return text


def survey_comments(surveys: QuerySet[Survey], *, limit: int = 50) -> list[dict]:
    """The newest answers with a comment, masked for personal data."""
    answered = (
        surveys.filter(status=Survey.Status.ANSWERED)
        .exclude(comment="")
        .select_related("case__customer", "handler", "service")
        .order_by("-answered_at", "-pk")[:limit]
    )
    return [
        {
            "answered_at": survey.answered_at,
            "score": survey.score,
            "service": survey.service,
            "handler": survey.handler,
            "channel": survey.get_channel_display(),
            "comment": comment_masked(survey),
        }
        for survey in answered
    ]
