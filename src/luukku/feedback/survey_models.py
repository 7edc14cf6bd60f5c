"""Satisfaction surveys (docs/feedback.md, "Satisfaction surveys"): one short question after a
resolved case (sent by e-mail) or after a chat or a counter visit (offered on the chat's or
the ticket's page), and its answer."""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from luukku.cases.models import Case, Channel, OutboundMail
from luukku.catalogue.models import Service
from luukku.organisation.models import ServicePoint
from luukku.queueing.models import Ticket

__all__ = ["Survey"]

SCORES = (1, 2, 3, 4, 5)


def survey_token() -> str:
    return secrets.token_urlsafe(32)


class Survey(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting to be sent")
        CANCELLED = "cancelled", _("Cancelled")
        SKIPPED = "skipped", _("Not sent")
        SENT = "sent", _("Sent")
        ANSWERED = "answered", _("Answered")

    class Skip(models.TextChoices):
        NO_ADDRESS = "no_address", _("No e-mail address")
        SENSITIVE = "sensitive", _("Sensitive case")
        INTERNAL = "internal", _("Internal customer")
        RECENT = "recent", _("Surveyed recently")
        PREFERENCE = "preference", _("The customer's contact preference")
        OFFERED = "offered", _("Offered at the visit")

    # One per case at most (sent once even if the case is reopened and resolved again); a
    # chat's survey is its case's, offered on the chat page when the chat ends. A counter
    # visit's is the ticket's, offered on the ticket's page (its QR code) when it is served.
    case = models.OneToOneField(
        Case, on_delete=models.PROTECT, null=True, blank=True, related_name="survey"
    )
    ticket = models.OneToOneField(
        Ticket, on_delete=models.PROTECT, null=True, blank=True, related_name="survey"
    )
    token = models.CharField(max_length=64, unique=True, default=survey_token, editable=False)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    skipped_because = models.CharField(max_length=12, choices=Skip.choices, blank=True)
    language = models.CharField(_("language"), max_length=2, default="fi")
    # Where the service was given: copied from the case (or the chat or ticket), so that the
    # results stay as they were when the case later changes hands.
    channel = models.CharField(_("channel"), max_length=10, choices=Channel.choices)
    service = models.ForeignKey(
        Service, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    service_point = models.ForeignKey(
        ServicePoint, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    handler = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("handler"),
    )
    # The address it went to (for "not surveyed in the last N days"); emptied by anonymisation.
    recipient = models.EmailField(blank=True, db_index=True)
    mail = models.ForeignKey(
        OutboundMail, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    due_at = models.DateTimeField(null=True, blank=True, db_index=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True, db_index=True)
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)
    score = models.PositiveSmallIntegerField(_("score"), null=True, blank=True)
    comment = models.TextField(_("comment"), blank=True)

    class Meta:
        verbose_name = _("satisfaction survey")
        verbose_name_plural = _("satisfaction surveys")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(score__isnull=True) | models.Q(score__gte=1, score__lte=5),
                name="survey_score_1_to_5",
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_status_display()} {self.pk}"
