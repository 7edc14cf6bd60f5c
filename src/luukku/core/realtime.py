"""Telling the screens that something changed (Django Channels' layer; docs/queue.md).

A message says only what changed and where ("K 12 to desk 3"); the screens read the state
from the database again, so a message lost on the layer, or a screen that reconnects, loses
nothing. Messages are sent after the transaction commits: nothing is announced that could
still roll back.
"""

import logging

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.db import transaction

log = logging.getLogger(__name__)


def stream_name(kind: str, key: object) -> str:
    """The layer's group for one stream, e.g. `queue.7` for the queue of service point 7."""
    return f"{kind}.{key}"


def changed_announce(stream: str, payload: dict) -> None:
    """After the current transaction commits, tell everyone listening to `stream`."""

    def send() -> None:
        layer = get_channel_layer()
        if layer is None:
            return
        try:
            async_to_sync(layer.group_send)(stream, {"type": "stream.changed", "payload": payload})
        except Exception:  # The state is in the database; screens catch up when they reconnect.
            log.exception("Could not announce a change on %s", stream)

    transaction.on_commit(send)
