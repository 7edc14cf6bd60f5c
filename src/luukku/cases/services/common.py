"""Helpers every case write shares: the timeline event, who may handle a case."""

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from luukku.organisation.models import User

from ..models import (
    Case,
    CaseEvent,
)


def _event(
    case: Case,
    kind: str,
    *,
    author=None,
    public=False,
    body="",
    data=None,
    at=None,
    external_id="",
):
    event = CaseEvent.objects.create(
        case=case,
        kind=kind,
        author=author,
        public=public,
        body=body,
        data=data or {},
        at=at or timezone.now(),
        external_id=external_id,
    )
    Case.objects.filter(pk=case.pk).update(updated_at=event.at)
    case.updated_at = event.at
    return event


def _check_can_handle(case: Case, user: User) -> None:
    from ..selectors import case_visible_to

    if not user.is_active or not case_visible_to(case=case, user=user):
        raise ValidationError(
            {"assignee": _("%(name)s may not handle this case.") % {"name": str(user)}}
        )


def _service_level_refresh(case: Case) -> None:
    """Keep the case's service level (next due time, state) in step with its timeline."""
    from luukku.servicelevels.services import case_service_level_refresh

    case_service_level_refresh(case=case)
