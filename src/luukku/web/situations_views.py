"""Documented hard customer situations (docs/feedback.md, "Documented hard situations"):
the quick form for every member of staff, one's own list, a situation's page (404 to anyone
who may not see it, so that its existence is not revealed) and the team review list for the
supervisors and the safety contacts."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from luukku.cases.selectors import case_visible_to
from luukku.core.service_errors import form_errors_add
from luukku.feedback.situation_models import HardSituation
from luukku.feedback.situations_selectors import (
    LIST_SHOWN,
    may_review,
    may_review_situations,
    situation_for_view,
    situations_own,
    situations_to_review,
)
from luukku.feedback.situations_services import situation_record, situation_review
from luukku.privacy.services import access_log_list, access_log_record

from .situations_forms import ReviewForm, SituationForm


@login_required
def situations(request):
    """What the person recorded or was named in."""
    rows = situations_own(user=request.user)
    access_log_list(
        actor=request.user, context="situations", query={"list": "own"}, count=len(rows)
    )
    return render(
        request,
        "web/situations.html",
        {"situations": rows, "reviewer": may_review_situations(request.user)},
    )


@login_required
def situation_new(request):
    if request.method == "POST":
        form = SituationForm(request.POST, user=request.user)
        if form.is_valid():
            try:
                situation = situation_record(actor=request.user, data=form.situation_input())
            except ValidationError as error:
                form_errors_add(form, error)
            else:
                messages.success(
                    request,
                    _("The situation is recorded. Your supervisor and the safety contact see it."),
                )
                return redirect("web:situation", pk=situation.pk)
        status = 400
    else:
        now = timezone.localtime()
        form = SituationForm(
            user=request.user,
            initial={"day": now.date(), "time": now.time().replace(second=0, microsecond=0)},
        )
        status = 200
    return render(request, "web/situation_new.html", {"form": form}, status=status)


def _found(request, pk: int) -> HardSituation:
    try:
        return situation_for_view(user=request.user, pk=pk)
    except HardSituation.DoesNotExist:
        raise Http404 from None


def _page(request, situation: HardSituation, *, form=None, status=200):
    if situation.customer_id or situation.case_id:
        access_log_record(
            actor=request.user,
            action="view",
            context="situation_page",
            customer=situation.customer,
            case=situation.case,
        )
    reviewable = may_review(user=request.user, situation=situation)
    case_link = situation.case is not None and case_visible_to(
        case=situation.case, user=request.user
    )
    return render(
        request,
        "web/situation.html",
        {
            "situation": situation,
            "staff_involved": list(situation.staff_involved.all()),
            "case_link": case_link,
            "form": (form or ReviewForm()) if reviewable else None,
        },
        status=status,
    )


@login_required
def situation(request, pk: int):
    return _page(request, _found(request, pk))


@login_required
@require_POST
def situation_review_view(request, pk: int):
    situation = _found(request, pk)
    if not may_review(user=request.user, situation=situation):
        raise PermissionDenied
    form = ReviewForm(request.POST)
    if form.is_valid():
        try:
            situation_review(
                actor=request.user,
                situation=situation,
                note=form.cleaned_data["review_note"],
                measures=form.cleaned_data["measures"],
            )
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            messages.success(request, _("The situation is marked reviewed."))
            return redirect("web:situations_review")
    return _page(request, situation, form=form, status=400)


@login_required
def situations_review(request):
    """The team review list: the situations waiting for review, oldest first."""
    if not may_review_situations(request.user):
        raise PermissionDenied
    rows = list(situations_to_review(user=request.user)[:LIST_SHOWN])
    access_log_list(
        actor=request.user, context="situations", query={"list": "review"}, count=len(rows)
    )
    return render(request, "web/situations_review.html", {"situations": rows})
