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


class FiledRequest(models.Model):
    """Which client filed a case through Open311: that client may follow the request even
    when the service's requests are not public."""

    case = models.OneToOneField(
        "cases.Case", on_delete=models.PROTECT, related_name="open311", verbose_name=_("case")
    )
    api_key = models.ForeignKey(
        ApiKey, on_delete=models.PROTECT, related_name="requests", verbose_name=_("client")
    )
    filed_at = models.DateTimeField(_("filed"), default=timezone.now)

    class Meta:
        verbose_name = _("request filed through Open311")
        verbose_name_plural = _("requests filed through Open311")

    def __str__(self) -> str:
        return self.case.reference
