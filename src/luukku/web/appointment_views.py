"""The staff calendar: day and week views, bookable time and phone hours, booking for a
customer, appointments, the callback worklist, and the private calendar feed."""

import datetime as dt

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from luukku.appointments.models import (
    Appointment,
    AvailabilityRule,
    BlockedTime,
    CalendarFeed,
    Callback,
    PhoneHours,
)
from luukku.appointments.notifications import appointment_place, staff_feed_ics
from luukku.appointments.selectors import (
    appointments_visible_to,
    bookable_service,
    callback_service_level,
    callbacks_worklist,
    free_slots,
    slot_parse,
    slots_by_day,
    staff_availability,
    staff_calendar,
    staff_feed_appointments,
)
from luukku.appointments.services import (
    SlotTaken,
    appointment_book_for_customer,
    appointment_cancel,
    appointment_mark,
    appointment_reschedule,
    availability_can_remove,
    availability_remove,
    availability_rule_add,
    blocked_time_add,
    calendar_feed_token,
    callback_attempt_record,
    callback_cancel,
    callback_create,
    phone_hours_add,
)
from luukku.cases.selectors import cases_visible_to
from luukku.core.calendar import HELSINKI
from luukku.core.http import found_or_404
from luukku.core.service_errors import form_errors_add
from luukku.customers.selectors import customer_get_for_view
from luukku.organisation.models import ServicePoint, User
from luukku.privacy.services import access_log_list, access_log_record

from .appointment_forms import (
    AvailabilityRuleForm,
    BlockedTimeForm,
    CallbackAttemptForm,
    CallbackForm,
    PhoneHoursForm,
    SlotFilterForm,
    StaffBookingForm,
)
from .responses import form_page


def _day(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return timezone.localdate()


def _whose(request) -> User:
    """The calendar's owner: oneself, or for a supervisor anyone chosen."""
    staff_id = request.GET.get("staff") or request.POST.get("staff") or ""
    if staff_id.isdigit() and request.user.sees_everything:
        found = User.objects.filter(pk=int(staff_id)).first()
        if found is not None:
            return found
    return request.user


@login_required
def calendar(request):
    staff = _whose(request)
    view = "day" if request.GET.get("view") == "day" else "week"
    day = _day(request.GET.get("date", ""))
    start = day - dt.timedelta(days=day.weekday()) if view == "week" else day
    days = 7 if view == "week" else 1
    step = dt.timedelta(days=days)
    calendar_days = staff_calendar(staff=staff, start=start, days=days)
    access_log_list(
        actor=request.user,
        context="calendar",
        query={"staff": staff.pk, "view": view, "date": start.isoformat()},
        count=sum(
            entry.kind in ("appointment", "callback")
            for _day_, entries in calendar_days
            for entry in entries
        ),
    )
    return render(
        request,
        "web/calendar.html",
        {
            "staff": staff,
            "view": view,
            "start": start,
            "end": start + step - dt.timedelta(days=1),
            "previous": start - step,
            "next": start + step,
            "today": timezone.localdate(),
            "days": calendar_days,
            "people": User.objects.filter(is_active=True).order_by("first_name", "last_name")
            if request.user.sees_everything
            else [],
        },
    )


FORMS = {
    "rule": AvailabilityRuleForm,
    "blocked": BlockedTimeForm,
    "phone": PhoneHoursForm,
}


@login_required
@require_http_methods(["GET", "POST"])
def availability(request):
    staff = _whose(request)
    which = request.POST.get("form", "")
    forms = {name: form_class(prefix=name) for name, form_class in FORMS.items()}
    status = 200
    if request.method == "POST" and which in FORMS:
        form = FORMS[which](request.POST, prefix=which)
        forms[which] = form
        if form.is_valid():
            data = form.cleaned_data
            try:
                if which == "rule":
                    availability_rule_add(actor=request.user, staff=staff, **data)
                elif which == "blocked":
                    blocked_time_add(actor=request.user, staff=staff, **data)
                else:
                    phone_hours_add(
                        actor=request.user,
                        staff=staff,
                        **{**data, "services": list(data["services"])},
                    )
            except ValidationError as error:
                form_errors_add(form, error)
            else:
                messages.success(request, _("Saved."))
                return redirect(_calendar_url("web:availability", staff, request.user))
        status = 400
    feed = CalendarFeed.objects.filter(staff=staff).first()
    return render(
        request,
        "web/availability.html",
        {
            "staff": staff,
            **staff_availability(staff=staff),
            "feed_url": settings.SITE_URL + reverse("calendar_feed", args=[feed.token])
            if feed and staff == request.user
            else "",
            "forms": forms,
            "people": User.objects.filter(is_active=True).order_by("first_name", "last_name")
            if request.user.sees_everything
            else [],
        },
        status=status,
    )


def _calendar_url(name: str, staff: User, user: User) -> str:
    url = reverse(name)
    return url if staff == user else f"{url}?staff={staff.pk}"


REMOVABLE = {"rule": AvailabilityRule, "blocked": BlockedTime, "phone": PhoneHours}


@login_required
@require_POST
def availability_delete(request, kind: str, pk: int):
    model = REMOVABLE.get(kind)
    item = model.objects.filter(pk=pk).first() if model else None
    # Another's item answers as one that does not exist: ids tell nothing.
    if item is None or not availability_can_remove(actor=request.user, item=item):
        raise Http404
    try:
        availability_remove(actor=request.user, item=item)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Removed."))
    owner = item.staff if item.staff_id else request.user
    return redirect(_calendar_url("web:availability", owner, request.user))


@login_required
@require_POST
def calendar_feed_renew(request):
    calendar_feed_token(staff=request.user, renew=True)
    messages.success(request, _("Your calendar has a new address; the old one no longer works."))
    return redirect("web:availability")


def calendar_feed(request, token: str):
    """A staff member's appointments for their calendar app; the token is the key."""
    feed = CalendarFeed.objects.filter(token=token).select_related("staff").first()
    if feed is None or not feed.staff.is_active or len(token) > 64:
        raise Http404
    ics = staff_feed_ics(staff=feed.staff, appointments=staff_feed_appointments(staff=feed.staff))
    return HttpResponse(ics, content_type="text/calendar; charset=utf-8")


# -- booking for a customer -----------------------------------------------------------------------


def _booking_target(request):
    """The case, the customer and the appointment being moved, from the query."""
    case = customer = moving = None
    reference = request.GET.get("case") or request.POST.get("case") or ""
    if reference:
        case = cases_visible_to(user=request.user).filter(reference=reference).first()
        if case is None:
            raise Http404
        customer = case.customer
    customer_id = request.GET.get("customer") or request.POST.get("customer") or ""
    if customer is None and customer_id.isdigit():
        customer = found_or_404(
            customer_get_for_view,
            customer_id=int(customer_id),
            viewer=request.user,
            context="appointment_booking",
        )
    moving_id = request.GET.get("appointment") or request.POST.get("appointment") or ""
    if moving_id.isdigit():
        moving = appointments_visible_to(user=request.user).filter(pk=int(moving_id)).first()
        if moving is None:
            raise Http404
        case, customer = moving.case, moving.customer
    if case is not None:
        # The form shows the case's customer and contact details.
        access_log_record(
            actor=request.user, action="view", case=case, context="appointment_booking"
        )
    return case, customer, moving


def _slot_filters(request, *, case, moving) -> SlotFilterForm:
    """The week's filters from the query, the service preset from the appointment being moved
    or from the case when its service is bookable."""
    initial = {}
    if moving is not None:
        initial["service"] = moving.service_id
    elif case is not None and bookable_service(service=case.service):
        initial["service"] = case.service_id
    query = request.GET.copy()
    for key, value in initial.items():
        query.setdefault(key, str(value))
    return SlotFilterForm(query if query.get("service") else None, initial=initial)


def _slot_book(request, slot, *, filters, booking_form, case, customer, moving) -> Appointment:
    """The one service call: move the appointment to the slot, or book the slot for the case or
    the customer. Raises `SlotTaken` or `ValidationError` as the services do."""
    starts_at, meeting_type, point_id = slot
    if moving is not None:
        return appointment_reschedule(
            appointment=moving,
            starts_at=starts_at,
            meeting_type=meeting_type,
            service_point_id=point_id,
            actor=request.user,
        )
    details = booking_form.cleaned_data if case is None else {}
    return appointment_book_for_customer(
        actor=request.user,
        service=filters.cleaned_data["service"],
        starts_at=starts_at,
        meeting_type=meeting_type,
        service_point_id=point_id,
        case=case,
        customer=customer,
        channel=details.get("channel", ""),
        note=details.get("note", ""),
        staff=filters.cleaned_data["staff"],
    )


@login_required
@require_http_methods(["GET", "POST"])
def appointment_book(request):
    """Book a time for a case or a customer, or move an appointment: the week's free times, and
    on POST the chosen one booked (409 with times near it when it was taken meanwhile)."""
    case, customer, moving = _booking_target(request)
    filters = _slot_filters(request, case=case, moving=moving)
    booking_form = StaffBookingForm(request.POST or None)
    chosen = {"status": 200, "taken": None}
    if request.method == "POST" and filters.is_bound and filters.is_valid():
        slot = slot_parse(request.POST.get("slot", ""))
        needs_details = case is None and moving is None
        if slot is None:
            chosen = {"status": 409, "taken": SlotTaken([])}
        elif needs_details and not booking_form.is_valid():
            chosen["status"] = 400
        else:
            try:
                appointment = _slot_book(
                    request,
                    slot,
                    filters=filters,
                    booking_form=booking_form,
                    case=case,
                    customer=customer,
                    moving=moving,
                )
            except SlotTaken as error:
                chosen = {"status": 409, "taken": error}
            except ValidationError as error:
                form_errors_add(booking_form, error)
                chosen["status"] = 400
            else:
                messages.success(request, _booked_message(appointment))
                return redirect("web:appointment", pk=appointment.pk)
    return render(
        request,
        "web/appointment_book.html",
        {
            "case": case,
            "customer": customer,
            "moving": moving,
            "filters": filters,
            "booking_form": booking_form,
            **_week_of_slots(filters),
            "taken": chosen["taken"],
            "points": {point.pk: point for point in ServicePoint.objects.all()},
            "zone": "Europe/Helsinki",
            "finnish_time": True,
        },
        status=chosen["status"],
    )


def _booked_message(appointment: Appointment) -> str:
    return _("Appointment booked: %(when)s, %(staff)s.") % {
        "when": f"{appointment.starts_at.astimezone(HELSINKI):%d.%m.%Y %H.%M}",
        "staff": appointment.staff,
    }


def _week_of_slots(filters: SlotFilterForm) -> dict:
    """The chosen service and its free times in the week the filters show, by day."""
    if not (filters.is_bound and filters.is_valid()):
        return {"service": None, "days": []}
    data = filters.cleaned_data
    slots = free_slots(
        service=data["service"],
        start=data["week"] or timezone.localdate(),
        days=7,
        meeting_type=data["type"],
        staff=data["staff"],
        for_staff=True,
    )
    return {"service": data["service"], "days": slots_by_day(slots)}


def _appointment_or_404(request, pk: int) -> Appointment:
    found = appointments_visible_to(user=request.user).filter(pk=pk).first()
    if found is None:
        raise Http404
    return found


@login_required
def appointment_detail(request, pk: int):
    appointment = _appointment_or_404(request, pk)
    access_log_record(
        actor=request.user, action="view", case=appointment.case, context="appointment_page"
    )
    return render(
        request,
        "web/appointment.html",
        {
            "appointment": appointment,
            "place": appointment_place(appointment),
            "started": appointment.starts_at <= timezone.now(),
        },
    )


@login_required
@require_POST
def appointment_action(request, pk: int):
    appointment = _appointment_or_404(request, pk)
    action = request.POST.get("action", "")
    try:
        if action == "cancel":
            appointment_cancel(appointment=appointment, actor=request.user)
            messages.success(request, _("The appointment is cancelled and the customer told."))
        else:
            appointment_mark(appointment=appointment, actor=request.user, status=action)
            messages.success(request, _("Saved."))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect("web:appointment", pk=appointment.pk)


# -- callbacks ------------------------------------------------------------------------------------


@login_required
def callbacks(request):
    scope = "all" if request.GET.get("scope") == "all" else "mine"
    status = request.GET.get("status", "waiting")
    if status not in Callback.Status.values:
        status = "waiting"
    since = timezone.now() - dt.timedelta(days=30)
    shown = list(callbacks_worklist(user=request.user, scope=scope, status=status)[:200])
    access_log_list(
        actor=request.user,
        context="callbacks",
        query={"scope": scope, "status": status},
        count=len(shown),
    )
    return render(
        request,
        "web/callbacks.html",
        {
            "callbacks": shown,
            "scope": scope,
            "status": status,
            "statuses": Callback.Status.choices,
            "level": callback_service_level(since=since),
            "now": timezone.now(),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def callback_new(request):
    reference = request.GET.get("case") or request.POST.get("case") or ""
    case = cases_visible_to(user=request.user).filter(reference=reference).first()
    if case is None:
        raise Http404
    # The form shows the number the customer gave on the case.
    access_log_record(
        actor=request.user,
        action="view",
        case=case,
        context="callback",
        fields=["contact_phone"],
    )
    now = timezone.localtime()
    form = CallbackForm(
        request.POST or None,
        initial={
            "phone": case.contact_phone,
            "window_start": now.replace(second=0, microsecond=0),
            "window_end": now.replace(second=0, microsecond=0) + dt.timedelta(hours=2),
        },
    )
    if request.method == "POST" and form.is_valid():
        try:
            callback_create(actor=request.user, case=case, **form.cleaned_data)
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            messages.success(request, _("Callback added to the worklist."))
            return redirect("web:case", reference=case.reference)
    return form_page(
        request,
        "web/callback_new.html",
        {"case": case, "form": form},
    )


def _callback_or_404(request, pk: int) -> Callback:
    found = (
        Callback.objects.filter(case__in=cases_visible_to(user=request.user), pk=pk)
        .select_related("case", "customer", "service", "assignee", "team")
        .first()
    )
    if found is None:
        raise Http404
    return found


@login_required
@require_http_methods(["GET", "POST"])
def callback_detail(request, pk: int):
    callback = _callback_or_404(request, pk)
    form = CallbackAttemptForm(request.POST or None)
    if request.method == "POST":
        if request.POST.get("action") == "cancel":
            try:
                callback_cancel(callback=callback, actor=request.user)
            except ValidationError as error:
                messages.error(request, " ".join(error.messages))
            else:
                messages.success(request, _("The callback is cancelled."))
            return redirect("web:callbacks")
        if form.is_valid():
            try:
                callback = callback_attempt_record(
                    callback=callback, actor=request.user, **form.cleaned_data
                )
            except ValidationError as error:
                form_errors_add(form, error)
            else:
                messages.success(request, _("Call recorded."))
                return redirect("web:callbacks")
    else:
        access_log_record(
            actor=request.user, action="view", case=callback.case, context="callback_page"
        )
    return form_page(
        request,
        "web/callback.html",
        {
            "callback": callback,
            "attempts": callback.attempt_log.select_related("caller"),
            "form": form,
            "max_attempts": settings.CALLBACK_MAX_ATTEMPTS,
        },
    )
