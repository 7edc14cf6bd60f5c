"""Customer plans and the annual clock on the staff pages (docs/relationships.md): the plan
made or changed, a recurring meeting added, one meeting moved, cancelled or held with its
minutes, and every key customer's meetings month by month."""

import datetime as dt

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from luukku.core.http import found_or_404
from luukku.core.service_errors import form_errors_add
from luukku.customers.selectors import customer_get_for_view
from luukku.privacy.services import access_log_record
from luukku.relationships.models import MeetingSeries
from luukku.relationships.selectors import (
    annual_clock_for_view,
    meeting_get,
    plan_current,
    plan_handlers,
    plan_may_edit,
    plan_may_view,
    plan_possible,
)
from luukku.relationships.services import (
    meeting_cancel,
    meeting_minutes_record,
    meeting_move,
    plan_save,
    series_add,
)

from .plan_forms import (
    AnnualClockForm,
    CancelForm,
    ContactFormSet,
    MinutesForm,
    MoveForm,
    PlanForm,
    SeriesForm,
)
from .responses import form_page


def _customer_for_edit(request, customer_id: int, context: str):
    customer = found_or_404(
        customer_get_for_view, customer_id=customer_id, viewer=request.user, context=context
    )
    plan = plan_current(customer)
    if not plan_may_edit(customer=customer, user=request.user, plan=plan):
        raise PermissionDenied
    return customer, plan


def _plan_initial(plan, today: dt.date) -> tuple[dict, list[dict]]:
    if plan is None:
        return {"valid_from": today}, []
    initial = {
        "goals": plan.goals,
        "services": list(plan.services.all()),
        "service_levels": plan.service_levels,
        "handler": plan.handler,
        "valid_from": plan.valid_from,
        "valid_until": plan.valid_until,
        "review_on": plan.review_on,
    }
    contacts = [
        {"name": c.name, "role": c.role, "phone": c.phone, "email": c.email}
        for c in plan.contacts.all()
    ]
    return initial, contacts


@login_required
def plan_edit(request, customer_id: int):
    customer, plan = _customer_for_edit(request, customer_id, "customer_plan")
    if plan is None and not plan_possible(customer):
        messages.error(request, _("Plans are made for organisations and internal customers."))
        return redirect("web:customer", customer_id=customer.pk)
    initial, contacts = _plan_initial(plan, timezone.localdate())
    form = PlanForm(request.POST or None, initial=initial)
    formset = ContactFormSet(request.POST or None, initial=contacts, prefix="contact")
    if request.method == "POST" and form.is_valid() and formset.is_valid():
        try:
            plan_save(
                actor=request.user,
                customer=customer,
                contacts=[row for row in formset.cleaned_data if row],
                **form.cleaned_data,
            )
        except ValidationError as error:
            _errors_on(form, formset, error)
        else:
            messages.success(request, _("The customer plan was saved."))
            return redirect("web:customer", customer_id=customer.pk)
    context = {"customer": customer, "plan": plan, "form": form, "formset": formset}
    return form_page(request, "web/plan_edit.html", context)


def _errors_on(form, formset, error: ValidationError) -> None:
    """The service's errors on the form: the contacts' above it, the others by field (each
    once: `message_dict` is a new dict at every read)."""
    if not hasattr(error, "error_dict"):
        form_errors_add(form, error)
        return
    rest = dict(error.message_dict)
    for message in rest.pop("contacts", []):
        form.add_error(None, message)
    if rest:
        form_errors_add(form, ValidationError(rest))


@login_required
def plan_meeting_new(request, customer_id: int):
    customer, _plan = _customer_for_edit(request, customer_id, "customer_plan")
    form = SeriesForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            series_add(actor=request.user, customer=customer, **form.cleaned_data)
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            messages.success(request, _("The meeting was added to the annual clock."))
            return redirect("web:customer", customer_id=customer.pk)
    return form_page(request, "web/plan_meeting_new.html", {"customer": customer, "form": form})


_ACTIONS = {
    "move": (MoveForm, meeting_move, _("The meeting was moved.")),
    "cancel": (CancelForm, meeting_cancel, _("The meeting was cancelled.")),
    "minutes": (MinutesForm, meeting_minutes_record, _("The minutes were recorded.")),
}


@login_required
def plan_meeting(request, series_id: int, key: str):
    """One meeting: its time and status, and forms to move it, cancel it or record it held."""
    series = get_object_or_404(MeetingSeries.objects.select_related("customer"), pk=series_id)
    customer = series.customer
    plan = plan_current(customer)
    if not plan_may_view(customer=customer, user=request.user, plan=plan):
        raise PermissionDenied
    meeting = meeting_get(series, key)
    if meeting is None:
        raise Http404
    access_log_record(actor=request.user, action="view", customer=customer, context="plan_meeting")
    forms = {name: spec[0](prefix=name) for name, spec in _ACTIONS.items()}
    action = request.POST.get("action", "")
    if request.method == "POST":
        if action not in _ACTIONS:
            raise Http404
        if not plan_may_edit(customer=customer, user=request.user, plan=plan):
            raise PermissionDenied
        form_class, service, done = _ACTIONS[action]
        form = forms[action] = form_class(request.POST, prefix=action)
        if form.is_valid():
            try:
                service(actor=request.user, series=series, key=key, **form.cleaned_data)
            except ValidationError as error:
                form_errors_add(form, error)
            else:
                messages.success(request, done)
                return redirect("web:plan_meeting", series_id=series.pk, key=key)
    context = {
        "series": series,
        "customer": customer,
        "plan": plan,
        "meeting": meeting,
        "forms": forms,
        "action": action,
        "may_edit": plan_may_edit(customer=customer, user=request.user, plan=plan),
    }
    return form_page(request, "web/plan_meeting.html", context)


@login_required
def annual_clock(request):
    """Every key customer's meetings of the year, month by month; staff who are not front
    line see the plans they are responsible for only."""
    handlers = plan_handlers()
    form = AnnualClockForm(request.GET or None, handlers=handlers)
    data = form.cleaned_data if form.is_valid() else {}
    year = data.get("year") or timezone.localdate().year
    handler = data.get("handler")
    if not (request.user.is_front_line or request.user.sees_everything):
        handler = request.user
    months = annual_clock_for_view(
        viewer=request.user, year=year, handler=handler, query=request.GET
    )
    context = {
        "form": form,
        "year": year,
        "months": [(dt.date(year, month, 1), meetings) for month, meetings in months],
        "own_only": handler == request.user,
        "previous": year - 1,
        "next": year + 1,
        "handler": handler,
    }
    return render(request, "web/annual_clock.html", context)
