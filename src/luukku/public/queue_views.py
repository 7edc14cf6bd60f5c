"""The walk-in queue for citizens (docs/queue.md): the kiosk at the door, joining online, the
visitor's own ticket page and the waiting-room display. No sign-in; every page works without
JavaScript, and with it keeps itself up to date (`core/static/core/queue-stream.js`)."""

import math

import segno
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from luukku.core.ratelimit import retry_after
from luukku.core.service_errors import form_errors_add
from luukku.feedback.survey_offers import survey_offered_url
from luukku.organisation.models import ServicePoint
from luukku.queueing.models import ServiceGroup, TicketSource, TicketStatus
from luukku.queueing.selectors.estimates import ticket_wait_estimate
from luukku.queueing.selectors.queue import (
    current_calls,
    group_lines,
    points_with_queue,
    queue_day_open_now,
    queue_opens_next,
    recent_calls,
    ticket_ahead_count,
    ticket_by_token,
)
from luukku.queueing.services.tickets import ticket_issue, ticket_leave

from .forms import QueueJoinForm
from .views import _form_wait, _retry_after, _show_wait

KIOSK_RETURN_SECONDS = 20


def _point_or_404(point: int) -> ServicePoint:
    found = points_with_queue().filter(pk=point).first()
    if found is None:
        raise Http404
    return found


def _stream(point: ServicePoint, refresh_url: str) -> dict:
    """The data attributes of a live part of a page (queue-stream.js)."""
    return {
        "stream_path": f"/ws/queue/{point.pk}/",
        "refresh_url": refresh_url,
        "refresh_seconds": settings.QUEUE_SCREEN_REFRESH_SECONDS,
    }


def _lines_context(point: ServicePoint) -> dict:
    now = timezone.now()
    is_open = queue_day_open_now(point, now) is not None
    lines = group_lines(point, now) if is_open else []
    for line in lines:
        line.minutes = _minutes(line.estimate)
    return {
        "point": point,
        "is_open": is_open,
        "lines": lines,
        "opens_next": None if is_open else queue_opens_next(point, now),
    }


# -- the kiosk ------------------------------------------------------------------------------


def kiosk(request, point: int):
    """The touch screen at the door: a big button per service group."""
    found = _point_or_404(point)
    context = _lines_context(found)
    context.update(_stream(found, reverse("public:queue_kiosk_groups", args=[found.pk])))
    return render(request, "public/queue/kiosk.html", context)


def kiosk_groups(request, point: int):
    """The kiosk's buttons alone, re-read by the page when the queue changes."""
    return render(request, "public/queue/_kiosk_groups.html", _lines_context(_point_or_404(point)))


def _qr_svg(url: str) -> str:
    """The ticket's private link as an SVG QR code, made on the server."""
    svg = segno.make(url, error="m").svg_inline(scale=4, border=2, dark="#000", light="#fff")
    label = format_html(
        '<svg role="img" aria-label="{}" ', _("QR code: follow your turn on your phone")
    )
    return mark_safe(svg.replace("<svg ", label, 1))


def _kiosk_wait(request, point: ServicePoint) -> int | None:
    return retry_after(
        request,
        group=f"public:kiosk:{point.pk}",
        rate=settings.QUEUE_KIOSK_RATE_LIMIT,
        key="ip",
    )


@require_http_methods(["GET", "POST"])
def kiosk_take(request, point: int):
    """Take a number for a group; the answer is the ticket (to print, or to follow by its QR
    code), never stored in the kiosk's history under an address."""
    found = _point_or_404(point)
    if request.method == "GET":  # the language links of the ticket shown lead back here
        return HttpResponseRedirect(reverse("public:queue_kiosk", args=[found.pk]))
    group = ServiceGroup.objects.filter(
        service_point=found, prefix=request.POST.get("group", ""), is_active=True
    ).first()
    context = _lines_context(found)
    context.update(_stream(found, reverse("public:queue_kiosk_groups", args=[found.pk])))
    if wait := _kiosk_wait(request, found):
        context["error"] = _("Too many numbers were taken in a short time. Wait a moment.")
        return _retry_after(render(request, "public/queue/kiosk.html", context, status=429), wait)
    if group is None:
        context["error"] = _("Choose a service from the list.")
        return render(request, "public/queue/kiosk.html", context, status=400)
    try:
        ticket = ticket_issue(group=group, source=TicketSource.KIOSK, language=get_language())
    except ValidationError as error:
        context["error"] = " ".join(error.messages)
        return render(request, "public/queue/kiosk.html", context, status=400)
    url = request.build_absolute_uri(reverse("public:queue_ticket", args=[ticket.token]))
    return render(
        request,
        "public/queue/kiosk_ticket.html",
        {**_ticket_context(ticket), "qr": _qr_svg(url), "return_seconds": KIOSK_RETURN_SECONDS},
    )


# -- joining online and the visitor's own ticket ----------------------------------------------


def point_queue(request, point: int):
    """The point's queue on the visitor's own device: the lines and joining online."""
    found = _point_or_404(point)
    context = _lines_context(found)
    context["form"] = QueueJoinForm(groups=context["lines"], initial=_chosen(request))
    return render(request, "public/queue/point.html", context)


def _chosen(request) -> dict:
    return {"group": request.GET.get("group", "")}


@require_POST
def queue_join(request, point: int):
    found = _point_or_404(point)
    context = _lines_context(found)
    form = QueueJoinForm(request.POST, groups=context["lines"])
    context["form"] = form
    if wait := _form_wait(request):
        _show_wait(form, wait)
        return _retry_after(render(request, "public/queue/point.html", context, status=429), wait)
    if form.is_valid():
        group = ServiceGroup.objects.get(service_point=found, prefix=form.cleaned_data["group"])
        try:
            ticket = ticket_issue(
                group=group,
                source=TicketSource.VIRTUAL,
                language=get_language(),
                notify_email=form.cleaned_data["email"],
                notify_phone=form.cleaned_data["phone"],
            )
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            messages.success(request, _("You are in the queue. Keep this page's address."))
            return HttpResponseRedirect(reverse("public:queue_ticket", args=[ticket.token]))
    return render(request, "public/queue/point.html", context, status=400)


def _minutes(delta) -> int | None:
    return None if delta is None else math.ceil(delta.total_seconds() / 60)


# A ticket over for good: its page says how it ended, when the queue opens next and offers a
# new number instead of the leave button.
ENDED = {TicketStatus.CLOSED, TicketStatus.LEFT, TicketStatus.NO_SHOW, TicketStatus.DONE}


def _ticket_context(ticket) -> dict:
    now = timezone.now()
    waiting = ticket.status == TicketStatus.WAITING
    point = ticket.day.service_point
    ended = ticket.status in ENDED
    queue_open = ended and queue_day_open_now(point, now) is not None
    return {
        "ticket": ticket,
        "point": point,
        "waiting": waiting,
        "ended": ended,
        "ahead": ticket_ahead_count(ticket, now) if waiting else None,
        "minutes": _minutes(ticket_wait_estimate(ticket, now)) if waiting else None,
        "queue_open": queue_open,
        "opens_next": queue_opens_next(point, now) if ended and not queue_open else None,
        "survey_url": survey_offered_url(ticket=ticket)
        if ticket.status == TicketStatus.DONE
        else "",
    }


def _ticket_or_404(token: str):
    ticket = ticket_by_token(token)
    if ticket is None:
        raise Http404
    return ticket


def ticket_page(request, token: str):
    """The visitor's own ticket at its private link: position, estimate, the desk called to."""
    ticket = _ticket_or_404(token)
    context = _ticket_context(ticket)
    context.update(
        _stream(ticket.day.service_point, reverse("public:queue_ticket_status", args=[token]))
    )
    context["private_url"] = request.build_absolute_uri(request.path)
    return render(request, "public/queue/ticket.html", context)


def ticket_status(request, token: str):
    """The ticket's status block alone, re-read by the page when the queue changes."""
    return render(
        request, "public/queue/_ticket_status.html", _ticket_context(_ticket_or_404(token))
    )


@require_POST
def ticket_leave_view(request, token: str):
    ticket = _ticket_or_404(token)
    try:
        ticket_leave(ticket=ticket)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("You have left the queue."))
    return HttpResponseRedirect(reverse("public:queue_ticket", args=[token]))


# -- the waiting-room display -----------------------------------------------------------------


# The last calls under "now serving": as many as fit a 1920 x 1080 screen below four calls.
DISPLAY_LAST_CALLS = 3


def _display_context(point: ServicePoint) -> dict:
    context = _lines_context(point)
    now = timezone.now()
    current = current_calls(point, now)
    context.update(
        {
            "latest": current[0] if current else None,
            "current": current[1:],
            "calls": recent_calls(point, now, limit=DISPLAY_LAST_CALLS),
        }
    )
    return context


# The voice the display asks the browser for, by the page's language.
SPEECH_LANGUAGES = {"fi": "fi-FI", "sv": "sv-SE", "en": "en-GB"}


def display(request, point: int):
    """The waiting room's screen: the numbers called and their desks, large, and the lines.
    The words it may speak come from here, in the page's language (queue-display.js)."""
    found = _point_or_404(point)
    context = _display_context(found)
    context["speech_lang"] = SPEECH_LANGUAGES.get(get_language(), "fi-FI")
    context["speech_text"] = _("Number %(ticket)s, desk %(desk)s") % {
        "ticket": "{ticket}",
        "desk": "{desk}",
    }
    context.update(_stream(found, reverse("public:queue_display_calls", args=[found.pk])))
    return render(request, "public/queue/display.html", context)


def display_calls(request, point: int):
    return render(
        request, "public/queue/_display_calls.html", _display_context(_point_or_404(point))
    )
