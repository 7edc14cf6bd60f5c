"""The chat's realtime streams (`core.realtime`): what each side listens to.

A message says what changed ("message", "accepted", "typing") and which chat, never its
text or a name: the pages read the chat again over HTTP.
"""

from luukku.core.realtime import stream_name


def session_stream(session_id: int) -> str:
    """One chat: the citizen's page (and the agent's console, through `agent_stream`)."""
    return stream_name("chat", session_id)


def agent_stream(user_id: int) -> str:
    """One agent's console: their chats changed."""
    return stream_name("chatagent", user_id)


def queue_stream() -> str:
    """Every agent's console: the chats waiting changed."""
    return stream_name("chatqueue", "all")
