"""A ticket called on one app server appears on a screen connected to another: two Daphne
servers as separate processes on one database, sharing one Redis (docs/queue.md).

The clients run in a thread of their own: a browser test earlier in the same process leaves
Playwright's event loop in the main thread."""

import asyncio
import json

import pytest
import requests
import websockets
from django.test import Client
from django.urls import reverse

from luukku.core.testing.servers import in_own_thread
from luukku.organisation.tests.factories import UserFactory
from luukku.queueing.models import Ticket, TicketSource, TicketStatus
from luukku.queueing.services.days import desk_session_start, queue_day_open
from luukku.queueing.services.tickets import ticket_issue

from .factories import DeskFactory, ServiceGroupFactory, ServicePointFactory

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.servers]

WAIT = 30  # seconds for a message that comes in milliseconds when right (a busy machine)


def signed_in(server, user) -> requests.Session:
    """A browser-like session of `user` on `server` (the session lives in the database)."""
    client = Client()
    client.force_login(user)
    session = requests.Session()
    session.cookies.set("sessionid", client.cookies["sessionid"].value)
    session.get(server.url + reverse("web:queue_desk"), timeout=WAIT).raise_for_status()
    session.headers["X-CSRFToken"] = session.cookies["csrftoken"]
    return session


def stream_url(server, point) -> str:
    return server.url.replace("http://", "ws://") + f"/ws/queue/{point.pk}/"


async def next_message(socket, event: str) -> dict:
    while True:
        message = json.loads(await asyncio.wait_for(socket.recv(), WAIT))
        if message.get("event") == event:
            return message


def test_a_call_on_one_server_reaches_a_screen_on_the_other(app_servers):
    point = ServicePointFactory()
    group = ServiceGroupFactory(service_point=point, prefix="K")
    desk = DeskFactory(service_point=point, number="3", groups=[group])
    agent = UserFactory(role="agent")
    queue_day_open(service_point=point, actor=agent)
    desk_session_start(desk=desk, agent=agent)
    ticket = ticket_issue(group=group, source=TicketSource.KIOSK)
    one, two = app_servers(2)
    agent_on_one = signed_in(one, agent)

    async def watch_two_while_one_calls():
        async with websockets.connect(stream_url(two, point), origin=two.url) as screen:
            assert await next_message(screen, "connected") == {"event": "connected"}
            answer = await asyncio.to_thread(
                agent_on_one.post, one.url + reverse("web:queue_call_next"), timeout=WAIT
            )
            assert answer.status_code == 200, answer.status_code
            return await next_message(screen, "called")

    called = in_own_thread(lambda: asyncio.run(watch_two_while_one_calls()))
    assert called == {"event": "called", "ticket": "K 1", "desk": "3"}
    ticket.refresh_from_db()
    assert ticket.status == TicketStatus.CALLED and ticket.desk == desk


def test_a_screen_from_another_origin_is_refused(app_servers):
    point = ServicePointFactory()
    (one,) = app_servers(1)

    async def connect():
        async with websockets.connect(stream_url(one, point), origin="https://evil.example"):
            pass

    with pytest.raises(websockets.InvalidStatus) as refused:
        in_own_thread(lambda: asyncio.run(connect()))
    assert refused.value.response.status_code == 403
    assert not Ticket.objects.exists()
