"""Staff pages of reservations (docs/bookings.md): the units and the requests waiting for
handling, a unit's day, a booking (approve, deny, cancel), booking for a customer at the
counter and blocking time. Every page that shows bookers logs the access."""

import datetime as dt

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from luukku.bookings.models import Reservation
from luukku.bookings.selectors.reservation_series import series_dates
from luukku.bookings.selectors.reservations import (
    cancellation_quote,
    day_slots,
    reservations_waiting,
    unit_day,
    units_bookable,
    units_with_hours,
)
from luukku.bookings.selectors.rounds import rounds_all
from luukku.bookings.services.reservation_block import block_clashes, reservation_block_over
from luukku.bookings.services.reservation_cancel import reservation_cancel
from luukku.bookings.services.reservation_handling import reservation_approve, reservation_deny
from luukku.bookings.services.reservation_series import reservation_series_book, series_group_check
from luukku.bookings.services.reservations import (
    reservation_block,
    reservation_book_for_customer,
)
from luukku.commerce.models import CustomerGroup, Order, RegisterDay
from luukku.commerce.services.online import provider_configured
from luukku.core.calendar import HELSINKI
from luukku.core.service_errors import form_errors_add
from luukku.customers.models import Customer
from luukku.customers.selectors import customer_search
from luukku.privacy.services import access_log_list, access_log_record

from .desk_views import front_line_required
from .reservation_forms import BlockForm, CancelForm, CounterBookingForm, DenyForm, SeriesForm


def _unit_or_404(code: str):
    unit = units_with_hours().filter(code=code).first()
    if unit is None:
        raise Http404
    return unit


def _day(request) -> dt.date:
    try:
        return dt.date.fromisoformat(request.GET.get("day", ""))
    except ValueError:
        return timezone.localdate()


@front_line_required
def reservations(request):
    waiting = reservations_waiting()
    access_log_record(
        actor=request.user,
        action="list",
        context="reservations_waiting",
        count=len(waiting),
    )
    context = {
        "units": units_bookable(online=False),
        "waiting": waiting,
        "chosen": _chosen_customer(request),
        "rounds": rounds_all(),
    }
    return render(request, "web/reservations.html", context)


def _chosen_customer(request, posted=None):
    """The customer the booking is for (`?customer=`: from the customer's page or the
    search; or the one a posted form carries, so that a preview keeps it), its view logged."""
    pk = request.GET.get("customer", "")
    customer = Customer.objects.filter(pk=pk).first() if pk.isdigit() else None
    if customer is None and posted is not None and posted.is_bound:
        customer = posted.cleaned_data.get("customer") if hasattr(posted, "cleaned_data") else None
    if customer is not None:
        access_log_record(
            actor=request.user, action="view", context="reservation_counter", customer=customer
        )
    return customer


def _customer_matches(request) -> tuple[str, list]:
    """The counter sale's customer search, for the booking form (each search logged)."""
    query = (request.GET.get("q") or "").strip()
    if not query:
        return "", []
    found = list(Paginator(customer_search(query=query), 10).get_page(1).object_list)
    access_log_list(
        actor=request.user, context="reservation_customer", query=request.GET, count=len(found)
    )
    return query, found


def _unit_page(
    request,
    unit,
    day,
    *,
    block_form=None,
    book_form=None,
    series_form=None,
    preview=None,
    clashing=None,
    status=200,
):
    rows = unit_day(unit=unit, day=day)
    access_log_record(
        actor=request.user,
        action="list",
        context="reservations_day",
        query={"unit": unit.code, "day": day.isoformat()},
        count=len(rows),
    )
    chosen = _chosen_customer(request, posted=series_form or book_form)
    query, matches = _customer_matches(request)
    initial = {"day": day, "customer": chosen}
    context = {
        "chosen": chosen,
        "query": query,
        "matches": matches,
        "unit": unit,
        "day": day,
        "previous": day - dt.timedelta(days=1),
        "next": day + dt.timedelta(days=1),
        "rows": [
            (r, r.starts_at.astimezone(HELSINKI), r.ends_at.astimezone(HELSINKI)) for r in rows
        ],
        "free": [s.starts_at.astimezone(HELSINKI) for s in day_slots(unit, day) if s.free],
        "block_form": block_form or BlockForm(initial=initial, prefix="block"),
        "book_form": book_form or CounterBookingForm(initial=initial, prefix="book", unit=unit),
        "series_form": series_form
        or SeriesForm(
            initial={
                "first_day": day,
                "last_day": day + dt.timedelta(weeks=12),
                "customer": chosen,
                "group": series_group(chosen),
            },
            prefix="series",
            unit=unit,
        ),
        "preview": preview,
        "clashing": [
            (r, r.starts_at.astimezone(HELSINKI), r.ends_at.astimezone(HELSINKI))
            for r in clashing or ()
        ],
    }
    return render(request, "web/reservation_unit.html", context, status=status)


def series_group(customer) -> str:
    """A series' price group to start with: a person's is the resident's, an internal
    unit's the internal one; an association's (the usual weekly booker) otherwise."""
    if customer is None:
        return CustomerGroup.ASSOCIATION
    return {
        Customer.Kind.PERSON: CustomerGroup.RESIDENT,
        Customer.Kind.INTERNAL: CustomerGroup.INTERNAL,
    }.get(customer.kind, CustomerGroup.ASSOCIATION)


@front_line_required
def reservation_unit_day(request, code: str):
    return _unit_page(request, _unit_or_404(code), _day(request))


@front_line_required
@require_POST
def reservation_block_view(request, code: str):
    """Block time: refused in the past; over bookings, they are listed first (who, when) and
    staff cancel them with a reason the bookers are told ("cancel"), or do not block."""
    unit = _unit_or_404(code)
    form = BlockForm(request.POST, prefix="block")
    clashing = None
    if form.is_valid():
        data = form.cleaned_data
        when = {"unit": unit, "starts_at": data["starts_at"], "ends_at": data["ends_at"]}
        try:
            if request.POST.get("action") == "cancel":
                reservation_block_over(
                    by=request.user, note=data["note"], reason=data["reason"],
                    message=data["message"], provider=provider_configured(),
                    callback_url=request.build_absolute_uri(reverse("public:shop_callback")),
                    day_of=_open_day, **when,
                )  # fmt: skip
            else:
                clashing = block_clashes(**when)
                if not clashing:
                    reservation_block(by=request.user, note=data["note"], **when)
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            if not clashing:
                messages.success(request, _("The time is blocked."))
                url = reverse("web:reservation_unit", args=[unit.code])
                return redirect(f"{url}?day={data['day']:%Y-%m-%d}")
    day = form.cleaned_data.get("day") or timezone.localdate()
    status = 200 if clashing else 400
    return _unit_page(request, unit, day, block_form=form, clashing=clashing, status=status)


@front_line_required
@require_POST
def reservation_book_view(request, code: str):
    """An agent books for a customer: then to the sale page to take the payment."""
    unit = _unit_or_404(code)
    form = CounterBookingForm(request.POST, prefix="book", unit=unit)
    if form.is_valid():
        data = form.cleaned_data
        try:
            reservation = reservation_book_for_customer(
                by=request.user,
                unit=unit,
                starts_at=data["starts_at"],
                ends_at=data["ends_at"],
                customer=data["customer"],
                language=data["language"],
                contact_name=data["contact_name"],
                contact_email=data["contact_email"],
                contact_phone=data["contact_phone"],
                organisation_name=data["organisation_name"],
                group=data["group"],
                proof_seen=data["proof_seen"],
                purpose=data["purpose"],
            )
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            messages.success(request, _("Booked.") + _mail_note(data))
            if reservation.order_id:
                return redirect("web:sale_order", number=reservation.order.number)
            return redirect("web:reservation", pk=reservation.pk)
    day = form.cleaned_data.get("day") or timezone.localdate()
    return _unit_page(request, unit, day, book_form=form, status=400)


def _mail_note(data: dict) -> str:
    """Where the confirmation went (or that none was sent)."""
    if data["contact_email"]:
        return " " + _("The confirmation goes to %(address)s.") % {"address": data["contact_email"]}
    return _no_mail_note(data)


def _no_mail_note(data: dict) -> str:
    if data["contact_email"]:
        return ""
    return " " + _("No confirmation mail was sent: tell the customer the time yourself.")


def _reservation_or_404(pk: int) -> Reservation:
    reservation = (
        Reservation.objects.select_related("unit__service_point", "order", "case", "customer")
        .filter(pk=pk)
        .first()
    )
    if reservation is None:
        raise Http404
    return reservation


def _detail(request, reservation, *, deny_form=None, cancel_form=None, status=200):
    access_log_record(
        actor=request.user,
        action="view",
        context="reservation_page",
        customer=reservation.customer,
        case=reservation.case,
    )
    context = {
        "reservation": reservation,
        "starts": reservation.starts_at.astimezone(HELSINKI),
        "ends": reservation.ends_at.astimezone(HELSINKI),
        "quote": cancellation_quote(reservation),
        "deny_form": deny_form or DenyForm(prefix="deny"),
        "cancel_form": cancel_form or CancelForm(prefix="cancel"),
    }
    return render(request, "web/reservation.html", context, status=status)


@front_line_required
def reservation_detail(request, pk: int):
    return _detail(request, _reservation_or_404(pk))


@front_line_required
@require_POST
def reservation_approve_view(request, pk: int):
    reservation = _reservation_or_404(pk)
    try:
        reservation_approve(reservation=reservation, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The booking was approved."))
    return redirect("web:reservation", pk=pk)


@front_line_required
@require_POST
def reservation_deny_view(request, pk: int):
    reservation = _reservation_or_404(pk)
    form = DenyForm(request.POST, prefix="deny")
    if form.is_valid():
        try:
            reservation_deny(
                reservation=reservation,
                by=request.user,
                reason=form.cleaned_data["reason"],
                note=form.cleaned_data["note"],
            )
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            messages.success(request, _("The request was denied."))
            return redirect("web:reservation", pk=pk)
    return _detail(request, reservation, deny_form=form, status=400)


def _open_day(reservation: Reservation):
    return (
        RegisterDay.objects.filter(
            register__service_point=reservation.unit.payment_point, closed_at__isnull=True
        )
        .order_by("pk")
        .first()
    )


@front_line_required
@require_http_methods(["POST"])
def reservation_cancel_staff(request, pk: int):
    reservation = _reservation_or_404(pk)
    form = CancelForm(request.POST, prefix="cancel")
    if form.is_valid():
        counter = reservation.order is not None and reservation.order.status == Order.Status.PAID
        try:
            reservation_cancel(
                reservation=reservation,
                by=request.user,
                reason=form.cleaned_data["reason"],
                note=form.cleaned_data["note"],
                provider=provider_configured(),
                callback_url=request.build_absolute_uri(reverse("public:shop_callback")),
                method=form.cleaned_data["method"] or "cash",
                day=_open_day(reservation) if counter else None,
            )
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            messages.success(request, _("The booking was cancelled."))
            return redirect("web:reservation", pk=pk)
    return _detail(request, reservation, cancel_form=form, status=400)


@front_line_required
@require_POST
def reservation_series_view(request, code: str):
    """A recurring booking: the dates with their clashes first ("preview"), then the free
    ones booked ("book")."""
    unit = _unit_or_404(code)
    form = SeriesForm(request.POST, prefix="series", unit=unit)
    preview = None
    if form.is_valid():
        data = form.cleaned_data
        when = {k: data[k] for k in ("weekday", "starts", "ends", "first_day", "last_day")}
        if request.POST.get("action") == "book":
            try:
                series = reservation_series_book(
                    by=request.user,
                    unit=unit,
                    customer=data["customer"],
                    contact_name=data["contact_name"],
                    contact_email=data["contact_email"],
                    contact_phone=data["contact_phone"],
                    language=data["language"],
                    organisation_name=data["organisation_name"],
                    group=data["group"],
                    proof_seen=data["proof_seen"],
                    **when,
                )
            except ValidationError as error:
                form_errors_add(form, error)
            else:
                booked = series.reservations.count()
                text = _("%(n)s turns booked.") % {"n": booked}
                messages.success(request, text + _mail_note(data))
                first = series.reservations.select_related("order").first()
                if first.order_id:
                    return redirect("web:sale_order", number=first.order.number)
                return redirect("web:reservation_unit", code=unit.code)
        else:
            listed = series_dates(unit=unit, **when)
            try:
                series_group_check(unit=unit, group=data["group"], dates=listed)
            except ValidationError as error:
                form_errors_add(form, error)
            else:
                preview = [(d, d.starts_at.astimezone(HELSINKI)) for d in listed]
    day = form.cleaned_data.get("first_day") or timezone.localdate()
    status = 200 if preview is not None else 400
    return _unit_page(request, unit, day, series_form=form, preview=preview, status=status)
