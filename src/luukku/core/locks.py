"""Row locks in one place and in one order, and the transaction a write runs in.

Two transactions that lock the same two rows in opposite orders wait for each other until
PostgreSQL kills one of them (a deadlock). Every row lock in Luukku is taken here, and a
write takes its locks in this order of tables (and, within a table, by primary key
ascending), so that no two writers can wait for each other in a circle:

    channels.Submission      a request waiting to be registered (the worker's claim)
    queueing.Ticket          a walk-in ticket (its visit logs contacts: customers, cases)
    queueing.QueueDay        the day closes after its tickets
    queueing.GroupCounter    the day's last number in a group
    queueing.DeskSession, queueing.VisitContact  (created only)
    chat.AgentPresence       an agent's chats at once are counted under it
    chat.ChatSession         a chat (its messages are its case's events)
    commerce.OnlinePayment   a payment at the provider settles its order once
    commerce.Order           an order before its case (a sale writes the case's timeline)
    commerce.Invoice
    commerce.RegisterDay     a payment at the counter, and the Z report that closes the day
    commerce.NumberSeries    receipt, invoice and Z numbers without gaps
    bookings.ApplicationRound  a round's results are sent once, nothing allocated after
    bookings.Application     an application withdrawn or its wishes allocated (its turns
                             are booked under the unit, after it)
    bookings.Unit            a unit's recurring bookings are made under it
    bookings.ReservationSeries, bookings.Reservation  (after the booking's order)
    bookings.Course          a course's places and waiting list are counted under it
    bookings.Registration
    keys.Key                 a key lent, returned or lost (its deposit's order first)
    keys.Loan                a loan reminded of its due day
    keys.LockChange          a lost key's lock change marked done
    relationships.SignInLink a sign-in link to the citizen's own page used (once)
    relationships.Announcement  an announcement is sent once (its deliveries after it)
    relationships.Delivery   a delivery's outcome or bounce (before its customer)
    relationships.MeetingSeries  a meeting of a plan's annual clock moved, cancelled, held
                             or reminded of (plans themselves lock their customer, next)
    feedback.HardSituation   a documented hard situation reviewed once
    feedback.Feedback        a case's feedback record (its kind, topic, an idea's fate)
    feedback.Survey          a satisfaction survey sent or answered once (before its case)
    customers.Customer
    cases.Case
    cases.Consultation       a case's rows after the case itself...
    servicelevels.Escalation
    appointments.Appointment
    appointments.Callback
    cases.OutboundMail
    knowledge.ReplyTemplate, knowledge.Article
    insights.RollupState
    privacy.AccessLogChain   last: every change ends with its access-log entry

A row of a table earlier in the list (or a lower key of the same table) locked after a
later one within one write raises `LockOrderError`: the suite finds a wrong order before
two people meet it. A row the write created itself (`row_created`) is invisible to others
until the commit, so it needs no lock and takes no place in the order.

Within one write (the outermost function run under `in_transaction`, with all it calls) a
row is locked once: locking it again returns the instance the first lock returned, without
a query, unless the savepoint it was locked in has ended since. Services hand that instance
on, so it holds what this transaction wrote.

Left outside, on purpose: two batch claims, `select_for_update(skip_locked=True)` over
rows no write of a person waits for, outside any write, each a transaction of its own:
- `core.jobs.expired_jobs_recover`, the job queue's rows (django-tasks' own table);
- `appointments.services.appointment_reminders_send`, a hundred reminders at a time.
And the upsert of `search.services.search_index` (`INSERT ... ON CONFLICT DO UPDATE`)
locks the search documents of the one object it indexes, rows only indexing locks.
Other queues take their rows with `row_claim` here (waiting requests, the service-level
round, escalations), so their claims keep the order too.

What a write must do under a lock every writer shares (the access log's chain head) it puts
off to its end with `write_end_deferred`: done just before the commit, the lock is held for
milliseconds, not through the write, and writers do not wait for each other's whole writes.

`in_transaction` is the decorator for writes: called from another write it joins that
write's transaction without a savepoint (nothing inside has a rollback of its own: an
error fails the whole write); called from anywhere else it begins a transaction (or a
savepoint, inside a transaction that is not a write's: a test's, a worker's loop). A
caller that catches an error and carries on opens its own savepoint around the call
(`transaction.atomic()`), as reference generation, booking a time and the named handler's
assignment do; a worker's loop takes each item in `write_transaction(savepoint=True)`, as
taking in an e-mail and registering a request do.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from typing import Any, TypeVar

from django.db import connection, models, transaction

LOCK_ORDER: tuple[str, ...] = (
    "channels.Submission",
    "queueing.Ticket",
    "queueing.QueueDay",
    "queueing.GroupCounter",
    "queueing.DeskSession",
    "queueing.VisitContact",
    "chat.AgentPresence",
    "chat.ChatSession",
    "commerce.OnlinePayment",
    "commerce.Order",
    "commerce.Invoice",
    "commerce.RegisterDay",
    "commerce.NumberSeries",
    "bookings.ApplicationRound",
    "bookings.Application",
    "bookings.Unit",
    "bookings.ReservationSeries",
    "bookings.Reservation",
    "bookings.Course",
    "bookings.Registration",
    "keys.Key",
    "keys.Loan",
    "keys.LockChange",
    "relationships.SignInLink",
    "relationships.Announcement",
    "relationships.Delivery",
    "relationships.MeetingSeries",
    "feedback.HardSituation",
    "feedback.Feedback",
    "feedback.Survey",
    "customers.Customer",
    "cases.Case",
    "cases.Consultation",
    "servicelevels.Escalation",
    "appointments.Appointment",
    "appointments.Callback",
    "cases.OutboundMail",
    "knowledge.ReplyTemplate",
    "knowledge.Article",
    "catalogue.Service",
    "insights.RollupState",
    "privacy.AccessLogChain",
)
_RANK = {label: rank for rank, label in enumerate(LOCK_ORDER)}

M = TypeVar("M", bound=models.Model)
F = TypeVar("F", bound=Callable[..., Any])


class LockOrderError(RuntimeError):
    """A write locked a row out of `LOCK_ORDER`: two such writers could deadlock."""


class _Scope:
    """The rows one write holds: (label, pk) -> (instance, savepoints open when locked);
    and what it put off to its end: flush -> [(item, marker)] (see `write_end_deferred`)."""

    def __init__(self) -> None:
        self.rows: dict[tuple[str, Any], tuple[models.Model | None, tuple[str, ...]]] = {}
        self.last: tuple[int, Any] | None = None  # (rank, pk) of the latest lock taken
        self.deferred: dict[Callable[[list], None], list[tuple[Any, Callable[[], None]]]] = {}


def _connection():
    return transaction.get_connection()


def _scope() -> _Scope | None:
    """The rows held by the write running now; None outside a write's transaction."""
    connection = _connection()
    if not connection.in_atomic_block:
        return None
    return getattr(connection, "luukku_lock_scope", None)


@contextmanager
def write_transaction(*, savepoint: bool = False):
    """Join the write that is running (one opened here, further up the stack) without a
    savepoint, or begin one: a transaction, or a savepoint inside a transaction someone
    else holds (a test's, a worker's loop). `savepoint=True` rolls back on its own even
    inside a write, for a caller that catches the error and carries on."""
    connection = _connection()
    # (A write's commit hooks run once its transaction is over: no scope, a new write.)
    opened = _scope() is None
    if opened:
        connection.luukku_lock_scope = _Scope()
    try:
        with transaction.atomic(savepoint=opened or savepoint):
            yield
            if opened:
                _deferred_flush(connection, connection.luukku_lock_scope)
    finally:
        if opened:
            connection.luukku_lock_scope = None


def write_end_deferred(flush: Callable[[list], None], item) -> bool:
    """Put `item` off to the end of the write running now: just before its commit, `flush`
    is called once with every item handed to it in the write, in order, but those handed
    over inside a savepoint that was rolled back since. False outside a write (the caller
    does its work at once).

    For work that must hold a lock shared by every writer (the access log's chain head, last
    in `LOCK_ORDER`): done at the end, the lock is held from there to the commit, not
    through the whole write, and writers no longer wait for each other's writes (issue 34).
    """
    scope = _scope()
    if scope is None:
        return False
    # Django forgets a commit hook registered inside a savepoint that is rolled back: the
    # hook (which does nothing) marks whether the item still belongs to the write.
    marker = functools.partial(_nothing)
    transaction.on_commit(marker)
    scope.deferred.setdefault(flush, []).append((item, marker))
    return True


def _nothing() -> None:
    return None


def _deferred_flush(connection, scope: _Scope) -> None:
    if connection.needs_rollback:
        return  # an error inside the write: it is rolled back, nothing of it is kept
    while scope.deferred:
        alive = {id(hook) for _, hook, *_ in connection.run_on_commit}
        flush, handed = next(iter(scope.deferred.items()))
        del scope.deferred[flush]
        items = [item for item, marker in handed if id(marker) in alive]
        if items:
            flush(items)


def in_transaction(func: F) -> F:
    """`write_transaction` around a service function."""

    @functools.wraps(func)
    def run(*args, **kwargs):
        with write_transaction():
            return func(*args, **kwargs)

    return run  # type: ignore[return-value]


def _label(model: type[models.Model]) -> str:
    label = model._meta.label
    if label not in _RANK:
        raise LockOrderError(f"{label} has no place in core.locks.LOCK_ORDER")
    return label


def _savepoints() -> tuple[str, ...]:
    """The savepoints open now (a block joined without one stands as None: left out)."""
    return tuple(sid for sid in _connection().savepoint_ids if sid)


def _held(scope: _Scope | None, label: str, pk) -> tuple[bool, models.Model | None]:
    if scope is None or (label, pk) not in scope.rows:
        return False, None
    instance, savepoints = scope.rows[(label, pk)]
    current = _savepoints()
    if current[: len(savepoints)] != savepoints:
        del scope.rows[(label, pk)]  # its savepoint ended (and a rollback freed the lock)
        return False, None
    return True, instance


def _taken(scope: _Scope | None, label: str, instance: models.Model) -> None:
    if scope is None:
        return
    place = (_RANK[label], instance.pk)
    if scope.last is not None and place < scope.last:
        before = LOCK_ORDER[scope.last[0]]
        raise LockOrderError(
            f"{label} {instance.pk} locked after {before} {scope.last[1]}: see core.locks"
        )
    scope.last = place
    scope.rows[(label, instance.pk)] = (instance, _savepoints())


def row_created(instance: M) -> M:
    """A row this write inserted: no one else sees it before the commit, so it counts as
    locked (a later `row_lock` returns this instance) without a place in the order."""
    scope = _scope()
    if scope is not None:
        scope.rows[(_label(type(instance)), instance.pk)] = (
            instance,
            _savepoints(),
        )
    return instance


def row_lock(
    target: M | type[M],
    pk=None,
    *,
    related: Iterable[str] = (),
    missing_ok: bool = False,
) -> M | None:
    """The row of `target` (an instance, or a model with `pk`) read again under a lock, or
    the instance this write locked it as before. `related` is read with it (not locked).
    DoesNotExist for a missing row, or None with `missing_ok`."""
    model = target if isinstance(target, type) else type(target)
    pk = target.pk if pk is None else pk
    label = _label(model)
    scope = _scope()
    held, instance = _held(scope, label, pk)
    if held:
        return instance
    query = model._default_manager.select_for_update(of=("self",)).filter(pk=pk)
    related = tuple(related)
    try:
        instance = (query.select_related(*related) if related else query).get()
    except model.DoesNotExist:
        if missing_ok:
            return None
        raise
    _taken(scope, label, instance)
    return instance


def rows_lock_all(*rows: models.Model) -> tuple:
    """Several rows of different tables read again under locks taken in `LOCK_ORDER`,
    returned in the order given: a caller need not know the order to keep it."""
    order = sorted(rows, key=lambda row: (_RANK[_label(type(row))], row.pk))
    locked = {(type(row), row.pk): row_lock(row) for row in order}
    return tuple(locked[(type(row), row.pk)] for row in rows)


def rows_lock(queryset: models.QuerySet[M]) -> list[M]:
    """The rows of `queryset` locked by primary key ascending, in that order."""
    label = _label(queryset.model)
    rows = list(queryset.select_for_update(of=("self",)).order_by("pk"))
    scope = _scope()
    for index, row in enumerate(rows):
        held, instance = _held(scope, label, row.pk)
        if held:
            rows[index] = instance
        else:
            _taken(scope, label, row)
    return rows


def row_claim(queryset: models.QuerySet[M], *, wait: bool = False) -> M | None:
    """The first row of `queryset` (in its order) that no other transaction holds, locked;
    None when there is none. A queue's claim: several workers share the rows, each taken by
    one. With `wait`, waits for the first row instead of passing it by.

    The row is chosen by its key alone, with no join (what `queryset` selects with it is
    read afterwards, by that key): a queue's claim is then the walk of an index in the
    queue's order that stops at the first free row, whatever the planner's statistics say
    about how long the queue is (issue 34; `QueueClaimPlanTests`)."""
    label = _label(queryset.model)
    chosen = (
        queryset.select_related(None)
        .select_for_update(skip_locked=not wait, of=("self",))
        .values_list("pk", flat=True)
        .first()
    )
    if chosen is None:
        return None
    held, instance = _held(_scope(), label, chosen)
    if held:
        return instance
    row = queryset.filter(pk=chosen).order_by().first()
    if row is not None:
        _taken(_scope(), label, row)
    return row


def row_claim_first(*querysets: models.QuerySet[M]) -> M | None:
    """`row_claim` of each queryset in turn, the first row found: a queue whose order has
    ranks (a transferred ticket before an appointment before the rest) claims rank by rank,
    each an index walk in its own order, instead of sorting every waiting row by rank.

    These queues' rows are also found by narrower indexes (a ticket by its day or group),
    which the planner prefers when its statistics say the queue is short, and then sorts
    what they find. On PostgreSQL sorting is therefore ruled out while they are claimed
    (`enable_sort`, for this transaction's claim alone): where an index gives the order it
    is walked, whatever the statistics say."""
    unsorted = connection.vendor == "postgresql"
    if unsorted:
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL enable_sort = off")
    for queryset in querysets:
        row = row_claim(queryset)
        if row is not None:
            break
    else:
        row = None
    if unsorted:
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL enable_sort TO DEFAULT")
    return row
