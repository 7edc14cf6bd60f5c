"""All of a customer's bookings of rooms and areas (the customer page lists the coming ones
only, at most 20): paged, the latest first, each page's viewing logged."""

from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render

from luukku.bookings.selectors.reservations import customer_reservations_all
from luukku.core.calendar import HELSINKI
from luukku.customers.models import Customer
from luukku.privacy.services import access_log_list

from .desk_views import front_line_required


@front_line_required
def customer_reservations(request, customer_id: int):
    customer = Customer.objects.filter(pk=customer_id).first()
    if customer is None:
        raise Http404
    page = Paginator(customer_reservations_all(customer=customer), 50).get_page(
        request.GET.get("page")
    )
    access_log_list(
        actor=request.user,
        customer=customer,
        context="customer_reservations",
        query=request.GET,
        count=len(page.object_list),
    )
    rows = [
        (r, r.starts_at.astimezone(HELSINKI), r.ends_at.astimezone(HELSINKI))
        for r in page.object_list
    ]
    context = {"customer": customer, "page_obj": page, "rows": rows}
    return render(request, "web/customer_reservations.html", context)
