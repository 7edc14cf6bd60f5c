"""A service point's walk-in queue for its staff: the day opened and closed, a desk to sit
at, a number given to a visitor, appointments checked in (docs/queue.md, "The desk")."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from luukku.appointments.selectors import appointments_visible_to
from luukku.organisation.models import ServicePoint
from luukku.privacy.services import access_log_list
from luukku.queueing.models import Desk, TicketSource, TicketStatus
from luukku.queueing.selectors.desk import (
    day_open_tickets,
    day_status_counts,
    point_appointments_today,
    point_desks,
    queue_day_today,
    ticket_for_desk_view,
)
from luukku.queueing.selectors.queue import desk_of_agent, points_with_queue
from luukku.queueing.services.days import (
    desk_session_end,
    desk_session_start,
    queue_day_close,
    queue_day_open,
)
from luukku.queueing.services.tickets import appointment_check_in, ticket_issue

from .desk_forms import StaffTicketForm
from .desk_views import front_line_required


def _point_or_404(point_id: int) -> ServicePoint:
    point = points_with_queue().filter(pk=point_id).first()
    if point is None:
        raise Http404
    return point


@front_line_required
def queue_points(request):
    return render(
        request,
        "web/queue_points.html",
        {"points": list(points_with_queue()), "my_desk": desk_of_agent(request.user)},
    )


def _point_page(request, point, *, ticket_form=None, status=200):
    now = timezone.now()
    day = queue_day_today(point, now)
    return render(
        request,
        "web/queue_point.html",
        {
            "point": point,
            "day": day,
            "day_open": day is not None and day.closed_at is None,
            "counts": day_status_counts(day) if day else {},
            "seats": point_desks(point),
            "my_desk": desk_of_agent(request.user),
            "ticket_form": ticket_form or StaffTicketForm(service_point=point),
        },
        status=status,
    )


@front_line_required
def queue_point(request, point_id: int):
    return _point_page(request, _point_or_404(point_id))


@front_line_required
@require_POST
def queue_day_open_view(request, point_id: int):
    point = _point_or_404(point_id)
    queue_day_open(service_point=point, actor=request.user)
    messages.success(request, _("The queue is open for today."))
    return redirect("web:queue_point", point_id=point.pk)


def day_summary(counts: dict[str, int]) -> str:
    return _(
        "Served: %(done)s. Did not come: %(no_show)s. Left before service: %(left)s. "
        "Closed unserved: %(closed)s."
    ) % {
        "done": counts.get(TicketStatus.DONE, 0),
        "no_show": counts.get(TicketStatus.NO_SHOW, 0),
        "left": counts.get(TicketStatus.LEFT, 0),
        "closed": counts.get(TicketStatus.CLOSED, 0),
    }


@front_line_required
@require_http_methods(["GET", "POST"])
def queue_day_close_view(request, point_id: int):
    """GET asks to confirm (with what will happen to the tickets still open); POST closes."""
    point = _point_or_404(point_id)
    day = queue_day_today(point, timezone.now())
    if day is None or day.closed_at is not None:
        messages.error(request, _("The queue of this day is already closed."))
        return redirect("web:queue_point", point_id=point.pk)
    if request.method == "POST":
        queue_day_close(day=day, actor=request.user)
        messages.success(
            request,
            _("The queue is closed for today.") + " " + day_summary(day_status_counts(day)),
        )
        return redirect("web:queue_point", point_id=point.pk)
    return render(
        request,
        "web/queue_day_close.html",
        {
            "point": point,
            "day": day,
            "counts": day_status_counts(day),
            "open": day_open_tickets(day),
        },
    )


@front_line_required
@require_POST
def queue_sit(request, point_id: int):
    point = _point_or_404(point_id)
    desk = Desk.objects.filter(service_point=point, pk=request.POST.get("desk") or 0).first()
    if desk is None:
        messages.error(request, _("Choose a desk of this service point."))
        return redirect("web:queue_point", point_id=point.pk)
    try:
        desk_session_start(desk=desk, agent=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("web:queue_point", point_id=point.pk)
    return redirect("web:queue_desk")


@front_line_required
@require_POST
def queue_leave(request):
    desk = desk_of_agent(request.user)
    try:
        desk_session_end(agent=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect(reverse("web:queue_desk") + "#current")
    if desk is None:
        return redirect("web:queue_points")
    messages.success(request, _("You left the desk."))
    return redirect("web:queue_point", point_id=desk.service_point_id)


@front_line_required
@require_POST
def queue_ticket_new(request, point_id: int):
    """A number taken by staff for a visitor, shown ready to print."""
    point = _point_or_404(point_id)
    form = StaffTicketForm(request.POST, service_point=point)
    if form.is_valid():
        try:
            ticket = ticket_issue(
                group=form.cleaned_data["group"],
                source=TicketSource.STAFF,
                language=request.LANGUAGE_CODE,
                actor=request.user,
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect("web:queue_point", point_id=point.pk)
        return redirect("web:queue_ticket_print", pk=ticket.pk)
    return _point_page(request, point, ticket_form=form, status=400)


@front_line_required
def queue_ticket_print(request, pk: int):
    ticket = ticket_for_desk_view(pk)
    if ticket is None:
        raise Http404
    return render(
        request,
        "web/queue_ticket_print.html",
        {"ticket": ticket, "ticket_languages": [code for code, _name in settings.LANGUAGES]},
    )


@front_line_required
def queue_appointments(request, point_id: int):
    """Today's appointments at the point, to check in visitors: a list of names, logged."""
    point = _point_or_404(point_id)
    found = point_appointments_today(
        appointments=appointments_visible_to(user=request.user),
        service_point=point,
        now=timezone.now(),
    )
    access_log_list(
        actor=request.user,
        context="queue_appointments",
        query={"service_point": point.pk},
        count=len(found),
    )
    return render(request, "web/queue_appointments.html", {"point": point, "appointments": found})


@front_line_required
@require_POST
def queue_check_in(request, point_id: int, pk: int):
    point = _point_or_404(point_id)
    appointment = get_object_or_404(
        appointments_visible_to(user=request.user).filter(service_point=point), pk=pk
    )
    try:
        ticket = appointment_check_in(appointment=appointment, actor=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("web:queue_appointments", point_id=point.pk)
    return redirect("web:queue_ticket_print", pk=ticket.pk)
