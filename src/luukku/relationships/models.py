"""Customer plans and their annual clock (docs/relationships.md).

A key customer (an internal unit, an association, a company) has one current plan; each
change saves a new version and keeps the earlier ones. The meetings of the annual clock are
series on the customer (a recurrence rule: every month, quarter or year from a first
meeting); one occurrence moved, cancelled, reminded of or held is a row of its own, keyed by
the time the rule gave it.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from luukku.catalogue.models import Service
from luukku.customers.models import Customer


class CustomerPlan(models.Model):
    """One version of a customer's plan: goals, agreed services and their service levels,
    the responsible handler, when it is valid and when it is reviewed."""

    customer = models.ForeignKey(
        Customer, on_delete=models.CASCADE, related_name="plans", verbose_name=_("customer")
    )
    version = models.PositiveIntegerField(_("version"), default=1)
    is_current = models.BooleanField(_("current"), default=True)
    goals = models.TextField(_("goals"))
    services = models.ManyToManyField(
        Service, blank=True, related_name="+", verbose_name=_("agreed services")
    )
    service_levels = models.TextField(
        _("agreed service levels"),
        blank=True,
        help_text=_("What was promised, in plain words: answer times, opening hours, contacts."),
    )
    handler = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="plans_handled",
        verbose_name=_("responsible handler"),
    )
    valid_from = models.DateField(_("valid from"))
    valid_until = models.DateField(_("valid until"), null=True, blank=True)
    review_on = models.DateField(_("review date"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(_("saved"), default=timezone.now)

    class Meta:
        ordering = ["customer_id", "-version"]
        verbose_name = _("customer plan")
        verbose_name_plural = _("customer plans")
        constraints = [
            models.UniqueConstraint(
                fields=["customer"], condition=Q(is_current=True), name="plan_one_current"
            ),
            models.UniqueConstraint(fields=["customer", "version"], name="plan_version_once"),
            models.CheckConstraint(
                condition=Q(valid_until__isnull=True) | Q(valid_until__gte=models.F("valid_from")),
                name="plan_valid_order",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.customer} v{self.version}"


class PlanContact(models.Model):
    """A contact person of the customer named on one version of the plan."""

    plan = models.ForeignKey(CustomerPlan, on_delete=models.CASCADE, related_name="contacts")
    name = models.CharField(_("name"), max_length=200)
    role = models.CharField(_("role"), max_length=200, blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)

    class Meta:
        ordering = ["plan", "pk"]
        verbose_name = _("contact person")
        verbose_name_plural = _("contact persons")

    def __str__(self) -> str:
        return self.name


class MeetingSeries(models.Model):
    """A recurring meeting of the annual clock: a follow-up or a review, every month,
    quarter or year from the first one, at the same local time (across DST)."""

    class Kind(models.TextChoices):
        FOLLOW_UP = "follow_up", _("Follow-up meeting")
        REVIEW = "review", _("Plan review")

    class Frequency(models.TextChoices):
        MONTHLY = "monthly", _("Every month")
        QUARTERLY = "quarterly", _("Every quarter")
        YEARLY = "yearly", _("Every year")

    customer = models.ForeignKey(Customer, on_delete=models.CASCADE, related_name="meeting_series")
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=200)
    frequency = models.CharField(_("repeats"), max_length=12, choices=Frequency.choices)
    first_at = models.DateTimeField(_("first meeting"))
    until = models.DateField(_("repeats until"), null=True, blank=True)
    ended_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["customer_id", "first_at"]
        verbose_name = _("recurring meeting")
        verbose_name_plural = _("recurring meetings")

    def __str__(self) -> str:
        return self.title


class MeetingOccurrence(models.Model):
    """One meeting of a series that is more than the rule: moved, cancelled, reminded of or
    held (with its minutes). `planned_at` is the time the rule gave it."""

    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        CANCELLED = "cancelled", _("Cancelled")
        HELD = "held", _("Held")

    series = models.ForeignKey(MeetingSeries, on_delete=models.CASCADE, related_name="occurrences")
    planned_at = models.DateTimeField()
    at = models.DateTimeField(_("time"))
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PLANNED
    )
    minutes = models.TextField(_("minutes"), blank=True)
    reminded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["at"]
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        constraints = [
            models.UniqueConstraint(fields=["series", "planned_at"], name="occurrence_once")
        ]

    def __str__(self) -> str:
        return f"{self.series} {self.at:%Y-%m-%d}"
