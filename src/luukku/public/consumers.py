"""WebSocket streams of the realtime screens (Django Channels; docs/queue.md).

A screen subscribes to one stream and is told when it changed; it then reads the state over
HTTP, so a message lost on the layer or a dropped connection loses nothing: on every
(re)connection the consumer says "changed" once, and the screen reads the state again.
Messages carry ticket codes and desk numbers only, never personal data.
"""

from channels.generic.websocket import AsyncJsonWebsocketConsumer

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
