"""The staff workspace's start: the inbox. Views translate between HTTP and the services and
selectors."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from luukku.cases.selectors import InboxFilters, inbox_cases
from luukku.core.pagination import CappedPaginator
from luukku.privacy.services import access_log_list

from .forms import InboxFilterForm

PAGE_SIZES = (25, 50, 100)


@login_required
def inbox(request):
    form = InboxFilterForm(request.GET or None)
    data = form.cleaned_data if form.is_valid() else {}
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
    )
    try:
        per_page = int(request.GET.get("per_page", PAGE_SIZES[0]))
    except ValueError:
        per_page = PAGE_SIZES[0]
    per_page = per_page if per_page in PAGE_SIZES else PAGE_SIZES[0]
    page = CappedPaginator(inbox_cases(user=request.user, filters=filters), per_page).get_page(
        request.GET.get("page")
    )
    access_log_list(
        actor=request.user, context="inbox", query=request.GET, count=len(page.object_list)
    )
    return render(request, "web/inbox.html", {"form": form, "page_obj": page, "per_page": per_page})
