"""What the apps above queueing register for it to call, so that queueing imports none of
them (the layers in docs/architecture.md): each registers in its `AppConfig.ready()`.

- Visit-finished hooks: a function (ticket=, at=) called when an agent finishes a visit at
  a desk (`services.calling.ticket_finish`), in its transaction, after the ticket is saved
  as served (feedback: the satisfaction survey offered on the visitor's ticket page). A hook
  that raises fails the finishing.
"""

from collections.abc import Callable

VISIT_FINISHED_HOOKS: list[Callable[..., None]] = []


def visit_finished_hook_register(hook: Callable[..., None]) -> None:
    if hook not in VISIT_FINISHED_HOOKS:
        VISIT_FINISHED_HOOKS.append(hook)


def visit_finished(*, ticket, at) -> None:
    for hook in VISIT_FINISHED_HOOKS:
        hook(ticket=ticket, at=at)
