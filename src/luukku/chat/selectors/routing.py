"""Which waiting chat an agent takes next (docs/chat.md, "Routing").

A chat is offered to agents who are available, present and under their limit: first a chat
transferred to the agent by name, then the chats of the agent's own teams, longest waiting
first; then another team's chat when none of that team is there to answer it or it has
waited past its queue's answer target. Agents take chats themselves ("Accept next" or a
chat of the list), so a chat goes to someone who is looking at the console.
"""

import datetime as dt

from django.db.models import Q, QuerySet

from luukku.organisation.models import User

from ..models import ChatSession
from .availability import agents_present


def _teams_answering(now: dt.datetime) -> set[int]:
    """Teams that have an agent present, available and under their limit now."""
    teams: set[int] = set()
    for presence in agents_present(now).prefetch_related("user__teams"):
        if presence.active < presence.max_chats:
            teams.update(team.pk for team in presence.user.teams.all())
    return teams


def _offered_by_rank(agent: User, now: dt.datetime) -> list[Q]:
    """What makes a waiting chat offered to `agent`, rank by rank: transferred to them by
    name, of their own teams, of another team no one answers or past its answer target. No
    join: a queue's target is read first, its chats then found by the queue's key."""
    own_teams = list(agent.teams.values_list("pk", flat=True))
    answering = _teams_answering(now)
    waiting = ChatSession.objects.filter(status=ChatSession.Status.QUEUED)
    targets: dict[int, list[int]] = {}
    for queue_id, seconds in (
        waiting.order_by().values_list("queue_id", "queue__answer_target_seconds").distinct()
    ):
        targets.setdefault(seconds, []).append(queue_id)
    others = ~Q(team_id__in=answering)
    for seconds, queues in targets.items():
        others |= Q(queue_id__in=queues, queued_at__lte=now - dt.timedelta(seconds=seconds))
    for_anyone = Q(requested_agent__isnull=True)
    return [
        Q(requested_agent=agent),
        for_anyone & Q(team_id__in=own_teams),
        for_anyone & ~Q(team_id__in=own_teams) & others,
    ]


def chats_offered_claims(*, agent: User, now: dt.datetime) -> list[QuerySet[ChatSession]]:
    """The chats offered to `agent`, one queryset a rank, each longest waiting first: taken
    with `core.locks.row_claim_first`, each an index walk in the queue's order."""
    waiting = ChatSession.objects.filter(status=ChatSession.Status.QUEUED)
    return [
        waiting.filter(rank).order_by("queued_at", "pk") for rank in _offered_by_rank(agent, now)
    ]


def chats_offered(*, agent: User, now: dt.datetime) -> list[ChatSession]:
    """The waiting chats `agent` may take, in the order they are taken (the ranks of
    `chats_offered_claims` one after another)."""
    return [chat for rank in chats_offered_claims(agent=agent, now=now) for chat in rank]


def chats_waiting() -> QuerySet[ChatSession]:
    """Every waiting chat, longest waiting first (the console's list of the queue)."""
    return (
        ChatSession.objects.filter(status=ChatSession.Status.QUEUED)
        .select_related("queue", "team", "requested_agent", "case__service")
        .order_by("queued_at", "pk")
    )


def chat_waiting_cases() -> Q:
    """Cases whose chat waits in the chat queue: the work queues leave them to the chat's
    routing until an agent takes the chat (cases.registry)."""
    return Q(chat__status=ChatSession.Status.QUEUED)
