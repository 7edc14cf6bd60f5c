"""Writes behind the interfaces: checking keys, filing Open311 requests."""

import datetime as dt
from dataclasses import replace

from django.core.cache import cache
from django.db.models import Q
from django.utils import timezone
from django.views.decorators.debug import sensitive_variables

from luukku.cases.models import Channel
from luukku.channels.citizen_request import CitizenRequest
from luukku.channels.models import ApiKey, Submission
from luukku.channels.services import request_take_in

from .models import ApiToken, token_digest

USE_RECORDED_EVERY = dt.timedelta(minutes=1)
API_KEY_CACHE_SECONDS = 60


def api_key_cache_key(key: str) -> str:
    return f"api:key:{token_digest(key)}"


@sensitive_variables("key", "cache_key")
def api_key_check(*, key: str) -> ApiKey | None:
    """The active key, its use recorded (at most once a minute, as for personal tokens);
    None for a missing, unknown or retired key."""
    if not key:
        return None
    # Kept in the cache for a minute (every filing asks); retiring a key clears it.
    cache_key = api_key_cache_key(key)
    api_key = cache.get(cache_key)
    changed = api_key is None
    if changed:
        api_key = ApiKey.objects.filter(key=key, is_active=True).first()
        if api_key is None:
            return None
    now = timezone.now()
    if api_key.last_used_at is None or now - api_key.last_used_at > USE_RECORDED_EVERY:
        ApiKey.objects.filter(pk=api_key.pk).update(last_used_at=now)
        api_key.last_used_at, changed = now, True
    if changed:
        cache.set(cache_key, api_key, API_KEY_CACHE_SECONDS)
    return api_key


def request_file(*, api_key: ApiKey, request: CitizenRequest) -> Submission:
    """A request from an Open311 client, checked and taken in like the web form's; the
    worker registers it as a case, remembering the client (which may then follow it) and
    the media link it sent."""
    return request_take_in(request=replace(request, channel=Channel.OPEN311), api_key=api_key)


@sensitive_variables("key")
def api_token_check(*, key: str) -> ApiToken | None:
    """The active, unexpired token of an active person, its use recorded (at most once a
    minute, so that busy integrations do not write on every call); None otherwise."""
    if not key:
        return None
    now = timezone.now()
    token = (
        ApiToken.objects.select_related("user")
        .filter(digest=token_digest(key), is_active=True, user__is_active=True)
        .filter(Q(expires_at__isnull=True) | Q(expires_at__gt=now))
        .first()
    )
    if token is not None and (
        token.last_used_at is None or now - token.last_used_at > USE_RECORDED_EVERY
    ):
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
    return token
