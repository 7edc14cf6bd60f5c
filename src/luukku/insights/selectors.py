"""The dashboard's figures, read from the rollups (and, for what is open now, the cases).

A period is read as whole months from the month rows and the days at its edges from the day
rows, so a year costs about as much as a month. Definitions: docs/metrics.md.
"""

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, Exists, Max, OuterRef, Prefetch, Q, QuerySet, Sum
from django.utils import timezone

from luukku.cases.models import OPEN_STATUSES, Case, Channel, Consultation, Status
from luukku.cases.selectors import cases_visible_to
from luukku.catalogue.models import Service, ServiceChannel
from luukku.organisation.models import User

from .durations import percentile
from .models import CaseFigures, DurationFigures, KeywordFigures, Level, Period
from .services import FRONT_LINE_ROLES, day_bounds

E_SERVICE_CHANNELS = (Channel.WEB, Channel.OPEN311)
BACKLOG_AGES = ((0, 1), (1, 3), (3, 7), (7, 14), (14, 30), (30, None))  # days


@dataclass(frozen=True)
class Filters:
    start: dt.date
    end: dt.date  # inclusive
    service: int | None = None
    department: int | None = None
    channel: str = ""
    service_point: int | None = None
    assignee: int | None = None

    def dimensions(self, prefix: str = "") -> Q:
        condition = Q()
        for name in ("service", "department", "service_point", "assignee"):
            value = getattr(self, name)
            if value is not None:
                condition &= Q(**{f"{prefix}{name}_id": value})
        if self.channel:
            condition &= Q(**{f"{prefix}channel": self.channel})
        return condition

    def without_assignee(self) -> "Filters":
        return Filters(**{**self.__dict__, "assignee": None})


def _months_and_days(start: dt.date, end: dt.date) -> Q:
    """Month rows for the months wholly inside [start, end], day rows for the days before
    the first and after the last of them."""
    months = []
    first_full = (
        start if start.day == 1 else (start.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    )
    month = first_full
    while True:
        following = (month + dt.timedelta(days=32)).replace(day=1)
        if following - dt.timedelta(days=1) > end:
            break
        months.append(month)
        month = following
    if not months:
        return Q(period=Period.DAY, starts_on__gte=start, starts_on__lte=end)
    condition = Q(period=Period.MONTH, starts_on__in=months)
    if start < months[0]:
        condition |= Q(period=Period.DAY, starts_on__gte=start, starts_on__lt=months[0])
    if month <= end:
        condition |= Q(period=Period.DAY, starts_on__gte=month, starts_on__lte=end)
    return condition


def _level(model, filters: Filters, grouping: str = "") -> int:
    """The least detailed rows that still answer: handler rows only when a handler is asked
    about, service rows only when a service, department or service point is."""
    placed = any(
        value is not None for value in (filters.service, filters.department, filters.service_point)
    )
    if model is CaseFigures:
        if filters.assignee is not None or (grouping == "assignee" and placed):
            return Level.DETAIL
        return Level.BY_HANDLER if grouping == "assignee" else Level.WITHOUT_HANDLER
    if model is KeywordFigures:
        return Level.DETAIL if placed else Level.WITHOUT_HANDLER
    return Level.DETAIL if placed else Level.WITHOUT_HANDLER


def _rows(model, filters: Filters, grouping: str = "") -> QuerySet:
    rows = model.objects.filter(
        _months_and_days(filters.start, filters.end), level=_level(model, filters, grouping)
    )
    if model is CaseFigures:
        return rows.filter(filters.dimensions())
    if model is KeywordFigures:
        if filters.service is not None:
            rows = rows.filter(service_id=filters.service)
        if filters.department is not None:
            rows = rows.filter(service__responsible_unit__department_id=filters.department)
        return rows
    return rows.filter(filters.without_assignee().dimensions())


@dataclass
class Figures:
    """Sums of the rollup counts, with the shares the dashboard shows."""

    counts: dict = field(default_factory=dict)

    def __getattr__(self, name):
        counts = self.__dict__.get("counts", {})
        if name in CaseFigures.MEASURES:
            return counts.get(name) or 0
        raise AttributeError(name)

    @staticmethod
    def _share(part, whole):
        return part / whole if whole else None

    @property
    def first_contact_rate(self):
        return self._share(self.first_contact, self.resolved)

    @property
    def front_line_rate(self):
        return self._share(self.front_line, self.cases)

    @property
    def consulted_rate(self):
        return self._share(self.consulted, self.cases)

    @property
    def forwarded_rate(self):
        return self._share(self.forwarded, self.cases)

    @property
    def resolved_rate(self):
        return self._share(self.resolved, self.cases)

    @property
    def response_attainment(self):
        return self._share(self.response_met, self.response_targets)

    @property
    def resolution_attainment(self):
        return self._share(self.resolution_met, self.resolution_targets)


def _sums(rows: QuerySet, *group: str) -> list[dict]:
    return list(rows.values(*group).annotate(**{name: Sum(name) for name in CaseFigures.MEASURES}))


def totals(filters: Filters) -> Figures:
    row = _rows(CaseFigures, filters).aggregate(
        **{name: Sum(name) for name in CaseFigures.MEASURES}
    )
    return Figures(counts=row)


def _labels(grouping: str, keys) -> dict:
    from luukku.organisation.models import Department, ServicePoint, User

    keys = [key for key in keys if key is not None]
    if grouping == "channel":
        return dict(Channel.choices)
    model = {
        "service": Service,
        "department": Department,
        "service_point": ServicePoint,
        "assignee": User,
    }[grouping]
    return {obj.pk: str(obj) for obj in model.objects.filter(pk__in=keys)}


@dataclass(frozen=True)
class Line:
    key: object
    label: str
    figures: Figures


def breakdown(filters: Filters, grouping: str) -> list[Line]:
    """Figures per channel, service, department, service point or handler, most cases first."""
    column = grouping if grouping == "channel" else f"{grouping}_id"
    rows = _sums(_rows(CaseFigures, filters, grouping), column)
    labels = _labels(grouping, [row[column] for row in rows])
    lines = [
        Line(
            key=row[column],
            label=labels.get(row[column], "") if row[column] is not None else "",
            figures=Figures(counts=row),
        )
        for row in rows
    ]
    return sorted(lines, key=lambda line: (-line.figures.cases, -line.figures.contacts, line.label))


def e_service_share(lines: list[Line]) -> float | None:
    """Share of cases that came through e-services (web forms and Open311 apps)."""
    total = sum(line.figures.cases for line in lines)
    electronic = sum(line.figures.cases for line in lines if line.key in E_SERVICE_CHANNELS)
    return electronic / total if total else None


@dataclass(frozen=True)
class TrendPoint:
    starts_on: dt.date
    figures: Figures


def trend(filters: Filters) -> tuple[str, list[TrendPoint]]:
    """Day by day for a period up to 62 days, otherwise month by month."""
    if (filters.end - filters.start).days <= 62:
        rows = CaseFigures.objects.filter(
            period=Period.DAY, starts_on__gte=filters.start, starts_on__lte=filters.end
        ).filter(filters.dimensions(), level=_level(CaseFigures, filters))
        points = {row["starts_on"]: row for row in _sums(rows, "starts_on")}
        days = [
            filters.start + dt.timedelta(days=offset)
            for offset in range((filters.end - filters.start).days + 1)
        ]
        return Period.DAY, [TrendPoint(day, Figures(counts=points.get(day, {}))) for day in days]
    by_month: dict = defaultdict(Counter)
    for row in _sums(_rows(CaseFigures, filters), "starts_on"):
        month = row.pop("starts_on").replace(day=1)
        by_month[month].update({name: value or 0 for name, value in row.items()})
    months = []
    month = filters.start.replace(day=1)
    while month <= filters.end:
        months.append(month)
        month = (month + dt.timedelta(days=32)).replace(day=1)
    return Period.MONTH, [TrendPoint(m, Figures(counts=dict(by_month.get(m, {})))) for m in months]


@dataclass(frozen=True)
class Durations:
    count: int
    median: float | None  # seconds of business hours
    p90: float | None


def durations(filters: Filters) -> dict[str, Durations]:
    counts: dict = defaultdict(dict)
    for row in _rows(DurationFigures, filters).values("measure", "bucket").annotate(n=Sum("count")):
        counts[row["measure"]][row["bucket"]] = row["n"]
    return {
        measure: Durations(
            count=sum(counts[measure].values()),
            median=percentile(counts[measure], 0.5),
            p90=percentile(counts[measure], 0.9),
        )
        for measure in DurationFigures.Measure.values
    }


def keywords_top(filters: Filters, limit: int = 20) -> list[dict]:
    """The most frequent words of new cases' subjects (by stem, shown in a common form);
    kept per service, so the channel, handler and service point do not narrow them."""
    return list(
        _rows(KeywordFigures, filters)
        .values("keyword")
        .annotate(count=Sum("count"), word=Max("word"))
        .order_by("-count", "keyword")[:limit]
    )


# -- now: open cases ------------------------------------------------------------------------


def _open_cases(filters: Filters) -> QuerySet[Case]:
    return Case.objects.filter(status__in=OPEN_STATUSES).filter(filters.dimensions())


@dataclass(frozen=True)
class Backlog:
    open: int
    overdue: int
    ages: list[tuple[tuple[int, int | None], int]]  # (from, to) days → open cases that old


def backlog(filters: Filters, *, now: dt.datetime | None = None) -> Backlog:
    """Unclosed cases now (whatever the period), overdue ones and how old they are."""
    now = now or timezone.now()
    cases = _open_cases(filters)
    aggregates = {
        "open": Count("pk"),
        "overdue": Count("pk", filter=Q(due_at__lt=now)),
    }
    for index, (low, high) in enumerate(BACKLOG_AGES):
        age = Q(created_at__lte=now - dt.timedelta(days=low))
        if high is not None:
            age &= Q(created_at__gt=now - dt.timedelta(days=high))
        aggregates[f"age{index}"] = Count("pk", filter=age)
    row = cases.aggregate(**aggregates)
    return Backlog(
        open=row["open"],
        overdue=row["overdue"],
        ages=[(ages, row[f"age{index}"]) for index, ages in enumerate(BACKLOG_AGES)],
    )


# -- the catalogue ---------------------------------------------------------------------------

CARD_FIELDS = ("name", "summary", "description", "user_instruction", "processing_time")
LANGUAGES = ("fi", "sv", "en")
CHANNEL_GROUPS = {
    "electronic": {
        ServiceChannel.Kind.WEB_FORM,
        ServiceChannel.Kind.EMAIL,
        ServiceChannel.Kind.CHAT,
        ServiceChannel.Kind.WEB_PAGE,
    },
    "phone": {ServiceChannel.Kind.PHONE},
    "in_person": {ServiceChannel.Kind.SERVICE_LOCATION},
}


@dataclass(frozen=True)
class ServiceCoverage:
    service: Service
    card_complete: bool
    missing: list[str]  # "name_sv", …
    channel_groups: set[str]
    electronic: bool  # can be started online (web form or Open311)
    cases: int = 0


def catalogue_coverage(*, popular_days: int = 365) -> list[ServiceCoverage]:
    """Each published service, most used first (new cases in the rollups of the last year):
    is its product card complete in three languages, in which channel groups it is offered,
    and can it be started online."""
    today = timezone.localdate()
    recent = dict(
        _rows(CaseFigures, Filters(start=today - dt.timedelta(days=popular_days - 1), end=today))
        .values("service_id")
        .annotate(n=Sum("cases"))
        .values_list("service_id", "n")
    )
    services = sorted(
        Service.objects.filter(is_published=True)
        .only(
            "pk",
            "name",
            "responsible_unit_id",
            "accepts_requests",
            *[f"{name}_{language}" for name in CARD_FIELDS for language in LANGUAGES],
        )
        .prefetch_related(Prefetch("channels", ServiceChannel.objects.only("service_id", "kind"))),
        key=lambda service: (-(recent.get(service.pk) or 0), service.name),
    )
    result = []
    for service in services:
        missing = [
            f"{name}_{language}"
            for name in CARD_FIELDS
            for language in LANGUAGES
            if not (getattr(service, f"{name}_{language}", "") or "").strip()
        ]
        if not service.responsible_unit_id:
            missing.append("responsible_unit")
        kinds = {channel.kind for channel in service.channels.all()}
        groups = {group for group, members in CHANNEL_GROUPS.items() if kinds & members}
        result.append(
            ServiceCoverage(
                service=service,
                card_complete=not missing,
                missing=missing,
                channel_groups=groups,
                electronic=service.accepts_requests or ServiceChannel.Kind.WEB_FORM in kinds,
                cases=recent.get(service.pk) or 0,
            )
        )
    return result


# -- the cases behind a figure -----------------------------------------------------------------

DRILLABLE = (
    "cases",
    "resolved",
    "first_contact",
    "front_line",
    "consulted",
    "forwarded",
    "resolved_in_period",
    "open",
    "overdue",
)


def cases_behind(filters: Filters, measure: str, *, age: int | None = None) -> QuerySet[Case]:
    """The cases a figure counts, with the same definitions as the rollups."""
    if measure not in DRILLABLE:
        raise ValueError(measure)
    cases = Case.objects.filter(filters.dimensions())
    if measure in ("open", "overdue"):
        cases = cases.filter(status__in=OPEN_STATUSES)
        if measure == "overdue":
            cases = cases.filter(due_at__lt=timezone.now())
        if age is not None and 0 <= age < len(BACKLOG_AGES):
            low, high = BACKLOG_AGES[age]
            now = timezone.now()
            cases = cases.filter(created_at__lte=now - dt.timedelta(days=low))
            if high is not None:
                cases = cases.filter(created_at__gt=now - dt.timedelta(days=high))
        return cases.order_by("created_at", "pk")
    start, _ = day_bounds(filters.start)
    _, end = day_bounds(filters.end)
    resolved = Q(status__in=[Status.RESOLVED, Status.CLOSED], resolved_at__isnull=False)
    if measure == "resolved_in_period":
        return cases.filter(resolved, resolved_at__gte=start, resolved_at__lt=end).order_by(
            "-resolved_at", "-pk"
        )
    cases = cases.filter(created_at__gte=start, created_at__lt=end)
    consulted = Exists(Consultation.objects.filter(case=OuterRef("pk")))
    if measure == "resolved":
        cases = cases.filter(resolved)
    elif measure == "first_contact":
        cases = cases.filter(resolved, first_contact_resolution=True)
    elif measure == "forwarded":
        cases = cases.filter(forwarded_to__isnull=False)
    elif measure == "consulted":
        cases = cases.filter(consulted, forwarded_to__isnull=True)
    elif measure == "front_line":
        cases = cases.filter(
            ~Q(consulted),
            Q(assignee__isnull=True) | Q(assignee__role__in=FRONT_LINE_ROLES),
            status__in=[Status.RESOLVED, Status.CLOSED],
            forwarded_to__isnull=True,
        )
    return cases.order_by("-created_at", "-pk")


def cases_behind_for_view(
    filters: Filters, measure: str, *, viewer: User, age: int | None = None
) -> tuple[QuerySet[Case], int]:
    """The cases behind a figure that the viewer may see (cases.selectors' rule), and how
    many others the figure counts: sensitive cases of departments they do not need."""
    every = cases_behind(filters, measure, age=age)
    visible = every.filter(pk__in=cases_visible_to(user=viewer).values("pk"))
    return visible, every.count() - visible.count()
