"""The satisfaction figures of the dashboard (docs/feedback.md, "Metrics"): CSAT (the share of
answers of 4 or 5), the average score and the response rate of the satisfaction surveys
sent in the period, in all and per handler, service, channel and service point. A group with
fewer answers than SURVEY_SMALL_COUNT is marked "too few to compare". The dashboard is the
supervisors' (everyone's results); a handler reads their own on "Customer satisfaction"."""

from django.utils.translation import gettext_lazy as _

from luukku.feedback.survey_selectors import (
    GROUPS,
    Result,
    SurveyFilters,
    survey_results,
    survey_total,
    surveys_all_filtered,
)

from .selectors import Filters
from .tables import Cell, Table

COLUMNS = (
    _("Sent"),
    _("Answered"),
    _("Response rate"),
    _("CSAT"),
    _("Average"),
    _("Remark"),
)
TITLES = {
    "handler": _("Satisfaction by handler"),
    "service": _("Satisfaction by service"),
    "channel": _("Satisfaction by channel"),
    "service_point": _("Satisfaction by service point"),
}


def _cells(result: Result) -> list[Cell]:
    return [
        Cell(result.sent),
        Cell(result.answered),
        Cell(result.response_rate, "percent"),
        Cell(result.csat, "percent"),
        Cell(round(result.average, 2) if result.average is not None else None, "decimal"),
        Cell(str(_("too few to compare")) if result.too_few else "", "text"),
    ]


def satisfaction_theme(filters: Filters) -> list[Table]:
    surveys = surveys_all_filtered(
        SurveyFilters(
            start=filters.start,
            end=filters.end,
            service=filters.service,
            channel=filters.channel,
            service_point=filters.service_point,
            handler=filters.assignee,
        )
    )
    total = survey_total(surveys)
    tables = [
        Table(
            slug="satisfaction",
            title=_("Satisfaction"),
            columns=[_("Surveys"), *COLUMNS],
            rows=[[Cell(str(_("All")), "text"), *_cells(total)]],
            note=_(
                "The satisfaction surveys sent in the period after a resolved case. CSAT: the "
                "share of answers of 4 or 5 on the scale of 1 to 5. Response rate: answered of "
                "sent. Fewer than %(count)d answers are too few to compare."
            )
            % {"count": total.small_count},
        )
    ]
    for group in GROUPS:
        tables.append(
            Table(
                slug=f"satisfaction_{group}",
                title=TITLES[group],
                columns=[GROUPS[group][1], *COLUMNS],
                rows=[
                    [Cell(result.label, "text"), *_cells(result)]
                    for result in survey_results(surveys, group)
                ],
                chart=4,  # CSAT
            )
        )
    return tables
