import datetime as dt
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.db.models import Q, QuerySet

from luukku.organisation.models import User

from .models import GENESIS, AccessLogChain, AccessLogEntry, canonical_text, chain_hash


def access_log_for_customer(*, customer, viewer: User) -> QuerySet[AccessLogEntry]:
    """The log of one customer's personal data, for supervisors and administrators only;
    with the log of the records merged into it."""
    if not viewer.sees_everything:
        raise PermissionDenied
    return AccessLogEntry.objects.filter(
        Q(customer=customer) | Q(customer__merged_into=customer)
    ).select_related("actor", "case")


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
