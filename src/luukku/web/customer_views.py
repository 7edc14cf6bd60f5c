"""Two records of one person: compare and merge them, or mark them as different people."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from luukku.customers.models import Customer
from luukku.customers.selectors import customer_merge_candidates_for_view
from luukku.customers.services import customers_mark_distinct, customers_merge

from .forms import CustomerMergeForm


def _pair(request, customer_id: int, other_id: int) -> tuple[Customer, Customer, list]:
    if not (request.user.is_front_line or request.user.sees_everything):
        raise PermissionDenied
    try:
        return customer_merge_candidates_for_view(
            customer_id=customer_id, other_id=other_id, viewer=request.user
        )
    except Customer.DoesNotExist as error:
        raise Http404 from error


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
    return render(
        request,
        "web/customer_merge.html",
        {"customer": customer, "other": other, "rows": rows, "form": form},
        status=400 if request.method == "POST" else 200,
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
