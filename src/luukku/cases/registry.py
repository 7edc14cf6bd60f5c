"""What the apps above cases register for cases to call, so that cases imports none of them
(the layers in docs/architecture.md): each registers in its `AppConfig.ready()`.

- Access grants: a function (user) -> a query of `case_id`s that the user may see although
  the case is sensitive (servicelevels: a person at one of the case's escalation steps).
  `cases.selectors.cases_visible_to` adds them to the one rule of who sees which case.
- Clock refreshers: a function (case=) called in the same transaction by every write of
  cases that moves a case's clocks (servicelevels: the next due time stored on the case).
- Merge movers: a name and two functions, `move(merged=, survivor=)` moving the app's rows
  of the merged case to the survivor and returning their ids, and `restore(merged=, ids=)`
  moving those rows back when the merge is undone (appointments: bookings and callbacks).
  Both run in the merge's transaction.
- Work-queue holds: a function () -> a condition on cases that another app is handling live
  and the work queues leave out until it lets them go (chat: a case whose chat waits in
  the chat queue, which routes it to an agent itself).
- Consultation hooks: two functions of an app whose rows follow a consultation (commerce: a
  package part is an expert's consultation). `lock(consultation=)` runs before an answer
  takes any lock, to lock the app's rows that come before the case in `core.locks`;
  `answered(consultation=, actor=)` runs after the answer is saved, in its transaction.
- Status hooks: a function (case=, old=, new=, actor=, at=) called by every change of a
  case's status (`cases.services.case_change_status`), in its transaction, after the case is
  locked and saved and the change is on its timeline (relationships: the notice "tell me
  when it's fixed" sent when the case is resolved). It must not lock rows that come before
  the case in `core.locks`; a hook that raises fails the change.
"""

from collections.abc import Callable

from django.db.models import Q, QuerySet

ACCESS_GRANTS: list[Callable[..., QuerySet]] = []
CLOCK_REFRESHERS: list[Callable[..., None]] = []
MERGE_MOVERS: dict[str, tuple[Callable[..., list[int]], Callable[..., None]]] = {}
WORK_QUEUE_HOLDS: list[Callable[[], Q]] = []
CONSULTATION_HOOKS: list[tuple[Callable[..., None], Callable[..., None]]] = []
STATUS_HOOKS: list[Callable[..., None]] = []


def case_access_grant_register(grant: Callable[..., QuerySet]) -> None:
    if grant not in ACCESS_GRANTS:
        ACCESS_GRANTS.append(grant)


def case_clock_refresher_register(refresh: Callable[..., None]) -> None:
    if refresh not in CLOCK_REFRESHERS:
        CLOCK_REFRESHERS.append(refresh)


def case_clocks_refresh(case, *, now=None) -> None:
    """Keep what the apps derive from the case's timeline (its service level) in step;
    `now`: as of that moment instead (the refreshers take `case=` and `now=`)."""
    for refresh in CLOCK_REFRESHERS:
        refresh(case=case, now=now)


def case_merge_mover_register(
    name: str, move: Callable[..., list[int]], restore: Callable[..., None]
) -> None:
    MERGE_MOVERS[name] = (move, restore)


def work_queue_hold_register(hold: Callable[[], Q]) -> None:
    if hold not in WORK_QUEUE_HOLDS:
        WORK_QUEUE_HOLDS.append(hold)


def work_queue_held() -> Q:
    """Cases the work queues leave out for now (see the module's docstring)."""
    held = Q(pk__in=[])
    for hold in WORK_QUEUE_HOLDS:
        held |= hold()
    return held


def consultation_hook_register(*, lock: Callable[..., None], answered: Callable[..., None]) -> None:
    if (lock, answered) not in CONSULTATION_HOOKS:
        CONSULTATION_HOOKS.append((lock, answered))


def consultation_rows_lock(consultation) -> None:
    """Before an answer locks the case: the apps lock their rows that come first."""
    for lock, _answered in CONSULTATION_HOOKS:
        lock(consultation=consultation)


def consultation_answered(consultation, *, actor) -> None:
    """After the answer is saved: the apps follow it (a package part becomes ready)."""
    for _lock, answered in CONSULTATION_HOOKS:
        answered(consultation=consultation, actor=actor)


def case_status_hook_register(hook: Callable[..., None]) -> None:
    if hook not in STATUS_HOOKS:
        STATUS_HOOKS.append(hook)


def case_status_changed(case, *, old: str, new: str, actor, at) -> None:
    """A case's status changed (see the module's docstring): the apps follow it."""
    for hook in STATUS_HOOKS:
        hook(case=case, old=old, new=new, actor=actor, at=at)
