"""The staff's week of bookings: every unit a row, the week's days as columns, each cell the
day's bookings and blocked times of the unit (docs/bookings.md). The access is logged."""

import datetime as dt

from django.shortcuts import render
from django.utils import timezone

from luukku.bookings.selectors.reservations import units_bookable, units_week
from luukku.core.calendar import HELSINKI
from luukku.privacy.services import access_log_list

from .desk_views import front_line_required


def _monday(request) -> dt.date:
    try:
        day = dt.date.fromisoformat(request.GET.get("day", ""))
    except ValueError:
        day = timezone.localdate()
    return day - dt.timedelta(days=day.weekday())


@front_line_required
def reservation_week(request):
    monday = _monday(request)
    units = units_bookable(online=False)
    week = units_week(units=units, monday=monday)
    count = sum(len(day) for days in week.values() for day in days)
    access_log_list(
        actor=request.user,
        context="reservations_week",
        query={"week": monday.isoformat()},
        count=count,
    )
    rows = [
        (
            unit,
            [
                (monday + dt.timedelta(days=n), [_shown(r) for r in days])
                for n, days in enumerate(week[unit.pk])
            ],
        )
        for unit in units
    ]
    context = {
        "monday": monday,
        "sunday": monday + dt.timedelta(days=6),
        "days": [monday + dt.timedelta(days=n) for n in range(7)],
        "previous": monday - dt.timedelta(days=7),
        "next": monday + dt.timedelta(days=7),
        "rows": rows,
    }
    return render(request, "web/reservation_week.html", context)


def _shown(reservation):
    return (
        reservation,
        reservation.starts_at.astimezone(HELSINKI),
        reservation.ends_at.astimezone(HELSINKI),
    )
