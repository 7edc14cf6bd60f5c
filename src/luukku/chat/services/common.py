"""What every chat write does: check the client's message id, tell both sides."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from luukku.core.realtime import changed_announce

from ..models import ChatSession
from ..selectors.streams import agent_stream, queue_stream, session_stream

CLIENT_ID = re.compile(r"^[A-Za-z0-9_-]{8,64}$")


def client_id_clean(client_id: str) -> str:
    """The id the sender's page gave a message: 8 to 64 letters, digits, - or _."""
    client_id = (client_id or "").strip()
    if not CLIENT_ID.match(client_id):
        raise ValidationError(
            {"client_id": _("The message could not be identified; send it again.")}
        )
    return client_id


def chat_changed(
    session: ChatSession, event: str, *, queue: bool = False, agents: tuple[int, ...] = ()
) -> None:
    """After the commit, tell the chat's page, its agent's console (and `agents`'), and
    with `queue` every console, that `event` happened to the chat."""
    payload = {"event": event, "chat": session.pk}
    changed_announce(session_stream(session.pk), payload)
    for user_id in {session.agent_id, *agents} - {None}:
        changed_announce(agent_stream(user_id), payload)
    if queue:
        changed_announce(queue_stream(), payload)
