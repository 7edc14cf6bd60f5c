"""The queue's WebSocket stream (public/consumers.py) with Channels' own test client and the
in-memory layer: a screen hears "connected" first, and a change only once it is committed.

Each test's screen and writes run in a thread of their own, as a server's would: a browser
test earlier in the same process leaves Playwright's event loop in the main thread."""

import pytest
from asgiref.sync import async_to_sync, sync_to_async
from channels.routing import URLRouter
from channels.testing import WebsocketCommunicator
from django.db import transaction

from luukku.core.testing.servers import in_own_thread
from luukku.queueing.models import TicketSource
from luukku.queueing.services.days import queue_day_open
from luukku.queueing.services.tickets import ticket_issue
from luukku.routing import websocket_urlpatterns

pytestmark = pytest.mark.django_db(transaction=True)


def communicator(point_id: int) -> WebsocketCommunicator:
    return WebsocketCommunicator(URLRouter(websocket_urlpatterns), f"/ws/queue/{point_id}/")


def test_a_screen_hears_connected_then_a_ticket_only_after_its_commit(point, kela, agent):
    queue_day_open(service_point=point, actor=agent)
    write = transaction.atomic()  # entered and left in the test's own thread, one connection

    def issue_uncommitted():
        write.__enter__()
        ticket_issue(group=kela, source=TicketSource.KIOSK)

    def commit():
        write.__exit__(None, None, None)

    async def run():
        screen = communicator(point.pk)
        connected, _subprotocol = await screen.connect()
        assert connected
        assert await screen.receive_json_from() == {"event": "connected"}
        await sync_to_async(issue_uncommitted)()
        before_commit = await screen.receive_nothing(timeout=0.3)
        await sync_to_async(commit)()
        message = await screen.receive_json_from(timeout=2)
        await screen.send_json_to({"type": "ping"})
        pong = await screen.receive_json_from()
        await screen.disconnect()
        return before_commit, message, pong

    before_commit, message, pong = in_own_thread(async_to_sync(run))
    assert before_commit is True
    assert message == {"event": "issued", "group": "K"}
    assert pong == {"event": "pong"}


def test_a_rolled_back_ticket_is_never_announced_and_other_points_hear_nothing(point, kela, agent):
    queue_day_open(service_point=point, actor=agent)

    def issue_and_roll_back():
        with pytest.raises(RuntimeError), transaction.atomic():
            ticket_issue(group=kela, source=TicketSource.KIOSK)
            raise RuntimeError("the write failed after the ticket")

    async def run():
        screen, elsewhere = communicator(point.pk), communicator(point.pk + 1000)
        for each in (screen, elsewhere):
            await each.connect()
            assert await each.receive_json_from() == {"event": "connected"}
        await sync_to_async(issue_and_roll_back)()
        nothing = await screen.receive_nothing(timeout=0.3)
        await sync_to_async(ticket_issue)(group=kela, source=TicketSource.KIOSK)
        heard = await screen.receive_json_from(timeout=2)
        other = await elsewhere.receive_nothing(timeout=0.3)
        for each in (screen, elsewhere):
            await each.disconnect()
        return nothing, heard, other

    nothing, heard, other = in_own_thread(async_to_sync(run))
    assert nothing is True and heard == {"event": "issued", "group": "K"} and other is True
