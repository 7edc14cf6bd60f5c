"""Writes behind the interfaces: checking keys, filing Open311 requests."""

from django.utils import timezone

from .models import ApiKey


def api_key_check(*, key: str) -> ApiKey | None:
    """The active key, its use recorded; None for a missing, unknown or retired key."""
    if not key:
        return None
    api_key = ApiKey.objects.filter(key=key, is_active=True).first()
    if api_key is not None:
        ApiKey.objects.filter(pk=api_key.pk).update(last_used_at=timezone.now())
    return api_key
