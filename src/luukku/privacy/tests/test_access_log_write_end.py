"""Within a write, the access log's entries are chained and saved at the write's end, just
before its commit (`core.locks.write_end_deferred`): the chain's head, which every writer
shares, is held from there to the commit and not through the whole write (issue 34). What a
rolled-back savepoint or a failed write logged goes with it; what was kept stays in order."""

import threading

import pytest
from django.db import connection, connections, transaction

from luukku.core.locks import write_transaction
from luukku.customers.tests.factories import CustomerFactory
from luukku.privacy.models import AccessLogEntry
from luukku.privacy.selectors import access_log_verify
from luukku.privacy.services import access_log_record

pytestmark = pytest.mark.django_db


class Refused(Exception):
    pass


def _record(context: str, customer=None) -> AccessLogEntry:
    return access_log_record(actor=None, action="view", customer=customer, context=context)


def _contexts() -> list[str]:
    return list(AccessLogEntry.objects.order_by("pk").values_list("context", flat=True))


def test_a_write_saves_its_entries_at_its_end_in_the_order_recorded():
    customer = CustomerFactory()
    with write_transaction():
        first = _record("first", customer)
        second = _record("second", customer)
        assert first.pk is None and _contexts() == []
    assert _contexts() == ["first", "second"]
    assert second.previous_hash == first.row_hash
    assert access_log_verify() == (2, None)


def test_an_entry_recorded_in_a_savepoint_rolled_back_is_dropped_with_it():
    customer = CustomerFactory()
    with write_transaction():
        _record("before", customer)
        try:
            with transaction.atomic():
                _record("rolled back", customer)
                with transaction.atomic():
                    _record("inside the rolled back", customer)
                raise Refused
        except Refused:
            pass
        with transaction.atomic():
            _record("released", customer)
        _record("after", customer)
    assert _contexts() == ["before", "released", "after"]
    assert access_log_verify() == (3, None)


def test_a_failed_write_saves_none_of_its_entries():
    with pytest.raises(Refused), write_transaction():
        _record("failed")
        raise Refused
    _record("outside a write")
    assert _contexts() == ["outside a write"]
    assert access_log_verify() == (1, None)


@pytest.mark.django_db(transaction=True)
def test_a_write_does_not_hold_the_chain_while_it_runs_on_postgresql():
    """A write that has logged a view and still runs does not keep another writer from
    logging and committing: the other's entry comes first in the chain."""
    if connection.vendor != "postgresql":
        pytest.skip("parallel transactions in threads need PostgreSQL (SQLite: one writer)")
    customer = CustomerFactory()
    logged, other_done = threading.Event(), threading.Event()
    errors = []

    def long_write():
        try:
            with write_transaction():
                _record("long write", customer)
                logged.set()
                # The other writer commits meanwhile; with the chain held it could not.
                if not other_done.wait(timeout=20):
                    raise AssertionError("the other writer waited for this write")
        except Exception as error:  # reported below; a thread cannot fail the test itself
            errors.append(error)
        finally:
            connections.close_all()

    thread = threading.Thread(target=long_write)
    thread.start()
    assert logged.wait(timeout=20)
    with write_transaction():
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL lock_timeout = '10s'")
        _record("short write", customer)
    other_done.set()
    thread.join()
    assert errors == []
    assert _contexts() == ["short write", "long write"]
    assert access_log_verify() == (2, None)
