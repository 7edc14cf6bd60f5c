"""Writes behind the interfaces: checking keys, filing Open311 requests."""

import datetime as dt

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from luukku.cases.models import Case, Channel
from luukku.channels.services import web_request_submit

from .models import ApiKey, ApiToken, FiledRequest, token_digest


def api_key_check(*, key: str) -> ApiKey | None:
    """The active key, its use recorded; None for a missing, unknown or retired key."""
    if not key:
        return None
    api_key = ApiKey.objects.filter(key=key, is_active=True).first()
    if api_key is not None:
        ApiKey.objects.filter(pk=api_key.pk).update(last_used_at=timezone.now())
    return api_key


@transaction.atomic
def request_file(*, api_key: ApiKey, media_url: str = "", **submission) -> Case:
    """A request from an Open311 client: through the web form's write path, remembering
    the client (which may then follow it) and the media link it sent."""
    case = web_request_submit(
        channel=Channel.OPEN311,
        message_data={"media_url": media_url} if media_url else None,
        **submission,
    )
    FiledRequest.objects.create(case=case, api_key=api_key)
    return case


USE_RECORDED_EVERY = dt.timedelta(minutes=1)


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
