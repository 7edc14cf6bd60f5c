"""The staff workspace's WebSocket streams (Django Channels; docs/chat.md, "The console").

The agent's chat console listens to its own stream and the queue's: a message only says what
changed and in which chat, and the console reads itself again over HTTP. The console's
heartbeat (`ping`) keeps the agent present for routing, and the agent's typing is passed to
the chat's citizen page without being stored.
"""

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncJsonWebsocketConsumer

from luukku.chat.models import ChatSession
from luukku.chat.selectors.streams import agent_stream, queue_stream, session_stream
from luukku.chat.services.agents import chat_presence_beat


def _front_line(user) -> bool:
    return bool(
        user is not None
        and user.is_authenticated
        and user.is_active
        and getattr(user, "is_front_line", False)
    )


@database_sync_to_async
def _beat(user) -> None:
    chat_presence_beat(user=user)


@database_sync_to_async
def _answers(user, chat_id: int) -> bool:
    return ChatSession.objects.filter(
        pk=chat_id, agent=user, status=ChatSession.Status.ACTIVE
    ).exists()


class ChatConsoleConsumer(AsyncJsonWebsocketConsumer):
    """One agent's chat console: their chats' changes and the queue's."""

    async def connect(self):
        self.streams = []
        user = self.scope.get("user")
        if not _front_line(user):
            await self.close()
            return
        self.user = user
        self.streams = [agent_stream(user.pk), queue_stream()]
        for stream in self.streams:
            await self.channel_layer.group_add(stream, self.channel_name)
        await self.accept()
        await _beat(user)
        await self.send_json({"event": "connected"})

    async def disconnect(self, code):
        for stream in getattr(self, "streams", []):
            await self.channel_layer.group_discard(stream, self.channel_name)

    async def receive_json(self, content, **kwargs):
        kind = content.get("type") if isinstance(content, dict) else None
        if kind == "ping":
            await _beat(self.user)
            await self.send_json({"event": "pong"})
        elif kind == "typing":
            chat_id = content.get("chat")
            if isinstance(chat_id, int) and await _answers(self.user, chat_id):
                payload = {"event": "typing", "chat": chat_id, "from": "agent"}
                await self.channel_layer.group_send(
                    session_stream(chat_id), {"type": "stream.changed", "payload": payload}
                )

    async def stream_changed(self, message):
        await self.send_json(message["payload"])
