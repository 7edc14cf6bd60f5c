"""Credentials of the systems that use Luukku's REST API.

Open311's models (its clients' `ApiKey`s and which client filed which request,
`FiledRequest`) belong to the channel that owns Open311 and live in `channels.models`."""

import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

TOKEN_PREFIX = "lk_"


def token_digest(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


class ApiToken(models.Model):
    """A member of staff's personal token for the REST API: the integration acts as that
    person, with their rights. Only a digest is stored; the key is shown once, when made."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="api_tokens",
        verbose_name=_("person"),
    )
    name = models.CharField(_("used for"), max_length=200)
    digest = models.CharField(max_length=64, unique=True, editable=False)
    prefix = models.CharField(_("begins with"), max_length=12, editable=False)
    is_active = models.BooleanField(_("in use"), default=True)
    expires_at = models.DateTimeField(_("expires"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    last_used_at = models.DateTimeField(_("last used"), null=True, blank=True)

    class Meta:
        ordering = ["user", "name"]
        verbose_name = _("personal API token")
        verbose_name_plural = _("personal API tokens")

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    def issue(self) -> str:
        """A new key for this token (before saving it): the only time the key is known."""
        key = TOKEN_PREFIX + secrets.token_urlsafe(32)
        self.digest = token_digest(key)
        self.prefix = key[:8]
        return key
