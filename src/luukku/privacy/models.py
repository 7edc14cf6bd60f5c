import datetime as dt
import hashlib
import json

from django.conf import settings
from django.db import models
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# The hash before the first entry of the chain.
GENESIS = "0" * 64


class AccessLogQuerySet(models.QuerySet):
    """The log is append-only: no bulk change or removal through the ORM either."""

    def update(self, **kwargs):
        raise ValueError("The access log is append-only.")

    def delete(self):
        raise ValueError("The access log is append-only.")

    def bulk_create(self, objs, *args, **kwargs):
        raise ValueError("Access log entries are written chained, by the service.")

    def chained_append(self, entries: list) -> list:
        """Insert `entries` already chained to the head (by `privacy.services`, under its
        lock), in their order: their keys then follow the chain."""
        return super().bulk_create(entries)


class AccessLogEntry(models.Model):
    """One view or change of personal data, or one list of it shown: who, what, when and in
    which context.

    Append-only and tamper-evident: each entry carries the hash of the entry before it
    (`previous_hash`) and its own (`row_hash`, SHA-256 over the previous hash and this
    entry's canonical fields), so a changed, removed or inserted row breaks the chain
    (`luukku accesslog-verify`). Entries are written by `privacy.services.access_log_record`
    only, never updated or deleted.
    """

    class Action(models.TextChoices):
        VIEW = "view", _("Viewed")
        CREATE = "create", _("Created")
        CHANGE = "change", _("Changed")
        REVEAL = "reveal", _("Revealed identity code")
        MERGE = "merge", _("Merged records")
        LIST = "list", _("Listed")

    at = models.DateTimeField(_("time"), default=timezone.now, db_index=True)
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
    # A list or search shown: its query and filters, and how many rows the page showed.
    query = models.JSONField(_("query"), default=dict, blank=True)
    count = models.PositiveIntegerField(_("rows shown"), null=True, blank=True)
    previous_hash = models.CharField(_("previous entry's hash"), max_length=64, editable=False)
    row_hash = models.CharField(_("hash"), max_length=64, editable=False)

    objects = AccessLogQuerySet.as_manager()

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

    def canonical(self) -> str:
        """The entry's fields as one text, the same on every database."""
        return canonical_text(
            at=self.at,
            actor_id=self.actor_id,
            action=self.action,
            customer_id=self.customer_id,
            case_id=self.case_id,
            context=self.context,
            fields=self.fields,
            query=self.query,
            count=self.count,
        )

    def computed_hash(self) -> str:
        return chain_hash(self.previous_hash, self.canonical())


def canonical_text(
    *, at, actor_id, action, customer_id, case_id, context, fields, query, count
) -> str:
    return json.dumps(
        {
            "at": at.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
            "actor": actor_id,
            "action": action,
            "customer": customer_id,
            "case": case_id,
            "context": context,
            "fields": fields,
            "query": query,
            "count": count,
        },
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )


def chain_hash(previous_hash: str, canonical: str) -> str:
    return hashlib.sha256(f"{previous_hash}\n{canonical}".encode()).hexdigest()


class AccessLogChain(models.Model):
    """The head of the access log's hash chain: one row, locked by every writer so that
    concurrent writers keep one chain (on PostgreSQL by `select_for_update`, on SQLite by
    its one writer at a time)."""

    last_hash = models.CharField(max_length=64, default=GENESIS)
    last_entry_id = models.BigIntegerField(null=True, blank=True)
    length = models.PositiveBigIntegerField(default=0)

    class Meta:
        verbose_name = _("access log chain")

    def __str__(self) -> str:
        return f"{self.length} {self.last_hash[:12]}"


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
