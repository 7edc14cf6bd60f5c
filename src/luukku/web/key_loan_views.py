"""Lending a key (the holder found among the customers or the staff), taking it back with
its deposit refunded, reporting it lost, a new due day, a card's access rights and a lost
key's lock change done (docs/keys.md, "Staff pages"). The front line's, as the register is."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.formats import date_format, time_format
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from luukku.bookings.models import Reservation
from luukku.commerce.templatetags.commerce_labels import euros
from luukku.core.service_errors import form_errors_add
from luukku.customers.models import Customer
from luukku.customers.selectors import customer_search
from luukku.keys.models import AccessRight, Key, Loan, LockChange
from luukku.keys.selectors import (
    deposit_prices,
    holder_warnings,
    key_whereabouts,
    loan_current,
    lock_changes_pending_for,
)
from luukku.keys.services import (
    Deposit,
    access_right_add,
    access_right_end,
    key_lend,
    key_lend_check,
    key_report_lost,
    key_return,
    loan_due_change,
    lock_change_done,
)
from luukku.privacy.services import access_log_list, access_log_record

from .desk_views import front_line_required
from .key_forms import DueForm, HolderSearchForm, LendForm, LostForm, ReturnForm, RightForm
from .key_views import key_found, key_page

FOUND_SHOWN = 10


def _holders_found(request) -> tuple[HolderSearchForm, list[Customer]]:
    """The customers the agent searched for to lend to (a search: logged)."""
    form = HolderSearchForm(request.GET or None)
    if not form.is_valid():
        return HolderSearchForm(), []
    found = list(customer_search(query=form.cleaned_data["q"])[:FOUND_SHOWN])
    access_log_list(
        actor=request.user, context="key_holder_search", query=request.GET, count=len(found)
    )
    return form, found


def _lend_page(request, key, form, *, status=200):
    search, found = _holders_found(request)
    chosen = None
    customer_id = form["customer"].value() or request.GET.get("customer")
    if str(customer_id or "").isdigit():
        chosen = Customer.active.filter(pk=customer_id).first()
    if chosen is not None and not form.is_bound:
        person = chosen.kind == Customer.Kind.PERSON
        form.initial["holder_kind"] = Loan.HolderKind.PERSON if person else "association"
        if person:
            form.initial["contact_name"] = chosen.display_name
        form.initial.update(_booking_initial(request, chosen))
    today = timezone.localdate()
    return render(
        request,
        "web/key_lend.html",
        {
            "key": key,
            "form": form,
            "search": search,
            "found": found,
            "chosen": chosen,
            "deposits": deposit_prices(key.series, today),
            "warnings": holder_warnings(chosen, today),
            "whereabouts": key_whereabouts(key),
            "lock_changes": lock_changes_pending_for(key),
        },
        status=status,
    )


def _booking_initial(request, customer: Customer) -> dict:
    """The loan's details from the customer's booking it is lent for (`?reservation=`, the
    link on a booking's page): the contact details they gave for it, the turns as the
    purpose, the series' last day (or the booking's day) as the due day."""
    pk = request.GET.get("reservation", "")
    reservation = None
    if pk.isdigit():
        reservation = (
            Reservation.objects.filter(pk=pk, customer=customer)
            .select_related("unit", "series", "case")
            .first()
        )
    if reservation is None:
        return {}
    access_log_record(
        actor=request.user,
        action="view",
        context="reservation_page",
        customer=customer,
        case=reservation.case,
    )
    series = reservation.series
    starts = timezone.localtime(reservation.starts_at)
    ends = timezone.localtime(reservation.ends_at)
    hours = f"{time_format(starts, 'TIME_FORMAT')}–{time_format(ends, 'TIME_FORMAT')}"
    if series is not None:
        when = f"{date_format(series.first_day, 'l')} {hours}"
        text = _("Booked turns: %(unit)s, %(when)s, until %(last)s")
        last = series.last_day
    else:
        when = f"{date_format(starts, 'SHORT_DATE_FORMAT')} {hours}"
        text = _("Booking: %(unit)s, %(when)s")
        last = starts.date()
    values = {
        "unit": reservation.unit,
        "when": when,
        "last": date_format(last, "SHORT_DATE_FORMAT"),
    }
    initial = {"purpose": text % values, "due_on": last, "language": reservation.language}
    for name in ("contact_name", "contact_email", "contact_phone"):
        if getattr(reservation, name):
            initial[name] = getattr(reservation, name)
    return initial


def _deposit(data) -> Deposit:
    return Deposit(
        data.get("deposit") or "",
        day=data.get("day"),
        method=data.get("method") or "cash",
        terminal_receipt=data.get("terminal_receipt") or "",
    )


@front_line_required
def key_lend_view(request, pk: int):
    key = get_object_or_404(
        Key.objects.select_related("series__building", "series__deposit_product"), pk=pk
    )
    if request.method != "POST":
        return _lend_page(request, key, LendForm(initial={"deposit": "counter"}))
    form = LendForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        customer = None
        if data["customer"]:
            customer = Customer.active.filter(pk=data["customer"]).first()
        try:
            loan = key_lend(
                key=key,
                holder_kind=data["holder_kind"],
                employee=data["employee"],
                customer=customer,
                contact_name=data["contact_name"],
                contact_email=data["contact_email"],
                contact_phone=data["contact_phone"],
                language=data["language"],
                purpose=data["purpose"],
                due_on=data["due_on"],
                deposit=_deposit(data),
                lock_change_confirmed=data["lock_change_confirmed"],
                by=request.user,
            )
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            messages.success(request, _("Key %(key)s lent.") % {"key": loan.key.label})
            return redirect("web:key", pk=key.pk)
    else:
        _lend_errors_add(key, form)
    return _lend_page(request, key, form, status=400)


def _lend_errors_add(key, form) -> None:
    """The service's reasons beside the form's own, so that all are shown in one round
    (a field with an error of its own keeps only that one)."""
    data = form.cleaned_data
    customer = None
    if data.get("customer"):
        customer = Customer.active.filter(pk=data["customer"]).first()
    try:
        key_lend_check(
            key=key,
            holder_kind=data.get("holder_kind") or "",
            employee=data.get("employee"),
            customer=customer,
            contact_name=data.get("contact_name"),
            contact_email=data.get("contact_email"),
            contact_phone=data.get("contact_phone"),
            purpose=data.get("purpose"),
            due_on=data.get("due_on"),
            deposit=_deposit(data),
            lock_change_confirmed=data.get("lock_change_confirmed", False),
        )
    except ValidationError as error:
        for name, messages in error.message_dict.items():
            field = name if name in form.fields else None
            if field is None or field not in form.errors:
                form.add_error(field, messages)


def _loan(pk: int) -> Loan:
    return get_object_or_404(
        Loan.objects.select_related("key__series__building", "order", "case", "customer"), pk=pk
    )


def _loan_closed(request, loan: Loan):
    """A step sent from a stale page on a loan already closed: say so on the key's page."""
    values = {
        "key": loan.key.label,
        "day": date_format(
            timezone.localtime(loan.returned_at or loan.lost_at), "SHORT_DATE_FORMAT"
        ),
    }
    if loan.returned_at:
        text = _("Key %(key)s was returned already on %(day)s: nothing was changed.")
    else:
        text = _("Key %(key)s was reported lost already on %(day)s: nothing was changed.")
    messages.error(request, text % values)
    return redirect("web:key", pk=loan.key_id)


def _loan_step(request, pk: int, form_class, form_name: str, write):
    """One step on an open loan from the key's page: `write(loan, cleaned_data)` does it and
    returns the message to show. A loan closed meanwhile in another tab is said so; a
    refused step shows the form again with why, and nothing changed."""
    loan = _loan(pk)
    if not loan.is_open:
        return _loan_closed(request, loan)
    form = form_class(request.POST)
    if form.is_valid():
        try:
            text = write(loan, form.cleaned_data)
        except ValidationError as error:
            if not Loan.objects.filter(pk=loan.pk, returned_at=None, lost_at=None).exists():
                loan.refresh_from_db()
                return _loan_closed(request, loan)
            form_errors_add(form, error)
        else:
            messages.success(request, text)
            return redirect("web:key", pk=loan.key_id)
    return key_page(request, key_found(loan.key_id), status=400, **{form_name: form})


def _deposit_back_text(back, day) -> list[str]:
    """What the agent tells the holder of the deposit when the key comes back."""
    values = {"amount": euros(back.cents), "register": day.register.name if day else ""}
    if back.action == "refunded" and back.method == "card":
        return [_("The deposit of %(amount)s is refunded to the holder's card.") % values]
    if back.action == "refunded":
        return [
            _("The deposit of %(amount)s is refunded in cash from %(register)s: hand it over.")
            % values
        ]
    if back.action == "cancelled":
        return [_("The deposit of %(amount)s was never paid: its order is cancelled.") % values]
    if back.action == "invoiced":
        return [
            _("The deposit of %(amount)s is on an invoice still open: nothing was refunded.")
            % values
        ]
    return []


def _deposit_kept_text(loan) -> list[str]:
    """What becomes of the deposit of a key lost: kept if paid, still owed if not."""
    order = loan.order
    if order is None:
        return []
    values = {"amount": euros(order.total_cents)}
    if order.status == order.Status.PAID and order.refunded_cents == 0:
        return [_("The deposit of %(amount)s is kept; nothing is refunded.") % values]
    if order.status in (order.Status.OPEN, order.Status.INVOICED):
        return [_("The deposit of %(amount)s is not paid: the holder still owes it.") % values]
    return []


@front_line_required
@require_POST
def key_return_view(request, pk: int):
    def write(loan, data):
        returned = key_return(
            loan=loan,
            by=request.user,
            day=data["day"],
            method=data["method"],
            terminal_receipt=data["terminal_receipt"],
            note=data["note"],
        )
        text = _("Key %(key)s returned.") % {"key": loan.key.label}
        return " ".join([text, *_deposit_back_text(returned.deposit_back, data["day"])])

    return _loan_step(request, pk, ReturnForm, "return_form", write)


@front_line_required
@require_POST
def key_lost_view(request, pk: int):
    def write(loan, data):
        key_report_lost(loan=loan, by=request.user, note=data["note"])
        if loan.key.series.is_card:
            text = _("Card %(key)s reported lost: it is blocked and its rights ended.")
        else:
            text = _("Key %(key)s reported lost: a lock change is recorded.")
        return " ".join([text % {"key": loan.key.label}, *_deposit_kept_text(loan)])

    return _loan_step(request, pk, LostForm, "lost_form", write)


@front_line_required
@require_POST
def key_due_view(request, pk: int):
    def write(loan, data):
        loan_due_change(loan=loan, due_on=data["due_on"], by=request.user)
        return _("The due day is changed.")

    return _loan_step(request, pk, DueForm, "due_form", write)


def _rights_page(request, card, form, *, status=200):
    access_log_list(
        actor=request.user,
        context="key_page",
        query={"key": card.label, "rights": True},
        count=len(card.history),
    )
    return render(
        request,
        "web/key_rights.html",
        {"key": card, "form": form, "loan": loan_current(card), "today": timezone.localdate()},
        status=status,
    )


@front_line_required
def key_rights(request, pk: int):
    """A card's access rights by area and time: those in force, ended, and a new one."""
    card = key_found(pk)
    if not card.series.is_card:
        messages.info(request, _("A key opens the doors of its series; only cards have rights."))
        return redirect("web:key", pk=card.pk)
    if request.method != "POST":
        return _rights_page(request, card, RightForm(card=card))
    form = RightForm(request.POST, card=card)
    if form.is_valid():
        data = form.cleaned_data
        try:
            access_right_add(
                card=card,
                area=data["area"],
                weekdays=form.weekday_string(),
                starts=data["starts"],
                ends=data["ends"],
                valid_from=data["valid_from"],
                valid_until=data["valid_until"],
                by=request.user,
            )
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            messages.success(request, _("The right is added."))
            return redirect("web:key_rights", pk=card.pk)
    return _rights_page(request, card, form, status=400)


@front_line_required
@require_POST
def key_right_end(request, pk: int):
    right = get_object_or_404(AccessRight, pk=pk)
    try:
        access_right_end(right=right, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The right has ended."))
    return redirect("web:key_rights", pk=right.card_id)


@front_line_required
@require_POST
def lock_change_done_view(request, pk: int):
    change = get_object_or_404(LockChange, pk=pk)
    try:
        change = lock_change_done(change=change, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        text = _("The lock change is marked done.")
        if change.retired:
            text += " " + _("Retired: %(keys)s.") % {"keys": ", ".join(change.retired)}
        if change.still_out:
            text += " " + _("Still lent: %(keys)s; they are retired when they come back.") % {
                "keys": ", ".join(change.still_out)
            }
        messages.success(request, text)
    return redirect("web:keys")
