"""Citizens book rooms, halls, fields and camping places (docs/bookings.md): the units, the
free times of a day, booking with the contact and the customer group given, paying online,
and the private link to see the booking, download it to a calendar and cancel it (with the
fee shown before). No sign-in; no JavaScript needed."""

import datetime as dt

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from luukku.bookings.models import Reservation, Unit
from luukku.bookings.selectors.reservations import (
    cancellation_quote,
    day_slots,
    price_cents,
    reservation_by_token,
    rules_errors,
    units_bookable,
    units_with_hours,
)
from luukku.bookings.selectors.rounds import rounds_open
from luukku.bookings.selectors.unit_facts import unit_facts
from luukku.bookings.services.reservation_cancel import reservation_cancel
from luukku.bookings.services.reservation_mail import reservation_ics
from luukku.bookings.services.reservations import (
    ONLINE_GROUPS,
    reservation_book_online,
    reservation_online_errors,
)
from luukku.commerce.models import CustomerGroup, OnlinePayment
from luukku.commerce.paytrail.provider import ProviderError
from luukku.commerce.services.online import (
    provider_configured,
)
from luukku.core.calendar import HELSINKI
from luukku.core.ratelimit import retry_after
from luukku.core.service_errors import form_errors_add

from .online_pay import allow_provider, pay_redirect, payment_returned
from .views import _retry_after

DAYS_SHOWN = 7


class ReservationForm(forms.Form):
    first_name = forms.CharField(label=gettext_lazy("First name"), max_length=100)
    last_name = forms.CharField(label=gettext_lazy("Last name"), max_length=100)
    email = forms.EmailField(
        label=gettext_lazy("E-mail"),
        help_text=gettext_lazy("The confirmation and the booking's link are sent here."),
    )
    phone = forms.CharField(label=gettext_lazy("Phone"), max_length=40, required=False)
    group = forms.ChoiceField(
        label=gettext_lazy("Customer group"),
        choices=[(g.value, g.label) for g in ONLINE_GROUPS],
        initial=CustomerGroup.RESIDENT,
        help_text=gettext_lazy(
            "Student, senior and other discounts that need a proof are given at the counter."
        ),
    )
    organisation_name = forms.CharField(
        label=gettext_lazy("Association or company"),
        max_length=200,
        required=False,
        help_text=gettext_lazy("When you book for an association or a company."),
    )
    purpose = forms.CharField(
        label=gettext_lazy("Purpose of use"),
        max_length=500,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    attendees = forms.IntegerField(
        label=gettext_lazy("Number of people"), min_value=1, max_value=10000, required=False
    )
    terms = forms.BooleanField(label=gettext_lazy("I accept the terms of use"), required=False)


def _unit_or_404(code: str) -> Unit:
    unit = units_with_hours().filter(code=code, active=True, online=True).first()
    if unit is None:
        raise Http404
    return unit


def _day(request) -> dt.date:
    today = timezone.localdate()
    try:
        day = dt.date.fromisoformat(request.GET.get("day", ""))
    except ValueError:
        return today
    return max(today, min(day, today + dt.timedelta(days=400)))


def _minutes(request, unit: Unit) -> int:
    try:
        minutes = int(request.GET.get("minutes") or request.POST.get("minutes") or 0)
    except ValueError:
        minutes = 0
    choices = _durations(unit)
    return minutes if minutes in choices else choices[0]


def _durations(unit: Unit) -> list[int]:
    step = 60 if unit.product_id and unit.pricing == Unit.Pricing.HOUR else unit.interval_minutes
    first = -(-unit.min_minutes // step) * step
    return list(range(first, unit.max_minutes + 1, step)) or [unit.min_minutes]


@require_GET
def reservation_units(request):
    context = {"units": units_bookable(), "rounds": rounds_open()}
    return render(request, "public/reservations/units.html", context)


@require_GET
def reservation_unit(request, code: str):
    """The unit and the free times of a day (a week's days to choose from)."""
    unit = _unit_or_404(code)
    day = _day(request)
    minutes = _minutes(request, unit)
    today = timezone.localdate()
    first = max(day - dt.timedelta(days=3), today)
    days = [first + dt.timedelta(days=n) for n in range(DAYS_SHOWN)]
    slots = day_slots(unit, day, minutes=minutes)
    context = {
        "unit": unit,
        "day": day,
        "minutes": minutes,
        "durations": _durations(unit),
        "days": days,
        "previous": day - dt.timedelta(days=DAYS_SHOWN) if day > today else None,
        "next": day + dt.timedelta(days=DAYS_SHOWN),
        "slots": [
            (slot, slot.starts_at.astimezone(HELSINKI), slot.ends_at.astimezone(HELSINKI))
            for slot in slots
        ],
        "opens_on": slots[0].opens_on if slots and slots[0].state == "not_yet" else None,
        **unit_facts(unit, day),
    }
    return render(request, "public/reservations/unit.html", context)


def _start(request) -> dt.datetime | None:
    try:
        start = dt.datetime.fromisoformat(request.GET.get("start") or request.POST.get("start"))
    except (TypeError, ValueError):
        return None
    return start if start.tzinfo else start.replace(tzinfo=HELSINKI)


def _book_page(request, unit, start, minutes, form, *, error="", status=200):
    end = start + dt.timedelta(minutes=minutes)
    prices = []
    for group in ONLINE_GROUPS:
        try:
            prices.append((group.label, price_cents(unit, group, start, end)))
        except LookupError:
            continue
    context = {
        "unit": unit,
        "form": form,
        "start": start,
        "starts": start.astimezone(HELSINKI),
        "ends": end.astimezone(HELSINKI),
        "minutes": minutes,
        "prices": prices,
        "hold": settings.RESERVATION_HOLD_MINUTES,
        "error": error,
        # Booked now, is the free cancellation period already over (a fee from the start)?
        "free_over": bool(unit.cancellation_fee_percent)
        and start - dt.timedelta(days=unit.free_cancellation_days) <= timezone.now(),
    }
    return render(request, "public/reservations/book.html", context, status=status)


@require_http_methods(["GET", "POST"])
def reservation_book(request, code: str):
    unit = _unit_or_404(code)
    start, minutes = _start(request), _minutes(request, unit)
    if start is None:
        return HttpResponseRedirect(reverse("public:reservation_unit", args=[unit.code]))
    end = start + dt.timedelta(minutes=minutes)
    form = ReservationForm(request.POST or None)
    if request.method == "GET":
        errors = rules_errors(unit, start, end, now=timezone.now())
        return _book_page(request, unit, start, minutes, form, error=" ".join(errors))
    limit = {"group": "public:reservation", "rate": settings.SHOP_ORDER_RATE_LIMIT, "key": "ip"}
    wait = retry_after(request, count=False, **limit)
    if wait:
        form.add_error(None, _("Too many bookings from here; try again in a while."))
        return _retry_after(_book_page(request, unit, start, minutes, form, status=429), wait)
    valid = form.is_valid()
    errors = _all_errors(unit, start, end, form)
    if errors:
        form_errors_add(form, ValidationError(errors))
    if not valid or errors:  # every error of the submit at once; not counted in the limit
        return _book_page(request, unit, start, minutes, form, status=400)
    wait = retry_after(request, **limit)
    if wait:
        form.add_error(None, _("Too many bookings from here; try again in a while."))
        return _retry_after(_book_page(request, unit, start, minutes, form, status=429), wait)
    data = form.cleaned_data
    try:
        reservation = reservation_book_online(
            unit=unit,
            starts_at=start,
            ends_at=end,
            first_name=data["first_name"],
            last_name=data["last_name"],
            email=data["email"],
            phone=data["phone"],
            group=data["group"],
            organisation_name=data["organisation_name"],
            purpose=data["purpose"],
            attendees=data["attendees"],
            terms_accepted=data["terms"],
            language=get_language(),
        )
    except ValidationError as error:
        form_errors_add(form, error)
        return _book_page(request, unit, start, minutes, form, status=400)
    return HttpResponseRedirect(reverse("public:reservation", args=[reservation.token]))


def _all_errors(unit, start, end, form) -> dict:
    """The booking's own checks on what the form could read (a field the form refused is
    not checked twice)."""
    data = form.cleaned_data
    errors = reservation_online_errors(
        unit,
        start,
        end,
        # (a name the form refused already has its message there)
        first_name=data.get("first_name") or ("-" if "first_name" in form.errors else ""),
        last_name=data.get("last_name") or ("-" if "last_name" in form.errors else ""),
        email=data.get("email") or "",
        group=data.get("group") or CustomerGroup.RESIDENT,
        organisation_name=data.get("organisation_name") or "",
        terms_accepted=bool(data.get("terms")),
        attendees=data.get("attendees"),
        now=timezone.now(),
    )
    return {k: v for k, v in errors.items() if k not in form.errors}


def _reservation_or_404(token: str) -> Reservation:
    reservation = reservation_by_token(token)
    if reservation is None:
        raise Http404
    return reservation


def _private_page(request, reservation, *, error="", status=200):
    order = reservation.order
    attempt = order.online_payments.order_by("-created_at", "-pk").first() if order else None
    payable = (
        order is not None
        and order.status == "open"
        and reservation.state in (Reservation.State.CREATED, Reservation.State.WAITING_PAYMENT)
    )
    context = {
        "reservation": reservation,
        "unit": reservation.unit,
        "starts": reservation.starts_at.astimezone(HELSINKI),
        "ends": reservation.ends_at.astimezone(HELSINKI),
        "order": order,
        "lines": list(order.lines.select_related("product")) if order else [],
        "attempt": attempt,
        "failed": attempt is not None and attempt.status == OnlinePayment.Status.FAIL,
        "payable": payable and provider_configured() is not None,
        "cancellable": reservation.is_active and reservation.starts_at > timezone.now(),
        "error": error,
    }
    return allow_provider(
        render(request, "public/reservations/reservation.html", context, status=status)
    )


@require_GET
def reservation_page(request, token: str):
    return _private_page(request, _reservation_or_404(token))


@require_GET
def reservation_calendar(request, token: str):
    reservation = _reservation_or_404(token)
    response = HttpResponse(reservation_ics(reservation), content_type="text/calendar")
    response["Content-Disposition"] = 'attachment; filename="reservation.ics"'
    return response


@require_POST
def reservation_pay(request, token: str):
    reservation = _reservation_or_404(token)
    return pay_redirect(
        request,
        reservation.order,
        return_path=reverse("public:reservation_return", args=[token]),
        page=lambda error, status: _private_page(request, reservation, error=error, status=status),
    )


@require_GET
def reservation_return(request, token: str):
    """The payer back from the provider: believed only with its signature."""
    reservation = _reservation_or_404(token)
    if not payment_returned(request):
        error = _(
            "The payment's return could not be verified. If you paid, we confirm it by e-mail."
        )
        return _private_page(request, reservation, error=error, status=400)
    return _private_page(request, _reservation_or_404(token))


@require_http_methods(["GET", "POST"])
def reservation_cancel_view(request, token: str):
    """What cancelling costs now, then the cancellation."""
    reservation = _reservation_or_404(token)
    if request.method == "POST":
        callback = request.build_absolute_uri(reverse("public:shop_callback"))
        try:
            reservation_cancel(
                reservation=reservation, provider=provider_configured(), callback_url=callback
            )
        except ValidationError as error:
            return _cancel_page(request, reservation, " ".join(error.messages), 400)
        except ProviderError:
            error = _("The payment service could not be reached. Nothing was changed; try again.")
            return _cancel_page(request, reservation, error, 502)
        return HttpResponseRedirect(reverse("public:reservation", args=[token]))
    return _cancel_page(request, reservation)


def _cancel_page(request, reservation, error="", status=200):
    context = {
        "reservation": reservation,
        "unit": reservation.unit,
        "starts": reservation.starts_at.astimezone(HELSINKI),
        "ends": reservation.ends_at.astimezone(HELSINKI),
        "quote": cancellation_quote(reservation),
        "free_until": reservation.free_until.astimezone(HELSINKI)
        if reservation.free_until
        else None,
        "free_over": reservation.free_until is not None
        and reservation.free_until <= timezone.now(),
        "error": error,
    }
    return render(request, "public/reservations/cancel.html", context, status=status)
