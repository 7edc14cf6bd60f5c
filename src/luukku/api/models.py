"""Credentials of the systems that use Luukku's interfaces."""

import secrets

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def new_key() -> str:
    return secrets.token_urlsafe(32)


class ApiKey(models.Model):
    """A key an Open311 client sends as `api_key` to file requests; made in the admin."""

    name = models.CharField(_("client"), max_length=200)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    key = models.CharField(_("key"), max_length=64, unique=True, default=new_key, editable=False)
    is_active = models.BooleanField(_("in use"), default=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    last_used_at = models.DateTimeField(_("last used"), null=True, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("Open311 API key")
        verbose_name_plural = _("Open311 API keys")

    def __str__(self) -> str:
        return self.name
