"""The counter's registers: a day opened with its float, the X report at any time, the Z
report that closes the day, and a new sale started (docs/commerce.md, "At the counter")."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from luukku.commerce.models import Order, Register
from luukku.commerce.selectors.cash import day_report, open_day, orders_of_day, registers_with_days
from luukku.commerce.services.cash import register_day_close, register_day_open
from luukku.commerce.services.orders import order_start
from luukku.core.service_errors import form_errors_add

from .case_views import case_for_change
from .desk_views import front_line_required
from .sale_forms import DayCloseForm, DayOpenForm, euros_to_cents

SESSION_REGISTER = "sale_register"


@front_line_required
def sales(request):
    return render(
        request,
        "web/sales.html",
        {"registers": registers_with_days(), "open_form": DayOpenForm()},
    )


def _register_page(request, register, *, open_form=None, close_form=None, status=200):
    day = open_day(register)
    report = day_report(day) if day else None
    closed = list(register.days.filter(closed_at__isnull=False).order_by("-business_date")[:10])
    return render(
        request,
        "web/sale_register.html",
        {
            "register": register,
            "day": day,
            "report": report,
            "orders": list(orders_of_day(day)[:50]) if day else [],
            "closed_days": closed,
            "open_form": open_form or DayOpenForm(),
            "close_form": close_form or DayCloseForm(),
        },
        status=status,
    )


@front_line_required
def sale_register(request, pk: int):
    register = get_object_or_404(Register.objects.select_related("service_point"), pk=pk)
    return _register_page(request, register)


@front_line_required
@require_POST
def sale_day_open(request, pk: int):
    register = get_object_or_404(Register, pk=pk)
    form = DayOpenForm(request.POST)
    if form.is_valid():
        try:
            register_day_open(
                register=register,
                opening_float_cents=euros_to_cents(form.cleaned_data["opening_float"]),
                by=request.user,
            )
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            messages.success(request, _("The register's day is open."))
            return redirect("web:sale_register", pk=register.pk)
    return _register_page(request, register, open_form=form, status=400)


@front_line_required
@require_POST
def sale_day_close(request, pk: int):
    register = get_object_or_404(Register, pk=pk)
    day = open_day(register)
    if day is None:
        messages.error(request, _("The register's day is closed already."))
        return redirect("web:sale_register", pk=register.pk)
    form = DayCloseForm(request.POST)
    if form.is_valid():
        try:
            day = register_day_close(
                day=day,
                counted_cash_cents=euros_to_cents(form.cleaned_data["counted_cash"]),
                explanation=form.cleaned_data["explanation"],
                by=request.user,
            )
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            messages.success(request, _("The day is closed: Z report %(z)s.") % {"z": day.z_number})
            return redirect("web:sale_z_report", pk=day.pk)
    return _register_page(request, register, close_form=form, status=400)


@front_line_required
def sale_z_report(request, pk: int):
    from luukku.commerce.models import RegisterDay

    day = get_object_or_404(
        RegisterDay.objects.select_related("register__service_point"),
        pk=pk,
        closed_at__isnull=False,
    )
    return render(request, "web/sale_z_report.html", {"day": day, "report": day.z_report})


@front_line_required
@require_POST
def sale_new(request, pk: int):
    """A new anonymous sale at the register's point; the customer is found on its page."""
    register = get_object_or_404(Register.objects.select_related("service_point"), pk=pk)
    if open_day(register) is None:
        messages.error(request, _("Open the register's day first."))
        return redirect("web:sale_register", pk=register.pk)
    order = order_start(
        channel=Order.Channel.COUNTER,
        by=request.user,
        service_point=register.service_point,
    )
    request.session[SESSION_REGISTER] = register.pk
    return redirect("web:sale_order", number=order.number)


@front_line_required
@require_POST
def case_sale_new(request, reference: str):
    """A sale for the case's customer, made from the case (paid at a register or invoiced);
    each step is then on the case's timeline."""
    case = case_for_change(request, reference)
    order = order_start(
        channel=Order.Channel.CASE,
        by=request.user,
        case=case,
        service_point=case.service_point,
        contact_name=case.customer.display_name if case.customer else "",
        contact_email=case.contact_email,
        contact_phone=case.contact_phone,
        language=case.language,
    )
    return redirect("web:sale_order", number=order.number)
