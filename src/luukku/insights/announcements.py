"""The announcements' figures of the dashboard (docs/relationships.md, "Announcements"):
how many were sent to how many recipients, delivered, bounced and failed, and how many
customers unsubscribed, in all, day by day (or month by month) and per announcement.

Read from the deliveries when the page opens: a city sends some announcements a month to a
few thousand people at most, so a year is a few thousand rows. A delivery belongs to the
day (Finnish time) it was sent; an unsubscription to the day it was made. The dashboard's
service, channel, point and handler filters do not apply: an announcement is to a segment.
"""

import datetime as dt
from collections import Counter, defaultdict

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from luukku.core.calendar import HELSINKI
from luukku.relationships.models import Announcement, Delivery, Unsubscription

from .selectors import Filters
from .tables import Cell, Table

Status = Delivery.Status


def _bounds(filters: Filters) -> tuple[dt.datetime, dt.datetime]:
    return (
        dt.datetime.combine(filters.start, dt.time.min, tzinfo=HELSINKI),
        dt.datetime.combine(filters.end + dt.timedelta(days=1), dt.time.min, tzinfo=HELSINKI),
    )


def _period_of(filters: Filters):
    """The label of a moment's period: its day for up to 62 days, else its month."""
    daily = (filters.end - filters.start).days <= 62
    if daily:
        labels = [
            filters.start + dt.timedelta(days=n)
            for n in range((filters.end - filters.start).days + 1)
        ]
    else:
        labels, month = [], filters.start.replace(day=1)
        while month <= filters.end:
            labels.append(month)
            month = (month + dt.timedelta(days=32)).replace(day=1)

    def label(moment: dt.datetime) -> dt.date:
        day = timezone.localtime(moment, HELSINKI).date()
        return day if daily else day.replace(day=1)

    return daily, labels, label


def announcements_theme(filters: Filters) -> list[Table]:
    since, until = _bounds(filters)
    deliveries = list(
        Delivery.objects.filter(created_at__gte=since, created_at__lt=until).values_list(
            "announcement_id", "created_at", "status"
        )
    )
    unsubscribed = list(
        Unsubscription.objects.filter(at__gte=since, at__lt=until).values_list("at", flat=True)
    )
    daily, labels, label = _period_of(filters)
    by_period: dict = defaultdict(Counter)
    by_announcement: dict = defaultdict(Counter)
    for announcement_id, created_at, status in deliveries:
        for counter in (by_period[label(created_at)], by_announcement[announcement_id]):
            counter["recipients"] += 1
            counter[status] += 1
    for at in unsubscribed:
        by_period[label(at)]["unsubscribed"] += 1
    total = Counter()
    for counter in by_announcement.values():
        total.update(counter)
    return [
        _summary(len(by_announcement), total, len(unsubscribed)),
        _trend(daily, labels, by_period),
        _per_announcement(by_announcement),
    ]


def _figures(counter: Counter) -> list[Cell]:
    return [
        Cell(counter["recipients"]),
        Cell(counter[Status.SENT]),
        Cell(counter[Status.BOUNCED]),
        Cell(counter[Status.FAILED]),
    ]


COLUMNS = (_("Recipients"), _("Delivered"), _("Bounced"), _("Failed"))


def _summary(announcements: int, total: Counter, unsubscribed: int) -> Table:
    rows = [
        (_("Announcements sent"), announcements),
        (_("Recipients"), total["recipients"]),
        (_("Delivered"), total[Status.SENT]),
        (_("Bounced"), total[Status.BOUNCED]),
        (_("Failed"), total[Status.FAILED]),
        (_("Unsubscribed"), unsubscribed),
    ]
    return Table(
        slug="announcements",
        title=_("Announcements"),
        columns=[_("Figure"), _("Value")],
        rows=[[Cell(name, "text"), Cell(value)] for name, value in rows],
        chart=1,
        note=_(
            "The announcements sent to segments in the period: their recipients by e-mail "
            "and text message, how many were delivered, bounced or failed, and how many "
            "customers unsubscribed. Still queued: neither delivered nor failed yet."
        ),
    )


def _trend(daily: bool, labels: list, by_period: dict) -> Table:
    kind = "date" if daily else "month"
    return Table(
        slug="announcements_trend",
        title=_("Announcements day by day") if daily else _("Announcements month by month"),
        columns=[_("Period"), *COLUMNS, _("Unsubscribed")],
        rows=[
            [
                Cell(period, kind),
                *_figures(by_period[period]),
                Cell(by_period[period]["unsubscribed"]),
            ]
            for period in labels
        ],
        chart=1,
        chart_limit=None,
    )


def _per_announcement(by_announcement: dict) -> Table:
    announcements = Announcement.objects.filter(pk__in=by_announcement).order_by("sent_at", "pk")
    return Table(
        slug="announcements_sent",
        title=_("Announcements by announcement"),
        columns=[_("Announcement"), *COLUMNS],
        rows=[
            [Cell(a.subject_fi, "text"), *_figures(by_announcement[a.pk])] for a in announcements
        ],
        chart=1,
    )
