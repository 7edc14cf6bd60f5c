"""Writes of the organisation's staff data: absences of the people who handle cases."""

import datetime as dt

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from .models import Absence, User


@transaction.atomic
def absence_add(
    *, actor: User, user: User, starts_on: dt.date, ends_on: dt.date, reason: str = ""
) -> Absence:
    """Mark someone away; their customers' new cases go to the substitute meanwhile.
    Supervisors mark anyone, others only themselves."""
    if actor.pk != user.pk and not actor.sees_everything:
        raise PermissionDenied
    if ends_on < starts_on:
        raise ValidationError({"ends_on": _("The absence cannot end before it starts.")})
    return Absence.objects.create(
        user=user, starts_on=starts_on, ends_on=ends_on, reason=(reason or "").strip()
    )


@transaction.atomic
def absence_remove(*, actor: User, absence: Absence) -> None:
    if actor.pk != absence.user_id and not actor.sees_everything:
        raise PermissionDenied
    absence.delete()


def user_set_keyboard_shortcuts(*, user: User, enabled: bool) -> None:
    """Turn a person's one-key shortcuts on or off (their own choice, WCAG 2.1.4)."""
    user.keyboard_shortcuts = enabled
    user.save(update_fields=["keyboard_shortcuts"])
