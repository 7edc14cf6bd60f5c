"""What the apps beside cases register to hear of a case's steps, so that cases imports none
of them (feedback: a satisfaction survey after a case is resolved). Each registers in its
`AppConfig.ready()`.

- Resolved: a function (case=, actor=, at=) called in the write's transaction when a case
  becomes resolved (`case_change_status`, whoever resolves it), after the case's lock, so
  the app's rows come after `cases.Case` in `core.locks.LOCK_ORDER`.

A hook that raises fails the whole write: the case is not resolved without what follows it.
"""

from collections.abc import Callable

RESOLVED: list[Callable[..., None]] = []


def case_resolved_hook_register(hook: Callable[..., None]) -> None:
    if hook not in RESOLVED:
        RESOLVED.append(hook)


def case_resolved(case, *, actor=None, at) -> None:
    for hook in RESOLVED:
        hook(case=case, actor=actor, at=at)
