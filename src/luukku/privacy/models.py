from django.conf import settings
from django.db import models
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _


class AccessLogEntry(models.Model):
    """One view or change of personal data: who, what, when and in which context.

    Entries are never updated or deleted by the application.
    """

    class Action(models.TextChoices):
        VIEW = "view", _("Viewed")
        CREATE = "create", _("Created")
        CHANGE = "change", _("Changed")
        REVEAL = "reveal", _("Revealed identity code")
        MERGE = "merge", _("Merged records")

    at = models.DateTimeField(_("time"), auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("by"),
    )
    action = models.CharField(_("action"), max_length=10, choices=Action.choices)
    customer = models.ForeignKey(
        "customers.Customer",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="access_log",
    )
    case = models.ForeignKey(
        "cases.Case", on_delete=models.PROTECT, null=True, blank=True, related_name="access_log"
    )
    context = models.CharField(_("context"), max_length=200)
    fields = models.JSONField(_("fields"), default=list, blank=True)

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name = _("access log entry")
        verbose_name_plural = _("access log")
        indexes = [models.Index(fields=["customer", "-at"], name="accesslog_customer_at")]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.action} {self.context}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValueError("Access log entries cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValueError("Access log entries cannot be deleted.")


class RetentionRule(models.Model):
    """How long a service's records are kept after they end, and why (the archives law, the
    city's information management plan). The rule without a service is the default; an empty
    period keeps the records permanently."""

    service = models.OneToOneField(
        "catalogue.Service",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="retention_rule",
        verbose_name=_("service"),
        help_text=_("Empty: the default rule of every service without its own."),
    )
    cases_after_days = models.PositiveIntegerField(
        _("cases anonymised after (days)"),
        null=True,
        blank=True,
        help_text=_(
            "Counted from the last change of a resolved or closed case. Empty: kept permanently."
        ),
    )
    appointments_after_days = models.PositiveIntegerField(
        _("appointments and callbacks anonymised after (days)"),
        null=True,
        blank=True,
        help_text=_("Counted from the end of the appointment or the callback window."),
    )
    basis = models.TextField(
        _("basis"),
        help_text=_("Why the records are kept this long: the law or the plan's task class."),
    )

    class Meta:
        ordering = ["service__name", "pk"]
        verbose_name = _("retention rule")
        verbose_name_plural = _("retention rules")
        constraints = [
            # One default rule (no service): the service's own is unique by its field.
            models.UniqueConstraint(
                Coalesce("service", models.Value(0)), name="retention_rule_one_default"
            )
        ]

    def __str__(self) -> str:
        return str(self.service) if self.service_id else str(_("Default rule"))


class SubjectRequest(models.Model):
    """A data-subject request handled: an export or an erasure. Says who, when, what (counts
    of records) and why, never the data itself."""

    class Kind(models.TextChoices):
        EXPORT = "export", _("Export")
        ERASURE = "erasure", _("Erasure")

    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    customer = models.ForeignKey(
        "customers.Customer",
        on_delete=models.PROTECT,
        related_name="subject_requests",
        verbose_name=_("customer"),
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("by"),
    )
    at = models.DateTimeField(_("time"))
    reason = models.TextField(_("reason"), blank=True)
    counts = models.JSONField(_("records"), default=dict, blank=True)

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name = _("data-subject request")
        verbose_name_plural = _("data-subject requests")

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.at:%Y-%m-%d %H:%M}"


class RetentionRun(models.Model):
    """One round of the retention rules, or its dry run: what each rule found due and what
    was anonymised."""

    started_at = models.DateTimeField(_("started"), db_index=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    dry_run = models.BooleanField(_("dry run"), default=False)
    # [{"rule": id, "label": str, "cases_due": n, "appointments_due": n, ...}]
    figures = models.JSONField(default=list, blank=True)
    cases_anonymised = models.PositiveIntegerField(_("cases anonymised"), default=0)
    appointments_anonymised = models.PositiveIntegerField(
        _("appointments and callbacks anonymised"), default=0
    )
    failures = models.PositiveIntegerField(_("failures"), default=0)

    class Meta:
        ordering = ["-started_at", "-pk"]
        verbose_name = _("retention run")
        verbose_name_plural = _("retention runs")

    def __str__(self) -> str:
        return f"{self.started_at:%Y-%m-%d %H:%M}"
