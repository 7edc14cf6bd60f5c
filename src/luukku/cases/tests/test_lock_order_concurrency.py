"""Two writers that lock a case and its customer in opposite call orders, at the same time,
in parallel PostgreSQL transactions: through `core.locks` both finish; locked by hand in
those orders, PostgreSQL finds a deadlock (which shows the race is real)."""

import threading
import time

import pytest
from django.db import OperationalError, connection, connections

from luukku.cases.models import Case
from luukku.cases.tests.factories import make_case
from luukku.core import locks
from luukku.core.locks import rows_lock_all, write_transaction
from luukku.customers.models import Customer

pytestmark = pytest.mark.django_db(transaction=True)

PAUSE = 0.5  # each writer holds its first lock this long before taking the second


@pytest.fixture(autouse=True)
def _postgresql():
    if connection.vendor != "postgresql":
        pytest.skip("SQLite has one writer at a time: rows are never locked in an order")


def race(lock_first_then_second) -> list[Exception]:
    """Two threads: one locks (case, customer), the other (customer, case)."""
    case = make_case()
    customer = case.customer
    errors: list[Exception] = []
    start = threading.Barrier(2)

    def writer(first, second):
        try:
            start.wait()
            lock_first_then_second(first, second)
        except Exception as error:  # reported below; a thread cannot fail the test itself
            errors.append(error)
        finally:
            connections.close_all()

    threads = [
        threading.Thread(target=writer, args=(case, customer)),
        threading.Thread(target=writer, args=(customer, case)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return errors


def by_hand(first, second) -> None:
    from django.db import transaction

    with transaction.atomic():
        for row in (first, second):
            type(row).objects.select_for_update().get(pk=row.pk)
            time.sleep(PAUSE)


def through_core_locks(first, second) -> None:
    with write_transaction():
        locked = rows_lock_all(first, second)
    assert [type(row) for row in locked] == [type(first), type(second)]


def test_rows_locked_in_opposite_orders_by_hand_deadlock():
    errors = race(by_hand)
    assert len(errors) == 1 and isinstance(errors[0], OperationalError)
    assert "deadlock" in str(errors[0])


def test_rows_locked_through_core_locks_in_opposite_orders_do_not_deadlock(monkeypatch):
    row_lock = locks.row_lock

    def slow_row_lock(*args, **kwargs):  # the same pause between the two locks
        locked = row_lock(*args, **kwargs)
        time.sleep(PAUSE)
        return locked

    monkeypatch.setattr(locks, "row_lock", slow_row_lock)
    assert race(through_core_locks) == []
    assert Case.objects.count() == 1 and Customer.objects.count() == 1
