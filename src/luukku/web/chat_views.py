"""The agent's chat console (docs/chat.md, "The console"): availability, the queue, the
agent's own chats and the one open, with the phrase folder's suggestions, the customer's
other cases, a note, a transfer and the end with its outcome. The chat's services decide; a
refused step says why and changes nothing. Without JavaScript every action is a form and a
redirect; with it (web/static/web/chat-console.js) messages are sent with fetch and the
console's parts are read again when the chat's stream says something changed."""

import secrets

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from luukku.cases.selectors import case_get_for_view, customer_other_cases
from luukku.cases.services import case_add_note
from luukku.chat.models import AgentPresence, ChatSession
from luukku.chat.selectors.availability import agents_present
from luukku.chat.selectors.console import (
    agent_chats,
    answer_waited,
    chat_messages,
    chat_unread,
    needs_wrap_up,
    presence_present,
)
from luukku.chat.selectors.routing import chats_waiting
from luukku.chat.services.agents import (
    chat_accept,
    chat_availability_set,
    chat_end,
    chat_presence_beat,
    chat_transfer,
)
from luukku.chat.services.sessions import chat_message_send, chat_seen
from luukku.core.service_errors import form_errors_add
from luukku.knowledge.models import ReplyTemplate
from luukku.knowledge.selectors import (
    case_suggestions,
    reply_with_template,
    template_render,
    template_text_to_insert,
)
from luukku.privacy.services import access_log_list

from .chat_forms import (
    AvailabilityForm,
    ChatEndForm,
    ChatNoteForm,
    ChatTransferForm,
    MessageForm,
)
from .desk_views import front_line_required


def console_url(chat_id: int | None = None, anchor: str = "") -> str:
    url = reverse("web:chat_console")
    if chat_id:
        url += f"?chat={chat_id}"
    return url + (f"#{anchor}" if anchor else "")


def _mm_ss(delta) -> str:
    seconds = max(int(delta.total_seconds()), 0) if delta is not None else 0
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


def _queue(request, now) -> list[ChatSession]:
    """The waiting chats, longest first, each with how long it has waited; listed in the
    access log (the topics are the citizens' own words)."""
    waiting = list(chats_waiting())
    for session in waiting:
        session.waited = _mm_ss(now - session.queued_at)
        session.to_me = session.requested_agent_id == request.user.pk
        session.to_other = session.requested_agent_id not in (None, request.user.pk)
    if waiting:
        access_log_list(actor=request.user, context="chat_queue", query="", count=len(waiting))
    return waiting


def _mine(request, now, selected_id: int | None) -> list[ChatSession]:
    mine = list(agent_chats(request.user))
    for session in mine:
        session.unread = chat_unread(session) and session.pk != selected_id
        waited = answer_waited(session, now)
        session.answer_waited = _mm_ss(waited) if waited is not None else ""
        session.wrap_up = needs_wrap_up(session)
    return mine


def live_context(request, now, selected_id: int | None = None) -> dict:
    """The console's parts that are read again on every change: the queue, the agent's
    chats, their availability."""
    presence = AgentPresence.objects.filter(user=request.user).first()
    mine = _mine(request, now, selected_id)
    active = sum(1 for session in mine if session.status == ChatSession.Status.ACTIVE)
    return {
        "presence": presence,
        "present": presence_present(presence, now),
        "queue": _queue(request, now),
        "mine": mine,
        "active_count": active,
        "room": presence is not None and presence.available and active < presence.max_chats,
        "selected_id": selected_id,
        "now": now,
    }


def _selected(request, mine: list[ChatSession], chat_id) -> ChatSession | None:
    chosen = str(chat_id or "")
    return next((session for session in mine if str(session.pk) == chosen), None)


def _chat_context(request, session: ChatSession, now, forms: dict) -> dict:
    """The open chat: its case (a view of it, logged), messages, suggestions, the customer's
    other cases, and the forms of its actions."""
    case = case_get_for_view(
        reference=session.case.reference, viewer=request.user, context="chat_console"
    )
    events = chat_messages(session)
    last_in = max((e.pk for e in events if e.kind == "message_in"), default=0)
    if session.status == ChatSession.Status.ACTIVE and last_in > session.agent_read_event:
        chat_seen(session=session, event_id=last_in, agent=request.user)
    present = agents_present(now).exclude(user=request.user)
    active = session.status == ChatSession.Status.ACTIVE
    return {
        "chat": session,
        "case": case,
        "events": events,
        "last_event": events[-1].pk if events else 0,
        "citizen_read": session.citizen_read_event,
        "suggestions": case_suggestions(case=case) if active else {},
        "other_cases": customer_other_cases(case=case, user=request.user),
        "message_form": forms.get("message_form")
        or MessageForm(initial={"client_id": secrets.token_urlsafe(16)}),
        "note_form": forms.get("note_form") or ChatNoteForm(),
        "transfer_form": forms.get("transfer_form") or ChatTransferForm(present=present),
        "end_form": forms.get("end_form") or ChatEndForm(),
    }


def _console_page(request, chat_id=None, status: int = 200, **forms):
    now = timezone.now()
    chat_presence_beat(user=request.user, now=now)
    context = live_context(request, now, int(chat_id) if str(chat_id or "").isdigit() else None)
    presence = context["presence"]
    context["availability_form"] = forms.get("availability_form") or AvailabilityForm(
        initial={
            "available": "1" if presence is not None and presence.available else "0",
            "max_chats": presence.max_chats if presence is not None else 3,
        }
    )
    session = _selected(request, context["mine"], chat_id)
    if chat_id and session is None:
        messages.info(request, _("That chat is not one of yours now."))
    if session is not None:
        context.update(_chat_context(request, session, now, forms))
    context.update(
        stream="/ws/staff/chat/",
        refresh_seconds=settings.CHAT_CONSOLE_REFRESH_SECONDS,
        max_chars=settings.CHAT_MESSAGE_MAX_CHARS,
    )
    return render(request, "web/chat_console.html", context, status=status)


@front_line_required
def chat_console(request):
    return _console_page(request, request.GET.get("chat"))


@front_line_required
def chat_console_live(request):
    """The console's live parts alone, for chat-console.js."""
    chat_id = request.GET.get("chat", "")
    now = timezone.now()
    chat_presence_beat(user=request.user, now=now)
    context = live_context(request, now, int(chat_id) if chat_id.isdigit() else None)
    session = _selected(request, context["mine"], chat_id)
    context["chat"] = session
    if session is not None:
        context["citizen_read"] = session.citizen_read_event
    return render(request, "web/_chat_live.html", context)


def _own_chat(request, pk: int) -> ChatSession:
    session = agent_chats(request.user).filter(pk=pk).first()
    if session is None:
        raise Http404
    return session


@front_line_required
def chat_messages_view(request, pk: int):
    """The open chat's messages after `after` (an event id), to be appended to its log."""
    session = _own_chat(request, pk)
    after = request.GET.get("after", "")
    events = chat_messages(session, int(after) if after.isdigit() else 0)
    if events:
        case_get_for_view(
            reference=session.case.reference, viewer=request.user, context="chat_console"
        )
        last_in = max((e.pk for e in events if e.kind == "message_in"), default=0)
        if session.status == ChatSession.Status.ACTIVE and last_in > session.agent_read_event:
            chat_seen(session=session, event_id=last_in, agent=request.user)
    context = {"events": events, "chat": session, "citizen_read": session.citizen_read_event}
    return render(request, "web/_chat_messages.html", context)


def _refused(request, error: ValidationError, chat_id=None, anchor: str = ""):
    messages.error(request, " ".join(error.messages))
    return redirect(console_url(chat_id, anchor))


@front_line_required
@require_POST
def chat_availability(request):
    form = AvailabilityForm(request.POST)
    if not form.is_valid():
        return _console_page(request, request.POST.get("chat"), 400, availability_form=form)
    try:
        chat_availability_set(
            user=request.user,
            available=form.cleaned_data["available"],
            max_chats=form.cleaned_data["max_chats"],
        )
    except ValidationError as error:
        form_errors_add(form, error)
        return _console_page(request, request.POST.get("chat"), 400, availability_form=form)
    if form.cleaned_data["available"]:
        messages.success(request, _("Chat is on: you are offered chats."))
    else:
        messages.success(request, _("Chat is off: you are offered no new chats."))
    return redirect(console_url(request.POST.get("chat", "")))


@front_line_required
@require_POST
def chat_accept_view(request):
    """Take the next chat offered (no `chat`) or the one chosen from the queue."""
    chosen = request.POST.get("chat", "")
    session = None
    if chosen:
        session = ChatSession.objects.filter(pk=chosen).first() if chosen.isdigit() else None
        if session is None:
            messages.error(request, _("That chat is no longer waiting."))
            return redirect(console_url())
    try:
        session = chat_accept(agent=request.user, session=session)
    except ValidationError as error:
        return _refused(request, error)
    messages.success(request, _("You answer the chat “%(topic)s”.") % {"topic": session.topic})
    return redirect(console_url(session.pk, "chat-composer"))


def _wants_json(request) -> bool:
    return request.headers.get("X-Requested-With") == "fetch"


@front_line_required
@require_POST
def chat_send(request, pk: int):
    """A message to the citizen: stored before it is shown as sent; the same client id again
    finds the stored message (the page sent it again after no answer came)."""
    session = _own_chat(request, pk)
    form = MessageForm(request.POST)
    form.is_valid()
    data = form.cleaned_data
    try:
        event, created = chat_message_send(
            session=session,
            body=data.get("body", ""),
            client_id=data.get("client_id", ""),
            agent=request.user,
        )
    except ValidationError as error:
        if _wants_json(request):
            return JsonResponse({"ok": False, "error": " ".join(error.messages)}, status=400)
        form_errors_add(form, error)
        return _console_page(request, pk, 400, message_form=form)
    if _wants_json(request):
        return JsonResponse({"ok": True, "event": event.pk, "created": created})
    return redirect(console_url(pk, "chat-composer"))


@front_line_required
@require_POST
def chat_use_template(request, pk: int):
    """A suggested template into the composer: with fetch the part to insert at the cursor;
    without JavaScript the console again with the template in the composer."""
    session = _own_chat(request, pk)
    chosen = request.POST.get("use", "")
    template = (
        ReplyTemplate.objects.filter(pk=chosen, is_active=True).first()
        if chosen.isdigit()
        else None
    )
    if template is None:
        raise Http404
    text = template_render(template=template, case=session.case, user=request.user)
    typed = request.POST.get("body", "")
    if _wants_json(request):
        return JsonResponse({"text": template_text_to_insert(text=text, typed=typed)})
    form = MessageForm(
        initial={
            "body": reply_with_template(text=text, typed=typed),
            "client_id": request.POST.get("client_id") or secrets.token_urlsafe(16),
        }
    )
    return _console_page(request, pk, message_form=form)


@front_line_required
@require_POST
def chat_note(request, pk: int):
    session = _own_chat(request, pk)
    form = ChatNoteForm(request.POST)
    if form.is_valid():
        try:
            case_add_note(case=session.case, actor=request.user, body=form.cleaned_data["body"])
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            messages.success(request, _("The note was added to the case."))
            return redirect(console_url(pk, "chat-note"))
    return _console_page(request, pk, 400, note_form=form)


@front_line_required
@require_POST
def chat_transfer_view(request, pk: int):
    session = _own_chat(request, pk)
    present = agents_present(timezone.now()).exclude(user=request.user)
    form = ChatTransferForm(request.POST, present=present)
    if form.is_valid():
        try:
            chat_transfer(
                session=session,
                agent=request.user,
                note=form.cleaned_data["note"],
                **form.target(),
            )
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            messages.success(request, _("The chat was transferred."))
            return redirect(console_url())
    return _console_page(request, pk, 400, transfer_form=form)


def _end_details(data: dict) -> dict:
    """What the outcome needs, and nothing the other outcomes' fields held."""
    outcome = data["outcome"]
    if outcome == ChatSession.Outcome.EXPERT:
        return {name: data[name] for name in ChatEndForm.EXPERT_FIELDS}
    if outcome == ChatSession.Outcome.CALLBACK:
        return {name: data[name] for name in ChatEndForm.CALLBACK_FIELDS}
    return {}


@front_line_required
@require_POST
def chat_end_view(request, pk: int):
    session = _own_chat(request, pk)
    form = ChatEndForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        try:
            chat_end(
                session=session,
                agent=request.user,
                outcome=data["outcome"],
                note=data["note"],
                **_end_details(data),
            )
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            label = ChatSession.Outcome(data["outcome"]).label
            messages.success(request, _("The chat ended: %(outcome)s.") % {"outcome": label})
            return redirect(console_url())
    return _console_page(request, pk, 400, end_form=form)
