"""What the apps above chat register for it to call, so that chat imports none of them (the
layers in docs/architecture.md): each registers in its `AppConfig.ready()`.

- Chat-ended hooks: a function (session=, at=) called when an answered chat ends, by its
  agent (`services.agents.chat_end`) or by the citizen or the idle check
  (`services.sessions.chat_session_close`), in that transaction, after the session is saved
  as ended (feedback: the satisfaction survey offered on the citizen's chat page). Not called
  for a chat left while waiting, nor again by the agent's wrap-up. A hook that raises fails
  the ending.
"""

from collections.abc import Callable

CHAT_ENDED_HOOKS: list[Callable[..., None]] = []


def chat_ended_hook_register(hook: Callable[..., None]) -> None:
    if hook not in CHAT_ENDED_HOOKS:
        CHAT_ENDED_HOOKS.append(hook)


def chat_ended(*, session, at) -> None:
    for hook in CHAT_ENDED_HOOKS:
        hook(session=session, at=at)
