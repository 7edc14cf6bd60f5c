"""A chat from the citizen's side, and its messages from both sides (docs/chat.md).

A chat is a case from its first moment: `chat_start` opens it through the one write path
(`case_create_for_contact`, channel chat) and every message is an event on its timeline,
stored before either page shows it as sent. A message carries the id its sender's page gave
it: sent again (no acknowledgement came back), it is found and not stored twice.
"""

import datetime as dt
import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import F
from django.db.models.functions import Greatest
from django.utils import timezone
from django.utils.translation import gettext as _

from luukku.cases.events import (
    chat_external_id,
    event_chat,
    event_chat_message_in,
    event_chat_message_out,
)
from luukku.cases.models import CaseEvent, Channel, Status
from luukku.cases.services import case_change_status, case_create_for_contact
from luukku.catalogue.models import Service
from luukku.core.locks import in_transaction, row_lock
from luukku.core.text import single_line
from luukku.organisation.models import User
from luukku.privacy.services import access_log_record

from ..models import ChatSession
from ..registry import chat_ended
from ..selectors.availability import chat_availability, chat_queue_for_service
from .common import chat_changed, client_id_clean

LANGUAGES = {code for code, _name in settings.LANGUAGES}


class ChatOffline(Exception):
    """A chat cannot start now: `reason` is one of `selectors.availability.Offline`."""

    def __init__(self, reason: str, opens_at: dt.datetime | None = None):
        super().__init__(reason)
        self.reason = reason
        self.opens_at = opens_at


def message_clean(body: str) -> str:
    body = (body or "").strip()
    if not body:
        raise ValidationError({"body": _("Write your message first.")})
    if len(body) > settings.CHAT_MESSAGE_MAX_CHARS:
        raise ValidationError(
            {
                "body": _("A message can be at most %(count)s characters; this one has %(length)s.")
                % {"count": settings.CHAT_MESSAGE_MAX_CHARS, "length": len(body)}
            }
        )
    return body


def _start_clean(*, service, topic: str, name: str, text: str) -> tuple[str, str, str]:
    errors: dict[str, list[str]] = {}
    topic = single_line(topic or "").strip()[:200]
    name = single_line(name or "").strip()
    if service is None or not isinstance(service, Service):
        errors["service"] = [_("Choose what your question is about.")]
    if len(name) > 100:
        errors["name"] = [_("Write at most 100 characters.")]
    text = (text or "").strip()
    if len(text) > settings.CHAT_MESSAGE_MAX_CHARS:
        errors["body"] = [
            _("A message can be at most %(count)s characters; this one has %(length)s.")
            % {"count": settings.CHAT_MESSAGE_MAX_CHARS, "length": len(text)}
        ]
    if errors:
        raise ValidationError(errors)
    return topic or service.name, name, text


@in_transaction
def chat_start(
    *,
    service: Service | None,
    topic: str = "",
    name: str = "",
    email: str = "",
    text: str = "",
    client_id: str = "",
    language: str = "fi",
    now: dt.datetime | None = None,
) -> ChatSession:
    """A citizen starts a chat about `service`: its case is opened and the chat waits in the
    service's chat queue. Raises ChatOffline when chat is closed, nobody is there, or the
    queue is full (nothing is written), ValidationError for bad input."""
    now = now or timezone.now()
    topic, name, text = _start_clean(service=service, topic=topic, name=name, text=text)
    if text:
        client_id = client_id_clean(client_id)
    if language not in LANGUAGES:
        language = settings.LANGUAGE_CODE
    queue = chat_queue_for_service(service)
    availability = chat_availability(queue, now)
    if not availability.is_open:
        raise ChatOffline(availability.offline, availability.opens_at)
    case = case_create_for_contact(
        service=service,
        channel=Channel.CHAT,
        subject=topic,
        first_name=name,
        email=email,
        language=language,
        context="chat_start",
        received_at=now,
    )
    session = ChatSession.objects.create(
        token=secrets.token_urlsafe(32),
        queue=queue,
        case=case,
        team=queue.team,
        topic=topic,
        name=name,
        language=language,
        created_at=now,
        queued_at=now,
        citizen_seen_at=now,
        citizen_active_at=now,
    )
    event_chat(case, actor=None, action="queued", chat_id=session.pk, at=now)
    if text:
        event = event_chat_message_in(
            case, body=text, chat_id=session.pk, client_id=client_id, at=now
        )
        session.citizen_read_event = event.pk
        session.save(update_fields=["citizen_read_event"])
    chat_changed(session, "queued", queue=True)
    return session


def _message_find(case, client_id: str) -> CaseEvent | None:
    return case.events.filter(external_id=chat_external_id(client_id)).first()


@in_transaction
def chat_message_send(
    *,
    session: ChatSession,
    body: str,
    client_id: str,
    agent: User | None = None,
    now: dt.datetime | None = None,
) -> tuple[CaseEvent, bool]:
    """A message in the chat, from the citizen (`agent` None) or its agent: the stored event
    and whether it is new (False: the same message, sent again, was stored already)."""
    now = now or timezone.now()
    body = message_clean(body)
    client_id = client_id_clean(client_id)
    session = row_lock(session)
    case = row_lock(session.case)
    existing = _message_find(case, client_id)
    if existing is not None:
        return existing, False
    if not session.is_live:
        raise ValidationError({"body": _("This chat has ended.")})
    if agent is not None:
        if session.agent_id != agent.pk or session.status != ChatSession.Status.ACTIVE:
            raise ValidationError({"body": _("This chat is not yours to answer.")})
        event = event_chat_message_out(
            case, author=agent, body=body, chat_id=session.pk, client_id=client_id, at=now
        )
        session.agent_read_event = event.pk
        session.save(update_fields=["agent_read_event"])
        access_log_record(
            actor=agent, action="change", case=case, context="chat_message", fields=["reply"]
        )
    else:
        event = event_chat_message_in(
            case, body=body, chat_id=session.pk, client_id=client_id, at=now
        )
        session.citizen_read_event = event.pk
        session.citizen_active_at = now
        session.citizen_seen_at = now
        session.idle_warned_at = None
        session.save(
            update_fields=[
                "citizen_read_event",
                "citizen_active_at",
                "citizen_seen_at",
                "idle_warned_at",
            ]
        )
        if case.status in {Status.WAITING_CUSTOMER, Status.RESOLVED}:
            case_change_status(case=case, actor=None, status=Status.OPEN, context="chat_message")
    chat_changed(session, "message")
    return event, True


def chat_seen(
    *, session: ChatSession, event_id: int = 0, agent: User | None = None, now=None
) -> None:
    """A side has read the chat up to `event_id` (never back), and, the citizen's page, that
    it is still there. One row updated; no lock (the read marks only grow)."""
    now = now or timezone.now()
    rows = ChatSession.objects.filter(pk=session.pk)
    if agent is not None:
        if event_id > session.agent_read_event and session.agent_id == agent.pk:
            rows.update(agent_read_event=Greatest(F("agent_read_event"), event_id))
            chat_changed(session, "read")
        return
    changes: dict = {"citizen_seen_at": now}
    if event_id > session.citizen_read_event:
        changes["citizen_read_event"] = Greatest(F("citizen_read_event"), event_id)
    rows.update(**changes)
    if "citizen_read_event" in changes:
        chat_changed(session, "read")


def chat_still_here(*, session: ChatSession, now: dt.datetime | None = None) -> None:
    """The citizen answered the idle warning: the chat stays open."""
    now = now or timezone.now()
    ChatSession.objects.filter(pk=session.pk).update(
        citizen_active_at=now, citizen_seen_at=now, idle_warned_at=None
    )
    chat_changed(session, "active")


def _leave_case(session: ChatSession, now: dt.datetime) -> None:
    """A chat left before anyone answered: its case stays for the team to answer by e-mail
    when the citizen wrote something and gave an address; otherwise it is closed."""
    case = row_lock(session.case)
    wrote = case.events.filter(kind=CaseEvent.Kind.MESSAGE_IN).exists()
    if not (wrote and case.contact_email) and case.status != Status.CLOSED:
        case_change_status(case=case, actor=None, status=Status.CLOSED, context="chat_left", at=now)


def chat_session_close(
    session: ChatSession, *, ended_by: str, outcome: str, now: dt.datetime
) -> ChatSession:
    """End a live chat (the session row locked by the caller): a waiting one as left while
    waiting, an answered one ended with `outcome` for its agent to change in the wrap-up."""
    was_queued = session.status == ChatSession.Status.QUEUED
    session.status = ChatSession.Status.ABANDONED if was_queued else ChatSession.Status.ENDED
    session.outcome = "" if was_queued else outcome
    session.ended_by = ended_by
    session.ended_at = now
    session.save(update_fields=["status", "outcome", "ended_by", "ended_at"])
    event_chat(
        session.case,
        actor=None,
        action="ended",
        chat_id=session.pk,
        outcome=session.outcome or None,
        ended_by=ended_by,
        at=now,
    )
    if was_queued:
        _leave_case(session, now)
    else:
        chat_ended(session=session, at=now)
    chat_changed(session, "ended", queue=was_queued)
    return session


@in_transaction
def chat_leave(*, session: ChatSession, now: dt.datetime | None = None) -> ChatSession:
    """The citizen ends the chat (or leaves the queue)."""
    now = now or timezone.now()
    session = row_lock(session)
    if not session.is_live:
        raise ValidationError({"chat": _("This chat has ended.")})
    return chat_session_close(
        session,
        ended_by=ChatSession.EndedBy.CUSTOMER,
        outcome=ChatSession.Outcome.CUSTOMER_LEFT,
        now=now,
    )
