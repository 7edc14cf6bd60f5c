"""The inbox as a work queue: the next case of a list, taking a case, one action on several
cases, and saved views (docs/architecture.md, "Work queues")."""

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_POST

from luukku.cases.models import Case, SavedView
from luukku.cases.services import (
    case_take,
    cases_bulk_add_note,
    cases_bulk_assign,
    cases_bulk_change_status,
    saved_view_create,
    saved_view_delete,
    saved_view_rename,
)
from luukku.cases.work_queues import cases_chosen, saved_views_for

from .case_views import case_for_change, case_url, inbox_url, list_neighbour
from .queue_forms import BulkForm, SavedViewForm, SavedViewRenameForm


def _errors(request, error: ValidationError) -> None:
    messages.error(request, " ".join(error.messages))


@login_required
@require_GET
def case_next(request, reference):
    """The next (or previous) case of the list the case was opened from."""
    list_query = request.GET.get("list", "")
    direction = "previous" if request.GET.get("direction") == "previous" else "next"
    neighbour = list_neighbour(request.user, list_query, reference, direction)
    if neighbour:
        return redirect(case_url(neighbour, list_query))
    if direction == "next":
        messages.info(request, _("There are no more cases in this list."))
    else:
        messages.info(request, _("This was the first case of the list."))
    return redirect(inbox_url(list_query))


@login_required
@require_POST
def case_take_view(request, reference):
    case = case_for_change(request, reference)
    list_query = request.POST.get("list", request.GET.get("list", ""))
    try:
        case_take(case=case, by=request.user)
    except ValidationError as error:
        _errors(request, error)
    else:
        messages.success(request, _("You took the case."))
    return redirect(case_url(reference, list_query))


def _bulk_run(request, form: BulkForm, cases: list[Case]) -> None:
    data, action = form.cleaned_data, form.cleaned_data["action"]
    if action == "assign":
        cases_bulk_assign(
            cases=cases, actor=request.user, assignee=data["assignee"], team=data["team"]
        )
    elif action == "status":
        cases_bulk_change_status(cases=cases, actor=request.user, status=data["status"])
    else:
        cases_bulk_add_note(cases=cases, actor=request.user, body=data["body"])


@login_required
@require_POST
def cases_bulk(request):
    """One action on the cases chosen in the inbox: all of them, or none with the reason."""
    list_query = request.POST.get("list", "")
    back = redirect(inbox_url(list_query))
    form = BulkForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(e for errors in form.errors.values() for e in errors))
        return back
    references = form.cleaned_data["references"]
    if form.cleaned_data["action"] == "merge":
        return redirect(
            reverse("web:cases_merge") + "?" + urlencode([("cases", r) for r in references])
        )
    cases, missing = cases_chosen(references=references, user=request.user)
    if missing:
        messages.error(
            request,
            _("No case %(references)s that you may change. Nothing was changed.")
            % {"references": ", ".join(missing)},
        )
        return back
    try:
        _bulk_run(request, form, cases)
    except ValidationError as error:
        _errors(request, error)
        return back
    messages.success(
        request,
        ngettext("%(count)s case was changed.", "%(count)s cases were changed.", len(cases))
        % {"count": len(cases)},
    )
    return back


@login_required
@require_POST
def saved_view_new(request):
    form = SavedViewForm(request.POST, user=request.user)
    query = request.POST.get("query", "")
    if form.is_valid():
        try:
            view = saved_view_create(
                owner=request.user,
                name=form.cleaned_data["name"],
                team=form.cleaned_data["team"],
                query=query,
            )
        except ValidationError as error:
            _errors(request, error)
        else:
            messages.success(request, _("The view “%(name)s” was saved.") % {"name": view.name})
            return redirect(inbox_url(view.query))
    else:
        messages.error(request, " ".join(e for errors in form.errors.values() for e in errors))
    return redirect(inbox_url(query))


@login_required
@require_POST
def saved_view_change(request, pk):
    """Rename or delete a saved view (`action`)."""
    try:
        view = saved_views_for(user=request.user).get(pk=pk)
    except SavedView.DoesNotExist as error:
        raise Http404 from error
    back = redirect(inbox_url(request.POST.get("list", "")))
    if request.POST.get("action") == "delete":
        saved_view_delete(view=view, by=request.user)
        messages.success(request, _("The view “%(name)s” was deleted.") % {"name": view.name})
        return back
    form = SavedViewRenameForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(e for errors in form.errors.values() for e in errors))
        return back
    try:
        saved_view_rename(view=view, by=request.user, name=form.cleaned_data["name"])
    except ValidationError as error:
        _errors(request, error)
    else:
        messages.success(request, _("The view was renamed."))
    return back
