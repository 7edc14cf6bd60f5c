from django.db import transaction
from django.utils import timezone

from luukku.core.locks import row_lock, write_end_deferred

from .masking import identity_codes_masked
from .models import AccessLogChain, AccessLogEntry

# Paging and the CSRF token say nothing about what was listed.
QUERY_IGNORED = {"csrfmiddlewaretoken"}


def _query_canonical(query: dict | None) -> dict:
    """What a list was asked for, as JSON the hash reads the same on every database:
    empty filters left out, everything else as text (or a whole number); an identity code
    typed into a search is masked (the log says a code was searched, not whose)."""
    if hasattr(query, "lists"):  # a QueryDict: each parameter once, repeated ones as lists
        query = {key: values if len(values) > 1 else values[0] for key, values in query.lists()}
    result = {}
    for key, value in (query or {}).items():
        if value in (None, "", False, [], ()) or key in QUERY_IGNORED:
            continue
        if isinstance(value, bool | int):
            result[str(key)] = value
        elif isinstance(value, list | tuple):
            result[str(key)] = [str(item) for item in value]
        else:
            result[str(key)] = identity_codes_masked(str(getattr(value, "pk", value)))
    return result


def access_log_record(
    *,
    actor,
    action: str,
    context: str,
    customer=None,
    case=None,
    fields: list[str] | None = None,
    query: dict | None = None,
    count: int | None = None,
) -> AccessLogEntry:
    """Write who viewed or changed which personal data, and why (the context).

    A case's customer is logged with the case, so that a customer's log lists every view of
    their cases too. A list or search shown is one entry (`action="list"`) with its `query`
    (the search words and filters) and the `count` of rows the page showed, not one per row.

    Each entry is chained to the one before it under the chain's head row, locked (on
    PostgreSQL; SQLite has one writer at a time) and shared by every writer. Within a write
    (`core.locks`) the entry is chained and saved at the write's end, just before its
    commit, so the head is held only from there: until then the entry returned is unsaved.
    An entry recorded inside a savepoint that is rolled back is dropped with what it logged.
    """
    if customer is None and case is not None:
        customer = case.customer if case.customer_id else None
    actor = actor if actor is not None and actor.is_authenticated else None
    entry = AccessLogEntry(
        at=timezone.now(),
        actor=actor,
        action=action,
        customer=customer,
        case=case,
        context=context[:200],
        fields=list(fields or []),
        query=_query_canonical(query),
        count=count,
    )
    if not write_end_deferred(_entries_chain, entry):
        _entries_chain([entry])
    return entry


def _entries_chain(entries: list[AccessLogEntry]) -> None:
    """Append `entries` to the chain, in their order, under its locked head."""
    with transaction.atomic(savepoint=False):
        head = _chain_head()
        for entry in entries:
            entry.previous_hash = head.last_hash
            entry.row_hash = head.last_hash = entry.computed_hash()
        AccessLogEntry.objects.chained_append(entries)
        head.last_entry_id, head.length = entries[-1].pk, head.length + len(entries)
        AccessLogChain.objects.filter(pk=head.pk).update(
            last_hash=head.last_hash, last_entry_id=head.last_entry_id, length=head.length
        )


def access_log_list(*, actor, context: str, query, count: int, customer=None) -> AccessLogEntry:
    """`access_log_record` for one page view of a list or search: one entry with what was
    asked (`query`: the search words and filters, e.g. `request.GET`) and how many rows the
    page showed, never one entry per row; `customer` when the list is about one person."""
    return access_log_record(
        actor=actor,
        action=AccessLogEntry.Action.LIST,
        context=context,
        customer=customer,
        query=query,
        count=count,
    )


def _chain_head() -> AccessLogChain:
    head = row_lock(AccessLogChain, 1, missing_ok=True)
    if head is None:
        AccessLogChain.objects.get_or_create(pk=1)
        head = row_lock(AccessLogChain, 1)
    return head
