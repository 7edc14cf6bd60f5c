"""Citizens book appointments and ask for callbacks: no sign-in, no JavaScript needed.

Times are listed in the time zone the visitor chooses (Finnish time by default; a small
script proposes the browser's own), and always stated in Finnish time too, where the
meeting happens.
"""

import datetime as dt
from zoneinfo import ZoneInfo

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from luukku.appointments.models import Appointment, MeetingType
from luukku.appointments.notifications import appointment_ics, appointment_place
from luukku.appointments.selectors import (
    appointment_get_by_token,
    bookable_service,
    callback_windows,
    first_free_day,
    free_slots,
    service_meeting_types,
    slot_find,
    slot_parse,
    slots_by_day,
    slots_near,
    window_parse,
)
from luukku.appointments.services import (
    SlotTaken,
    appointment_book_online,
    appointment_cancel,
    appointment_reschedule,
    callback_request_online,
)
from luukku.core.calendar import HELSINKI
from luukku.core.dates import clock, day, on_day
from luukku.core.http import found_or_404
from luukku.core.service_errors import form_errors_add
from luukku.organisation.models import ServicePoint

from .chat_links import carried_text
from .forms import BookingForm, CallbackForm
from .time_zones import FINNISH_TIME, zone_choices, zone_label, zone_names
from .views import _over_form_limit, _retry_after, _service_or_404

WEEK = 7


def _requested_zone(request) -> str:
    return request.GET.get("tz") or request.POST.get("tz") or ""


def _zone(request) -> str:
    name = _requested_zone(request)
    return name if name in zone_names() else FINNISH_TIME


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _week_start(request, *, today: dt.date, last_day: dt.date) -> dt.date | None:
    """The Monday of the calendar week asked for (ISO weeks, Monday to Sunday, as Finnish
    calendars have them), between this week and the week of the last bookable day; None when
    no week was asked for (or not a date)."""
    try:
        chosen = dt.date.fromisoformat(request.GET.get("week", ""))
    except ValueError:
        return None
    return max(_monday(today), min(_monday(chosen), _monday(last_day)))


def _bookable_or_404(code: str):
    service = _service_or_404(code)
    booking = bookable_service(service=service)
    if booking is None or not booking.is_active:
        raise Http404
    return service, booking


def _slot_context(request, service, booking, *, action_url: str, taken=None) -> dict:
    """The week of free times with its navigation (a GET form: week, meeting type, zone)."""
    zone = _zone(request)
    today = timezone.now().astimezone(HELSINKI).date()
    last_day = today + dt.timedelta(days=booking.horizon_days)
    meeting_type = request.GET.get("type", "")
    if meeting_type not in MeetingType.values:
        meeting_type = ""
    start = _week_start(request, today=today, last_day=last_day)
    if start is None:
        # The first view opens on the week of the first free time.
        start = _monday(
            first_free_day(service=service, start=today, meeting_type=meeting_type, booking=booking)
        )
    # The days of this week already gone are not listed: free_slots starts from today.
    slots = free_slots(
        service=service, start=start, days=WEEK, meeting_type=meeting_type, booking=booking
    )
    points = {point.pk: point for point in ServicePoint.objects.all()}
    next_week = start + dt.timedelta(days=WEEK)
    return {
        "service": service,
        "booking": booking,
        "days": slots_by_day(slots, ZoneInfo(zone)),
        "zone": zone,
        "zones": zone_choices(language=get_language(), now=timezone.now(), chosen=zone),
        # A zone not on the list: the times in Finnish time, and the visitor told so.
        "zone_error": bool(_requested_zone(request)) and zone != _requested_zone(request),
        "zone_label": zone_label(zone, language=get_language(), now=timezone.now()),
        "finnish_time": zone == FINNISH_TIME,
        "week": start,
        "week_number": start.isocalendar().week,
        "previous_week": start - dt.timedelta(days=WEEK) if start > _monday(today) else None,
        "next_week": next_week if next_week <= last_day else None,
        "week_end": start + dt.timedelta(days=WEEK - 1),
        "meeting_type": meeting_type,
        "meeting_types": [MeetingType(value) for value in service_meeting_types(service=service)],
        "points": points,
        "action_url": action_url,
        "taken": taken,
    }


def booking_slots(request, code: str):
    """Step 1: choose a time."""
    service, booking = _bookable_or_404(code)
    context = _slot_context(
        request, service, booking, action_url=reverse("public:booking_details", args=[code])
    )
    status = 400 if context["zone_error"] else 200
    return render(request, "public/booking_slots.html", context, status=status)


def _chosen_slot(service, value: str, *, staff=None):
    parsed = slot_parse(value)
    if parsed is None:
        return None
    starts_at, meeting_type, point_id = parsed
    return slot_find(
        service=service, starts_at=starts_at, meeting_type=meeting_type, service_point_id=point_id
    )


def _taken(request, service, booking, error: SlotTaken, *, action_url, template_context=None):
    context = _slot_context(request, service, booking, action_url=action_url, taken=error)
    context.update(template_context or {})
    return render(request, "public/booking_slots.html", context, status=409)


@require_http_methods(["GET", "POST"])
def booking_details(request, code: str):
    """Step 2: who is coming and what about; booking."""
    service, booking = _bookable_or_404(code)
    value = request.POST.get("slot") or request.GET.get("slot", "")
    slot = _chosen_slot(service, value)
    action_url = reverse("public:booking_details", args=[code])
    if slot is None:
        parsed = slot_parse(value)
        around = parsed[0] if parsed else timezone.now()
        error = SlotTaken(slots_near(service=service, around=around))
        if not value:
            return redirect("public:booking", code=code)
        return _taken(request, service, booking, error, action_url=action_url)
    form = BookingForm(request.POST or None, service=service, meeting_type=slot.meeting_type)
    zone = _zone(request)
    context = {
        "service": service,
        "booking": booking,
        "slot": slot,
        "local_start": slot.starts_at.astimezone(ZoneInfo(zone)),
        "finnish_start": slot.starts_at.astimezone(HELSINKI),
        "zone": zone,
        "zone_label": zone_label(zone, language=get_language(), now=slot.starts_at),
        "point": ServicePoint.objects.filter(pk=slot.service_point_id).first(),
        "form": form,
    }
    if wait := _over_form_limit(request, form):
        return _retry_after(render(request, "public/booking_details.html", context), wait)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            appointment = appointment_book_online(
                service=service,
                starts_at=slot.starts_at,
                meeting_type=slot.meeting_type,
                service_point_id=slot.service_point_id,
                first_name=data["first_name"],
                last_name=data["last_name"],
                email=data["email"],
                phone=data["phone"],
                description=data["description"],
                answers=form.answers(),
                language=get_language(),
            )
        except SlotTaken as error:
            return _taken(request, service, booking, error, action_url=action_url)
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            request.session["booked_appointment"] = appointment.pk
            return redirect("public:appointment", token=appointment.token)
    status = 400 if request.method == "POST" else 200
    return render(request, "public/booking_details.html", context, status=status)


def _appointment_or_404(token: str) -> Appointment:
    return found_or_404(appointment_get_by_token, token=token)


def appointment_manage(request, token: str):
    appointment = _appointment_or_404(token)
    return render(
        request,
        "public/appointment.html",
        {
            "appointment": appointment,
            "place": appointment_place(appointment),
            "just_booked": request.session.pop("booked_appointment", None) == appointment.pk,
            "private_url": request.build_absolute_uri(),
        },
    )


def appointment_calendar(request, token: str):
    appointment = _appointment_or_404(token)
    method = "CANCEL" if appointment.status == Appointment.Status.CANCELLED else "PUBLISH"
    response = HttpResponse(
        appointment_ics(appointment, method=method), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = 'attachment; filename="appointment.ics"'
    return response


@require_POST
def appointment_cancel_view(request, token: str):
    appointment = _appointment_or_404(token)
    try:
        appointment_cancel(appointment=appointment)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The appointment is cancelled. We sent you a confirmation."))
    return redirect("public:appointment", token=token)


@require_http_methods(["GET", "POST"])
def appointment_reschedule_view(request, token: str):
    appointment = _appointment_or_404(token)
    if not appointment.is_upcoming:
        return redirect("public:appointment", token=token)
    service = appointment.service
    booking = bookable_service(service=service)
    if booking is None:
        raise Http404
    action_url = reverse("public:appointment_reschedule", args=[token])
    extra = {"appointment": appointment}
    if request.method == "POST":
        parsed = slot_parse(request.POST.get("slot", ""))
        try:
            if parsed is None:
                raise SlotTaken([])
            appointment_reschedule(
                appointment=appointment,
                starts_at=parsed[0],
                meeting_type=parsed[1],
                service_point_id=parsed[2],
            )
        except SlotTaken as error:
            return _taken(
                request, service, booking, error, action_url=action_url, template_context=extra
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect("public:appointment", token=token)
        messages.success(request, _("The appointment is moved. We sent you the new time."))
        return redirect("public:appointment", token=token)
    context = _slot_context(request, service, booking, action_url=action_url)
    context.update(extra)
    status = 400 if context["zone_error"] else 200
    return render(request, "public/booking_slots.html", context, status=status)


@require_http_methods(["GET", "POST"])
def callback_request(request, code: str):
    service = _service_or_404(code)
    windows = callback_windows(service=service)
    choices = [
        (
            window.key,
            f"{day(window.starts_at)} {clock(window.starts_at)}–{clock(window.ends_at)}",
        )
        for window in windows
    ]
    carried = carried_text(request, service.code) if request.method == "GET" else {}
    initial = {
        "description": carried.get("text", ""),
        "first_name": carried.get("first_name", ""),
        "email": carried.get("email", ""),
    }
    form = CallbackForm(request.POST or None, choices=choices, initial=initial)
    context = {"service": service, "form": form, "windows": windows}
    if wait := _over_form_limit(request, form):
        return _retry_after(render(request, "public/callback_form.html", context), wait)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        window = window_parse(data["window"])
        try:
            callback = callback_request_online(
                service=service,
                window_start=window[0] if window else None,
                window_end=window[1] if window else None,
                first_name=data["first_name"],
                last_name=data["last_name"],
                phone=data["phone"],
                email=data["email"],
                description=data["description"],
                language=get_language(),
            )
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            messages.success(
                request,
                _("Thank you. We will call you on %(date)s between %(start)s and %(end)s.")
                % {
                    "date": on_day(callback.window_start),
                    "start": clock(callback.window_start),
                    "end": clock(callback.window_end),
                },
            )
            # As a request sent on the web form: the page says to keep its address.
            status_url = reverse("public:case_status", kwargs={"token": callback.case.token})
            return redirect(f"{status_url}?sent=1")
    status = 400 if request.method == "POST" else 200
    return render(request, "public/callback_form.html", context, status=status)
