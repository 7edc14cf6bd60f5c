"""Feedback on the case it arrived as (docs/feedback.md, "Feedback").

Feedback of every kind comes in as a case through the one write path; `Feedback` adds what
feedback needs on top of it, one row per case: its kind, topic, the service, service point
and handler it concerns, a complaint's answer date and an idea's fate.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class FeedbackTopic(models.Model):
    """What feedback is about ("opening hours", "service manner"): a short list staff keep,
    named in fi/sv/en (modeltranslation)."""

    name = models.CharField(_("name"), max_length=100)
    active = models.BooleanField(_("in use"), default=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "name"]
        verbose_name = _("feedback topic")
        verbose_name_plural = _("feedback topics")

    def __str__(self) -> str:
        return self.name


class Feedback(models.Model):
    class Kind(models.TextChoices):
        PRAISE = "praise", _("Praise")
        COMPLAINT = "complaint", _("Complaint")
        IDEA = "idea", _("Idea")
        QUESTION = "question", _("Question")

    class Fate(models.TextChoices):
        CONSIDERED = "considered", _("Under consideration")
        IMPLEMENTED = "implemented", _("Implemented")
        DECLINED = "declined", _("Declined")

    case = models.OneToOneField(
        "cases.Case", on_delete=models.PROTECT, related_name="feedback", verbose_name=_("case")
    )
    # Blank until someone says: an e-mail or a call does not tell its kind.
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, blank=True)
    topic = models.ForeignKey(
        FeedbackTopic,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="feedback",
        verbose_name=_("topic"),
    )
    service = models.ForeignKey(
        "catalogue.Service",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("service concerned"),
    )
    service_point = models.ForeignKey(
        "organisation.ServicePoint",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("service point concerned"),
    )
    handler = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("handler concerned"),
    )
    received_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)
    # A complaint's promised answer date (business days after it was received).
    answer_due_on = models.DateField(_("answer due"), null=True, blank=True)
    fate = models.CharField(_("fate"), max_length=12, choices=Fate.choices, blank=True)
    fate_reason = models.TextField(_("reason"), blank=True)
    fate_at = models.DateTimeField(_("fate decided"), null=True, blank=True)
    fate_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("fate decided by"),
    )

    class Meta:
        ordering = ["-received_at", "-id"]
        verbose_name = _("feedback")
        verbose_name_plural = _("feedback")
        constraints = [
            models.CheckConstraint(
                condition=Q(fate="") | Q(kind="idea"), name="feedback_fate_only_for_ideas"
            ),
            models.CheckConstraint(
                condition=~Q(fate="declined") | ~Q(fate_reason=""),
                name="feedback_declined_has_reason",
            ),
            models.CheckConstraint(
                condition=Q(answer_due_on__isnull=True) | Q(kind="complaint"),
                name="feedback_due_only_for_complaints",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.case_id}: {self.get_kind_display() or '-'}"


# The other parts of the app, each in a module of its own.
from .situation_models import *  # noqa: E402, F403
from .survey_models import *  # noqa: E402, F403
