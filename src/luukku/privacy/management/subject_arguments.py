"""What the data-subject commands share: finding the person and the member of staff."""

from django.core.management.base import CommandError

from luukku.organisation.models import User
from luukku.privacy.subjects import registry


def customer_find(value: str):
    """A customer by their id or their personal identity code (as the customers app finds
    them, `privacy.subjects.register_record`)."""
    try:
        return registry.record.find(value)
    except LookupError as error:
        raise CommandError(str(error)) from error


def staff_find(username: str | None) -> User | None:
    """The member of staff the access log names (none: the system)."""
    if not username:
        return None
    user = User.objects.filter(username=username, is_active=True).first()
    if user is None:
        raise CommandError(f"No active member of staff {username}.")
    return user
