"""Keeping the rollups current.

A round works out the facts (`CaseFact`) of each case whose timeline has new events — the
only work done per case — and then counts again, whole, every day those cases and events fall
on, by summing facts and events in the database; then the months of those days. Counting a
day again (instead of adding to it) makes a round idempotent: a worker that dies half way, or
two rounds at once, leave the same figures as one clean round.
"""

import datetime as dt
import logging
from collections import Counter, defaultdict

from django.db import connection, transaction
from django.db.models import Count, F, Max, Q, Sum
from django.db.models.functions import TruncDate
from django.utils import timezone

from luukku.cases.models import Case, CaseEvent, Channel, Consultation, Status
from luukku.core.calendar import HELSINKI
from luukku.core.locks import row_lock
from luukku.organisation.models import User
from luukku.organisation.selectors import business_hours
from luukku.search.backends.sqlite import word_stems
from luukku.servicelevels.selectors import case_service_level

from .durations import bucket_of
from .models import (
    CaseFact,
    CaseFigures,
    ContactVolume,
    DurationFigures,
    KeywordFigures,
    Level,
    Period,
    RollupState,
)

logger = logging.getLogger(__name__)

KEYWORDS_KEPT = 10  # per day and service
KEYWORDS_KEPT_OVERALL = 100  # per day over every service
FRONT_LINE_ROLES = {User.Role.AGENT, User.Role.SUPERVISOR, User.Role.ADMINISTRATOR}
DIMENSIONS = ("service_id", "department_id", "channel", "service_point_id")


def day_bounds(day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    start = dt.datetime.combine(day, dt.time.min, tzinfo=HELSINKI)
    end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time.min, tzinfo=HELSINKI)
    return start, end


CASE_FIELDS = (
    "pk",
    *DIMENSIONS,
    "assignee_id",
    "assignee__role",
    "status",
    "priority",
    "created_at",
    "resolved_at",
    "first_contact_resolution",
    "forwarded_to_id",
    "subject",
    "language",
)
FACT_BATCH = 500


def resolution_level(case: dict, consulted: bool) -> str:
    """forwarded, consulted, front_line or "" (not resolved, or resolved by an expert)."""
    if case["forwarded_to_id"]:
        return "forwarded"
    if consulted:
        return "consulted"
    resolved = case["status"] in (Status.RESOLVED, Status.CLOSED)
    if resolved and (case["assignee_id"] is None or case["assignee__role"] in FRONT_LINE_ROLES):
        return "front_line"
    return ""


class _CaseView:
    """The few attributes of a case that the service-level clocks read, from a values row."""

    def __init__(self, row: dict):
        self.service_id = row["service_id"]
        self.priority = row["priority"]
        self.created_at = row["created_at"]
        self.resolved_at = row["resolved_at"]
        self.status = row["status"]


def _state(clock) -> str:
    if clock.is_done or clock.state == "breached":
        return "met" if clock.state == "met" else "breached"
    return ""


def _local_date(moment: dt.datetime) -> dt.date:
    return moment.astimezone(HELSINKI).date()


def facts_refresh(case_ids, *, hours, now, targets: dict) -> set[dt.date]:
    """Work out the cases' facts again; returns the days whose counts that may change (the
    creation and resolution days before and after)."""
    days: set[dt.date] = set()
    case_ids = list(case_ids)
    for start in range(0, len(case_ids), FACT_BATCH):
        batch = case_ids[start : start + FACT_BATCH]
        days |= _facts_batch(batch, hours=hours, now=now, targets=targets)
    return days


def _facts_batch(ids, *, hours, now, targets) -> set[dt.date]:
    days = set()
    for created_on, resolved_on in CaseFact.objects.filter(case_id__in=ids).values_list(
        "created_on", "resolved_on"
    ):
        days.add(created_on)
        if resolved_on:
            days.add(resolved_on)
    cases = list(Case.objects.filter(pk__in=ids).values(*CASE_FIELDS))
    consulted = set(Consultation.objects.filter(case_id__in=ids).values_list("case_id", flat=True))
    timelines = defaultdict(list)
    for event in CaseEvent.objects.filter(
        case_id__in=ids, kind__in=[CaseEvent.Kind.STATUS, CaseEvent.Kind.MESSAGE_OUT]
    ).order_by("at", "pk"):
        timelines[event.case_id].append(event)
    facts = []
    for case in cases:
        events = timelines[case["pk"]]
        resolved = bool(case["status"] in (Status.RESOLVED, Status.CLOSED) and case["resolved_at"])
        replied = next((e.at for e in events if e.kind == CaseEvent.Kind.MESSAGE_OUT), None)
        responded = min(
            filter(None, [replied, case["resolved_at"] if resolved else None]), default=None
        )
        level = case_service_level(
            case=_CaseView(case), hours=hours, now=now, events=events, targets=targets
        )
        fact = CaseFact(
            case_id=case["pk"],
            created_on=_local_date(case["created_at"]),
            resolved_on=_local_date(case["resolved_at"]) if resolved else None,
            **{name: case[name] for name in DIMENSIONS},
            assignee_id=case["assignee_id"],
            resolved=resolved,
            first_contact=resolved and case["first_contact_resolution"],
            resolution_level=resolution_level(case, case["pk"] in consulted),
            response_bucket=bucket_of(hours.between(case["created_at"], responded).total_seconds())
            if responded
            else None,
            resolution_bucket=bucket_of(
                hours.between(case["created_at"], case["resolved_at"]).total_seconds()
            )
            if resolved
            else None,
            response_state=_state(level.first_response) if level else "",
            resolution_state=_state(level.resolution) if level else "",
            keywords=[list(pair) for pair in word_stems(case["subject"], case["language"])],
        )
        facts.append(fact)
        days.add(fact.created_on)
        if fact.resolved_on:
            days.add(fact.resolved_on)
    CaseFact.objects.filter(case_id__in=ids).delete()
    CaseFact.objects.bulk_create(facts)
    return days


def _count_if(condition: Q) -> Count:
    return Count("pk", filter=condition)


COHORT_COUNTS = {
    "cases": Count("pk"),
    "resolved": _count_if(Q(resolved=True)),
    "first_contact": _count_if(Q(first_contact=True)),
    "front_line": _count_if(Q(resolution_level="front_line")),
    "consulted": _count_if(Q(resolution_level="consulted")),
    "forwarded": _count_if(Q(resolution_level="forwarded")),
    "responded": _count_if(Q(response_bucket__isnull=False)),
    "response_targets": _count_if(~Q(response_state="")),
    "response_met": _count_if(Q(response_state="met")),
    "resolution_targets": _count_if(~Q(resolution_state="")),
    "resolution_met": _count_if(Q(resolution_state="met")),
}


def _cohort(day, rows, durations, keywords):
    """The day's new cases, summed by the database from their facts."""
    facts = CaseFact.objects.filter(created_on=day)
    group = [*DIMENSIONS, "assignee_id"]
    for row in facts.values(*group).annotate(**COHORT_COUNTS).order_by():
        rows[(tuple(row[name] for name in DIMENSIONS), row["assignee_id"])].update(
            {name: row[name] for name in COHORT_COUNTS}
        )
    for measure, column in (
        (DurationFigures.Measure.FIRST_RESPONSE, "response_bucket"),
        (DurationFigures.Measure.RESOLUTION, "resolution_bucket"),
    ):
        counted = (
            facts.filter(**{f"{column}__isnull": False})
            .values(*DIMENSIONS, column)
            .annotate(n=Count("pk"))
            .order_by()
        )
        for row in counted:
            durations[(tuple(row[name] for name in DIMENSIONS), measure, row[column])] += row["n"]
    for service_id, words in facts.values_list("service_id", "keywords"):
        for stem, word in words:
            keywords[service_id][stem][word] += 1


def _contacts(start, end, rows, volumes):
    """New cases and customers' later messages, by the case's dimensions and the channel
    they came through (a later e-mail is an e-mail contact whatever the case's channel)."""
    events = (
        CaseEvent.objects.filter(
            at__gte=start,
            at__lt=end,
            kind__in=[CaseEvent.Kind.CREATED, CaseEvent.Kind.MESSAGE_IN],
        )
        .exclude(kind=CaseEvent.Kind.MESSAGE_IN, at__lte=F("case__created_at"))
        .values_list(
            "kind",
            "at",
            "external_id",
            "case__assignee_id",
            *[f"case__{name}" for name in DIMENSIONS],
        )
    )
    channel_index = DIMENSIONS.index("channel")
    for kind, at, external_id, assignee, *dimensions in events:
        if kind == CaseEvent.Kind.MESSAGE_IN and external_id:
            dimensions[channel_index] = Channel.EMAIL
        rows[(tuple(dimensions), assignee)]["contacts"] += 1
        local = at.astimezone(HELSINKI)
        slot = local.replace(minute=local.minute - local.minute % 15, second=0, microsecond=0)
        volumes[(slot, dimensions[channel_index])] += 1


def _resolutions(day, rows):
    counted = (
        CaseFact.objects.filter(resolved_on=day)
        .values(*DIMENSIONS, "assignee_id")
        .annotate(n=Count("pk"))
        .order_by()
    )
    for row in counted:
        key = (tuple(row[name] for name in DIMENSIONS), row["assignee_id"])
        rows[key]["resolved_in_period"] += row["n"]


def _dimensions(key: tuple) -> dict:
    return dict(zip(DIMENSIONS, key, strict=True))


def _case_levels(rows: dict):
    """Each (dimensions, handler) row in detail, summed over handlers, and per handler."""
    without_handler: dict = defaultdict(Counter)
    by_handler: dict = defaultdict(Counter)
    for (key, assignee), counts in rows.items():
        yield Level.DETAIL, {**_dimensions(key), "assignee_id": assignee}, counts
        without_handler[key].update(counts)
        by_handler[(key[DIMENSIONS.index("channel")], assignee)].update(counts)
    for key, counts in without_handler.items():
        yield Level.WITHOUT_HANDLER, _dimensions(key), counts
    for (channel, assignee), counts in by_handler.items():
        yield Level.BY_HANDLER, {"channel": channel, "assignee_id": assignee}, counts


def _duration_levels(durations: Counter):
    by_channel: Counter = Counter()
    for (key, measure, bucket), n in durations.items():
        yield Level.DETAIL, _dimensions(key), measure, bucket, n
        by_channel[(key[DIMENSIONS.index("channel")], measure, bucket)] += n
    for (channel, measure, bucket), n in by_channel.items():
        yield Level.WITHOUT_HANDLER, {"channel": channel}, measure, bucket, n


def _keyword_levels(keywords: dict):
    """The top words of each service, and the day's top words over them all."""
    overall: dict = defaultdict(Counter)
    for service_id, stems in keywords.items():
        ranked = sorted(stems.items(), key=lambda item: (-sum(item[1].values()), item[0]))
        for stem, words in ranked[:KEYWORDS_KEPT]:
            yield Level.DETAIL, _keyword(service_id, stem, words)
        for stem, words in stems.items():
            overall[stem].update(words)
    ranked = sorted(overall.items(), key=lambda item: (-sum(item[1].values()), item[0]))
    for stem, words in ranked[:KEYWORDS_KEPT_OVERALL]:
        yield Level.WITHOUT_HANDLER, _keyword(None, stem, words)


def _keyword(service_id, stem, words: Counter) -> dict:
    return {
        "service_id": service_id,
        "keyword": stem[:60],
        "word": words.most_common(1)[0][0][:60],
        "count": sum(words.values()),
    }


def day_rows_write(day: dt.date, rows: dict, durations: Counter, keywords: dict) -> None:
    """Replace a day's rows with these counts, at every level of detail."""
    day_rows = {"period": Period.DAY, "starts_on": day}
    CaseFigures.objects.filter(**day_rows).delete()
    DurationFigures.objects.filter(**day_rows).delete()
    KeywordFigures.objects.filter(**day_rows).delete()
    CaseFigures.objects.bulk_create(
        CaseFigures(**day_rows, level=level, **dimensions, **counts)
        for level, dimensions, counts in _case_levels(rows)
    )
    DurationFigures.objects.bulk_create(
        DurationFigures(
            **day_rows, level=level, **dimensions, measure=measure, bucket=bucket, count=n
        )
        for level, dimensions, measure, bucket, n in _duration_levels(durations)
    )
    KeywordFigures.objects.bulk_create(
        KeywordFigures(**day_rows, level=level, **row) for level, row in _keyword_levels(keywords)
    )


@transaction.atomic
def rollup_day(day: dt.date) -> None:
    """Count one day (Finnish time) again from the facts of its cases and its timeline."""
    start, end = day_bounds(day)
    rows: dict = defaultdict(Counter)
    durations: Counter = Counter()
    keywords: dict = defaultdict(lambda: defaultdict(Counter))
    volumes: Counter = Counter()
    _cohort(day, rows, durations, keywords)
    _contacts(start, end, rows, volumes)
    _resolutions(day, rows)

    day_rows_write(day, rows, durations, keywords)
    ContactVolume.objects.filter(
        source=ContactVolume.Source.LUUKKU, starts_at__gte=start, starts_at__lt=end
    ).delete()
    ContactVolume.objects.bulk_create(
        ContactVolume(
            starts_at=slot, channel=channel, source=ContactVolume.Source.LUUKKU, contacts=count
        )
        for (slot, channel), count in volumes.items()
    )


@transaction.atomic
def rollup_month(month: dt.date) -> None:
    """Sum a month's day rows into its month rows."""
    first = month.replace(day=1)
    following = (first + dt.timedelta(days=32)).replace(day=1)
    days = {"period": Period.DAY, "starts_on__gte": first, "starts_on__lt": following}
    month_rows = {"period": Period.MONTH, "starts_on": first}
    for model, group, measures in (
        (CaseFigures, ["level", *DIMENSIONS, "assignee_id"], CaseFigures.MEASURES),
        (DurationFigures, ["level", *DIMENSIONS, "measure", "bucket"], ["count"]),
        (KeywordFigures, ["level", "service_id", "keyword"], ["count"]),
    ):
        model.objects.filter(**month_rows).delete()
        totals = (
            model.objects.filter(**days)
            .values(*group)
            .annotate(
                **{name: Sum(name) for name in measures},
                **({"word": Max("word")} if model is KeywordFigures else {}),
            )
        )
        model.objects.bulk_create(
            model(**month_rows, **{name: value for name, value in row.items()}) for row in totals
        )


def rollups_refresh(*, full: bool = False) -> int:
    """Work out the facts of every case with new timeline events, count again the days those
    cases and events fall on, and their months. `full` does every case and day again.
    Returns the number of days counted."""
    with transaction.atomic():
        state = row_lock(RollupState, 1, missing_ok=True)
        if state is None:
            RollupState.objects.get_or_create(pk=1)
            state = row_lock(RollupState, 1)
        since = 0 if full else state.last_event_id
        latest = CaseEvent.objects.aggregate(latest=Max("pk"))["latest"] or 0
        new = CaseEvent.objects.filter(pk__gt=since, pk__lte=latest)
        now = timezone.now()
        if full:
            CaseFact.objects.all().delete()
            touched = Case.objects.values_list("pk", flat=True).order_by("pk")
        else:
            touched = new.values_list("case_id", flat=True).distinct().order_by("case_id")
        days = facts_refresh(touched, hours=business_hours(), now=now, targets={})
        days |= set(
            new.annotate(day=TruncDate("at", tzinfo=HELSINKI))
            .values_list("day", flat=True)
            .distinct()
        )
        for day in sorted(days):
            rollup_day(day)
        for month in sorted({day.replace(day=1) for day in days}):
            rollup_month(month)
        state.last_event_id = latest
        state.refreshed_at = now
        state.save()
    statistics_refresh(thorough=full)
    if days:
        logger.info("Metrics: counted %d days again", len(days))
    return len(days)


def statistics_refresh(*, thorough: bool = False) -> None:
    """SQLite chooses its indexes from statistics it gathers only when asked (PostgreSQL's
    autovacuum does it by itself): after a large count, gather them for the rollup tables."""
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        if thorough:
            for model in (CaseFact, CaseFigures, DurationFigures, KeywordFigures):
                cursor.execute(f"ANALYZE {model._meta.db_table}")
        else:
            cursor.execute("PRAGMA optimize")


def _finnish_time(naive: dt.datetime, line: int) -> tuple[dt.datetime, str | None]:
    """A time without an offset read as Finnish time, or why it cannot be: the hour the
    clocks go back comes twice (which one is meant?), the hour they go forward never."""
    from django.utils.translation import gettext as _

    first, second = naive.replace(tzinfo=HELSINKI), naive.replace(tzinfo=HELSINKI, fold=1)
    when = naive.strftime("%Y-%m-%d %H:%M")
    if first.astimezone(dt.UTC).astimezone(HELSINKI).replace(tzinfo=None) != naive:
        return first, _(
            "Line %(line)d: %(time)s does not exist in Finnish time (the clocks go forward)."
        ) % {"line": line, "time": when}
    if first.utcoffset() != second.utcoffset():
        return first, _(
            "Line %(line)d: %(time)s comes twice in Finnish time (the clocks go back): "
            "give the offset, +03:00 for the first and +02:00 for the second."
        ) % {"line": line, "time": when}
    return first, None


def contact_volumes_import(source) -> int:
    """Import interval statistics (CSV: start, channel, contacts[, handle_seconds]) from a
    phone or queueing system. Every row is checked first; one bad row imports nothing."""
    import csv
    import itertools

    from django.core.exceptions import ValidationError
    from django.utils.dateparse import parse_datetime
    from django.utils.translation import gettext as _

    header = source.readline()
    # Finnish spreadsheets save CSV with semicolons.
    delimiter = ";" if header.count(";") > header.count(",") else ","
    reader = csv.DictReader(itertools.chain([header], source), delimiter=delimiter)
    missing = {"start", "channel", "contacts"} - {name.strip() for name in reader.fieldnames or ()}
    if missing:
        raise ValidationError(
            _("The file lacks the columns: %(columns)s.") % {"columns": ", ".join(sorted(missing))}
        )
    rows, errors = {}, []
    for line, row in enumerate(reader, start=2):
        starts_at = parse_datetime((row.get("start") or "").strip())
        channel = (row.get("channel") or "").strip()
        contacts = (row.get("contacts") or "").strip()
        seconds = (row.get("handle_seconds") or "").strip()
        if starts_at is None:
            errors.append(
                _("Line %(line)d: the start is not a time (write it as 2026-11-16T09:15).")
                % {"line": line}
            )
            continue
        if timezone.is_naive(starts_at):
            starts_at, problem = _finnish_time(starts_at, line)
            if problem:
                errors.append(problem)
                continue
        if starts_at.minute % 15 or starts_at.second:
            errors.append(_("Line %(line)d: intervals start on the quarter hour.") % {"line": line})
        if channel not in Channel.values:
            errors.append(
                _("Line %(line)d: unknown channel “%(channel)s” (the channels: %(channels)s).")
                % {"line": line, "channel": channel, "channels": ", ".join(Channel.values)}
            )
        if not contacts.isdigit() or (seconds and not seconds.isdigit()):
            errors.append(
                _("Line %(line)d: contacts and handling seconds are whole numbers, 0 or more.")
                % {"line": line}
            )
            continue
        key = (starts_at.astimezone(dt.UTC), channel)
        if key in rows:
            errors.append(
                _("Line %(line)d: the same interval is already on line %(other)d.")
                % {"line": line, "other": rows[key][2]}
            )
            continue
        rows[key] = (int(contacts), int(seconds) if seconds else None, line)
    if not rows and not errors:
        errors.append(_("The file has no intervals."))
    if errors:
        raise ValidationError(errors[:20])
    with transaction.atomic():
        for (starts_at, channel), (contacts, seconds, _line) in rows.items():
            ContactVolume.objects.update_or_create(
                source=ContactVolume.Source.IMPORTED,
                channel=channel,
                starts_at=starts_at,
                defaults={"contacts": contacts, "handle_seconds": seconds},
            )
    return len(rows)
