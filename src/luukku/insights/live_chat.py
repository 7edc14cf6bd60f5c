"""The live chat's figures for the dashboard and the staffing planner (docs/metrics.md,
"Live chat").

Read from the chat sessions, not from rollups, as the walk-in queue's are: a service centre
takes some tens of chats a day, so a year is one query of some thousands of short rows and
the figures are exact (percentiles included). A chat belongs to the day (Finnish time) it
was started and to the queue it waited in.
"""

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from luukku.chat.models import ChatQueue, ChatSession
from luukku.core.calendar import HELSINKI

from .selectors import Filters
from .tables import Cell, Table
from .walk_in import percentile

Status, Outcome = ChatSession.Status, ChatSession.Outcome
FIELDS = ("queue", "agent", "status", "outcome", "created_at", "accepted_at", "ended_at")


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


@dataclass
class ChatFigures:
    """The chats of one queue (or of all, or of one day) in a period. Times in seconds."""

    offered: int = 0
    answered: int = 0
    abandoned: int = 0  # left while waiting
    abandon_waits: list[float] = field(default_factory=list)
    answer_waits: list[float] = field(default_factory=list)  # speed of answer
    within_target: int = 0
    handling: list[float] = field(default_factory=list)  # answered to ended
    resolved: int = 0

    @property
    def abandoned_share(self) -> float | None:
        return _share(self.abandoned, self.offered)

    @property
    def abandon_wait_median(self) -> float | None:
        return percentile(self.abandon_waits, 0.5)

    @property
    def abandon_wait_p90(self) -> float | None:
        return percentile(self.abandon_waits, 0.9)

    @property
    def answer_mean(self) -> float | None:
        return _mean(self.answer_waits)

    @property
    def answer_p90(self) -> float | None:
        return percentile(self.answer_waits, 0.9)

    @property
    def within_target_share(self) -> float | None:
        """Answered within the target, of the chats answered or left while waiting (those
        still waiting, or closed unanswered otherwise, have no verdict yet)."""
        return _share(self.within_target, self.answered + self.abandoned)

    @property
    def handling_mean(self) -> float | None:
        return _mean(self.handling)

    @property
    def resolved_share(self) -> float | None:
        return _share(self.resolved, self.answered)

    def add(self, row: dict, target_seconds: float) -> None:
        self.offered += 1
        created, accepted, ended = row["created_at"], row["accepted_at"], row["ended_at"]
        if accepted is not None:
            wait = (accepted - created).total_seconds()
            self.answered += 1
            self.answer_waits.append(wait)
            self.within_target += wait <= target_seconds
            if row["status"] == Status.ENDED and ended is not None:
                self.handling.append((ended - accepted).total_seconds())
            self.resolved += row["outcome"] == Outcome.RESOLVED
        elif row["status"] == Status.ABANDONED:
            self.abandoned += 1
            if ended is not None:
                self.abandon_waits.append((ended - created).total_seconds())


@dataclass(frozen=True)
class Concurrency:
    """Chats an agent held at once while holding at least one: the time-weighted average
    (chat time ÷ busy time) and the most."""

    chat_seconds: float = 0.0
    busy_seconds: float = 0.0
    most: int = 0

    @property
    def average(self) -> float | None:
        return self.chat_seconds / self.busy_seconds if self.busy_seconds else None


def concurrency(rows: Iterable[dict], *, now: dt.datetime) -> Concurrency:
    """From each answered chat's answered..ended interval (one still in progress up to
    `now`), per agent: the time they held n ≥ 1 chats, added up over the agents."""
    per_agent: dict[int, list[tuple[dt.datetime, int]]] = defaultdict(list)
    for row in rows:
        start, end = row["accepted_at"], row["ended_at"]
        if start is None or row["agent"] is None:
            continue
        if end is None:
            if row["status"] != Status.ACTIVE:
                continue
            end = now
        if end > start:
            per_agent[row["agent"]] += [(start, 1), (end, -1)]
    chat = busy = 0.0
    most = 0
    for moments in per_agent.values():
        held, since = 0, None
        # An end before a start at the same moment: a chat taken as another ends is not two.
        for moment, step in sorted(moments):
            if held:
                seconds = (moment - since).total_seconds()
                chat += held * seconds
                busy += seconds
            held += step
            since = moment
            most = max(most, held)
    return Concurrency(chat_seconds=chat, busy_seconds=busy, most=most)


@dataclass
class ChatReport:
    total: ChatFigures
    queues: list[tuple[ChatQueue, ChatFigures]]
    days: dict[dt.date, ChatFigures]
    hours: dict[int, dict[int, int]]  # chats per hour of the day (local): {hour: {queue: n}}
    concurrency: Concurrency


def _bounds(start: dt.date, end: dt.date) -> tuple[dt.datetime, dt.datetime]:
    return (
        dt.datetime.combine(start, dt.time.min, tzinfo=HELSINKI),
        dt.datetime.combine(end + dt.timedelta(days=1), dt.time.min, tzinfo=HELSINKI),
    )


def chat_sessions(*, start: dt.date, end: dt.date, queue=None):
    """The chats started from `start` to `end` (inclusive, Finnish days), in the queue."""
    since, until = _bounds(start, end)
    sessions = ChatSession.objects.filter(created_at__gte=since, created_at__lt=until)
    return sessions if queue is None else sessions.filter(queue=queue)


def chat_report(*, start: dt.date, end: dt.date, narrow: Q | None = None, now=None) -> ChatReport:
    """Offered, answered, left while waiting, speed of answer, within the queue's target,
    handling time, resolved in the chat: in all, per queue, per day and per hour."""
    queues = {queue.pk: queue for queue in ChatQueue.objects.order_by("position", "name")}
    rows = list(
        chat_sessions(start=start, end=end).filter(narrow or Q()).order_by().values(*FIELDS)
    )
    total = ChatFigures()
    by_queue: dict[int, ChatFigures] = defaultdict(ChatFigures)
    by_day: dict[dt.date, ChatFigures] = defaultdict(ChatFigures)
    hours: dict[int, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    for row in rows:
        target = queues[row["queue"]].answer_target_seconds
        local = row["created_at"].astimezone(HELSINKI)
        for figures in (total, by_queue[row["queue"]], by_day[local.date()]):
            figures.add(row, target)
        hours[local.hour][row["queue"]] += 1
    return ChatReport(
        total=total,
        queues=[(queue, by_queue[pk]) for pk, queue in queues.items() if pk in by_queue],
        days=dict(sorted(by_day.items())),
        hours={hour: dict(counts) for hour, counts in sorted(hours.items())},
        concurrency=concurrency(rows, now=now or timezone.now()),
    )


@dataclass(frozen=True)
class ChatHistory:
    """A queue's measured history for the staffing planner."""

    arrivals: list[dt.datetime]  # when each chat was started, Finnish time
    handle_seconds: float | None  # mean answered..ended of the ended chats
    concurrency: float | None  # chats at once per busy agent, over every queue's chats
    patience_seconds: float | None  # mean patience, from those who left while waiting


def chat_history(*, queue: ChatQueue, since: dt.date, until: dt.date) -> ChatHistory:
    """The queue's chats per local day before `until`: arrivals, measured handling time,
    concurrency and patience (docs/staffing.md, "Live chat")."""
    last = until - dt.timedelta(days=1)
    everyone = list(chat_sessions(start=since, end=last).order_by().values(*FIELDS))
    rows = [row for row in everyone if row["queue"] == queue.pk]
    figures = ChatFigures()
    for row in rows:
        figures.add(row, queue.answer_target_seconds)
    # Exponential patience, estimated from waits that were cut short by an answer (censored)
    # and waits that ended in leaving: the total time waited ÷ the number who left.
    waited = sum(figures.answer_waits) + sum(figures.abandon_waits)
    held = concurrency(everyone, now=dt.datetime.combine(until, dt.time.min, tzinfo=HELSINKI))
    return ChatHistory(
        arrivals=[row["created_at"].astimezone(HELSINKI) for row in rows],
        handle_seconds=figures.handling_mean,
        concurrency=held.average,
        patience_seconds=waited / figures.abandoned if figures.abandoned else None,
    )


def _seconds(value):
    return None if value is None else round(value)


def _minutes(seconds):
    return None if seconds is None else round(seconds / 60, 1)


def _figure_cells(figures: ChatFigures) -> list[Cell]:
    return [
        Cell(figures.offered),
        Cell(figures.answered),
        Cell(figures.abandoned),
        Cell(figures.abandoned_share, "percent"),
        Cell(_seconds(figures.answer_mean)),
        Cell(_seconds(figures.answer_p90)),
        Cell(figures.within_target_share, "percent"),
        Cell(_minutes(figures.handling_mean), "decimal"),
        Cell(figures.resolved),
        Cell(figures.resolved_share, "percent"),
    ]


COLUMNS = (
    _("Chats offered"),
    _("Answered"),
    _("Left while waiting"),
    _("Left while waiting, share"),
    _("Average speed of answer, s"),
    _("Speed of answer, 90th percentile, s"),
    _("Answered within the target"),
    _("Average handling time, min"),
    _("Resolved in the chat"),
    _("Resolved in the chat, share of answered"),
)


def _summary(report: ChatReport) -> Table:
    total, held = report.total, report.concurrency
    extra = [
        (_("Wait before leaving, median, s"), Cell(_seconds(total.abandon_wait_median))),
        (_("Wait before leaving, 90th percentile, s"), Cell(_seconds(total.abandon_wait_p90))),
        (
            _("Chats at once per agent, average"),
            Cell(None if held.average is None else round(held.average, 1), "decimal"),
        ),
        (_("Chats at once per agent, most"), Cell(held.most if held.busy_seconds else None)),
    ]
    return Table(
        slug="chat",
        title=_("Live chat"),
        columns=[_("Figure"), _("Value")],
        rows=[
            [Cell(label, "text"), cell]
            for label, cell in [*zip(COLUMNS, _figure_cells(total), strict=True), *extra]
        ],
        note=_(
            "Speed of answer from starting the chat to an agent's answer; handling time from "
            "the answer to the end; within the target: of the chats answered or left while "
            "waiting. Chats at once: while an agent held at least one, weighted by time."
        ),
    )


def chat_theme(filters: Filters) -> list[Table]:
    """The chat queues in the period; the service, department and handler (the agent who
    answered) filters narrow it, the channel and service point filters do not."""
    narrow = Q()
    if filters.service is not None:
        narrow &= Q(case__service_id=filters.service)
    if filters.department is not None:
        narrow &= Q(case__department_id=filters.department)
    if filters.assignee is not None:
        narrow &= Q(agent_id=filters.assignee)
    report = chat_report(start=filters.start, end=filters.end, narrow=narrow)
    by_queue = Table(
        slug="chat_queues",
        title=_("Live chat by queue"),
        columns=[_("Chat queue"), *COLUMNS, _("Answer target, s"), _("Goal within the target")],
        rows=[
            [
                Cell(str(queue), "text"),
                *_figure_cells(figures),
                Cell(queue.answer_target_seconds),
                Cell(queue.answer_target_percent / 100, "percent"),
            ]
            for queue, figures in report.queues
        ],
        chart=7,
    )
    by_day = Table(
        slug="chat_days",
        title=_("Live chat day by day"),
        columns=[_("Day"), *COLUMNS[:3], COLUMNS[4], COLUMNS[6]],
        rows=[
            [
                Cell(day, "date"),
                Cell(figures.offered),
                Cell(figures.answered),
                Cell(figures.abandoned),
                Cell(_seconds(figures.answer_mean)),
                Cell(figures.within_target_share, "percent"),
            ]
            for day, figures in report.days.items()
        ],
        chart=1,
        chart_limit=None,
    )
    queues = [queue for queue, _figures in report.queues]
    by_hour = Table(
        slug="chat_hours",
        title=_("Chats by hour of the day"),
        columns=[_("Hour"), *(str(queue) for queue in queues), _("All queues")],
        rows=[
            [
                Cell(f"{hour:02d}–{hour + 1:02d}", "text"),
                *(Cell(counts.get(queue.pk, 0)) for queue in queues),
                Cell(sum(counts.values())),
            ]
            for hour, counts in report.hours.items()
        ],
        chart=len(queues) + 1,
        chart_limit=None,
    )
    return [_summary(report), by_queue, by_day, by_hour]
