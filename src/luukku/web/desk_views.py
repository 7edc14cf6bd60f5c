"""The agent's desk in the walk-in queue: call the next visitor, serve them, log what the
visit was about (docs/queue.md, "The desk"). The queueing services decide; a refused step
comes back as a message and changes nothing."""

from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from luukku.core.service_errors import form_errors_add
from luukku.queueing.selectors.desk import (
    closed_point_of_agent,
    contact_services,
    desk_staffing,
    no_show_allowed_at,
    ticket_for_desk_view,
    visit_contacts,
)
from luukku.queueing.selectors.queue import (
    desk_current_ticket,
    desk_held_tickets,
    desk_of_agent,
    desk_transferred_tickets,
    group_lines,
    queue_day_open_now,
)
from luukku.queueing.services.calling import (
    ticket_call_next,
    ticket_finish,
    ticket_hold,
    ticket_no_show,
    ticket_recall,
    ticket_resume,
    ticket_start,
    ticket_transfer,
)
from luukku.queueing.services.visits import visit_contact_log

from .desk_forms import TransferForm, VisitContactForm

# How many of each line's next tickets the desk shows.
NEXT_COUNT = 3

TICKET_ACTIONS = {
    "recall": (ticket_recall, gettext_lazy("%(ticket)s called again.")),
    "start": (ticket_start, gettext_lazy("%(ticket)s came to the desk.")),
    "no-show": (ticket_no_show, gettext_lazy("%(ticket)s marked not come.")),
    "hold": (ticket_hold, gettext_lazy("%(ticket)s put on hold.")),
    "resume": (ticket_resume, gettext_lazy("%(ticket)s called back to the desk.")),
    "finish": (ticket_finish, gettext_lazy("The visit of %(ticket)s is finished.")),
}


def front_line_required(view):
    """The queue's staff pages are for those who serve visitors: agents and supervisors."""

    @wraps(view)
    @login_required
    def checked(request, *args, **kwargs):
        if not request.user.is_front_line:
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return checked


def _desk_or_redirect(request):
    """The agent's desk; None with the reason as a message: the day closed under them, or
    they are not at a desk."""
    desk = desk_of_agent(request.user)
    if desk is None:
        if closed_point_of_agent(request.user, timezone.now()) is not None:
            messages.error(request, _("The queue's day is closed."))
        else:
            messages.error(request, _("Choose a desk to sit at first."))
    return desk


def _minutes(delta) -> int:
    return int(delta.total_seconds() // 60) if delta is not None else 0


def desk_live_context(desk, now) -> dict:
    """The part of the desk view that is read again on every change of the queue."""
    current = desk_current_ticket(desk)
    if current is not None:
        current = ticket_for_desk_view(current.pk)
    groups = {group.pk for group in desk.groups.all()}
    lines = []
    for line in group_lines(desk.service_point, now, next_count=NEXT_COUNT):
        if line.group.pk in groups:
            line.longest_minutes = _minutes(line.longest_wait)
            line.estimate_minutes = _minutes(line.estimate)
            lines.append(line)
    waited = (current.called_at or now) - current.queued_at if current else None
    return {
        "desk": desk,
        "current": current,
        "waited_minutes": _minutes(waited),
        "no_show_at": no_show_allowed_at(current) if current else None,
        "lines": lines,
        "transferred": desk_transferred_tickets(desk),
        "day_open": queue_day_open_now(desk.service_point, now) is not None,
        "now": now,
    }


def _desk_page(request, desk, *, contact_form=None, transfer_form=None, status=200):
    now = timezone.now()
    context = desk_live_context(desk, now)
    current = context["current"]
    if current is not None:
        own, others = contact_services(current.group)
        context.update(
            contact_form=contact_form or VisitContactForm(own=own, others=others),
            transfer_form=transfer_form or TransferForm(desk=desk),
            contacts=visit_contacts(current),
            no_show_now=context["no_show_at"] is not None and context["no_show_at"] <= now,
        )
    context.update(
        held=desk_held_tickets(desk),
        stream=f"/ws/queue/{desk.service_point_id}/",
        refresh_seconds=settings.QUEUE_SCREEN_REFRESH_SECONDS,
    )
    return render(request, "web/queue_desk.html", context, status=status)


@front_line_required
def queue_desk(request):
    desk = _desk_or_redirect(request)
    if desk is None:
        return redirect("web:queue_points")
    return _desk_page(request, desk)


@front_line_required
def queue_desk_live(request):
    """The desk view's live part alone, for queue-stream.js."""
    desk = desk_of_agent(request.user)
    now = timezone.now()
    if desk is None:
        # The day closed or the agent left the desk elsewhere: the open page says so.
        return render(
            request,
            "web/_queue_desk_gone.html",
            {"closed_point": closed_point_of_agent(request.user, now)},
        )
    return render(request, "web/_queue_desk_live.html", desk_live_context(desk, now))


@front_line_required
@require_POST
def queue_call_next(request):
    desk = _desk_or_redirect(request)
    if desk is None:
        return redirect("web:queue_points")
    try:
        ticket = ticket_call_next(desk=desk, actor=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        if ticket is None:
            messages.info(request, _("Nobody is waiting for this desk."))
        else:
            messages.success(request, _("%(ticket)s called.") % {"ticket": ticket.code})
    return redirect(reverse("web:queue_desk") + "#current")


def _ticket_or_404(pk: int):
    ticket = ticket_for_desk_view(pk)
    if ticket is None:
        raise Http404
    return ticket


@front_line_required
@require_POST
def queue_ticket_action(request, pk: int, action: str):
    if action not in TICKET_ACTIONS:
        raise Http404
    desk = _desk_or_redirect(request)
    if desk is None:
        return redirect("web:queue_points")
    ticket = _ticket_or_404(pk)
    service, done = TICKET_ACTIONS[action]
    try:
        service(ticket=ticket, desk=desk, actor=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, done % {"ticket": ticket.code})
    return redirect(reverse("web:queue_desk") + "#current")


@front_line_required
@require_POST
def queue_ticket_transfer(request, pk: int):
    desk = _desk_or_redirect(request)
    if desk is None:
        return redirect("web:queue_points")
    ticket = _ticket_or_404(pk)
    form = TransferForm(request.POST, desk=desk)
    if form.is_valid():
        try:
            ticket_transfer(ticket=ticket, desk=desk, actor=request.user, **form.target())
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("%(ticket)s transferred.") % {"ticket": ticket.code})
            to_desk = form.target().get("to_desk")
            if to_desk is not None and not desk_staffing([to_desk]):
                messages.warning(
                    request,
                    _(
                        "Nobody is at desk %(desk)s now: %(ticket)s waits until someone sits "
                        "there. Tell the visitor, or transfer them to a service group."
                    )
                    % {"desk": to_desk.number, "ticket": ticket.code},
                )
        return redirect(reverse("web:queue_desk") + "#current")
    return _desk_page(request, desk, transfer_form=form, status=400)


def _contact_log(request, desk, ticket, data) -> None:
    visit_contact_log(
        ticket=ticket,
        desk=desk,
        actor=request.user,
        service=data["service"],
        note=data["note"],
        resolved=data["resolved"],
    )


@front_line_required
@require_POST
def queue_visit_contact(request, pk: int):
    """Log a service the visit was about; with the "finish" button also finish the visit in
    the same step (an empty form then only finishes). A refused step keeps what was typed."""
    desk = _desk_or_redirect(request)
    if desk is None:
        return redirect("web:queue_points")
    ticket = _ticket_or_404(pk)
    own, others = contact_services(ticket.group)
    form = VisitContactForm(request.POST, own=own, others=others)
    finish = "finish" in request.POST
    typed = any((request.POST.get(name) or "").strip() for name in ("service", "note"))
    if (typed or not finish) and not form.is_valid():
        return _desk_page(request, desk, contact_form=form, status=400)
    try:
        with transaction.atomic():
            if typed or not finish:
                _contact_log(request, desk, ticket, form.cleaned_data)
            if finish:
                ticket_finish(ticket=ticket, desk=desk, actor=request.user)
    except ValidationError as error:
        if (typed or not finish) and hasattr(error, "error_dict"):
            form_errors_add(form, error)
            return _desk_page(request, desk, contact_form=form, status=400)
        messages.error(request, " ".join(error.messages))
        return redirect(reverse("web:queue_desk") + "#current")
    if finish:
        messages.success(
            request, _("The visit of %(ticket)s is finished.") % {"ticket": ticket.code}
        )
        return redirect(reverse("web:queue_desk") + "#current")
    messages.success(request, _("Logged: %(service)s.") % {"service": form.cleaned_data["service"]})
    return redirect(reverse("web:queue_desk") + "#visit-log")
