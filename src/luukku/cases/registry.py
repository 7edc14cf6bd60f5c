"""What the apps above cases register for cases to call, so that cases imports none of them
(the layers in docs/architecture.md): each registers in its `AppConfig.ready()`.

- Access grants: a function (user) -> a query of `case_id`s that the user may see although
  the case is sensitive (servicelevels: a person at one of the case's escalation steps).
  `cases.selectors.cases_visible_to` adds them to the one rule of who sees which case.
- Clock refreshers: a function (case=) called in the same transaction by every write of
  cases that moves a case's clocks (servicelevels: the next due time stored on the case).
"""

from collections.abc import Callable

from django.db.models import QuerySet

ACCESS_GRANTS: list[Callable[..., QuerySet]] = []
CLOCK_REFRESHERS: list[Callable[..., None]] = []


def case_access_grant_register(grant: Callable[..., QuerySet]) -> None:
    if grant not in ACCESS_GRANTS:
        ACCESS_GRANTS.append(grant)


def case_clock_refresher_register(refresh: Callable[..., None]) -> None:
    if refresh not in CLOCK_REFRESHERS:
        CLOCK_REFRESHERS.append(refresh)


def case_clocks_refresh(case) -> None:
    """Keep what the apps derive from the case's timeline (its service level) in step."""
    for refresh in CLOCK_REFRESHERS:
        refresh(case=case)
