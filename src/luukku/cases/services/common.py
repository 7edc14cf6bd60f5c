"""Helpers every case write shares: who may handle a case, its service-level refresh."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from luukku.organisation.models import User

from ..models import (
    Case,
)
from ..registry import case_clocks_refresh


def _check_can_handle(case: Case, user: User) -> None:
    from ..selectors import case_visible_to

    if not user.is_active or not case_visible_to(case=case, user=user):
        raise ValidationError(
            {"assignee": _("%(name)s may not handle this case.") % {"name": str(user)}}
        )


def _service_level_refresh(case: Case, *, now=None) -> None:
    """Keep the case's service level (next due time, state) in step with its timeline:
    servicelevels registers its refresh with `cases.registry`. `now`: as of that moment."""
    case_clocks_refresh(case, now=now)
