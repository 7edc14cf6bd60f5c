"""The parts of a person's data that the apps above privacy hold, registered by those apps.

Privacy sits below customers, cases and appointments, so it cannot import them; as `search`
does with its documents, each app that holds personal data registers here (in its
`AppConfig.ready`) how to export it, what stops its erasure and how to anonymise it — the
person's own record too (`register_record`, by customers). The data-subject export, the
erasure and the retention round (`privacy.subject_requests`, `privacy.retention`) then go
through what is registered, and a new app that holds personal data joins them by
registering too.
"""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class ExportPart:
    """One part of an export: rows for `data.json` (and the summary), files for the archive
    as (name in the archive, an open-able file)."""

    rows: list[dict[str, Any]]
    files: list[tuple[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class SubjectRecord:
    """The person's own record, as the app that keeps it (customers) registers it."""

    # An id or identity code -> the record to use; LookupError says why there is none.
    find: Callable[[str], Any]
    # The record again, locked for the erasure's transaction.
    lock: Callable[[Any], Any]
    # The record as the export's `data.json` gives it.
    row: Callable[[Any], dict[str, Any]]
    # anonymise(customer=, now=) -> the record, blanked (with the records merged into it).
    anonymise: Callable[..., Any]
    # The fields the erasure writes to the access log as changed.
    erased_fields: tuple[str, ...]


@dataclass(frozen=True)
class SubjectCase:
    """What the erasure needs to know of one of the person's cases."""

    pk: int
    reference: str
    service_id: int
    is_open: bool
    ended_at: dt.datetime | None
    legal_hold: bool
    anonymised: bool


@dataclass(frozen=True)
class RetentionTarget:
    """A kind of record the retention rules anonymise: `due` lists the ids of the records
    past `cutoff` (of the services `service_ids`, or of every service but `exclude` when it
    is None), `anonymise` anonymises one (inside the caller's transaction)."""

    key: str
    rule_field: str
    due: Callable[..., list[int]]
    anonymise: Callable[[int], None]


def retention_scope(rows, *, service_ids, exclude):
    """The rows of `rows` (a queryset with `service` and `customer`) that a retention rule
    reaches: of the services `service_ids`, or of every service but `exclude` when it is
    None; never one whose person is on legal hold."""
    rows = rows.exclude(customer__legal_hold=True)
    if service_ids is not None:
        return rows.filter(service_id__in=service_ids)
    return rows.exclude(service_id__in=exclude)


@dataclass
class Registry:
    # The person's own record (customers).
    record: SubjectRecord | None = None
    # key -> function(customer) -> ExportPart
    exports: dict[str, Callable[..., ExportPart]] = field(default_factory=dict)
    # function(customer) -> list[SubjectCase]
    cases: Callable[..., list[SubjectCase]] | None = None
    # function(customer, now) -> list of reasons the person's data cannot be erased now
    blockers: list[Callable[..., list[str]]] = field(default_factory=list)
    # function(case_id): anonymise what the app holds of the case
    case_anonymisers: list[Callable[[int], None]] = field(default_factory=list)
    # function(customer) -> number of rows: anonymise what the app holds of the person
    customer_anonymisers: dict[str, Callable[..., int]] = field(default_factory=dict)
    targets: dict[str, RetentionTarget] = field(default_factory=dict)
    # The channels' codes and names, for the access log's contexts (`web_request`).
    channels: dict[str, Any] = field(default_factory=dict)


registry = Registry()


def register_record(record: SubjectRecord) -> None:
    registry.record = record


def register_export(key: str, function: Callable[..., ExportPart]) -> None:
    registry.exports[key] = function


def register_cases(function: Callable[..., list[SubjectCase]]) -> None:
    registry.cases = function


def register_blockers(function: Callable[..., list[str]]) -> None:
    if function not in registry.blockers:
        registry.blockers.append(function)


def register_case_anonymiser(function: Callable[[int], None]) -> None:
    if function not in registry.case_anonymisers:
        registry.case_anonymisers.append(function)


def register_customer_anonymiser(key: str, function: Callable[..., int]) -> None:
    registry.customer_anonymisers[key] = function


def register_channels(choices) -> None:
    registry.channels.update(dict(choices))


def register_retention_target(target: RetentionTarget) -> None:
    registry.targets[target.key] = target
