import datetime as dt
import hashlib
import json

from django.conf import settings
from django.db import models
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
        raise ValueError("Access log entries are written one by one, chained, by the service.")


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
