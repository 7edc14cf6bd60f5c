"""The staff workspace's start: the inbox, a work queue. Views translate between HTTP and
the services and selectors."""

from django.contrib.auth.decorators import login_required
from django.http import QueryDict
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from luukku.cases.selectors import InboxFilters, cases_visible_to, inbox_cases
from luukku.cases.work_queues import (
    inbox_counts,
    inbox_page,
    saved_view_may_change,
    saved_views_for,
)
from luukku.privacy.services import access_log_list

from .forms import WORK_QUEUE_CHOICES, InboxFilterForm
from .queue_forms import BulkForm

PAGE_SIZES = (25, 50, 100)
# The work queues above the inbox: (queue, label); "" is every case, not counted.
QUEUE_LINKS = (*WORK_QUEUE_CHOICES, ("", _("All cases")))
DEFAULT_LIST = "queue=mine"


def inbox_filters(query: QueryDict) -> tuple[InboxFilterForm, InboxFilters, list[str]]:
    """The inbox's form, filters and optional columns from its query string. An inbox opened
    without one is the person's own work; a work queue is sorted oldest due first."""
    query = _with_default(query)
    if query.get("queue") and not query.get("sort"):
        query = query.copy()
        query["sort"] = "due"
    form = InboxFilterForm(query)
    data = form.cleaned_data if form.is_valid() else {}
    queue = data.get("queue") or ""
    filters = InboxFilters(
        status=data.get("status") or "",
        service=data["service"].pk if data.get("service") else None,
        department=data["department"].pk if data.get("department") else None,
        assignee=data.get("assignee") or "",
        channel=data.get("channel") or "",
        overdue=bool(data.get("overdue")),
        service_level=data.get("service_level") or "",
        query=data.get("q") or "",
        sort=data.get("sort") or "newest",
        queue=queue,
    )
    columns = data.get("col") or ([] if "col" in query else ["customer"])
    return form, filters, columns


def _with_default(query: QueryDict) -> QueryDict:
    """The query with the default list's filters when it has none of its own (only a page)."""
    if any(name in query for name in InboxFilterForm.base_fields):
        return query
    default = QueryDict(DEFAULT_LIST, mutable=True)
    for key, values in query.lists():
        default.setlist(key, values)
    return default


# The fields shown folded under "Filter and sort"; the queue has its tabs, the search its box.
FOLDED_FILTERS = (
    "status",
    "service",
    "department",
    "assignee",
    "channel",
    "overdue",
    "service_level",
)


def active_filters(form: InboxFilterForm) -> list[str]:
    """The filters set besides the queue and the search, as "Label: value" for the folded
    form's summary; the form opens when there are any."""
    if not form.is_valid():
        return []
    shown = []
    for name in FOLDED_FILTERS:
        value, field = form.cleaned_data.get(name), form.fields[name]
        if not value:
            continue
        if isinstance(value, bool):
            shown.append(str(field.label))
            continue
        if hasattr(field, "choices") and not hasattr(value, "pk"):
            value = dict(field.choices).get(value, value)
        shown.append(f"{field.label}: {value}")
    return shown


def list_query(query: QueryDict) -> str:
    """The inbox's query string as the list a case is opened from."""
    return _with_default(query).urlencode()


def _queue_links(request, visible) -> list[dict]:
    """The work queues and the saved views, each with its count (one query for them all)."""
    current = list_query(request.GET)
    views = list(saved_views_for(user=request.user))
    lists = {key: InboxFilters(queue=key) for key, _label in QUEUE_LINKS if key}
    lists.update({f"view{view.pk}": inbox_filters(QueryDict(view.query))[1] for view in views})
    counts = inbox_counts(user=request.user, lists=lists, visible=visible)
    links = [
        {
            "label": label,
            "query": f"queue={key}" if key else "queue=",
            "count": counts.get(key),
        }
        for key, label in QUEUE_LINKS
    ]
    for view in views:
        links.append(
            {
                "label": view.name,
                "team": view.team,
                "query": view.query,
                "count": counts[f"view{view.pk}"],
                "view": view,
                "may_change": saved_view_may_change(view=view, user=request.user),
            }
        )
    for link in links:
        link["current"] = link["query"] == current
    return links


@login_required
def inbox(request):
    form, filters, columns = inbox_filters(request.GET)
    try:
        per_page = int(request.GET.get("per_page", PAGE_SIZES[0]))
    except ValueError:
        per_page = PAGE_SIZES[0]
    per_page = per_page if per_page in PAGE_SIZES else PAGE_SIZES[0]
    visible = cases_visible_to(user=request.user)
    cases = inbox_cases(user=request.user, filters=filters, visible=visible)
    page = inbox_page(cases=cases, per_page=per_page, number=request.GET.get("page"))
    access_log_list(
        actor=request.user, context="inbox", query=request.GET, count=len(page.object_list)
    )
    links = _queue_links(request, visible)
    return render(
        request,
        "web/inbox.html",
        {
            "form": form,
            "active_filters": active_filters(form),
            "page_obj": page,
            "per_page": per_page,
            "columns": columns,
            "queue_links": links,
            "list_query": list_query(request.GET),
            "my_views": [link["view"] for link in links if link.get("may_change")],
            "my_teams": request.user.teams.all(),
            "bulk_form": BulkForm(auto_id="id_bulk_%s"),
            # The live count of the chosen cases (web/static/web/inbox.js fills in the number).
            "bulk_count_one": ngettext("%(count)s case chosen", "%(count)s cases chosen", 1),
            "bulk_count_many": ngettext("%(count)s case chosen", "%(count)s cases chosen", 2),
        },
    )
