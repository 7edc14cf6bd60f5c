"""The dashboard as tables: the same rows feed the page, its charts, CSV and XLSX.

Cells keep raw numbers (shares 0–1, durations in hours) with their kind, so the page formats
them for the reader's language and the spreadsheet keeps them as numbers.
"""

import functools
from collections.abc import Callable
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from luukku.catalogue.models import Service
from luukku.feedback.survey_selectors import GROUPS as SURVEY_GROUPS

from . import (
    announcements,
    feedback,
    live_chat,
    sales,
    satisfaction,
    selectors,
    situations,
    walk_in,
)
from .models import DurationFigures
from .selectors import Filters
from .tables import Cell, Table

__all__ = ["THEMES", "Cell", "Table", "dashboard_tables", "theme_of_table"]


def _share(part, whole):
    return part / whole if whole else None


def _hours(seconds):
    return None if seconds is None else round(seconds / 3600, 2)


def _summary(filters, figures, lines, timing, backlog) -> Table:
    e_share = selectors.e_service_share(lines)
    response = timing[DurationFigures.Measure.FIRST_RESPONSE]
    resolution = timing[DurationFigures.Measure.RESOLUTION]
    rows = [
        ([_("Contacts"), figures.contacts], "int", None),
        ([_("New cases"), figures.cases], "int", "cases"),
        ([_("Share through e-services"), e_share], "percent", None),
        ([_("Resolved (of the new cases)"), figures.resolved], "int", "resolved"),
        (
            [_("Resolved in the period (any age)"), figures.resolved_in_period],
            "int",
            "resolved_in_period",
        ),
        (
            [_("First-contact resolution rate"), figures.first_contact_rate],
            "percent",
            "first_contact",
        ),
        ([_("Resolved by the front line"), figures.front_line_rate], "percent", "front_line"),
        ([_("Consulted an expert"), figures.consulted_rate], "percent", "consulted"),
        ([_("Forwarded to another organisation"), figures.forwarded_rate], "percent", "forwarded"),
        ([_("First response, median (business hours)"), _hours(response.median)], "hours", None),
        (
            [_("First response, 90th percentile (business hours)"), _hours(response.p90)],
            "hours",
            None,
        ),
        ([_("Resolution, median (business hours)"), _hours(resolution.median)], "hours", None),
        (
            [_("Resolution, 90th percentile (business hours)"), _hours(resolution.p90)],
            "hours",
            None,
        ),
        ([_("First response within target"), figures.response_attainment], "percent", None),
        ([_("Resolution within target"), figures.resolution_attainment], "percent", None),
        ([_("Open cases now"), backlog.open], "int", "open"),
        ([_("Overdue cases now"), backlog.overdue], "int", "overdue"),
    ]
    return Table(
        slug="summary",
        title=_("Key figures"),
        columns=[_("Figure"), _("Value")],
        rows=[
            [Cell(label, "text"), Cell(value, kind, {"measure": drill} if drill else None)]
            for (label, value), kind, drill in rows
        ],
        # What a supervisor looks at first: the open work, the targets, the front line.
        highlights=(15, 16, 13, 14, 5, 1),
    )


def _by(filters, grouping, lines, column, title, slug) -> Table:
    total = sum(line.figures.cases for line in lines) or None
    rows = []
    for line in lines:

        def drill(measure, key=line.key):
            # "(none)" has no filter value of its own to drill down with.
            return None if key is None else {"measure": measure, grouping: key}

        f = line.figures
        rows.append(
            [
                Cell(line.label or _("(none)"), "text"),
                Cell(f.contacts),
                Cell(f.cases, drill=drill("cases")),
                Cell(_share(f.cases, total), "percent"),
                Cell(f.first_contact_rate, "percent", drill("first_contact")),
                Cell(f.front_line_rate, "percent", drill("front_line")),
                Cell(f.consulted_rate, "percent", drill("consulted")),
                Cell(f.forwarded_rate, "percent", drill("forwarded")),
                Cell(f.response_attainment, "percent"),
                Cell(f.resolution_attainment, "percent"),
                Cell(f.resolved_in_period, drill=drill("resolved_in_period")),
            ]
        )
    return Table(
        slug=slug,
        title=title,
        columns=[
            column,
            _("Contacts"),
            _("New cases"),
            _("Share of cases"),
            _("First-contact resolution"),
            _("Front line"),
            _("Consulted"),
            _("Forwarded"),
            _("First response within target"),
            _("Resolution within target"),
            _("Resolved in the period"),
        ],
        rows=rows,
        chart=2,
    )


def _trend(filters) -> Table:
    period, points = selectors.trend(filters)
    rows = []
    for point in points:
        f = point.figures
        # A date, not its text: the page shows it as its reader writes dates, the workbook
        # keeps it a date.
        label = Cell(point.starts_on, "date" if period == "day" else "month")
        rows.append([label, Cell(f.contacts), Cell(f.cases), Cell(f.resolved_in_period)])
    return Table(
        slug="trend",
        title=_("Day by day") if period == "day" else _("Month by month"),
        columns=[_("Period"), _("Contacts"), _("New cases"), _("Resolved in the period")],
        rows=rows,
        chart=2,
        chart_limit=None,
    )


def _backlog(backlog) -> Table:
    rows = []
    for index, ((low, high), count) in enumerate(backlog.ages):
        if high is None:
            label = _("over %(days)d days") % {"days": low}
        else:
            label = _("%(low)d–%(high)d days") % {"low": low, "high": high}
        rows.append([Cell(label, "text"), Cell(count, drill={"measure": "open", "age": index})])
    return Table(
        slug="backlog",
        title=_("Age of open cases"),
        columns=[_("Age"), _("Open cases")],
        rows=rows,
        chart=1,
    )


def _keywords(filters) -> Table:
    return Table(
        slug="keywords",
        title=_("Frequent words in new cases"),
        columns=[_("Word"), _("Cases")],
        rows=[
            [Cell(row["word"], "text"), Cell(row["count"])]
            for row in selectors.keywords_top(filters)
        ],
        chart=1,
        note=_("Words of the subjects, counted by their stem: where the process confuses people."),
    )


def _catalogue() -> list[Table]:
    coverage = selectors.catalogue_coverage()
    published = len(coverage)
    popular = [item for item in coverage if item.cases][:10]
    groups = set(selectors.CHANNEL_GROUPS)
    summary = Table(
        slug="catalogue",
        title=_("Service catalogue"),
        columns=[_("Figure"), _("Value")],
        rows=[
            [Cell(_("Published services"), "text"), Cell(published)],
            [
                Cell(_("Product card complete in Finnish, Swedish and English"), "text"),
                Cell(_share(sum(item.card_complete for item in coverage), published), "percent"),
            ],
            [
                Cell(_("Offered online, by phone and in person"), "text"),
                Cell(
                    _share(sum(item.channel_groups >= groups for item in coverage), published),
                    "percent",
                ),
            ],
            [
                Cell(_("Of the ten most used services, can be started online"), "text"),
                Cell(_share(sum(item.electronic for item in popular), len(popular)), "percent"),
            ],
        ],
    )
    group_names = {
        "electronic": _("online"),
        "phone": _("phone"),
        "in_person": _("in person"),
    }
    labels = functools.cache(_field_label)
    gaps = Table(
        slug="catalogue_gaps",
        title=_("Services with gaps"),
        columns=[
            _("Service"),
            _("New cases in a year"),
            _("Missing from the product card"),
            _("Not offered"),
        ],
        rows=[
            [
                Cell(str(item.service), "text"),
                Cell(item.cases),
                Cell(", ".join(labels(name) for name in item.missing), "text"),
                Cell(
                    ", ".join(str(group_names[g]) for g in sorted(groups - item.channel_groups)),
                    "text",
                ),
            ]
            for item in coverage
            if not item.card_complete or not item.channel_groups >= groups
        ],
    )
    return [summary, gaps]


def _minutes(seconds):
    return None if seconds is None else round(seconds / 60, 1)


def _queue_figure_cells(figures: walk_in.QueueFigures) -> list[Cell]:
    return [
        Cell(figures.tickets),
        Cell(_minutes(figures.wait_mean), "decimal"),
        Cell(_minutes(figures.wait_p90), "decimal"),
        Cell(figures.within_target_share, "percent"),
        Cell(figures.gave_up),
        Cell(figures.no_shows),
        Cell(_minutes(figures.service_mean), "decimal"),
        Cell(_minutes(figures.service_p90), "decimal"),
    ]


QUEUE_COLUMNS = (
    _("Tickets"),
    _("Average wait, min"),
    _("Wait, 90th percentile, min"),
    _("Called within the target wait"),
    _("Left before service"),
    _("Did not come"),
    _("Average service time, min"),
    _("Service time, 90th percentile, min"),
)


def _queue_theme(filters: Filters) -> list[Table]:
    """The walk-in queue of the chosen point (or of all points) in the period."""
    report = walk_in.queue_report(
        start=filters.start, end=filters.end, service_point=filters.service_point
    )
    total = report.total
    summary = Table(
        slug="queue",
        title=_("Walk-in queue"),
        columns=[_("Figure"), _("Value")],
        rows=[
            [Cell(label, "text"), cell]
            for label, cell in zip(QUEUE_COLUMNS, _queue_figure_cells(total), strict=True)
        ]
        + [
            [
                Cell(_("Desk utilisation (busy of staffed time)"), "text"),
                Cell(report.utilisation, "percent"),
            ]
        ],
        note=_(
            "Waiting time from taking the number to the first call; service time from the "
            "first call to the end of the visit; left before service includes the tickets "
            "closed with the day."
        ),
    )
    several_points = len({group.service_point_id for group, _f in report.groups}) > 1
    by_group = Table(
        slug="queue_groups",
        title=_("Walk-in queue by service group"),
        columns=[_("Service group"), *QUEUE_COLUMNS],
        rows=[
            [
                Cell(f"{group} ({group.service_point})" if several_points else str(group), "text"),
                *_queue_figure_cells(figures),
            ]
            for group, figures in report.groups
        ],
        chart=1,
    )
    groups = [group for group, _f in report.groups]
    by_hour = Table(
        slug="queue_hours",
        title=_("Tickets by hour of the day"),
        columns=[_("Hour"), *(str(group) for group in groups), _("All groups")],
        rows=[
            [
                Cell(f"{hour:02d}–{hour + 1:02d}", "text"),
                *(Cell(counts.get(group.pk, 0)) for group in groups),
                Cell(sum(counts.values())),
            ]
            for hour, counts in report.hours.items()
        ],
        chart=len(groups) + 1,
        chart_limit=None,
    )
    return [summary, by_group, by_hour]


def _field_label(name: str) -> str:
    """ "description_sv" → "description (sv)" in the reader's language."""
    field, _sep, language = name.rpartition("_")
    if language not in selectors.LANGUAGES:
        field, language = name, ""
    label = str(Service._meta.get_field(field).verbose_name)
    return f"{label} ({language})" if language else label


def _summary_theme(filters: Filters) -> list[Table]:
    by_channel = selectors.breakdown(filters, "channel")
    return [
        _summary(
            filters,
            selectors.totals(filters),
            by_channel,
            selectors.durations(filters),
            selectors.backlog(filters),
        )
    ]


def _breakdown_theme(grouping: str, column, title, slug):
    def tables(filters: Filters) -> list[Table]:
        lines = selectors.breakdown(filters, grouping)
        return [_by(filters, grouping, lines, column, title, slug)]

    return tables


@dataclass(frozen=True)
class Theme:
    """One screen of the dashboard: only its own tables are counted when it is shown."""

    slug: str
    title: str
    tables: Callable[[Filters], list[Table]]
    table_slugs: tuple[str, ...]


THEMES = {
    theme.slug: theme
    for theme in (
        Theme("summary", _("Summary"), _summary_theme, ("summary",)),
        Theme("trend", _("Trend"), lambda filters: [_trend(filters)], ("trend",)),
        Theme(
            "channels",
            _("Channels"),
            _breakdown_theme("channel", _("Channel"), _("By channel"), "channels"),
            ("channels",),
        ),
        Theme(
            "services",
            _("Services"),
            _breakdown_theme("service", _("Service"), _("By service"), "services"),
            ("services",),
        ),
        Theme(
            "departments",
            _("Departments"),
            _breakdown_theme("department", _("Department"), _("By department"), "departments"),
            ("departments",),
        ),
        Theme(
            "service_points",
            _("Service points"),
            _breakdown_theme(
                "service_point", _("Service point"), _("By service point"), "service_points"
            ),
            ("service_points",),
        ),
        Theme(
            "handlers",
            _("Handlers"),
            _breakdown_theme("assignee", _("Handler"), _("By handler"), "handlers"),
            ("handlers",),
        ),
        Theme(
            "backlog",
            _("Open work"),
            lambda filters: [_backlog(selectors.backlog(filters))],
            ("backlog",),
        ),
        Theme(
            "queue",
            _("Walk-in queue"),
            _queue_theme,
            ("queue", "queue_groups", "queue_hours"),
        ),
        Theme(
            "chat",
            _("Live chat"),
            live_chat.chat_theme,
            ("chat", "chat_queues", "chat_days", "chat_hours"),
        ),
        Theme(
            "sales",
            _("Sales"),
            sales.sales_theme,
            ("sales", "sales_products", "sales_channels", "sales_points", "sales_methods"),
        ),
        Theme("feedback", _("Feedback"), feedback.feedback_theme, feedback.TABLE_SLUGS),
        Theme(
            "situations",
            _("Hard situations"),
            situations.situations_theme,
            (
                "situations",
                "situations_kinds",
                "situations_severity",
                "situations_channels",
                "situations_points",
                "situations_months",
            ),
        ),
        Theme(
            "announcements",
            _("Announcements"),
            announcements.announcements_theme,
            ("announcements", "announcements_trend", "announcements_sent"),
        ),
        Theme(
            "satisfaction",
            _("Satisfaction"),
            satisfaction.satisfaction_theme,
            ("satisfaction", *(f"satisfaction_{group}" for group in SURVEY_GROUPS)),
        ),
        Theme("keywords", _("Words"), lambda filters: [_keywords(filters)], ("keywords",)),
        Theme(
            "catalogue",
            _("Service catalogue"),
            lambda filters: _catalogue(),
            ("catalogue", "catalogue_gaps"),
        ),
    )
}


def theme_of_table(slug: str) -> Theme | None:
    return next((theme for theme in THEMES.values() if slug in theme.table_slugs), None)


def dashboard_tables(filters: Filters) -> list[Table]:
    """Every theme's tables, in the themes' order: the workbook of the whole dashboard."""
    return [table for theme in THEMES.values() for table in theme.tables(filters)]
