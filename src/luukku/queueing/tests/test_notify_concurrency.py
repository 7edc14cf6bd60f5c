"""Two workers telling the same online visitor at once send one message (PostgreSQL).

Each thread has its own connection and transaction; a barrier releases them together after
both have found the ticket near its turn. The claim (`row_claim`, `FOR UPDATE SKIP LOCKED`,
`notified_at` read again under the lock) lets one of them have it.
"""

import threading

import pytest
import time_machine
from django.db import connection, connections

from luukku.queueing.models import TicketEventKind, TicketSource
from luukku.queueing.services import notifications
from luukku.queueing.services.tickets import ticket_issue

from .conftest import MORNING

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.clock_set]


@pytest.fixture
def _postgresql():
    if connection.vendor != "postgresql":
        pytest.skip("parallel transactions need PostgreSQL")


@pytest.mark.usefixtures("_postgresql")
def test_two_workers_at_once_send_one_message(kela, staffed, smtp_server, clock, monkeypatch):
    ticket = ticket_issue(group=kela, source=TicketSource.VIRTUAL, notify_email="a@example.fi")
    barrier = threading.Barrier(2)
    found = notifications._near_candidates

    def candidates_then_wait(now):
        pks = found(now)
        barrier.wait(timeout=10)  # both have the ticket in hand before either claims it
        return pks

    monkeypatch.setattr(notifications, "_near_candidates", candidates_then_wait)
    told, errors = [], []

    def worker():
        try:
            with time_machine.travel(MORNING, tick=False):
                told.append(notifications.tickets_notify_nearly())
        except Exception as error:  # reported below; a thread cannot fail the test itself
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sorted(told) == [0, 1]
    assert len(smtp_server.messages) == 1
    assert ticket.events.filter(kind=TicketEventKind.NOTIFIED).count() == 1
