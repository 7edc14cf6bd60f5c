"""The key register's staff pages (docs/keys.md, "Staff pages"): the register with its
filters, a key's page (doors, copies, current holder, history), a holder's keys and the
building manager's list of keys out. For the front line (agents and their supervisors at the
service point), like the counter's sales; every page that shows holders writes the access
log. Lending, returning and the card's rights: web/key_loan_views.py."""

import datetime as dt

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.http import urlencode

from luukku.customers.models import Customer
from luukku.keys.models import Key
from luukku.keys.selectors import (
    areas_all,
    buildings_all,
    deposit_state,
    holder_loans,
    key_with_history,
    keys_list,
    loan_current,
    loan_lost,
    loans_out,
    loans_overdue,
    lock_changes_waiting,
)
from luukku.organisation.models import User
from luukku.privacy.services import access_log_list, access_log_record

from .desk_views import front_line_required
from .key_forms import DueForm, KeyFilterForm, LostForm, ReturnForm

# The register's list shows this many keys at most (a city hall has a few hundred).
KEYS_SHOWN = 500


@front_line_required
def keys(request):
    today = timezone.localdate()
    areas = areas_all()
    form = KeyFilterForm(request.GET or None, areas=areas)
    filters = form.cleaned_data if form.is_valid() else {}
    rows = list(
        keys_list(
            today=today,
            status=filters.get("status", ""),
            area=form.area_chosen() if filters else None,
            overdue=filters.get("overdue", False),
        )[:KEYS_SHOWN]
    )
    access_log_list(actor=request.user, context="key_register", query=request.GET, count=len(rows))
    return render(
        request,
        "web/keys.html",
        {
            **_lending_to(request),
            "form": form,
            "keys": rows,
            "today": today,
            "overdue": loans_overdue(today),
            "lock_changes": lock_changes_waiting(),
        },
    )


def _lending_to(request) -> dict:
    """The customer (and their booking) a key is being chosen for, from the customer's or
    the booking's page (`?customer=&reservation=`): each key in store links to its lend form
    with them filled in."""
    pk = request.GET.get("customer", "")
    customer = Customer.active.filter(pk=pk).first() if pk.isdigit() else None
    if customer is None:
        return {}
    access_log_record(actor=request.user, action="view", context="key_holder", customer=customer)
    query = {"customer": customer.pk}
    if request.GET.get("reservation", "").isdigit():
        query["reservation"] = request.GET["reservation"]
    return {
        "lend_to": customer,
        "lend_reservation": query.get("reservation", ""),
        "lend_query": urlencode(query),
    }


def key_page(request, key: Key, *, return_form=None, lost_form=None, due_form=None, status=200):
    """The key's page with its forms (those sent back with their errors)."""
    loan = loan_current(key)
    access_log_list(
        actor=request.user,
        context="key_page",
        query={"key": key.label},
        count=len(key.history),
    )
    return render(
        request,
        "web/key.html",
        {
            "key": key,
            "loan": loan,
            "deposit": deposit_state(loan) if loan else "",
            "lost": loan_lost(key),
            "today": timezone.localdate(),
            "return_form": return_form or ReturnForm(),
            "lost_form": lost_form or LostForm(),
            "due_form": due_form or DueForm(initial={"due_on": _due_suggested(loan)}),
        },
        status=status,
    )


def _due_suggested(loan) -> dt.date | None:
    """The new due day's form starts from the current one while it is still ahead; an
    overdue loan's is left empty (a day in the past would only be refused)."""
    if loan is None or loan.due_on is None or loan.due_on <= timezone.localdate():
        return None
    return loan.due_on


def key_found(pk: int) -> Key:
    try:
        return key_with_history(pk)
    except Key.DoesNotExist:
        raise Http404 from None


@front_line_required
def key(request, pk: int):
    return key_page(request, key_found(pk))


@front_line_required
def key_holder(request, kind: str, pk: int):
    """Every loan of one holder: a customer (an association, a person, a contractor) or an
    employee."""
    if kind == "customer":
        holder = get_object_or_404(Customer.active, pk=pk)
        loans = holder_loans(customer=holder)
        access_log_record(actor=request.user, action="view", context="key_holder", customer=holder)
    elif kind == "employee":
        holder = get_object_or_404(User, pk=pk)
        loans = holder_loans(employee=holder)
        access_log_list(
            actor=request.user,
            context="key_holder",
            query={"employee": holder.pk},
            count=len(loans),
        )
    else:
        raise PermissionDenied
    return render(
        request,
        "web/key_holder.html",
        {"holder": holder, "kind": kind, "loans": loans, "today": timezone.localdate()},
    )


@front_line_required
def keys_out(request):
    """The building manager's list: which keys and cards are out, who holds them, what
    they open; printable."""
    buildings = buildings_all()
    building = None
    if request.GET.get("building", "").isdigit():
        building = next((b for b in buildings if b.pk == int(request.GET["building"])), None)
    loans = loans_out(building=building)
    access_log_list(
        actor=request.user, context="key_loans_out", query=request.GET, count=len(loans)
    )
    return render(
        request,
        "web/keys_out.html",
        {
            "loans": loans,
            "buildings": buildings,
            "building": building,
            "today": timezone.localdate(),
            "now": timezone.now(),
        },
    )
