"""The staffing plan: forecast contacts for a week, the agents each interval needs for the
service-level target, and the same with tasks moved to the front line (docs/staffing.md)."""

import datetime as dt
from dataclasses import dataclass, field

from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import ngettext

from luukku.cases.models import Channel
from luukku.chat.models import ChatQueue
from luukku.core.calendar import HELSINKI, BusinessHours
from luukku.insights.live_chat import ChatHistory, chat_history
from luukku.insights.models import ContactVolume
from luukku.insights.walk_in import queue_arrivals
from luukku.organisation.models import ServicePoint
from luukku.organisation.selectors import business_hours
from luukku.queueing.models import ServiceGroup

from . import erlang
from .events import Event
from .forecast import HISTORY_DAYS, History, backtest, forecast, history_from_rows, per_interval

HANDLE_WEEKS = 8  # handling time is measured from the most recent weeks
ACCURACY_WEEKS = 4
PLANNED_CHANNELS = (Channel.PHONE, Channel.CHAT, Channel.COUNTER, Channel.EMAIL)
# Channels that receive round the clock: what arrives while the service centre is closed is
# planned into its next open interval (docs/staffing.md, "Round-the-clock channels").
ROUND_THE_CLOCK = (Channel.EMAIL,)
# The walk-in queue of one service group, measured from its tickets (docs/staffing.md).
QUEUE = "queue"
# A chat queue, measured from its chat sessions (docs/staffing.md, "Live chat").
CHAT_QUEUE = "chat_queue"
# Usual targets: share answered within so many seconds, and handling time, per channel.
DEFAULTS = {
    Channel.PHONE: {"target": 80, "answer_seconds": 20, "handle_seconds": 300},
    Channel.CHAT: {"target": 80, "answer_seconds": 60, "handle_seconds": 420},
    Channel.COUNTER: {"target": 80, "answer_seconds": 600, "handle_seconds": 480},
    Channel.EMAIL: {"target": 80, "answer_seconds": 3600, "handle_seconds": 480},
}
DEFAULTS[QUEUE] = DEFAULTS[Channel.COUNTER]  # until a group is chosen: its target wait
DEFAULTS[CHAT_QUEUE] = DEFAULTS[Channel.CHAT]  # until a queue is chosen: its answer target


def _counted_until(until: dt.date) -> dt.date:
    """The end of what Luukku has counted itself: no later than today (the days after it
    have not come yet, which is not a day without contacts)."""
    return min(until, timezone.localdate())


def channel_history(*, channel: str, until: dt.date, days: int = HISTORY_DAYS) -> History:
    """Contacts per quarter-hour before `until`, as far back as the forecast's yearly index
    reads: imported statistics when the channel has them, otherwise what Luukku recorded."""
    since = dt.datetime.combine(until - dt.timedelta(days=days), dt.time.min, tzinfo=HELSINKI)
    end = dt.datetime.combine(until, dt.time.min, tzinfo=HELSINKI)
    volumes = ContactVolume.objects.filter(channel=channel, starts_at__gte=since, starts_at__lt=end)
    imported = volumes.filter(source=ContactVolume.Source.IMPORTED)
    rows = imported if imported.exists() else volumes.filter(source=ContactVolume.Source.LUUKKU)
    # The handling time of the last weeks with figures (not of weeks still to come).
    counted = dt.datetime.combine(_counted_until(until), dt.time.min, tzinfo=HELSINKI)
    handle_since = counted - dt.timedelta(weeks=HANDLE_WEEKS)
    totals = rows.filter(starts_at__gte=handle_since).aggregate(
        contacts=Sum("contacts"), seconds=Sum("handle_seconds")
    )
    handle = (
        totals["seconds"] / totals["contacts"] if totals["seconds"] and totals["contacts"] else None
    )
    return history_from_rows(
        (
            (starts_at.astimezone(HELSINKI), count)
            for starts_at, count in rows.values_list("starts_at", "contacts")
        ),
        handle_seconds=handle,
        complete_until=None if rows is imported else _counted_until(until),
    )


def queue_history(*, group: ServiceGroup, until: dt.date, days: int = HISTORY_DAYS) -> History:
    """The group's tickets per quarter-hour before `until` (the arrivals, measured), with
    the mean service time of its served tickets of the last `HANDLE_WEEKS` weeks."""
    arrivals, _mean = queue_arrivals(
        group=group, since=until - dt.timedelta(days=days), until=until
    )
    _recent, handle = queue_arrivals(
        group=group, since=until - dt.timedelta(weeks=HANDLE_WEEKS), until=until
    )
    return history_from_rows(
        ((moment, 1) for moment in arrivals),
        handle_seconds=handle,
        complete_until=_counted_until(until),
    )


def chat_queue_history(
    *, queue: ChatQueue, until: dt.date, days: int = HISTORY_DAYS
) -> tuple[History, ChatHistory]:
    """The queue's chats per quarter-hour before `until` (the arrivals, measured), with the
    agents' time per chat of the last `HANDLE_WEEKS` weeks: the mean time from the answer to
    the end divided by the chats an agent held at once (docs/staffing.md, "Live chat")."""
    since = until - dt.timedelta(days=days)
    arrivals = chat_history(queue=queue, since=since, until=until).arrivals
    recent = chat_history(queue=queue, since=until - dt.timedelta(weeks=HANDLE_WEEKS), until=until)
    handle = recent.handle_seconds
    if handle is not None and recent.concurrency:
        handle /= recent.concurrency
    history = history_from_rows(
        ((moment, 1) for moment in arrivals),
        handle_seconds=handle,
        complete_until=_counted_until(until),
    )
    return history, recent


def chat_queue_target(queue_id) -> tuple[int, int] | None:
    """The chat queue's answer target: (seconds, per cent answered within), if it exists."""
    return (
        ChatQueue.objects.filter(pk=queue_id)
        .values_list("answer_target_seconds", "answer_target_percent")
        .first()
    )


def queue_group_target(group_id) -> int | None:
    """The group's target wait in seconds (the planner's "answered within"), if it exists."""
    minutes = (
        ServiceGroup.objects.filter(pk=group_id)
        .values_list("target_wait_minutes", flat=True)
        .first()
    )
    return None if minutes is None else minutes * 60


def _opening_hours(point: ServicePoint | None) -> BusinessHours:
    """The service point's weekly opening hours (a walk-in queue's group's, a chat queue's),
    or the service centre's business hours (for the other channels, and a point without
    hours of its own)."""
    rows = list(point.opening_hours.all()) if point else []
    if not rows:
        return business_hours()
    week: dict[int, list] = {}
    for row in rows:
        week.setdefault(row.weekday, []).append((row.opens, row.closes))
    return BusinessHours(week={day: tuple(periods) for day, periods in week.items()})


@dataclass(frozen=True)
class Task:
    """Work moved from experts: so many a week, each taking so many minutes."""

    name: str
    per_week: float
    minutes: float


@dataclass(frozen=True)
class Parameters:
    channel: str
    week: dt.date  # a Monday
    interval: int = 60  # minutes: 15, 30 or 60
    target: float = 0.8
    answer_seconds: float = 20
    handle_seconds: float | None = None  # measured from the history, else the channel's usual
    shrinkage: float = 0.3
    patience_seconds: float | None = None  # Erlang A when given
    max_occupancy: float = 1.0
    tasks: tuple[Task, ...] = ()
    events: tuple[Event, ...] = ()  # declared: an exceptional period, a lasting change of level
    staff: float | None = None  # people (FTE) on the team now
    weekly_hours: float = 36.25  # a full-time week in municipal office work
    queue_group: ServiceGroup | None = None  # the walk-in queue's group (channel QUEUE)
    chat_queue: ChatQueue | None = None  # the chat queue (channel CHAT_QUEUE)


@dataclass(frozen=True)
class Interval:
    starts_at: dt.datetime
    contacts: float
    task_contacts: float
    base: erlang.Result
    scheduled: int  # with shrinkage
    with_tasks: erlang.Result
    scheduled_with_tasks: int


@dataclass
class Plan:
    parameters: Parameters
    intervals: list[Interval]
    accuracy: list
    history_days: int
    handle_seconds_measured: float | None
    handle_seconds: float  # the one planned with
    hours: list[int] = field(default_factory=list)
    patience_seconds: float | None = None  # the one planned with: Erlang A when set
    chat: ChatHistory | None = None  # a chat queue's measured chat time, concurrency, patience
    notes: list[str] = field(default_factory=list)  # what the forecast had to assume
    received: float = 0.0  # contacts forecast to arrive in the week, open or not
    round_the_clock: bool = False  # what arrives while closed waits for an open interval

    @property
    def handle_time_is_measured(self) -> bool:
        return self.parameters.handle_seconds is None and self.handle_seconds_measured is not None

    def agent_hours(self, attribute: str = "scheduled") -> float:
        return (
            sum(getattr(row, attribute) for row in self.intervals) * self.parameters.interval / 60
        )

    @property
    def agent_hours_with_tasks(self) -> float:
        return self.agent_hours("scheduled_with_tasks")

    @property
    def fte(self) -> float:
        return self.agent_hours() / self.parameters.weekly_hours

    @property
    def fte_with_tasks(self) -> float:
        return self.agent_hours("scheduled_with_tasks") / self.parameters.weekly_hours

    @property
    def contacts(self) -> float:
        return sum(row.contacts for row in self.intervals)

    @property
    def task_contacts(self) -> float:
        return sum(row.task_contacts for row in self.intervals)

    @property
    def enough_staff(self) -> bool | None:
        if self.parameters.staff is None:
            return None
        return self.parameters.staff >= self.fte_with_tasks

    def by_day_and_hour(self, attribute: str = "scheduled") -> list[tuple[dt.date, list]]:
        """Agents to schedule per hour (the most any of its intervals needs), day by day."""
        table: dict = {}
        for row in self.intervals:
            local = row.starts_at.astimezone(HELSINKI)
            hours = table.setdefault(local.date(), {})
            hours[local.hour] = max(hours.get(local.hour, 0), getattr(row, attribute))
        return [(day, [table[day].get(hour) for hour in self.hours]) for day in sorted(table)]

    def hour_rows(self) -> list[tuple[dt.date, list[tuple[int | None, int | None]]]]:
        """Per day and open hour: agents to schedule with the moved tasks and without them."""
        return [
            (day, list(zip(with_tasks, base, strict=True)))
            for (day, with_tasks), (_day, base) in zip(
                self.by_day_and_hour("scheduled_with_tasks"), self.by_day_and_hour(), strict=True
            )
        ]


def _solve(params: Parameters, load: float, handle: float, patience: float | None):
    if patience:
        return erlang.erlang_a_agents(
            load=load,
            handle_seconds=handle,
            answer_seconds=params.answer_seconds,
            patience_seconds=patience,
            target=params.target,
            max_occupancy=params.max_occupancy,
        )
    return erlang.erlang_c_agents(
        load=load,
        handle_seconds=handle,
        answer_seconds=params.answer_seconds,
        target=params.target,
        max_occupancy=params.max_occupancy,
    )


def _history(params: Parameters) -> tuple[BusinessHours, History, ChatHistory | None]:
    """The open hours and the history the plan reads: a walk-in queue's group's, a chat
    queue's, or the channel's contacts in the service centre's hours."""
    if params.queue_group is not None:
        history = queue_history(group=params.queue_group, until=params.week)
        return _opening_hours(params.queue_group.service_point), history, None
    if params.chat_queue is not None:
        history, chat = chat_queue_history(queue=params.chat_queue, until=params.week)
        return _opening_hours(params.chat_queue.service_point), history, chat
    return business_hours(), channel_history(channel=params.channel, until=params.week), None


def staffing_plan(params: Parameters) -> Plan:
    hours, history, chat = _history(params)
    # Given, or a chat queue's measured patience: Erlang A; otherwise Erlang C.
    patience = params.patience_seconds or (chat.patience_seconds if chat else None)
    round_the_clock = params.channel in ROUND_THE_CLOCK

    def is_open(day: dt.date) -> bool:
        return round_the_clock or bool(hours.periods(day))

    handle_seconds = float(
        params.handle_seconds
        or history.handle_seconds
        or DEFAULTS.get(params.channel, DEFAULTS[Channel.PHONE])["handle_seconds"]
    )
    days = [params.week + dt.timedelta(days=offset) for offset in range(7)]
    notes: list[str] = []
    predicted = forecast(
        history, days, cutoff=params.week, is_open=is_open, events=params.events, notes=notes
    )
    before = {}
    if round_the_clock:  # the mail waiting on Monday morning: as it came, or as forecast
        week_before = [params.week - dt.timedelta(days=offset) for offset in range(7, 0, -1)]
        before = forecast(
            history, week_before, cutoff=params.week, is_open=is_open, events=params.events
        )
        before.update(
            {day: history.contacts[day] for day in week_before if day in history.contacts}
        )
    arrivals = _arrivals(params, hours, before, predicted)
    if round_the_clock:
        carried = round(sum(contacts for _start, contacts, staffed in arrivals if not staffed))
        if carried:
            notes.append(
                ngettext(
                    "This channel receives round the clock: the %(count)d contact forecast to "
                    "arrive while the service centre is closed is planned into its next open "
                    "interval.",
                    "This channel receives round the clock: the %(count)d contacts forecast to "
                    "arrive while the service centre is closed are planned into its next open "
                    "interval.",
                    carried,
                )
                % {"count": carried}
            )
        arrivals = _carry_to_open(arrivals)
    intervals = _intervals(params, arrivals, handle_seconds, patience)
    # The last whole weeks before the plan's week (and before this week), with history
    # before them to forecast from.
    latest = min(params.week, week_start(timezone.localdate()))
    recent = [latest - dt.timedelta(weeks=offset) for offset in range(ACCURACY_WEEKS, 0, -1)]
    recent = [
        monday
        for monday in recent
        if history.first_day and monday - dt.timedelta(weeks=2) >= history.first_day
    ]
    accuracy = backtest(
        history, weeks=recent, minutes=params.interval, is_open=is_open, events=params.events
    )
    open_hours = sorted({row.starts_at.astimezone(HELSINKI).hour for row in intervals})
    return Plan(
        parameters=params,
        intervals=intervals,
        accuracy=accuracy,
        history_days=len(history.contacts),
        handle_seconds_measured=history.handle_seconds,
        handle_seconds=handle_seconds,
        hours=open_hours,
        patience_seconds=patience,
        chat=chat,
        notes=notes,
        received=sum(sum(values) for values in predicted.values()),
        round_the_clock=round_the_clock,
    )


def _arrivals(params, hours, before, predicted) -> list[tuple[dt.datetime, float, bool]]:
    """(start, contacts forecast, whether the centre is open) for every interval of the week,
    led by what arrived after the last open interval before it (a round-the-clock channel's
    weekend mail waiting on Monday morning: `before` has the days before the week)."""
    result = _waiting_before(params.week, hours, before) if before else []
    for day in sorted(predicted):
        values = per_interval(predicted[day], params.interval)
        for index, contacts in enumerate(values):
            starts_at = dt.datetime.combine(day, dt.time.min, tzinfo=HELSINKI) + dt.timedelta(
                minutes=index * params.interval
            )
            result.append((starts_at, contacts, _is_open_at(hours, starts_at, params.interval)))
    return result


def _waiting_before(week: dt.date, hours, before_week: dict) -> list:
    """What arrived after the service centre last closed before the week, as one interval."""
    before = week - dt.timedelta(days=1)
    while before > week - dt.timedelta(days=7) and not hours.periods(before):
        before -= dt.timedelta(days=1)
    periods = hours.periods(before)
    closes = max((closes for _opens, closes in periods), default=dt.time.min)
    waiting = sum(
        value
        for day in (before + dt.timedelta(days=offset) for offset in range((week - before).days))
        for quarter, value in enumerate(before_week.get(day, ()))
        if day > before or dt.time(quarter // 4, quarter % 4 * 15) >= closes
    )
    if waiting:
        start = dt.datetime.combine(before, closes, tzinfo=HELSINKI)
        return [(start, waiting, False)]
    return []


def _carry_to_open(arrivals):
    """What arrives in a closed interval waits for the next open one."""
    result, waiting = [], 0.0
    for starts_at, contacts, is_staffed in arrivals:
        if not is_staffed:
            waiting += contacts
            continue
        result.append((starts_at, contacts + waiting, True))
        waiting = 0.0
    return result


def _intervals(params, arrivals, handle_seconds, patience) -> list[Interval]:
    interval_seconds = params.interval * 60
    week_total = sum(contacts for _start, contacts, is_staffed in arrivals if is_staffed)
    intervals = []
    for starts_at, contacts, is_staffed in arrivals:
        if not is_staffed or starts_at.date() < params.week:
            continue
        share = contacts / week_total if week_total else 0.0
        task_contacts = sum(task.per_week * share for task in params.tasks)
        task_load = sum(task.per_week * share * task.minutes * 60 for task in params.tasks)
        load = contacts * handle_seconds / interval_seconds
        base = _solve(params, load, handle_seconds, patience)
        total_load = load + task_load / interval_seconds
        total_contacts = contacts + task_contacts
        handle = (
            total_load * interval_seconds / total_contacts if total_contacts else handle_seconds
        )
        with_tasks = _solve(params, total_load, handle, patience)
        intervals.append(
            Interval(
                starts_at=starts_at,
                contacts=contacts,
                task_contacts=task_contacts,
                base=base,
                scheduled=erlang.with_shrinkage(base.agents, params.shrinkage),
                with_tasks=with_tasks,
                scheduled_with_tasks=erlang.with_shrinkage(with_tasks.agents, params.shrinkage),
            )
        )
    return intervals


def _is_open_at(hours, starts_at: dt.datetime, minutes: int) -> bool:
    """Whether the service centre is open at some time during the interval."""
    end = starts_at + dt.timedelta(minutes=minutes)
    return any(
        dt.datetime.combine(starts_at.date(), opens, tzinfo=HELSINKI) < end
        and dt.datetime.combine(starts_at.date(), closes, tzinfo=HELSINKI) > starts_at
        for opens, closes in hours.periods(starts_at.date())
    )


def week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())
