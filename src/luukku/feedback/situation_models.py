"""Documented hard customer situations (docs/feedback.md, "Documented hard situations"): a
staff member's own account of a threat, violence, harassment or abuse at the counter or on
the phone, for the team's review and the employer's occupational safety work (the Vantaa
model, seed 003: a quick form, reviewed together in the team's meeting).

Seen only by the person who recorded it, the staff named in it, a supervisor of their
department and the safety contacts (`situations_selectors.situations_visible`)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

__all__ = ["HardSituation", "SafetyContact"]


class SafetyContact(models.Model):
    """A member of staff who sees every documented hard situation (the occupational safety
    manager or representative, työsuojelu). A row here, kept by an administrator in the
    admin, rather than a role: the person keeps their own role and work."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="safety_contact",
        verbose_name=_("staff member"),
    )
    since = models.DateField(_("since"), auto_now_add=True)

    class Meta:
        verbose_name = _("safety contact")
        verbose_name_plural = _("safety contacts")

    def __str__(self) -> str:
        return str(self.user)


class HardSituation(models.Model):
    class Channel(models.TextChoices):
        COUNTER = "counter", _("At the counter")
        PHONE = "phone", _("On the phone")
        CHAT = "chat", _("In the chat")
        EMAIL = "email", _("By e-mail")

    class Kind(models.TextChoices):
        THREAT = "threat", _("Threat")
        VIOLENCE = "violence", _("Violence")
        HARASSMENT = "harassment", _("Harassment")
        VERBAL_ABUSE = "verbal_abuse", _("Verbal abuse")
        OTHER = "other", _("Other")

    class Severity(models.TextChoices):
        MINOR = "minor", _("Minor")
        SERIOUS = "serious", _("Serious")
        SEVERE = "severe", _("Severe")

    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="hard_situations",
        verbose_name=_("recorded by"),
    )
    recorded_at = models.DateTimeField(_("recorded"), db_index=True)
    occurred_at = models.DateTimeField(_("when it happened"), db_index=True)
    service_point = models.ForeignKey(
        "organisation.ServicePoint",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("service point"),
    )
    channel = models.CharField(_("channel"), max_length=10, choices=Channel.choices)
    kind = models.CharField(_("what happened"), max_length=20, choices=Kind.choices)
    severity = models.CharField(_("severity"), max_length=10, choices=Severity.choices)
    description = models.TextField(_("description"))
    staff_involved = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="hard_situations_involved",
        verbose_name=_("other staff present"),
    )
    customer = models.ForeignKey(
        "customers.Customer",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("customer"),
    )
    case = models.ForeignKey(
        "cases.Case",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("case"),
    )
    customer_note = models.CharField(
        _("the customer, without identifying them"), max_length=300, blank=True
    )
    debriefing = models.BooleanField(_("debriefing held or needed"), default=False)
    occupational_health = models.BooleanField(_("occupational health contacted"), default=False)
    police_report = models.BooleanField(_("report made to the police"), default=False)
    security_called = models.BooleanField(_("security guard called"), default=False)
    support_note = models.TextField(_("support given or needed"), blank=True)
    follow_up = models.TextField(_("follow-up actions proposed"), blank=True)
    reviewed_at = models.DateTimeField(_("reviewed"), null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("reviewed by"),
    )
    review_note = models.TextField(_("review note"), blank=True)
    measures = models.TextField(_("measures agreed"), blank=True)

    class Meta:
        ordering = ["-occurred_at", "-pk"]
        verbose_name = _("documented hard situation")
        verbose_name_plural = _("documented hard situations")
        indexes = [models.Index(fields=["reviewed_at", "occurred_at"], name="situation_review")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.occurred_at:%Y-%m-%d}"

    @property
    def is_reviewed(self) -> bool:
        return self.reviewed_at is not None
