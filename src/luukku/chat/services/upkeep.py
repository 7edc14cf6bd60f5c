"""The worker's round over live chats (docs/chat.md, "Idle chats").

A citizen who has done nothing for CHAT_IDLE_WARN_SECONDS in an answered chat is warned on
the page; CHAT_IDLE_CLOSE_SECONDS after the warning, without an answer, the chat closes. A
chat whose citizen page has been away for CHAT_ABSENT_CLOSE_SECONDS (a phone in a long
tunnel comes back sooner) closes; a waiting one counts as left. An answered chat whose
agent's console has been away as long goes back to the queue, in its place.
"""

import datetime as dt

from django.conf import settings
from django.db.models import F, Q
from django.utils import timezone

from luukku.cases.events import event_chat
from luukku.core.locks import in_transaction, row_lock

from ..models import ChatSession
from .common import chat_changed
from .sessions import chat_session_close


def _seconds(name: str) -> dt.timedelta:
    return dt.timedelta(seconds=getattr(settings, name))


@in_transaction
def _close(session_id: int, now: dt.datetime) -> bool:
    session = row_lock(ChatSession, session_id)
    if not session.is_live:
        return False
    chat_session_close(
        session, ended_by=ChatSession.EndedBy.SYSTEM, outcome=ChatSession.Outcome.IDLE, now=now
    )
    return True


@in_transaction
def _warn(session_id: int, now: dt.datetime) -> bool:
    session = row_lock(ChatSession, session_id)
    if session.status != ChatSession.Status.ACTIVE or session.idle_warned_at is not None:
        return False
    session.idle_warned_at = now
    session.save(update_fields=["idle_warned_at"])
    chat_changed(session, "idle_warning")
    return True


@in_transaction
def _requeue(session_id: int, now: dt.datetime) -> bool:
    session = row_lock(ChatSession, session_id)
    if session.status != ChatSession.Status.ACTIVE:
        return False
    agent_id = session.agent_id
    session.status = ChatSession.Status.QUEUED
    session.agent = None
    session.save(update_fields=["status", "agent"])
    event_chat(
        session.case,
        actor=None,
        action="transferred",
        chat_id=session.pk,
        to_team=session.team,
        reason="agent_away",
        at=now,
    )
    chat_changed(session, "transferred", queue=True, agents=(agent_id,))
    return True


def chats_close_idle(now: dt.datetime | None = None) -> int:
    """One round: warn, close and return to the queue as the module says; how many chats
    changed."""
    now = now or timezone.now()
    live = ChatSession.objects.filter(
        status__in=[ChatSession.Status.QUEUED, ChatSession.Status.ACTIVE]
    )
    absent = now - _seconds("CHAT_ABSENT_CLOSE_SECONDS")
    changed = 0
    gone = live.filter(Q(citizen_seen_at__lt=absent) | Q(citizen_seen_at__isnull=True))
    warned_out = live.filter(
        idle_warned_at__lte=now - _seconds("CHAT_IDLE_CLOSE_SECONDS"),
        citizen_active_at__lt=F("idle_warned_at"),
    )
    for session_id in set(gone.values_list("pk", flat=True)) | set(
        warned_out.values_list("pk", flat=True)
    ):
        changed += _close(session_id, now)
    idle = live.filter(
        status=ChatSession.Status.ACTIVE,
        idle_warned_at__isnull=True,
        citizen_active_at__lt=now - _seconds("CHAT_IDLE_WARN_SECONDS"),
    )
    for session_id in idle.values_list("pk", flat=True):
        changed += _warn(session_id, now)
    away = live.filter(status=ChatSession.Status.ACTIVE, agent__chat_presence__seen_at__lt=absent)
    for session_id in away.values_list("pk", flat=True):
        changed += _requeue(session_id, now)
    return changed
