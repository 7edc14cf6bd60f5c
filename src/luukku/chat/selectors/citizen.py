"""What the citizen's chat page reads: the chat by its private key, its messages and steps,
the place in the queue (docs/chat.md)."""

import datetime as dt
import math

from django.db.models import QuerySet

from luukku.cases.models import CaseEvent
from luukku.catalogue.models import Service

from ..models import ChatQueue, ChatSession
from .availability import agents_present, chats_ahead, team_agents, wait_estimate

CHAT_EVENT_KINDS = [CaseEvent.Kind.MESSAGE_IN, CaseEvent.Kind.MESSAGE_OUT, CaseEvent.Kind.CHAT]


def chat_by_token(token: str) -> ChatSession | None:
    """The chat behind a citizen's private key, or None."""
    if not token or len(token) > 64:
        return None
    return (
        ChatSession.objects.select_related("agent", "queue", "team", "case", "case__service")
        .filter(token=token)
        .first()
    )


def chat_events(session: ChatSession, *, after: int = 0) -> list[CaseEvent]:
    """The chat's messages and the steps the citizen sees (it started, who answered, it
    ended), after the event `after`, in order."""
    return list(
        session.case.events.filter(
            kind__in=CHAT_EVENT_KINDS, public=True, data__chat=session.pk, pk__gt=after
        )
        .select_related("author")
        .order_by("pk")
    )


def chat_place(session: ChatSession, now: dt.datetime) -> tuple[int, int | None, bool]:
    """A waiting chat's place in the queue (1 = next), the minutes it is expected to wait,
    and whether anyone is there to answer it (available and present)."""
    ahead = chats_ahead(session)
    agents = team_agents(agents_present(now), session.team)
    seconds = wait_estimate(
        queue=session.queue, team=session.team, ahead=ahead, now=now, agents=agents
    )
    return ahead + 1, math.ceil(seconds / 60), bool(agents)


def chat_services(services: QuerySet[Service]) -> QuerySet[Service]:
    """Of `services`, those a chat may be about: all of them when a queue takes the rest
    (one that names no services), otherwise those a queue names."""
    queues = ChatQueue.objects.filter(is_active=True)
    if queues.filter(services=None).exists():
        return services
    return services.filter(chat_queues__in=queues).distinct()
