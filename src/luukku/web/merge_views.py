"""Merging duplicate cases: choosing the other case, the cases side by side, the one that
stays, and undo."""

from urllib.parse import urlencode

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST

from luukku.cases.merge_candidates import (
    DUPLICATE_DAYS,
    case_duplicate_candidates,
    cases_found_for_merge,
)
from luukku.cases.models import Case, CaseMerge
from luukku.cases.selectors import cases_for_merge, cases_visible_to
from luukku.cases.services import case_merge_undo, cases_customers_differ, cases_merge


class MergeForm(forms.Form):
    survivor = forms.ChoiceField(
        label=gettext_lazy("The case that stays"), widget=forms.RadioSelect
    )
    customers_confirmed = forms.BooleanField(
        label=gettext_lazy("The cases are about the same matter although their customers differ"),
        required=False,
    )

    def __init__(self, *args, cases, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["survivor"].choices = [(case.reference, case.reference) for case in cases]
        self.fields["survivor"].initial = cases[0].reference


def _choose_other(request, reference: str):
    """The first step from a case's "Merge with…": its likely duplicates, and the cases
    found by what was typed (`q`); a whole reference found leads straight to the comparison."""
    visible = cases_visible_to(user=request.user).select_related("customer")
    case = visible.filter(reference=reference.upper()).first()
    if case is None:
        error = _("No case %(references)s that you may change.") % {"references": reference}
        return render(request, "web/cases_merge.html", {"error": error, "cases": []}, status=400)
    text = request.GET.get("q", "").strip()
    found = cases_found_for_merge(case=case, user=request.user, text=text) if text else None
    if found and len(found) == 1 and found[0].reference == text.upper():
        return redirect(_compare_url(case.reference, found[0].reference))
    context = {
        "case": case,
        "text": text,
        "found": found,
        "duplicates": case_duplicate_candidates(case=case, user=request.user),
        "duplicate_days": DUPLICATE_DAYS,
    }
    return render(request, "web/cases_merge_choose.html", context)


def _compare_url(*references: str) -> str:
    return reverse("web:cases_merge") + "?" + urlencode([("cases", r) for r in references])


@login_required
@require_http_methods(["GET", "POST"])
def cases_merge_view(request):
    references = request.POST.getlist("cases") or request.GET.getlist("cases")
    named = list(dict.fromkeys(r.strip() for r in references if r.strip()))
    if request.method == "GET" and len(named) == 1:
        return _choose_other(request, named[0])
    try:
        cases = cases_for_merge(references=references, viewer=request.user)
    except ValidationError as error:
        context = {"error": " ".join(error.messages), "cases": []}
        return render(request, "web/cases_merge.html", context, status=400)
    form = MergeForm(request.POST or None, cases=cases)
    differ = cases_customers_differ(cases=cases)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            survivor = next(c for c in cases if c.reference == form.cleaned_data["survivor"])
            try:
                cases_merge(
                    cases=cases,
                    survivor=survivor,
                    actor=request.user,
                    customers_confirmed=form.cleaned_data["customers_confirmed"],
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("The cases were merged."))
                return redirect("web:case", reference=survivor.reference)
    context = {"cases": cases, "form": form, "customers_differ": differ}
    return render(request, "web/cases_merge.html", context, status=status)


@login_required
@require_POST
def case_merge_undo_view(request, reference: str, merge_id: int):
    try:
        case = cases_visible_to(user=request.user).get(reference=reference)
        merge = case.merges_in.get(pk=merge_id)
    except (Case.DoesNotExist, CaseMerge.DoesNotExist) as error:
        raise Http404 from error
    try:
        merged = case_merge_undo(merge=merge, actor=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            _("The merge of case %(reference)s was undone.") % {"reference": merged.reference},
        )
    return redirect("web:case", reference=case.reference)
