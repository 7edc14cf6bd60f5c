"""Service-level targets: how soon a case gets its first response and its resolution."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from luukku.cases.models import Priority
from luukku.catalogue.models import Service


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
