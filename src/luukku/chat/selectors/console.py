"""What the agent's chat console shows: the agent's own chats with their unread marks and
how long the citizen has waited for an answer, and one chat's messages (docs/chat.md)."""

import datetime as dt

from django.conf import settings
from django.db.models import Max, Q, QuerySet
from django.utils import timezone

from luukku.cases.models import CaseEvent
from luukku.organisation.models import User

from ..models import AgentPresence, ChatSession

# A chat the citizen left or that closed while idle stays with its agent until they record
# how it ended (the wrap-up).
WRAP_UP_OUTCOMES = (ChatSession.Outcome.CUSTOMER_LEFT, ChatSession.Outcome.IDLE)
# A chat the citizen left stays in its agent's console this long for its outcome.
WRAP_UP_HOURS = 12
MESSAGE_KINDS = (CaseEvent.Kind.MESSAGE_IN, CaseEvent.Kind.MESSAGE_OUT)


def needs_wrap_up(session: ChatSession) -> bool:
    return session.status == ChatSession.Status.ENDED and session.outcome in WRAP_UP_OUTCOMES


def agent_chats(user: User) -> QuerySet[ChatSession]:
    """The agent's chats in the console: those they answer now, then those waiting for their
    outcome (ended within WRAP_UP_HOURS: an older one is left as it closed), each with the
    latest customer message (`last_in`, `last_in_at`) and the time of
    the agent's latest answer (`last_out_at`)."""
    messages_in = Q(case__events__kind=CaseEvent.Kind.MESSAGE_IN)
    return (
        ChatSession.objects.filter(agent=user)
        .filter(
            Q(status=ChatSession.Status.ACTIVE)
            | Q(
                status=ChatSession.Status.ENDED,
                outcome__in=WRAP_UP_OUTCOMES,
                ended_at__gte=timezone.now() - dt.timedelta(hours=WRAP_UP_HOURS),
            )
        )
        .select_related("case__service", "team")
        .annotate(
            last_in=Max("case__events__pk", filter=messages_in),
            last_in_at=Max("case__events__at", filter=messages_in),
            last_out_at=Max(
                "case__events__at", filter=Q(case__events__kind=CaseEvent.Kind.MESSAGE_OUT)
            ),
        )
        .order_by("status", "accepted_at", "pk")
    )


def chat_unread(session: ChatSession) -> bool:
    return bool(session.last_in and session.last_in > session.agent_read_event)


def answer_waited(session: ChatSession, now: dt.datetime) -> dt.timedelta | None:
    """How long the citizen's latest message has waited for an answer (None: answered)."""
    if session.last_in_at is None or session.status != ChatSession.Status.ACTIVE:
        return None
    if session.last_out_at is not None and session.last_out_at >= session.last_in_at:
        return None
    return now - session.last_in_at


def chat_messages(session: ChatSession, after: int = 0) -> list[CaseEvent]:
    """The chat's messages (both sides) on its case's timeline, after the event `after`, and
    its transfers (with the note to the colleague who takes it)."""
    transfers = Q(kind=CaseEvent.Kind.CHAT, data__action="transferred")
    return list(
        session.case.events.filter(Q(kind__in=MESSAGE_KINDS) | transfers, pk__gt=after)
        .select_related("author", "case")
        .order_by("pk")
    )


def presence_present(presence: AgentPresence | None, now: dt.datetime) -> bool:
    """Whether the agent counts as present: available and their console seen lately."""
    if presence is None or not presence.available or presence.seen_at is None:
        return False
    return presence.seen_at >= now - dt.timedelta(seconds=settings.CHAT_PRESENCE_SECONDS)
