import datetime as dt
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.db.models import Q, QuerySet
from django.utils import timezone

from luukku.organisation.models import User

from .models import (
    GENESIS,
    AccessLogChain,
    AccessLogEntry,
    RetentionRule,
    RetentionRun,
    canonical_text,
    chain_hash,
)


def access_log_for_customer(*, customer, viewer: User) -> QuerySet[AccessLogEntry]:
    """The log of one customer's personal data, for supervisors and administrators only;
    with the log of the records merged into it."""
    if not viewer.sees_everything:
        raise PermissionDenied
    return AccessLogEntry.objects.filter(
        Q(customer=customer) | Q(customer__merged_into=customer)
    ).select_related("actor", "case")


def access_log_search(
    *,
    viewer: User,
    customer=None,
    actor: User | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
    context: str = "",
    action: str = "",
) -> QuerySet[AccessLogEntry]:
    """The whole access log for the data protection officer (and administrators), newest
    first: by person (with the records merged into them), by staff member, by days
    (Helsinki, both inclusive), by context (a code and its details) and by action."""
    if not viewer.reads_access_log:
        raise PermissionDenied
    entries = AccessLogEntry.objects.select_related("actor", "case", "customer")
    if customer is not None:
        entries = entries.filter(Q(customer=customer) | Q(customer__merged_into=customer))
    if actor is not None:
        entries = entries.filter(actor=actor)
    if start is not None:
        entries = entries.filter(at__gte=_day_start(start))
    if end is not None:
        entries = entries.filter(at__lt=_day_start(end + dt.timedelta(days=1)))
    if context:
        entries = entries.filter(
            Q(context=context)
            | Q(context__startswith=f"{context}:")
            | Q(context__endswith=f"_{context}")
        )
    if action:
        entries = entries.filter(action=action)
    return entries.order_by("-at", "-pk")


def _day_start(day: dt.date) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time.min))


@dataclass(frozen=True)
class ChainBreak:
    entry_id: int | None
    at: dt.datetime | None
    reason: str


def access_log_verify() -> tuple[int, ChainBreak | None]:
    """Walk the chain from its first entry: how many entries hold, and the first that does
    not (its hash does not match its fields, or it does not follow the entry before it),
    or the head that does not match the last entry (entries removed from the end)."""
    previous = GENESIS
    checked = 0
    last_id = None
    rows = AccessLogEntry.objects.order_by("pk").values_list(
        "pk",
        "at",
        "actor_id",
        "action",
        "customer_id",
        "case_id",
        "context",
        "fields",
        "query",
        "count",
        "previous_hash",
        "row_hash",
    )
    for row in rows.iterator(chunk_size=2000):
        pk, at, actor_id, action, customer_id, case_id, context, fields, query, count = row[:10]
        previous_hash, row_hash = row[10:]
        if previous_hash != previous:
            return checked, ChainBreak(pk, at, "does not follow the entry before it")
        text = canonical_text(
            at=at,
            actor_id=actor_id,
            action=action,
            customer_id=customer_id,
            case_id=case_id,
            context=context,
            fields=fields,
            query=query,
            count=count,
        )
        if chain_hash(previous_hash, text) != row_hash:
            return checked, ChainBreak(pk, at, "its fields do not match its hash")
        previous = row_hash
        last_id = pk
        checked += 1
    head = AccessLogChain.objects.filter(pk=1).first()
    if head is not None and (head.last_hash != previous or head.length != checked):
        return checked, ChainBreak(
            last_id, None, "the chain's head does not match its last entry (entries removed)"
        )
    return checked, None


def may_handle_subject_requests(user) -> bool:
    """Who may export a person's data or erase it, and read the retention figures:
    supervisors and administrators (for a person, only one who may see all their cases:
    `cases.selectors.customer_cases_all_visible`)."""
    return bool(user and user.is_authenticated and user.sees_everything)


def retention_rules() -> list:
    """The default rule first, then each service's own."""
    rules = list(RetentionRule.objects.select_related("service"))
    return sorted(rules, key=lambda rule: (rule.service_id is not None, str(rule)))


def retention_rule_for(service_id: int, rules: list | None = None):
    """The service's own rule, else the default; None when there is no rule at all."""
    rules = retention_rules() if rules is None else rules
    default = None
    for rule in rules:
        if rule.service_id == service_id:
            return rule
        if rule.service_id is None:
            default = rule
    return default


def retention_runs_latest() -> dict:
    """The last dry run and the last real run, for the supervisors' page."""
    return {
        "dry_run": RetentionRun.objects.filter(dry_run=True).first(),
        "run": RetentionRun.objects.filter(dry_run=False).first(),
    }
