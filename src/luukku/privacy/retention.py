"""The retention round: each rule anonymises the records of its services that have been
kept long enough (`luukku retention`, and the worker's timed round).

A dry run finds the same records and changes nothing. A real run anonymises one record
per transaction, so a failure on one (logged, counted) loses nothing already done and
leaves that record whole for the next round.
"""

import datetime as dt
import logging
from collections.abc import Iterator
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from .models import RetentionRule, RetentionRun
from .selectors import retention_rules
from .subjects import registry

logger = logging.getLogger(__name__)

# The targets counted as "appointments" in the figures (appointments and callbacks).
APPOINTMENT_TARGETS = frozenset({"appointments", "callbacks"})


@dataclass(frozen=True)
class Due:
    rule: RetentionRule
    target: str
    cutoff: dt.datetime
    ids: list[int]


def retention_due(*, now: dt.datetime) -> Iterator[Due]:
    """What each rule finds past its period at `now`, per kind of record; found one kind
    at a time, so that a run's counts leave out what an earlier kind already took along
    (a case's appointments go with the case)."""
    rules = retention_rules()
    own = [rule.service_id for rule in rules if rule.service_id is not None]
    for rule in rules:
        for key, target in registry.targets.items():
            days = getattr(rule, target.rule_field)
            if days is None:
                continue
            cutoff = now - dt.timedelta(days=days)
            if rule.service_id is None:
                ids = target.due(service_ids=None, exclude=own, cutoff=cutoff)
            else:
                ids = target.due(service_ids=[rule.service_id], exclude=None, cutoff=cutoff)
            yield Due(rule=rule, target=key, cutoff=cutoff, ids=ids)


def _anonymise(target: str, pk: int) -> None:
    with transaction.atomic():
        if target == "cases":
            for anonymiser in registry.case_anonymisers:
                anonymiser(pk)
        else:
            registry.targets[target].anonymise(pk)


def retention_run(*, dry_run: bool, now: dt.datetime | None = None) -> RetentionRun:
    """Apply every rule (or, with `dry_run`, only count what it would anonymise); the run
    and its figures per rule are kept for the supervisors' page and the metrics."""
    now = now or timezone.now()
    run = RetentionRun(started_at=now, dry_run=dry_run)
    figures: dict[int, dict] = {}
    for due in retention_due(now=now):
        kind = "cases" if due.target == "cases" else "appointments"
        row = figures.setdefault(
            due.rule.pk,
            {
                "rule": due.rule.pk,
                "service": due.rule.service_id,
                "label": str(due.rule),
                "cases_after_days": due.rule.cases_after_days,
                "appointments_after_days": due.rule.appointments_after_days,
                "cases_due": 0,
                "appointments_due": 0,
                "cases_done": 0,
                "appointments_done": 0,
            },
        )
        row[f"{kind}_due"] += len(due.ids)
        if dry_run:
            continue
        for pk in due.ids:
            try:
                _anonymise(due.target, pk)
            except Exception:
                logger.exception("Retention: %s %s could not be anonymised", due.target, pk)
                run.failures += 1
            else:
                row[f"{kind}_done"] += 1
    run.figures = list(figures.values())
    run.cases_anonymised = sum(row["cases_done"] for row in run.figures)
    run.appointments_anonymised = sum(row["appointments_done"] for row in run.figures)
    run.finished_at = timezone.now()
    run.save()
    return run


@dataclass(frozen=True)
class MonthFigures:
    month: dt.date
    cases: int
    appointments: int


def retention_figures(*, now: dt.datetime, months: int = 6) -> dict:
    """For the metrics: what the runs anonymised in each of the last `months` months
    (Helsinki time), and what is due now."""
    local = timezone.localtime(now)
    first = local.date().replace(day=1)
    starts = [first]
    for _step in range(months - 1):
        starts.append((starts[-1] - dt.timedelta(days=1)).replace(day=1))
    starts.reverse()
    totals = {start: [0, 0] for start in starts}
    runs = RetentionRun.objects.filter(
        dry_run=False,
        started_at__gte=timezone.make_aware(dt.datetime.combine(starts[0], dt.time())),
    ).values_list("started_at", "cases_anonymised", "appointments_anonymised")
    for started_at, cases, appointments in runs:
        month = timezone.localtime(started_at).date().replace(day=1)
        if month in totals:
            totals[month][0] += cases
            totals[month][1] += appointments
    due = {"cases": 0, "appointments": 0}
    for found in retention_due(now=now):
        due["cases" if found.target == "cases" else "appointments"] += len(found.ids)
    return {
        "months": [MonthFigures(month, *totals[month]) for month in starts],
        "due": due,
    }
