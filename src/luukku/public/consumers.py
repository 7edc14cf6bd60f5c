"""WebSocket streams of the realtime screens (Django Channels; docs/queue.md, docs/chat.md).

A screen subscribes to one stream and is told when it changed; it then reads the state over
HTTP, so a message lost on the layer or a dropped connection loses nothing: on every
(re)connection the consumer says "changed" once, and the screen reads the state again.
Messages carry ticket codes and desk numbers only, never personal data.
"""

import time

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncJsonWebsocketConsumer
from django.utils import timezone

from luukku.chat.models import ChatSession
from luukku.chat.selectors.streams import agent_stream, session_stream
from luukku.queueing.selectors.queue import queue_stream


class QueueStreamConsumer(AsyncJsonWebsocketConsumer):
    """The changes of one service point's queue, for its display, desks and virtual tickets."""

    async def connect(self):
        point = self.scope["url_route"]["kwargs"]["service_point"]
        self.stream = queue_stream(point)
        await self.channel_layer.group_add(self.stream, self.channel_name)
        await self.accept()
        await self.send_json({"event": "connected"})

    async def disconnect(self, code):
        if getattr(self, "stream", None):
            await self.channel_layer.group_discard(self.stream, self.channel_name)

    async def receive_json(self, content, **kwargs):
        if content.get("type") == "ping":
            await self.send_json({"event": "pong"})

    async def stream_changed(self, message):
        await self.send_json(message["payload"])


# A citizen's "typing" goes to the agent at most this often (seconds), whatever the page sends.
TYPING_EVERY = 2.0


def _chat_id(token: str) -> int | None:
    return ChatSession.objects.filter(token=token).values_list("pk", flat=True).first()


def _citizen_present(session_id: int, *, typing: bool = False) -> int | None:
    """The citizen's page is there (and typing: active); the chat's agent, if it has one."""
    now = timezone.now()
    live = ChatSession.objects.filter(
        pk=session_id, status__in=[ChatSession.Status.QUEUED, ChatSession.Status.ACTIVE]
    )
    changes = {"citizen_seen_at": now, **({"citizen_active_at": now} if typing else {})}
    live.update(**changes)
    return live.filter(status=ChatSession.Status.ACTIVE).values_list("agent_id", flat=True).first()


class ChatConsumer(AsyncJsonWebsocketConsumer):
    """One chat, for the citizen's page (its private key in the address): told when the chat
    changed (it then reads it over HTTP), it says it is there ("ping") and that the citizen
    is typing (passed to the agent's console, never stored). Names and text never pass."""

    async def connect(self):
        self.stream = None
        self.typed_at = 0.0
        token = self.scope["url_route"]["kwargs"]["token"]
        self.session_id = await database_sync_to_async(_chat_id)(token)
        if self.session_id is None:
            await self.close()
            return
        self.stream = session_stream(self.session_id)
        await self.channel_layer.group_add(self.stream, self.channel_name)
        await self.accept()
        await self.send_json({"event": "connected"})

    async def disconnect(self, code):
        if self.stream:
            await self.channel_layer.group_discard(self.stream, self.channel_name)

    async def receive_json(self, content, **kwargs):
        kind = content.get("type") if isinstance(content, dict) else None
        if kind == "ping":
            await database_sync_to_async(_citizen_present)(self.session_id)
            await self.send_json({"event": "pong"})
        elif kind == "typing" and time.monotonic() - self.typed_at >= TYPING_EVERY:
            self.typed_at = time.monotonic()
            agent_id = await database_sync_to_async(_citizen_present)(self.session_id, typing=True)
            if agent_id:
                payload = {"event": "typing", "chat": self.session_id, "from": "citizen"}
                await self.channel_layer.group_send(
                    agent_stream(agent_id), {"type": "stream.changed", "payload": payload}
                )

    async def stream_changed(self, message):
        payload = message["payload"]
        if payload.get("event") == "typing" and payload.get("from") == "citizen":
            return  # the citizen's own typing, never echoed
        await self.send_json(payload)
