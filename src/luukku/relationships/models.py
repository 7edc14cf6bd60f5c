"""The citizen's own page and "tell me when it's fixed" (docs/relationships.md).

A `SignInLink` proves an e-mail address: its token is mailed to the address and only its
hash is kept, so that the table cannot be used to sign in. A `ResolvedNoticeRequest` is a
citizen's wish to be told once, by e-mail or text message, when their case is resolved.
"""

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class SignInLink(models.Model):
    """A one-time link to the citizen's own page, mailed to `email`."""

    email = models.EmailField(_("e-mail"), db_index=True)
    # sha256 of the token in the link, in hex: the token itself is only in the mail.
    token_hash = models.CharField(max_length=64, unique=True)
    language = models.CharField(_("language"), max_length=2, default="fi")
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    expires_at = models.DateTimeField(_("valid until"))
    used_at = models.DateTimeField(_("used"), null=True, blank=True)
    # The OutboundMail that carried the link (mail about no case).
    mail_id = models.PositiveBigIntegerField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("sign-in link")
        verbose_name_plural = _("sign-in links")

    def __str__(self):
        return f"{self.email} {self.created_at:%Y-%m-%d %H:%M}"


class ResolvedNoticeRequest(models.Model):
    """A citizen asked to be told when the case is resolved: once, by e-mail or SMS."""

    class Channel(models.TextChoices):
        EMAIL = "email", _("E-mail")
        SMS = "sms", _("Text message")

    case = models.OneToOneField(
        "cases.Case",
        on_delete=models.CASCADE,
        related_name="resolved_notice",
        verbose_name=_("case"),
    )
    channel = models.CharField(_("by"), max_length=5, choices=Channel.choices)
    # The address or phone number the citizen gave for the notice.
    recipient = models.CharField(_("to"), max_length=254)
    language = models.CharField(_("language"), max_length=2, default="fi")
    created_at = models.DateTimeField(_("asked"), default=timezone.now)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    sent_at = models.DateTimeField(_("notice sent"), null=True, blank=True)
    mail_id = models.PositiveBigIntegerField(null=True, blank=True)

    class Meta:
        verbose_name = _("request to be told when resolved")
        verbose_name_plural = _("requests to be told when resolved")
        constraints = [
            models.CheckConstraint(condition=~Q(recipient=""), name="resolved_notice_has_recipient")
        ]

    def __str__(self):
        return f"{self.case_id} {self.channel}"

    @property
    def is_active(self) -> bool:
        return self.cancelled_at is None and self.sent_at is None
