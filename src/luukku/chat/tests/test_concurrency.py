"""Parallel PostgreSQL transactions (SQLite lets one writer in at a time, so there is no race
to show there): two agents taking the next chat at the same moment never get the same one,
one agent in two windows cannot pass their limit, and one message sent twice at once (a
retry racing the original) is stored once."""

import threading
import time

import pytest
from django.db import connection, connections, transaction

from luukku.chat.models import ChatSession
from luukku.chat.services.agents import chat_accept
from luukku.chat.services.sessions import chat_message_send, chat_start

pytestmark = pytest.mark.django_db(transaction=True)

WAIT = 20  # seconds a thread may wait for the other (a busy machine), never reached when right


@pytest.fixture(autouse=True)
def _postgresql():
    if connection.vendor != "postgresql":
        pytest.skip("SQLite has one writer at a time: two writes cannot overlap")


def in_thread(target, errors):
    def run():
        try:
            target()
        except Exception as error:  # reported by the test; a thread cannot fail it
            errors.append(error)
        finally:
            connections.close_all()

    thread = threading.Thread(target=run)
    thread.start()
    return thread


def awaited_relation() -> str:
    """The table of the row another transaction waits to lock, once one waits: a waiter
    holds the row's tuple lock and waits for the holder's transaction."""
    deadline = time.monotonic() + WAIT
    with connections["default"].cursor() as cursor:
        while time.monotonic() < deadline:
            cursor.execute(
                "SELECT tuple.relation::regclass::text FROM pg_locks waiting"
                " JOIN pg_locks tuple ON tuple.pid = waiting.pid AND tuple.locktype = 'tuple'"
                " WHERE NOT waiting.granted"
            )
            row = cursor.fetchone()
            if row:
                return row[0]
            time.sleep(0.05)
    return ""


def start(service, n):
    return chat_start(service=service, text="Hei", client_id=f"client-{n:04d}")


def test_a_second_agent_passes_the_chat_the_first_is_taking(
    service, chat_queue, on_duty, colleague
):
    """Agent one's transaction holds the first chat (taken, not committed); agent two takes
    the next meanwhile. Two must pass the first chat by (`SKIP LOCKED`) and claim the second;
    it then waits for one's commit at the access log's chain, which every write ends with.
    Waiting at the first chat instead, two would find it taken once one commits, and fail."""
    first = start(service, 1)
    second = start(service, 2)
    holding = threading.Event()
    release = threading.Event()
    got: dict[str, int] = {}
    errors: list[Exception] = []

    def one_takes():
        with transaction.atomic():
            got["one"] = chat_accept(agent=on_duty).pk
            holding.set()
            release.wait(WAIT)

    def two_takes():
        holding.wait(WAIT)
        got["two"] = chat_accept(agent=colleague).pk

    one = in_thread(one_takes, errors)
    two = in_thread(two_takes, errors)
    holding.wait(WAIT)
    waits_for = awaited_relation()
    release.set()
    one.join(WAIT)
    two.join(WAIT)
    assert errors == []
    assert waits_for == "privacy_accesslogchain"
    assert got == {"one": first.pk, "two": second.pk}
    agents = dict(ChatSession.objects.values_list("pk", "agent_id"))
    assert agents == {first.pk: on_duty.pk, second.pk: colleague.pk}


def test_two_windows_of_one_agent_keep_the_limit(service, chat_queue, on_duty):
    chat_queue.max_queue = 10
    chat_queue.save()
    for n in range(6):
        start(service, n)
    gate = threading.Barrier(4)
    errors: list[Exception] = []

    def take():
        gate.wait(WAIT)
        chat_accept(agent=on_duty)

    threads = [in_thread(take, errors) for _ in range(4)]
    for thread in threads:
        thread.join(WAIT)
    assert ChatSession.objects.filter(agent=on_duty).count() == 2  # the limit
    # Refused at the limit (in Finnish: a thread has no translation of its own).
    assert len(errors) == 2 and all("2 chattia auki" in str(error) for error in errors)


def test_a_message_and_its_retry_at_once_are_stored_once(service, chat_queue, on_duty):
    session = start(service, 1)
    gate = threading.Barrier(3)
    errors: list[Exception] = []

    def send():
        gate.wait(WAIT)
        chat_message_send(session=session, body="Onko ketään?", client_id="retry-0001")

    threads = [in_thread(send, errors) for _ in range(3)]
    for thread in threads:
        thread.join(WAIT)
    assert errors == []
    assert session.case.events.filter(body="Onko ketään?").count() == 1
