"""The chat console's WebSocket stream (web/consumers.py) with Channels' own test client and
the in-memory layer: only the front line is let in; a console hears "connected", the queue's
and its own chats' changes, answers the heartbeat, and passes the agent's typing to the
chat's page only for a chat the agent answers.

Each test's consoles and writes run in a thread of their own, as a server's would (see
public/tests/test_queue_stream.py)."""

import asyncio
import datetime as dt

import pytest
import time_machine
from asgiref.sync import async_to_sync, sync_to_async
from channels.layers import get_channel_layer
from channels.routing import URLRouter
from channels.testing import WebsocketCommunicator
from django.contrib.auth.models import AnonymousUser

from luukku.chat.models import AgentPresence
from luukku.chat.selectors.streams import session_stream
from luukku.chat.services.agents import chat_accept, chat_availability_set
from luukku.chat.services.sessions import chat_start
from luukku.chat.tests.factories import ChatQueueFactory
from luukku.core.testing.servers import in_own_thread
from luukku.organisation.tests.factories import TeamFactory, UserFactory
from luukku.routing import websocket_urlpatterns

pytestmark = pytest.mark.django_db(transaction=True)

MORNING = dt.datetime(2026, 3, 10, 8, 0, tzinfo=dt.UTC)


@pytest.fixture
def clock():
    with time_machine.travel(MORNING, tick=True) as traveller:
        yield traveller


@pytest.fixture
def on_duty(agent, department, service, clock):
    team = TeamFactory(department=department)
    ChatQueueFactory(team=team)
    team.members.add(agent)
    chat_availability_set(user=agent, available=True, max_chats=2)
    return agent


def console(user) -> WebsocketCommunicator:
    socket = WebsocketCommunicator(URLRouter(websocket_urlpatterns), "/ws/staff/chat/")
    socket.scope["user"] = user
    return socket


@pytest.mark.parametrize("role", [None, "expert", "dpo", "administrator"])
def test_only_the_front_line_is_let_in(role, db):
    user = AnonymousUser() if role is None else UserFactory(role=role)

    async def run():
        socket = console(user)
        connected, _code = await socket.connect()
        await socket.disconnect()
        return connected

    assert in_own_thread(async_to_sync(run)) is False


def test_a_console_hears_the_queue_its_chats_and_answers_the_heartbeat(on_duty, service, clock):
    AgentPresence.objects.filter(user=on_duty).update(seen_at=None)

    def start():
        return chat_start(service=service, topic="Katuvalo", language="fi")

    async def run():
        socket = console(on_duty)
        connected, _code = await socket.connect()
        assert connected
        hello = await socket.receive_json_from()
        beat_seen = await sync_to_async(
            lambda: AgentPresence.objects.get(user=on_duty).seen_at is not None
        )()
        session = await sync_to_async(start)()
        queued = await socket.receive_json_from(timeout=2)
        await sync_to_async(chat_accept)(agent=on_duty, session=session)
        accepted = [await socket.receive_json_from(timeout=2) for _ in range(2)]
        await socket.send_json_to({"type": "ping"})
        pong = await socket.receive_json_from()
        await socket.disconnect()
        return hello, beat_seen, session, queued, accepted, pong

    hello, beat_seen, session, queued, accepted, pong = in_own_thread(async_to_sync(run))
    assert hello == {"event": "connected"} and beat_seen
    assert queued == {"event": "queued", "chat": session.pk}
    assert {"event": "accepted", "chat": session.pk} in accepted
    assert pong == {"event": "pong"}


def test_typing_reaches_the_chat_only_from_its_agent(on_duty, service, department, clock):
    session = chat_start(service=service, topic="Katuvalo", language="fi")
    chat_accept(agent=on_duty, session=session)
    other = UserFactory(role="agent", departments=[department])

    async def run():
        layer = get_channel_layer()
        page = await layer.new_channel()
        await layer.group_add(session_stream(session.pk), page)
        heard = []
        for user in (other, on_duty):
            socket = console(user)
            await socket.connect()
            await socket.receive_json_from()
            await socket.send_json_to({"type": "typing", "chat": session.pk})
            await socket.send_json_to({"type": "ping"})
            await socket.receive_json_from()  # the pong: the typing was handled
            await socket.disconnect()
            try:
                heard.append(await _receive(layer, page))
            except TimeoutError:
                heard.append(None)
        return heard

    heard = in_own_thread(async_to_sync(run))
    assert heard[0] is None
    assert heard[1]["payload"] == {"event": "typing", "chat": session.pk, "from": "agent"}


async def _receive(layer, channel):
    return await asyncio.wait_for(layer.receive(channel), timeout=0.5)
