"""What the chat page's JavaScript reads and sends (`public/static/public/chat.js`): the
chat's state and its messages after an event, a message with its client id (the answer
names the stored event; the same id again is the same event), the read mark and presence
heartbeat, the answer to the idle warning, leaving, and the transcript. The forms of the
page without JavaScript come to the same views and are sent back to the page."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponseRedirect, JsonResponse
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from luukku.chat.selectors.citizen import chat_events
from luukku.chat.services.sessions import (
    chat_leave,
    chat_message_send,
    chat_seen,
    chat_still_here,
)
from luukku.chat.services.transcripts import chat_transcript_send

from .chat_messages import item_html, message_items
from .chat_views import chat_or_404, message_wait, render_chat, status_context, wait_message
from .forms import ChatTranscriptForm


def _wants_json(request) -> bool:
    return "application/json" in request.headers.get("Accept", "")


def _error(error: ValidationError, status: int = 400) -> JsonResponse:
    return JsonResponse({"error": " ".join(error.messages)}, status=status)


def _number(value) -> int:
    try:
        return max(int(value), 0)
    except (TypeError, ValueError):
        return 0


@require_GET
def chat_state(request, token: str):
    """The chat's header and read mark, and its messages after the event `after`."""
    session = chat_or_404(token)
    events = chat_events(session, after=_number(request.GET.get("after")))
    status = status_context(session)
    return JsonResponse(
        {
            "status": session.status,
            "live": session.is_live,
            "status_html": render_to_string("public/chat/_status.html", status, request),
            "idle_warning": status["idle_warning"],
            "agent_read": session.agent_read_event,
            "messages": [
                {"id": item["id"], "client_id": item["client_id"], "html": item_html(item)}
                for item in message_items(session, events)
            ],
        }
    )


@require_POST
def chat_send(request, token: str):
    """A message: the id of the stored event (200 also when it was stored already)."""
    session = chat_or_404(token)
    if wait := message_wait(request, session):
        response = JsonResponse({"error": wait_message(wait)}, status=429)
        response["Retry-After"] = str(wait)
        return response
    try:
        event, created = chat_message_send(
            session=session,
            body=request.POST.get("body", ""),
            client_id=request.POST.get("client_id", ""),
        )
    except ValidationError as error:
        return _error(error)
    return JsonResponse({"id": event.pk, "created": created})


@require_POST
def chat_seen_view(request, token: str):
    """The page is there and has shown the chat up to `event` (the heartbeat too)."""
    session = chat_or_404(token)
    if session.is_live:
        chat_seen(session=session, event_id=_number(request.POST.get("event")))
    return JsonResponse({"live": session.is_live})


def _back(request, token: str, error: ValidationError | None = None, done: str = ""):
    if _wants_json(request):
        return _error(error) if error else JsonResponse({"ok": True})
    if error:
        messages.error(request, " ".join(error.messages))
    elif done:
        messages.success(request, done)
    return HttpResponseRedirect(reverse("public:chat", args=[token]))


@require_POST
def chat_still_here_view(request, token: str):
    session = chat_or_404(token)
    if not session.is_live:
        return _back(request, token, ValidationError(_("This chat has ended.")))
    chat_still_here(session=session)
    return _back(request, token, done=_("Good, the chat stays open."))


@require_POST
def chat_leave_view(request, token: str):
    session = chat_or_404(token)
    try:
        chat_leave(session=session)
    except ValidationError as error:
        return _back(request, token, error)
    return _back(request, token, done=_("You ended the chat."))


@require_POST
def chat_transcript(request, token: str):
    session = chat_or_404(token)
    try:
        chat_transcript_send(session=session, email=request.POST.get("email", ""))
    except ValidationError as error:
        if _wants_json(request):
            return _error(error)
        form = ChatTranscriptForm(request.POST)
        form.is_valid()
        form.errors.pop("email", None)
        for message in error.messages:
            form.add_error("email", message)
        return render_chat(request, session, transcript_form=form, status=400)
    return _back(request, token, done=_("The transcript is on its way to your e-mail."))
