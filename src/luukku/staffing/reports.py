"""The staffing plan as a table for the CSV and XLSX downloads (the dashboard's table shape)."""

from django.utils import timezone
from django.utils.translation import gettext as _

from luukku.insights.reports import Cell, Table

from .selectors import Plan


def plan_table(plan: Plan) -> Table:
    erlang_a = bool(plan.patience_seconds)
    columns = [
        _("Interval"),
        _("Forecast contacts"),
        _("Agents needed"),
        _("Agents to schedule"),
        _("Service level"),
        _("Average wait (s)"),
        _("Occupancy"),
        _("Abandoned"),
        _("Moved tasks"),
        _("Agents to schedule with the tasks"),
        _("Service level with the tasks"),
    ]
    rows = [
        [
            Cell(timezone.localtime(row.starts_at).strftime("%Y-%m-%d %H:%M"), "text"),
            Cell(round(row.contacts, 1), "decimal"),
            Cell(row.base.agents),
            Cell(row.scheduled),
            Cell(row.base.service_level, "percent"),
            Cell(round(row.base.average_wait, 1), "decimal"),
            Cell(row.base.occupancy, "percent"),
            Cell(row.base.abandonment if erlang_a else None, "percent"),
            Cell(round(row.task_contacts, 1), "decimal"),
            Cell(row.scheduled_with_tasks),
            Cell(row.with_tasks.service_level, "percent"),
        ]
        for row in plan.intervals
    ]
    return Table(slug="staffing", title=_("Staffing plan"), columns=columns, rows=rows)


def notes_table(plan: Plan) -> Table:
    """What the forecast assumed (events, declared changes, gaps), for the workbook."""
    return Table(
        slug="assumptions",
        title=_("What the forecast assumed"),
        columns=[_("Assumption")],
        rows=[[Cell(note, "text")] for note in plan.notes],
    )
