"""The data protection officer's reading of the access log; data-subject requests on the
customer page (export, erasure) and the retention page."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from luukku.cases.selectors import customer_cases_all_visible
from luukku.core.http import found_or_404
from luukku.customers.models import Customer
from luukku.customers.selectors import customer_get_for_view
from luukku.privacy.retention import retention_run
from luukku.privacy.selectors import (
    access_log_search,
    may_handle_subject_requests,
    retention_rules,
    retention_runs_latest,
)
from luukku.privacy.services import access_log_list
from luukku.privacy.subject_requests import subject_erase, subject_erasure_plan, subject_export

from .forms import AccessLogFilterForm
from .privacy_forms import SubjectErasureForm, SubjectExportForm
from .responses import form_page


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
        access_log_list(
            actor=request.user,
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


def _entitled(request) -> None:
    if not may_handle_subject_requests(request.user):
        raise PermissionDenied


def _customer(request, customer_id: int, context: str) -> Customer:
    _entitled(request)
    # An export or erasure reaches every case of the person: it is for one who may see them
    # all (need to know); a person with a sensitive case of another department is handled by
    # a supervisor of that department or an administrator. Asked before the record is opened
    # (and logged).
    if not customer_cases_all_visible(customer_id=customer_id, user=request.user):
        raise PermissionDenied
    customer = found_or_404(
        customer_get_for_view, customer_id=customer_id, viewer=request.user, context=context
    )
    if customer.merged_into_id:
        raise Http404
    return customer


@login_required
def customer_export(request, customer_id: int):
    """GET: what the export holds; POST: the archive itself (logged as an export)."""
    customer = _customer(request, customer_id, "subject_request_page")
    form = SubjectExportForm(
        request.POST or None, initial={"language": customer.preferred_language}
    )
    if request.method == "POST" and form.is_valid():
        archive = subject_export(
            customer=customer, actor=request.user, language=form.cleaned_data["language"]
        )
        stamp = timezone.localtime().strftime("%Y%m%d")
        response = HttpResponse(archive, content_type="application/zip")
        response["Content-Disposition"] = (
            f'attachment; filename="luukku-customer-{customer.pk}-{stamp}.zip"'
        )
        response["Cache-Control"] = "no-store"
        return response
    return form_page(
        request,
        "web/customer_export.html",
        {"customer": customer, "form": form},
    )


@login_required
def customer_erase(request, customer_id: int):
    """GET: what an erasure would anonymise and keep, or why it cannot be done now;
    POST: the erasure."""
    customer = _customer(request, customer_id, "subject_request_page")
    plan = subject_erasure_plan(customer=customer)
    form = SubjectErasureForm(request.POST or None)
    if request.method == "POST" and plan.allowed and form.is_valid():
        try:
            subject_erase(customer=customer, actor=request.user, reason=form.cleaned_data["reason"])
        except ValidationError as error:
            form.add_error(None, error.messages)
        else:
            messages.success(
                request,
                _("The customer's data was erased: the record and its cases are anonymised."),
            )
            return redirect("web:customer", customer_id=customer.pk)
    return form_page(
        request,
        "web/customer_erase.html",
        {"customer": customer, "plan": plan, "form": form},
    )


@login_required
def retention(request):
    """The retention rules and what the last dry run and the last run found."""
    _entitled(request)
    rules = retention_rules()
    runs = retention_runs_latest()
    # A run keeps its rules' names as they were; shown in the reader's language where the
    # rule still exists.
    names = {rule.pk: str(rule) for rule in rules}
    for run in runs.values():
        for row in run.figures if run else []:
            row["label"] = names.get(row["rule"], row["label"])
    return render(request, "web/retention.html", {"rules": rules, **runs})


@login_required
@require_POST
def retention_dry_run(request):
    _entitled(request)
    run = retention_run(dry_run=True)
    messages.success(
        request,
        _(
            "Dry run done: nothing was changed. %(cases)d cases and %(appointments)d appointments "
            "and callbacks are due."
        )
        % {
            "cases": sum(row["cases_due"] for row in run.figures),
            "appointments": sum(row["appointments_due"] for row in run.figures),
        },
    )
    return redirect("web:retention")
