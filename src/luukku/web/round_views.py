"""Staff pages of seasonal application rounds (docs/bookings.md): a round with its
applications and the wished turns by unit and weekday, the clashes between wishes shown; a
wished turn with the season's dates and their clashes with bookings, to allocate or decline;
and sending the results. Every page showing applicants logs the access."""

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST

from luukku.bookings.models import ApplicationRound
from luukku.bookings.selectors.reservation_series import series_dates
from luukku.bookings.selectors.rounds import (
    round_applications,
    round_results_outcome,
    round_wishes,
    wish_for_staff,
)
from luukku.bookings.services.rounds import round_results_send, wish_allocate, wish_decline
from luukku.core.calendar import HELSINKI
from luukku.core.service_errors import form_errors_add
from luukku.privacy.services import access_log_record

from .desk_views import front_line_required
from .responses import confirmation_page


class DeclineForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reason the applicant reads"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


def _round_or_404(pk: int) -> ApplicationRound:
    application_round = ApplicationRound.objects.filter(pk=pk).first()
    if application_round is None:
        raise Http404
    return application_round


@front_line_required
def application_round(request, pk: int):
    application_round = _round_or_404(pk)
    applications = round_applications(application_round)
    days = round_wishes(application_round)
    access_log_record(
        actor=request.user,
        action="list",
        context="round_applications",
        query={"round": application_round.pk},
        count=len(applications),
    )
    state = application_round.state_at(timezone.now())
    waiting = sum(1 for d in days for r in d.rows if r.wish.state == "wished")
    context = {
        "round": application_round,
        "state": ApplicationRound.State(state),
        "applications": applications,
        "days": days,
        "waiting": waiting,
        "handling": state == ApplicationRound.State.HANDLING,
    }
    return render(request, "web/application_round.html", context)


@front_line_required
@require_http_methods(["GET", "POST"])
def application_round_send(request, pk: int):
    """Sending the results, confirmed: what will be sent to how many applicants, and that the
    round closes for changes; sent only from this page's POST."""
    application_round = _round_or_404(pk)
    error = ""
    if request.method == "POST":
        try:
            sent = round_results_send(application_round=application_round, by=request.user)
        except ValidationError as failure:
            error = " ".join(failure.messages)
        else:
            messages.success(request, _("The results were sent to %(n)s applicants.") % {"n": sent})
            return redirect("web:application_round", pk=pk)
    outcome = round_results_outcome(application_round)
    state = application_round.state_at(timezone.now())
    context = {
        "round": application_round,
        "outcome": outcome,
        "error": error,
        "sendable": state == ApplicationRound.State.HANDLING and not outcome["waiting"],
        "state": ApplicationRound.State(state),
    }
    return confirmation_page(
        request,
        "web/application_round_send.html",
        context,
        log_context="round_results",
        query={"round": application_round.pk},
        count=outcome["applicants"],
    )


def _wish_or_404(pk: int):
    wish = wish_for_staff(pk)
    if wish is None:
        raise Http404
    return wish


def _wish_page(request, wish, *, decline_form=None, status=200):
    application = wish.application
    application_round = application.round
    access_log_record(
        actor=request.user,
        action="view",
        context="round_wish",
        customer=application.customer,
        case=application.case,
    )
    dates = series_dates(
        unit=wish.unit,
        weekday=wish.weekday,
        starts=wish.starts,
        ends=wish.ends,
        first_day=max(application_round.season_first_day, timezone.localdate()),
        last_day=application_round.season_last_day,
    )
    dates = sorted(dates, key=lambda d: (d.free, d.day))  # the clashing ones first
    context = {
        "wish": wish,
        "application": application,
        "round": application_round,
        "dates": [(d, d.starts_at.astimezone(HELSINKI)) for d in dates],
        "free": sum(1 for d in dates if d.free),
        "handling": application_round.state_at(timezone.now()) == ApplicationRound.State.HANDLING,
        "decline_form": decline_form or DeclineForm(prefix="decline"),
    }
    return render(request, "web/application_wish.html", context, status=status)


@front_line_required
def application_wish(request, pk: int):
    return _wish_page(request, _wish_or_404(pk))


@front_line_required
@require_POST
def application_wish_allocate(request, pk: int):
    wish = _wish_or_404(pk)
    try:
        wish = wish_allocate(wish=wish, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("web:application_wish", pk=pk)
    booked = wish.series.reservations.count()
    messages.success(request, _("Allocated: %(n)s turns booked.") % {"n": booked})
    return redirect("web:application_round", pk=wish.application.round_id)


@front_line_required
@require_POST
def application_wish_decline(request, pk: int):
    wish = _wish_or_404(pk)
    form = DeclineForm(request.POST, prefix="decline")
    if form.is_valid():
        try:
            wish_decline(wish=wish, by=request.user, reason=form.cleaned_data["reason"])
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            messages.success(request, _("The turn was declined."))
            return redirect("web:application_round", pk=wish.application.round_id)
    return _wish_page(request, wish, decline_form=form, status=400)
