"""Citizens apply for seasonal turns (docs/bookings.md): the round's application form while
it is open, and the private link to see the application and its results and to withdraw it
while the round is open. No sign-in; no JavaScript needed."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from luukku.bookings.models import ApplicationRound
from luukku.bookings.selectors.rounds import application_by_token, round_units
from luukku.bookings.services.round_mail import application_turns
from luukku.bookings.services.rounds import application_submit, application_withdraw
from luukku.core.ratelimit import retry_after
from luukku.core.service_errors import form_errors_add

from .round_forms import ApplicationForm
from .views import _retry_after


def _apply_page(request, application_round, form, *, status=200):
    context = {"round": application_round, "form": form, "units": form.units.values()}
    return render(request, "public/reservations/round_apply.html", context, status=status)


@require_http_methods(["GET", "POST"])
def round_apply(request, pk: int):
    application_round = ApplicationRound.objects.filter(pk=pk).first()
    if application_round is None:
        raise Http404
    units = round_units(application_round)
    form = ApplicationForm(request.POST or None, units=units)
    if application_round.state_at(timezone.now()) != ApplicationRound.State.OPEN:
        return render(
            request, "public/reservations/round_closed.html", {"round": application_round}
        )
    if request.method == "GET":
        return _apply_page(request, application_round, form)
    wait = retry_after(
        request, group="public:round_apply", rate=settings.SHOP_ORDER_RATE_LIMIT, key="ip"
    )
    if wait:
        form.add_error(None, _("Too many applications from here; try again in a while."))
        return _retry_after(_apply_page(request, application_round, form, status=429), wait)
    if form.is_valid():
        data = {k: v for k, v in form.cleaned_data.items() if not k.startswith("wish")}
        try:
            application = application_submit(
                application_round=application_round,
                wishes=form.cleaned_data["wishes"],
                language=get_language(),
                **data,
            )
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            return HttpResponseRedirect(
                reverse("public:round_application", args=[application.token])
            )
    return _apply_page(request, application_round, form, status=400)


def _application_or_404(token: str):
    application = application_by_token(token)
    if application is None:
        raise Http404
    return application


def _application_page(request, application, *, error="", status=200):
    application_round = application.round
    state = application_round.state_at(timezone.now())
    context = {
        "application": application,
        "round": application_round,
        "turns": application_turns(application),
        "results": application.results_sent_at is not None,
        "withdrawable": application.state == "received" and state == ApplicationRound.State.OPEN,
        "error": error,
    }
    return render(request, "public/reservations/round_application.html", context, status=status)


@require_GET
def round_application(request, token: str):
    return _application_page(request, _application_or_404(token))


@require_http_methods(["GET", "POST"])
def round_application_withdraw(request, token: str):
    """What withdrawing means, then the withdrawal (a message to the address given)."""
    application = _application_or_404(token)
    if request.method == "GET":
        return _withdraw_page(request, application)
    try:
        application_withdraw(application=application)
    except ValidationError as error:
        return _withdraw_page(request, application, error=" ".join(error.messages), status=400)
    return HttpResponseRedirect(reverse("public:round_application", args=[token]))


def _withdraw_page(request, application, *, error="", status=200):
    state = application.round.state_at(timezone.now())
    context = {
        "application": application,
        "round": application.round,
        "wishes": list(application.wishes.all()),
        "withdrawable": application.state == "received" and state == ApplicationRound.State.OPEN,
        "error": error,
    }
    return render(request, "public/reservations/round_withdraw.html", context, status=status)
