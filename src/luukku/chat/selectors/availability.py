"""Is chat open, who is there to answer, and how long a citizen waits (docs/chat.md)."""

import datetime as dt
import math
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Avg, Count, DurationField, ExpressionWrapper, F, Q, QuerySet

from luukku.catalogue.models import Service
from luukku.core.calendar import HELSINKI
from luukku.organisation.models import Team
from luukku.organisation.selectors import business_hours, service_point_hours

from ..models import AgentPresence, ChatQueue, ChatSession

# Until twenty chats of a queue have ended, a chat is expected to take this long
# (the staffing planner's default for chat).
DEFAULT_HANDLE_SECONDS = 420
MEASURED_FROM = 20


class Offline:
    """Why a chat cannot start now."""

    CLOSED = "closed"  # outside the chat's hours
    NOBODY = "nobody"  # nobody is available for chat
    FULL = "full"  # no agent free and the queue is full
    NO_QUEUE = "no_queue"  # chat is not set up for the service


@dataclass(frozen=True)
class ChatAvailability:
    queue: ChatQueue | None
    offline: str  # "" when a chat can start, else an Offline reason
    waiting: int
    estimate_seconds: int | None
    opens_at: dt.datetime | None

    @property
    def is_open(self) -> bool:
        return not self.offline


def chat_queue_for_service(service: Service | None) -> ChatQueue | None:
    """The queue where chats about `service` wait: one that names it, else the first one
    that names no services (it takes the rest)."""
    queues = ChatQueue.objects.filter(is_active=True).select_related("team", "service_point")
    if service is not None:
        named = queues.filter(services=service).first()
        if named is not None:
            return named
    return queues.filter(services=None).first()


def chat_hours_open(queue: ChatQueue, now: dt.datetime) -> bool:
    """Within the chat's hours: its service point's opening hours, or the service centre's."""
    if queue.service_point_id is None:
        return business_hours().is_open(now)
    local = now.astimezone(HELSINKI)
    [day] = service_point_hours(service_point=queue.service_point, start=local.date(), days=1)
    return any(opens <= local.time() < closes for opens, closes in day["periods"])


def chat_opens_next(queue: ChatQueue, now: dt.datetime) -> dt.datetime | None:
    """When the chat's hours next begin within a week (Helsinki time), or None."""
    local = now.astimezone(HELSINKI)
    if queue.service_point_id is None:
        hours = business_hours()
        for offset in range(8):
            day = local.date() + dt.timedelta(days=offset)
            for period in hours.periods(day):
                starts = dt.datetime.combine(day, period[0], tzinfo=HELSINKI)
                if starts > local:
                    return starts
        return None
    for day in service_point_hours(service_point=queue.service_point, start=local.date(), days=8):
        for opens, _closes in sorted(day["periods"]):
            starts = dt.datetime.combine(day["date"], opens, tzinfo=HELSINKI)
            if starts > local:
                return starts
    return None


def agents_present(now: dt.datetime) -> QuerySet[AgentPresence]:
    """Agents available for chat whose console said so within CHAT_PRESENCE_SECONDS, with
    how many chats each holds now (`active`)."""
    since = now - dt.timedelta(seconds=settings.CHAT_PRESENCE_SECONDS)
    return (
        AgentPresence.objects.filter(available=True, seen_at__gte=since, user__is_active=True)
        .select_related("user")
        .annotate(
            active=Count(
                "user__chat_sessions",
                filter=Q(user__chat_sessions__status=ChatSession.Status.ACTIVE),
            )
        )
        .order_by("user__first_name", "user__last_name", "pk")
    )


def team_agents(present: QuerySet[AgentPresence], team: Team | None) -> list[AgentPresence]:
    """The agents of `present` in `team`, or all of them when none of the team is there."""
    if team is None:
        return list(present)
    members = list(present.filter(user__teams=team))
    return members or list(present)


def handle_seconds(queue: ChatQueue) -> float:
    """The measured handling time of the queue's last hundred answered chats (from the
    answer to the end), once twenty have ended; the default until then."""
    recent = (
        ChatSession.objects.filter(queue=queue, accepted_at__isnull=False, ended_at__isnull=False)
        .order_by("-ended_at")
        .values_list("pk", flat=True)[:100]
    )
    stats = ChatSession.objects.filter(pk__in=list(recent)).aggregate(
        count=Count("pk"),
        mean=Avg(ExpressionWrapper(F("ended_at") - F("accepted_at"), output_field=DurationField())),
    )
    if stats["count"] < MEASURED_FROM or stats["mean"] is None:
        return DEFAULT_HANDLE_SECONDS
    mean = stats["mean"]
    seconds = mean.total_seconds() if isinstance(mean, dt.timedelta) else float(mean) / 1e6
    return max(seconds, 30.0)


def wait_estimate(
    *,
    queue: ChatQueue,
    team: Team | None,
    ahead: int,
    now: dt.datetime,
    agents: list[AgentPresence] | None = None,
) -> int:
    """Seconds until a chat with `ahead` chats before it is answered: none while an agent of
    its team (or any, when none of the team is there) has room; otherwise the chats ahead
    of it beyond the free places, each taking a handling time shared by all the places."""
    if agents is None:
        agents = team_agents(agents_present(now), team)
    places = sum(agent.max_chats for agent in agents)
    free = sum(max(agent.max_chats - agent.active, 0) for agent in agents)
    if ahead < free:
        return 0
    if places == 0:
        places = 1
    return math.ceil((ahead - free + 1) * handle_seconds(queue) / places)


def queued_count(queue: ChatQueue) -> int:
    return ChatSession.objects.filter(queue=queue, status=ChatSession.Status.QUEUED).count()


def chat_availability(queue: ChatQueue | None, now: dt.datetime) -> ChatAvailability:
    """Whether a chat can start in `queue` now, and if not why: outside its hours, nobody
    available, or no agent free and the queue full."""
    if queue is None:
        return ChatAvailability(None, Offline.NO_QUEUE, 0, None, None)
    if not chat_hours_open(queue, now):
        return ChatAvailability(queue, Offline.CLOSED, 0, None, chat_opens_next(queue, now))
    agents = team_agents(agents_present(now), queue.team)
    waiting = queued_count(queue)
    if not agents:
        return ChatAvailability(queue, Offline.NOBODY, waiting, None, None)
    free = sum(max(agent.max_chats - agent.active, 0) for agent in agents)
    if waiting >= queue.max_queue and waiting >= free:
        return ChatAvailability(queue, Offline.FULL, waiting, None, None)
    estimate = wait_estimate(queue=queue, team=queue.team, ahead=waiting, now=now, agents=agents)
    return ChatAvailability(queue, "", waiting, estimate, None)


def chats_ahead(session: ChatSession) -> int:
    """Waiting chats that an agent of the session's team would take before it: those of
    the same team that began waiting earlier."""
    return (
        ChatSession.objects.filter(status=ChatSession.Status.QUEUED, team_id=session.team_id)
        .filter(
            Q(queued_at__lt=session.queued_at) | Q(queued_at=session.queued_at, pk__lt=session.pk)
        )
        .count()
    )


def agent_active_count(user) -> int:
    return ChatSession.objects.filter(agent=user, status=ChatSession.Status.ACTIVE).count()
