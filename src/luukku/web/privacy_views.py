"""The data protection officer's reading of the access log."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import render

from luukku.privacy.selectors import access_log_search
from luukku.privacy.services import access_log_record

from .forms import AccessLogFilterForm


@login_required
def access_log(request):
    """The whole access log, filtered and paginated; reading it is itself logged (with the
    person asked about, so that their own log shows it)."""
    if not request.user.reads_access_log:
        raise PermissionDenied
    form = AccessLogFilterForm(request.GET or None)
    valid = form.is_valid() if form.is_bound else True
    data = form.cleaned_data if form.is_bound and valid else {}
    page = None
    if valid:
        entries = access_log_search(
            viewer=request.user,
            customer=data.get("customer"),
            actor=data.get("actor"),
            start=data.get("start"),
            end=data.get("end"),
            context=data.get("context") or "",
            action=data.get("action") or "",
        )
        page = Paginator(entries, 50).get_page(request.GET.get("page"))
        access_log_record(
            actor=request.user,
            action="list",
            customer=data.get("customer"),
            context="access_log",
            query=request.GET,
            count=len(page.object_list),
        )
    return render(
        request,
        "web/access_log.html",
        {"form": form, "page_obj": page},
        status=200 if valid else 400,
    )
