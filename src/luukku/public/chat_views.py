"""The live chat on the citizen pages (docs/chat.md): starting a chat about a service, and
the chat's own page at its private link. Every page works without JavaScript (forms send
and come back, the messages are on the page); with it (`public/static/public/chat.js`) the
page follows the chat over its WebSocket and sends through `chat_api`."""

import math

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from luukku.catalogue.models import Service
from luukku.catalogue.selectors import service_list
from luukku.chat.models import ChatSession
from luukku.chat.selectors.availability import (
    ChatAvailability,
    chat_availability,
    chat_queue_for_service,
)
from luukku.chat.selectors.citizen import chat_by_token, chat_events, chat_place, chat_services
from luukku.chat.services.sessions import ChatOffline, chat_message_send, chat_seen, chat_start
from luukku.core.ratelimit import retry_after
from luukku.core.service_errors import form_errors_add
from luukku.feedback.survey_offers import survey_offered_url
from luukku.queueing.selectors.queue import service_queues

from .chat_links import CARRY_SESSION_KEY, minutes, new_client_id
from .chat_messages import message_items
from .forms import ChatMessageForm, ChatStartForm, ChatTranscriptForm
from .views import _retry_after


def chat_or_404(token: str) -> ChatSession:
    session = chat_by_token(token)
    if session is None:
        raise Http404
    return session


# -- starting a chat --------------------------------------------------------------------------


def _start_context(request, form, service: Service | None) -> dict:
    now = timezone.now()
    availability: ChatAvailability | None = None
    if service is not None:
        availability = chat_availability(chat_queue_for_service(service), now)
    return {
        "form": form,
        "service": service,
        "availability": availability,
        "minutes": minutes(availability.estimate_seconds) if availability else None,
        "queues": service_queues(service, now) if availability and not availability.is_open else [],
    }


def _show_start_wait(form, wait: int) -> None:
    count = math.ceil(wait / 60)
    message = ngettext(
        "You have started many chats in a short time. Wait %(count)d minute and try again.",
        "You have started many chats in a short time. Wait %(count)d minutes and try again.",
        count,
    )
    form.add_error(None, message % {"count": count})


def _carry_over(request, service: Service, go: str):
    """Chat is offline: what was typed goes to the web form or the callback form."""
    request.session[CARRY_SESSION_KEY] = {
        "service": service.code,
        "subject": request.POST.get("topic", "").strip()[:200],
        "text": request.POST.get("body", "").strip()[: settings.CHAT_MESSAGE_MAX_CHARS],
        "first_name": request.POST.get("name", "").strip()[:100],
        "email": request.POST.get("email", "").strip()[:254],
    }
    name = "public:request_create" if go == "request" else "public:callback"
    return HttpResponseRedirect(reverse(name, args=[service.code]))


@require_http_methods(["GET", "POST"])
def chat_start_page(request):
    """Before the chat: the service (preselected from the service page), the topic, a first
    name and an address for the transcript, the first message; open or offline, and when
    offline the other ways with what was typed."""
    services = list(chat_services(service_list()))
    data = request.POST if request.method == "POST" else request.GET
    code = data.get("service", "")
    service = next((s for s in services if s.code == code), None)
    form = ChatStartForm(request.POST or None, services=services, initial={"service": code})
    context = _start_context(request, form, service)
    context["client_id"] = request.POST.get("client_id") or new_client_id()
    if request.method == "GET":
        return render(request, "public/chat/start.html", context)
    go = request.POST.get("go", "")
    if service is not None and go in {"request", "callback"}:
        return _carry_over(request, service, go)
    wait = retry_after(
        request, group="public:chat_start", rate=settings.CHAT_START_RATE_LIMIT, key="ip"
    )
    if wait:
        _show_start_wait(form, wait)
        response = render(request, "public/chat/start.html", context, status=429)
        return _retry_after(response, wait)
    if not form.is_valid():
        return render(request, "public/chat/start.html", context, status=400)
    data = form.cleaned_data
    try:
        session = chat_start(
            service=service,
            topic=data["topic"],
            name=data["name"],
            email=data["email"],
            text=data["body"],
            client_id=context["client_id"],
            language=get_language(),
        )
    except ChatOffline:
        return render(request, "public/chat/start.html", context)
    except ValidationError as error:
        form_errors_add(form, error)
        return render(request, "public/chat/start.html", context, status=400)
    return HttpResponseRedirect(reverse("public:chat", args=[session.token]))


# -- the chat's own page ----------------------------------------------------------------------


def mask_email(address: str) -> str:
    """The address given for the transcript, partly hidden: l***@example.fi."""
    local, _at, domain = address.partition("@")
    return f"{local[:1]}***@{domain}" if domain else "***"


def status_context(session: ChatSession) -> dict:
    """The header of the chat: its place in the queue, who answers, or that it ended."""
    context = {
        "session": session,
        "agent": session.agent if session.status == ChatSession.Status.ACTIVE else None,
        "place": None,
        "minutes": None,
        "idle_warning": session.status == ChatSession.Status.ACTIVE
        and session.idle_warned_at is not None,
        "close_minutes": math.ceil(settings.CHAT_IDLE_CLOSE_SECONDS / 60),
    }
    if session.status == ChatSession.Status.QUEUED:
        place, minutes, answerable = chat_place(session, timezone.now())
        context.update(place=place, minutes=minutes, service=session.case.service)
        # Everyone went away while it waited: the citizen is told, and offered the web
        # form, rather than left counting down.
        context["unanswered"] = not answerable
    if session.status == ChatSession.Status.ENDED:
        context["survey_url"] = survey_offered_url(case=session.case)
    return context


def render_chat(request, session, *, message_form=None, transcript_form=None, status=200):
    events = chat_events(session)
    last = events[-1].pk if events else 0
    if session.is_live:
        chat_seen(session=session, event_id=last)  # the page is there and shows all of it
    case = session.case
    context = {
        **status_context(session),
        "items": message_items(session, events),
        "last_event": last,
        "message_form": message_form or ChatMessageForm(),
        "client_id": request.POST.get("client_id") if message_form else new_client_id(),
        "transcript_form": transcript_form or ChatTranscriptForm(),
        "transcript_sent": case.outbound_mail.filter(kind="transcript").exists(),
        "email_masked": mask_email(case.contact_email) if case.contact_email else "",
        "confirm_end": request.GET.get("end") == "1" and session.is_live,
        "stream_path": f"/ws/chat/{session.token}/",
        "refresh_seconds": settings.CHAT_PAGE_REFRESH_SECONDS,
        "max_chars": settings.CHAT_MESSAGE_MAX_CHARS,
    }
    return render(request, "public/chat/chat.html", context, status=status)


def message_wait(request, session: ChatSession) -> int | None:
    """Count a message of this chat's visitor: the seconds to wait when over the limit."""
    return retry_after(
        request,
        group="public:chat_message",
        rate=settings.CHAT_MESSAGE_RATE_LIMIT,
        key=lambda _group, _request: session.token,
    )


def wait_message(wait: int) -> str:
    return ngettext(
        "You have sent many messages in a short time. Wait %(count)d second and send again.",
        "You have sent many messages in a short time. Wait %(count)d seconds and send again.",
        wait,
    ) % {"count": wait}


@require_http_methods(["GET", "POST"])
def chat_page(request, token: str):
    """The chat at its private link; a message sent without JavaScript comes here."""
    session = chat_or_404(token)
    if request.method == "GET":
        return render_chat(request, session)
    form = ChatMessageForm(request.POST)
    form.is_valid()
    if wait := message_wait(request, session):
        form.add_error(None, wait_message(wait))
        response = render_chat(request, session, message_form=form, status=429)
        return _retry_after(response, wait)
    try:
        chat_message_send(
            session=session,
            body=request.POST.get("body", ""),
            client_id=request.POST.get("client_id", ""),
        )
    except ValidationError as error:
        form_errors_add(form, error)
        return render_chat(request, session, message_form=form, status=400)
    messages.success(request, _("Your message was sent."))
    return HttpResponseRedirect(reverse("public:chat", args=[token]) + "#chat-composer")
