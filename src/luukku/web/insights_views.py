"""The supervisor's dashboard (with drill-down and exports) and the staffing planner."""

from urllib.parse import urlencode

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from luukku.insights import reports, selectors
from luukku.insights.exports import table_csv, tables_xlsx
from luukku.insights.models import RollupState
from luukku.privacy.retention import retention_figures
from luukku.privacy.services import access_log_list
from luukku.staffing.reports import notes_table, plan_table
from luukku.staffing.selectors import (
    CHAT_QUEUE,
    DEFAULTS,
    QUEUE,
    chat_queue_target,
    queue_group_target,
    staffing_plan,
)

from .charts import bar_chart, staffing_chart
from .insights_forms import PRESETS, DashboardForm, StaffingForm, next_monday, preset_range

FILTER_NAMES = ("start", "end", "service", "department", "channel", "service_point", "assignee")
MEASURE_TITLES = {
    "cases": gettext_lazy("New cases"),
    "resolved": gettext_lazy("Resolved (of the new cases)"),
    "first_contact": gettext_lazy("Resolved at first contact"),
    "front_line": gettext_lazy("Resolved by the front line"),
    "consulted": gettext_lazy("Consulted an expert"),
    "forwarded": gettext_lazy("Forwarded to another organisation"),
    "resolved_in_period": gettext_lazy("Resolved in the period"),
    "open": gettext_lazy("Open cases now"),
    "overdue": gettext_lazy("Overdue cases now"),
}


def _supervisor(request) -> None:
    if not request.user.sees_everything:
        raise PermissionDenied


def _dashboard_form(request) -> DashboardForm:
    data = request.GET.copy()
    preset = data.get("preset", "")
    if preset:
        start, end = preset_range(preset, timezone.localdate())
        data["start"], data["end"] = start.isoformat(), end.isoformat()
    return DashboardForm(data)


def _query(form: DashboardForm, **extra) -> str:
    values = {name: form.data.get(name, "") for name in FILTER_NAMES}
    values["start"] = form.cleaned_data["start"].isoformat()
    values["end"] = form.cleaned_data["end"].isoformat()
    values.update({key: "" if value is None else value for key, value in extra.items()})
    return urlencode({key: value for key, value in values.items() if value != ""})


RETENTION = "retention"


def _themes() -> list[tuple[str, str]]:
    """The dashboard's themes as (slug, title), each a page of its own."""
    return [(slug, theme.title) for slug, theme in reports.THEMES.items()] + [
        (RETENTION, _("Retention"))
    ]


@login_required
def dashboard(request):
    """One theme of the metrics at a time (`?theme=`), the summary first: only the chosen
    theme's figures are counted."""
    _supervisor(request)
    form = _dashboard_form(request)
    theme = request.GET.get("theme") or "summary"
    context = {"form": form, "presets": PRESETS, "tables": [], "themes": _themes()}
    context["theme"] = theme
    context["theme_query"] = urlencode({"theme": theme})
    if theme not in reports.THEMES and theme != RETENTION:
        context["unknown_theme"] = True
        return render(request, "web/dashboard.html", context, status=404)
    if not form.is_valid():
        return render(request, "web/dashboard.html", context, status=400)
    # The drill-down's links carry the theme, so that "Back to the metrics" returns to it.
    context["query"] = _query(form, theme=theme)
    if theme == RETENTION:
        context["retention"] = retention_figures(now=timezone.now())
        return render(request, "web/dashboard.html", context)
    state = RollupState.objects.first()
    context["tables"] = reports.THEMES[theme].tables(form.filters())
    context["charts"] = {table.slug: bar_chart(table) for table in context["tables"]}
    context["refreshed_at"] = state.refreshed_at if state else None
    return render(request, "web/dashboard.html", context)


@login_required
def dashboard_cases(request):
    """The cases behind one figure of the dashboard."""
    _supervisor(request)
    form = _dashboard_form(request)
    measure = request.GET.get("measure", "")
    if measure not in selectors.DRILLABLE or not form.is_valid():
        raise Http404
    age = request.GET.get("age", "")
    theme = request.GET.get("theme", "")
    theme = theme if theme in reports.THEMES else None
    cases, hidden = selectors.cases_behind_for_view(
        form.filters(), measure, viewer=request.user, age=int(age) if age.isdigit() else None
    )
    cases = cases.select_related("service", "assignee")
    page = Paginator(cases, 50).get_page(request.GET.get("page"))
    access_log_list(actor=request.user, context="metrics_cases", query=request.GET, count=len(page))
    return render(
        request,
        "web/dashboard_cases.html",
        {
            "form": form,
            "page": page,
            "title": MEASURE_TITLES[measure],
            "counted_now": measure in ("open", "overdue"),
            "hidden": hidden,
            "query": _query(form, theme=theme),
            "page_query": _query(form, measure=measure, age=age, theme=theme),
        },
    )


@login_required
def dashboard_export(request):
    _supervisor(request)
    form = _dashboard_form(request)
    if not form.is_valid():
        return HttpResponse(
            " ".join(str(e) for errors in form.errors.values() for e in errors),
            status=400,
            content_type="text/plain; charset=utf-8",
        )
    data = form.cleaned_data
    stem = f"luukku-{data['start'].isoformat()}-{data['end'].isoformat()}"
    if request.GET.get("format") == "csv":
        slug = request.GET.get("table", "")
        theme = reports.theme_of_table(slug)
        if theme is None:
            raise Http404
        # Only the theme that holds the table is counted.
        table = next(t for t in theme.tables(form.filters()) if t.slug == slug)
        response = HttpResponse(table_csv(table), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{stem}-{slug}.csv"'
        return response
    if request.GET.get("format") != "xlsx":
        raise Http404
    tables = reports.dashboard_tables(form.filters())
    # The workbook's heading is read by people: its dates as they write them.
    subtitle = " – ".join(date_format(data[name], "SHORT_DATE_FORMAT") for name in ("start", "end"))
    content = tables_xlsx(tables, title=_("Luukku metrics"), subtitle=subtitle)
    response = HttpResponse(
        content,
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = f'attachment; filename="{stem}.xlsx"'
    return response


def _staffing_data(request):
    """The request's values, with the chosen channel's usual targets where none were given."""
    data = request.GET.copy()
    channel = data.get("channel") or "phone"
    defaults = DEFAULTS.get(channel, DEFAULTS["phone"])
    data.setdefault("channel", channel)
    # The targets on the form were filled in for another channel, group or queue: the
    # chosen one's usual targets replace them (the form remembers which it was filled for).
    targets_for = ":".join((channel, data.get("queue_group", ""), data.get("chat_queue", "")))
    if data.get("targets_for", targets_for) != targets_for:
        for key in ("target", "answer_seconds"):
            data.pop(key, None)
    data["targets_for"] = targets_for
    data.setdefault("week", next_monday(timezone.localdate()).isoformat())
    data.setdefault("interval", "60")
    group = data.get("queue_group", "")
    if channel == QUEUE and group.isdigit() and "answer_seconds" not in data:
        # The walk-in queue's service level: called within the group's target wait.
        data["answer_seconds"] = str(queue_group_target(int(group)) or defaults["answer_seconds"])
    chat_queue = data.get("chat_queue", "")
    if channel == CHAT_QUEUE and chat_queue.isdigit():
        # The chat queue's service level: its share answered within its answer target.
        seconds, percent = chat_queue_target(int(chat_queue)) or (None, None)
        if seconds is not None:
            data.setdefault("answer_seconds", str(seconds))
            data.setdefault("target", str(min(percent, 99)))
    data.setdefault("target", str(defaults["target"]))
    data.setdefault("answer_seconds", str(defaults["answer_seconds"]))
    data.setdefault("shrinkage", "30")
    data.setdefault("max_occupancy", "90")
    return data


@login_required
def staffing(request):
    _supervisor(request)
    form = StaffingForm(_staffing_data(request))
    if not form.is_valid():
        return render(request, "web/staffing.html", {"form": form}, status=400)
    plan = staffing_plan(form.parameters())
    if request.GET.get("format") in ("csv", "xlsx"):
        return _staffing_export(request.GET["format"], plan)
    return render(
        request,
        "web/staffing.html",
        {
            "form": form,
            "plan": plan,
            "chart": staffing_chart(plan),
            "export_query": request.GET.urlencode(),
        },
    )


def _staffing_export(kind: str, plan) -> HttpResponse:
    table = plan_table(plan)
    stem = f"luukku-staffing-{plan.parameters.channel}-{plan.parameters.week.isoformat()}"
    if kind == "csv":
        response = HttpResponse(table_csv(table), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{stem}.csv"'
        return response
    content = tables_xlsx(
        [table, notes_table(plan)] if plan.notes else [table],
        title=_("Luukku staffing plan"),
        subtitle=date_format(plan.parameters.week, "SHORT_DATE_FORMAT"),
    )
    response = HttpResponse(
        content,
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = f'attachment; filename="{stem}.xlsx"'
    return response
