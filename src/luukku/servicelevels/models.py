"""Service-level targets: how soon a case gets its first response and its resolution."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from luukku.cases.models import Case, Priority
from luukku.catalogue.models import Service
from luukku.organisation.models import Department


class Target(models.Model):
    """Targets in business hours for a service and priority.

    An empty service is the default for services without their own targets; an empty priority
    covers every priority. The most specific target applies.
    """

    service = models.ForeignKey(
        Service,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="service_level_targets",
        verbose_name=_("service"),
        help_text=_("Empty: every service that has no targets of its own."),
    )
    priority = models.PositiveSmallIntegerField(
        _("priority"),
        choices=Priority.choices,
        null=True,
        blank=True,
        help_text=_("Empty: every priority."),
    )
    first_response_hours = models.DecimalField(
        _("first response within (business hours)"),
        max_digits=6,
        decimal_places=2,
        validators=[MinValueValidator(0.25)],
    )
    resolution_hours = models.DecimalField(
        _("resolution within (business hours)"),
        max_digits=7,
        decimal_places=2,
        validators=[MinValueValidator(0.25)],
    )
    warning_percent = models.PositiveSmallIntegerField(
        _("warn when this share of the time is used (%)"),
        default=75,
        validators=[MinValueValidator(1), MaxValueValidator(99)],
    )

    class Meta:
        ordering = ["service", "priority"]
        verbose_name = _("service-level target")
        verbose_name_plural = _("service-level targets")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(resolution_hours__gte=models.F("first_response_hours")),
                name="target_resolution_after_response",
            )
        ]

    def __str__(self) -> str:
        service = self.service or _("every service")
        priority = self.get_priority_display() if self.priority else _("every priority")
        return f"{service} · {priority}"

    def clean(self):
        if (
            self.first_response_hours is not None
            and self.resolution_hours is not None
            and self.resolution_hours < self.first_response_hours
        ):
            raise ValidationError(
                {"resolution_hours": _("Resolution cannot be due before the first response.")}
            )
        duplicate = Target.objects.filter(service=self.service, priority=self.priority).exclude(
            pk=self.pk
        )
        if duplicate.exists():
            raise ValidationError(_("There are already targets for this service and priority."))


class Clock(models.TextChoices):
    FIRST_RESPONSE = "first_response", _("First response")
    RESOLUTION = "resolution", _("Resolution")


class Alert(models.Model):
    """A warning before a breach, or the breach itself: recorded once per case and clock."""

    class Kind(models.TextChoices):
        WARNING = "warning", _("Warning")
        BREACH = "breach", _("Breach")

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="service_level_alerts")
    clock = models.CharField(_("clock"), max_length=20, choices=Clock.choices)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    due_at = models.DateTimeField(_("due"))
    recorded_at = models.DateTimeField(_("recorded"), default=timezone.now, db_index=True)

    class Meta:
        ordering = ["recorded_at", "pk"]
        verbose_name = _("service-level alert")
        verbose_name_plural = _("service-level alerts")
        constraints = [
            models.UniqueConstraint(fields=["case", "clock", "kind"], name="alert_once_per_clock")
        ]

    def __str__(self) -> str:
        return f"{self.case.reference} {self.get_clock_display()} {self.get_kind_display()}"


class EscalationStep(models.Model):
    """One rung of a department's escalation ladder: who takes the case up, and how soon."""

    department = models.ForeignKey(
        Department,
        on_delete=models.CASCADE,
        related_name="escalation_steps",
        verbose_name=_("department"),
    )
    position = models.PositiveSmallIntegerField(_("step"), validators=[MinValueValidator(1)])
    title = models.CharField(
        _("role"), max_length=200, help_text=_("e.g. team lead, head of unit, city lawyer")
    )
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="escalation_steps",
        verbose_name=_("person"),
    )
    response_hours = models.DecimalField(
        _("handle within (business hours)"),
        max_digits=6,
        decimal_places=2,
        validators=[MinValueValidator(0.25)],
    )

    class Meta:
        ordering = ["department", "position"]
        verbose_name = _("escalation step")
        verbose_name_plural = _("escalation steps")
        constraints = [
            models.UniqueConstraint(
                fields=["department", "position"], name="escalation_step_position"
            )
        ]

    def __str__(self) -> str:
        return f"{self.department} {self.position}. {self.title}"


class Escalation(models.Model):
    """A case taken up a step of the ladder; open until that person handles it or it goes on
    to the next step when its due time passes."""

    class Trigger(models.TextChoices):
        MANUAL = "manual", _("Escalated by hand")
        BREACH = "breach", _("The resolution time was exceeded")
        TIMEOUT = "timeout", _("Not handled at the previous step in time")

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="escalations")
    step = models.ForeignKey(
        EscalationStep, on_delete=models.PROTECT, related_name="escalations", verbose_name=_("step")
    )
    holder = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="escalations",
        verbose_name=_("escalated to"),
    )
    escalated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("escalated by"),
    )
    trigger = models.CharField(
        _("why"), max_length=10, choices=Trigger.choices, default=Trigger.MANUAL
    )
    reason = models.TextField(_("reason"), blank=True)
    escalated_at = models.DateTimeField(_("escalated"), default=timezone.now)
    due_at = models.DateTimeField(_("due"), db_index=True)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)
    outcome = models.TextField(_("outcome"), blank=True)

    class Meta:
        ordering = ["escalated_at", "pk"]
        verbose_name = _("escalation")
        verbose_name_plural = _("escalations")
        constraints = [
            models.UniqueConstraint(fields=["case", "step"], name="escalation_once_per_step")
        ]

    def __str__(self) -> str:
        return f"{self.case.reference} → {self.step}"

    @property
    def is_open(self) -> bool:
        return self.closed_at is None
