"""The dashboard's counts of documented hard situations (docs/feedback.md, "Metrics"): per
kind, severity, channel, service point and month of the period, and how many were reviewed.
Counts only: no description, no name, no customer.

A count of one or two is shown as a dash, so that a single situation at a small service
point cannot be recognised from the figures; when only one count of a table is hidden, the
next smallest is hidden too, so that the hidden one cannot be worked out from the total.
The period is the day the situation happened (Finnish time); the service point, channel and
department filters narrow it (the department is that of the person who recorded it); the
service and handler filters do not apply."""

import datetime as dt
from collections import Counter

from django.db.models import Count, Q
from django.db.models.functions import TruncMonth
from django.utils.translation import gettext_lazy as _

from luukku.core.calendar import HELSINKI
from luukku.feedback.situation_models import HardSituation
from luukku.organisation.models import ServicePoint

from .selectors import Filters
from .tables import Cell, Table

# Counts below this are hidden.
SMALLEST_SHOWN = 3

NOTE = _(
    "Counts of the documented hard situations that happened in the period, without names or "
    "descriptions. A count of one or two is shown as a dash so that no single situation can "
    "be recognised."
)


def _rows(filters: Filters):
    since = dt.datetime.combine(filters.start, dt.time.min, tzinfo=HELSINKI)
    until = dt.datetime.combine(filters.end + dt.timedelta(days=1), dt.time.min, tzinfo=HELSINKI)
    rows = HardSituation.objects.filter(occurred_at__gte=since, occurred_at__lt=until)
    if filters.service_point is not None:
        rows = rows.filter(service_point_id=filters.service_point)
    if filters.channel:
        rows = rows.filter(channel=filters.channel)
    if filters.department is not None:
        rows = rows.filter(recorded_by__departments=filters.department).distinct()
    return rows


def hidden_small(counts: list[int]) -> list[int | None]:
    """The counts with those of one or two hidden (None), and the next smallest with a lone
    hidden one."""
    shown: list[int | None] = [None if 0 < n < SMALLEST_SHOWN else n for n in counts]
    if shown.count(None) == 1:
        rest = [(n, i) for i, n in enumerate(shown) if n]
        if rest:
            shown[min(rest)[1]] = None
    return shown


def _table(slug, title, column, labelled: list[tuple[str, int, int]]) -> Table:
    totals = hidden_small([n for _label, n, _reviewed in labelled])
    reviewed = hidden_small([r for _label, _n, r in labelled])
    return Table(
        slug=slug,
        title=title,
        columns=[column, _("Situations"), _("Reviewed")],
        rows=[
            [Cell(label, "text"), Cell(total), Cell(done)]
            for (label, _n, _r), total, done in zip(labelled, totals, reviewed, strict=True)
        ],
        chart=1,
        note=NOTE,
    )


def _counted(rows, field: str) -> dict:
    counted = rows.values(field).annotate(
        n=Count("pk", distinct=True),
        reviewed=Count("pk", filter=Q(reviewed_at__isnull=False), distinct=True),
    )
    return {row[field]: (row["n"], row["reviewed"]) for row in counted.order_by()}


def _by_choices(rows, field: str, choices) -> list[tuple[str, int, int]]:
    counted = _counted(rows, field)
    return [(str(label), *counted.get(value, (0, 0))) for value, label in choices.choices]


def _summary(rows) -> Table:
    figures = Counter()
    for situation in rows.values("reviewed_at", "police_report", "security_called").order_by():
        figures["all"] += 1
        figures["reviewed"] += situation["reviewed_at"] is not None
        figures["police"] += situation["police_report"]
        figures["security"] += situation["security_called"]
    labels = [
        (_("Situations"), "all"),
        (_("Reviewed by the team"), "reviewed"),
        (_("Reported to the police"), "police"),
        (_("Security guard called"), "security"),
    ]
    shown = [None if 0 < figures[key] < SMALLEST_SHOWN else figures[key] for _l, key in labels]
    return Table(
        slug="situations",
        title=_("Hard situations"),
        columns=[_("Figure"), _("Value")],
        rows=[[Cell(label, "text"), Cell(n)] for (label, _k), n in zip(labels, shown, strict=True)],
        note=NOTE,
    )


def situations_theme(filters: Filters) -> list[Table]:
    rows = _rows(filters)
    points = _counted(rows, "service_point")
    names = {p.pk: str(p) for p in ServicePoint.objects.filter(pk__in=[k for k in points if k])}
    by_point = sorted(
        ((names.get(pk) or str(_("No service point")), *n) for pk, n in points.items()),
        key=lambda row: (-row[1], row[0]),
    )
    months = _counted(rows.annotate(month=TruncMonth("occurred_at", tzinfo=HELSINKI)), "month")
    return [
        _summary(rows),
        _table(
            "situations_kinds",
            _("Hard situations by kind"),
            _("What happened"),
            _by_choices(rows, "kind", HardSituation.Kind),
        ),
        _table(
            "situations_severity",
            _("Hard situations by severity"),
            _("Severity"),
            _by_choices(rows, "severity", HardSituation.Severity),
        ),
        _table(
            "situations_channels",
            _("Hard situations by channel"),
            _("Channel"),
            _by_choices(rows, "channel", HardSituation.Channel),
        ),
        _table(
            "situations_points", _("Hard situations by service point"), _("Service point"), by_point
        ),
        Table(
            slug="situations_months",
            title=_("Hard situations by month"),
            columns=[_("Month"), _("Situations"), _("Reviewed")],
            rows=[
                [Cell(month.date(), "month"), Cell(total), Cell(done)]
                for month, total, done in _months(months)
            ],
            note=NOTE,
        ),
    ]


def _months(months: dict) -> list[tuple]:
    ordered = sorted(months.items())
    totals = hidden_small([n for _m, (n, _r) in ordered])
    reviewed = hidden_small([r for _m, (_n, r) in ordered])
    return [(m, t, r) for (m, _v), t, r in zip(ordered, totals, reviewed, strict=True)]
