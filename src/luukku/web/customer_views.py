"""Customer records: finding, creating, viewing and editing them, the identity code shown once,
who has read them; and two records of one person compared and merged, or marked as different
people."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from luukku.bookings.selectors.courses import customer_registrations
from luukku.bookings.selectors.reservations import customer_reservations
from luukku.bookings.selectors.rounds import customer_applications
from luukku.cases.selectors import customer_cases, customer_cases_all_visible
from luukku.commerce.selectors.orders import customer_amount_due, customer_orders, customer_proofs
from luukku.core.http import found_or_404
from luukku.core.service_errors import form_errors_add
from luukku.customers.models import Customer
from luukku.customers.selectors import (
    customer_get_for_view,
    customer_identity_code_reveal,
    customer_may_reveal_identity_code,
    customer_merge_candidates_for_view,
    customer_possible_duplicates_for_view,
    customer_search,
    customer_timeline,
)
from luukku.customers.services import (
    DuplicateCustomer,
    customer_create,
    customer_update,
    customers_mark_distinct,
    customers_merge,
)
from luukku.keys.selectors import customer_key_loans
from luukku.privacy.selectors import access_log_for_customer, may_handle_subject_requests
from luukku.privacy.services import access_log_list
from luukku.relationships.selectors import customer_announcements, customer_plan_panel

from .forms import CustomerForm, CustomerMergeForm, CustomerSearchForm
from .responses import form_page


@login_required
def customers(request):
    form = CustomerSearchForm(request.GET or None)
    query = form.cleaned_data["q"] if form.is_valid() else ""
    page = Paginator(customer_search(query=query), 25).get_page(request.GET.get("page"))
    if query:
        access_log_list(
            actor=request.user,
            context="customer_search",
            query=request.GET,
            count=len(page.object_list),
        )
    return render(request, "web/customers.html", {"form": form, "page_obj": page, "query": query})


@login_required
def customer_new(request):
    form = CustomerForm(request.POST or None)
    candidates = []
    if request.method == "POST" and form.is_valid():
        data = {k: v for k, v in form.cleaned_data.items() if k != "confirm_duplicate"}
        try:
            customer = customer_create(
                actor=request.user,
                context="customer_form",
                allow_duplicate=form.cleaned_data["confirm_duplicate"],
                **data,
            )
        except DuplicateCustomer as error:
            candidates = error.candidates
            form.add_error(None, error.messages)
            # The records that may be the same person are shown: a list of personal data.
            access_log_list(
                actor=request.user,
                context="customer_form",
                query=None,
                count=len(candidates),
            )
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            messages.success(request, _("Customer created."))
            return redirect("web:customer", customer_id=customer.pk)
    return form_page(
        request,
        "web/customer_form.html",
        {"form": form, "candidates": candidates, "customer": None},
    )


@login_required
def customer_detail(request, customer_id: int):
    customer = found_or_404(
        customer_get_for_view, customer_id=customer_id, viewer=request.user, context="customer_page"
    )
    if customer.merged_into_id:
        messages.info(
            request,
            _("This record was merged into %(name)s: its cases are there now.")
            % {"name": customer.merged_into.display_name},
        )
        return redirect("web:customer", customer_id=customer.merged_into_id)
    context = {
        "customer": customer,
        "duplicates": customer_possible_duplicates_for_view(customer=customer, viewer=request.user),
        "cases": customer_cases(customer_id=customer.pk, user=request.user),
        "orders": customer_orders(customer),
        "amount_due": customer_amount_due(customer),
        "reservations": customer_reservations(customer=customer),
        "applications": customer_applications(customer),
        "proofs": customer_proofs(customer, timezone.localdate()),
        "key_loans": customer_key_loans(customer),
        "registrations": customer_registrations(customer),
        "timeline": customer_timeline(customer=customer),
        "plan_panel": customer_plan_panel(customer=customer, viewer=request.user),
        "announcements": customer_announcements(customer),
        "revealed": request.session.pop(f"reveal:{customer.pk}", False),
        "subject_requests": may_handle_subject_requests(request.user)
        and customer_cases_all_visible(customer_id=customer.pk, user=request.user),
        "may_reveal": customer_may_reveal_identity_code(customer=customer, user=request.user),
    }
    context["glance"] = _at_a_glance(context, timezone.now())
    return render(request, "web/customer_detail.html", context)


# What the agent at the counter asks first: what the visitor has booked, signed up for, holds
# and owes (the sections below give each in full).
_BOOKED = {"payment", "handling", "confirmed"}
_REGISTERED = {"waiting", "offered", "confirmed"}


def _at_a_glance(context: dict, now) -> dict:
    today = timezone.localdate(now)
    keys_out = [loan for loan in context["key_loans"] if loan.is_open]
    due_orders, due_cents = context["amount_due"]
    return {
        "bookings": sum(
            1 for r in context["reservations"] if r.state in _BOOKED and r.ends_at >= now
        ),
        "courses": sum(1 for r in context["registrations"] if r.status in _REGISTERED),
        "keys": len(keys_out),
        "overdue": sum(1 for loan in keys_out if loan.due_on and loan.due_on < today),
        "due_orders": due_orders,
        "due_cents": due_cents,
    }


@login_required
def customer_edit(request, customer_id: int):
    customer = found_or_404(
        customer_get_for_view, customer_id=customer_id, viewer=request.user, context="customer_edit"
    )
    may_reveal = customer_may_reveal_identity_code(customer=customer, user=request.user)
    form = CustomerForm(
        request.POST or None,
        instance=customer,
        identity_code=may_reveal or not customer.identity_code,
    )
    if request.method == "POST" and form.is_valid():
        data = {k: v for k, v in form.cleaned_data.items() if k != "confirm_duplicate"}
        customer.refresh_from_db()
        try:
            customer_update(customer=customer, actor=request.user, context="customer_form", **data)
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            messages.success(request, _("Customer details saved."))
            return redirect("web:customer", customer_id=customer.pk)
    return form_page(
        request,
        "web/customer_form.html",
        {"form": form, "customer": customer, "candidates": []},
    )


@login_required
@require_POST
def customer_reveal(request, customer_id: int):
    """Show the full identity code once, on the next page view."""
    try:
        customer_identity_code_reveal(
            customer_id=customer_id, viewer=request.user, context="customer_page"
        )
    except Customer.DoesNotExist as error:
        raise Http404 from error
    request.session[f"reveal:{customer_id}"] = True
    return redirect("web:customer", customer_id=customer_id)


@login_required
def customer_log(request, customer_id: int):
    customer = Customer.objects.filter(pk=customer_id).first()
    if customer is None:
        raise Http404
    entries = access_log_for_customer(customer=customer, viewer=request.user)
    page = Paginator(entries, 50).get_page(request.GET.get("page"))
    access_log_list(
        actor=request.user,
        customer=customer,
        context="customer_log",
        query=request.GET,
        count=len(page.object_list),
    )
    return render(request, "web/customer_log.html", {"customer": customer, "page_obj": page})


def _pair(request, customer_id: int, other_id: int) -> tuple[Customer, Customer, list]:
    if not (request.user.is_front_line or request.user.sees_everything):
        raise PermissionDenied
    return found_or_404(
        customer_merge_candidates_for_view,
        customer_id=customer_id,
        other_id=other_id,
        viewer=request.user,
    )


@login_required
def customer_merge(request, customer_id: int, other_id: int):
    customer, other, rows = _pair(request, customer_id, other_id)
    # Offered to keep: the record with more cases, or the older one.
    fuller = max((customer, other), key=lambda record: (record.case_count, -record.pk))
    form = CustomerMergeForm(
        request.POST or None, records=(customer, other), initial={"keep": fuller.pk}
    )
    if request.method == "POST" and form.is_valid():
        keep, duplicate = (
            (customer, other) if form.cleaned_data["keep"] == customer.pk else (other, customer)
        )
        try:
            customers_merge(actor=request.user, keep=keep, duplicate=duplicate)
        except ValidationError as error:
            form.add_error(None, error.messages)
        else:
            messages.success(
                request,
                _("The records were merged: every case and booking is now under %(name)s.")
                % {"name": keep.display_name},
            )
            return redirect("web:customer", customer_id=keep.pk)
    return form_page(
        request,
        "web/customer_merge.html",
        {"customer": customer, "other": other, "rows": rows, "form": form},
    )


@login_required
@require_POST
def customer_distinct(request, customer_id: int, other_id: int):
    customer, other, _rows = _pair(request, customer_id, other_id)
    try:
        customers_mark_distinct(actor=request.user, customer=customer, other=other)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            _("Marked as different people: %(name)s is no longer offered as a duplicate.")
            % {"name": other.display_name},
        )
    return redirect("web:customer", customer_id=customer.pk)
