"""Two desks calling at the same moment never get the same ticket: parallel PostgreSQL
transactions (SQLite lets one writer in at a time, so there is no race to show there)."""

import threading

import pytest
from django.db import connection, connections, transaction

from luukku.organisation.tests.factories import UserFactory
from luukku.queueing.models import Ticket, TicketSource, TicketStatus
from luukku.queueing.services.calling import ticket_call_next
from luukku.queueing.services.days import desk_session_start, queue_day_open
from luukku.queueing.services.tickets import ticket_issue

from .factories import DeskFactory, ServiceGroupFactory, ServicePointFactory

pytestmark = pytest.mark.django_db(transaction=True)

WAIT = 20  # seconds a thread may wait for the other (a busy machine), never reached when right


@pytest.fixture(autouse=True)
def _postgresql():
    if connection.vendor != "postgresql":
        pytest.skip("SQLite has one writer at a time: two calls cannot overlap")


@pytest.fixture
def two_desks():
    point = ServicePointFactory()
    group = ServiceGroupFactory(service_point=point, prefix="K")
    queue_day_open(service_point=point, actor=None)
    desks = []
    for number in ("1", "2"):
        desk = DeskFactory(service_point=point, number=number, groups=[group])
        agent = UserFactory(role="agent")
        desk_session_start(desk=desk, agent=agent)
        desks.append((desk, agent))
    return group, desks


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


def test_a_second_desk_passes_the_ticket_the_first_is_calling(two_desks):
    """Desk 1's transaction holds K 1 (called, not committed); desk 2 calls meanwhile. It
    must not wait for desk 1 and must not get K 1: it gets K 2 at once."""
    group, ((desk_one, agent_one), (desk_two, agent_two)) = two_desks
    first = ticket_issue(group=group, source=TicketSource.KIOSK)
    second = ticket_issue(group=group, source=TicketSource.KIOSK)
    holding = threading.Event()
    release = threading.Event()
    got: dict[str, int | None] = {}
    errors: list[Exception] = []

    def desk_one_calls():
        with transaction.atomic():
            got["one"] = ticket_call_next(desk=desk_one, actor=agent_one).pk
            holding.set()
            release.wait(WAIT)

    def desk_two_calls():
        holding.wait(WAIT)
        with transaction.atomic():
            # Waiting for desk 1's row lock would hit this: PostgreSQL's error fails the call.
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL lock_timeout = '2s'")
            ticket = ticket_call_next(desk=desk_two, actor=agent_two)
            got["two"] = ticket.pk if ticket else None

    one = in_thread(desk_one_calls, errors)
    two = in_thread(desk_two_calls, errors)
    two.join(WAIT)
    release.set()
    one.join(WAIT)
    assert errors == []
    assert got == {"one": first.pk, "two": second.pk}
    statuses = dict(Ticket.objects.values_list("pk", "desk__number"))
    assert statuses == {first.pk: "1", second.pk: "2"}


def test_many_calls_in_parallel_call_every_ticket_once(two_desks):
    """Both desks call, finish and call again as fast as they can: every ticket is called
    exactly once, and no call fails."""
    from luukku.queueing.services.calling import ticket_transfer

    group, desks = two_desks
    count = 30
    for _ in range(count):
        ticket_issue(group=group, source=TicketSource.KIOSK)
    other = ServiceGroupFactory(service_point=group.service_point, prefix="Z")
    start = threading.Barrier(len(desks))
    called: dict[str, list[int]] = {}
    errors: list[Exception] = []

    def desk_calls(desk, agent):
        mine = called.setdefault(desk.number, [])
        start.wait(WAIT)
        while True:
            ticket = ticket_call_next(desk=desk, actor=agent)
            if ticket is None:
                return
            mine.append(ticket.pk)
            # Away from the desk (to a group no desk serves), so the desk is free again.
            ticket_transfer(ticket=ticket, desk=desk, actor=agent, to_group=other)

    threads = [in_thread(lambda d=desk, a=agent: desk_calls(d, a), errors) for desk, agent in desks]
    for thread in threads:
        thread.join(WAIT * 3)
    assert errors == []
    every_call = called["1"] + called["2"]
    assert sorted(every_call) == sorted(set(every_call))
    assert len(every_call) == count
    assert called["1"] and called["2"], "both desks took part"
    assert not Ticket.objects.filter(group=group, status=TicketStatus.WAITING).exists()
