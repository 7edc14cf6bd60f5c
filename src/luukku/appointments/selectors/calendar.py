"""A staff member's calendar and availability, and their calendar feed."""

import datetime as dt
from dataclasses import dataclass

from django.db.models import Q, QuerySet
from django.utils import timezone

from luukku.core.calendar import HELSINKI, finnish_holidays
from luukku.organisation.models import User

from ..models import (
    Appointment,
    AvailabilityRule,
    BlockedTime,
    Callback,
    PhoneHours,
)
from .slots import _aware, _busy, _rule_applies


def staff_availability(*, staff: User) -> dict:
    """A staff member's bookable time, coming blocked time and phone hours (own and teams')."""
    return {
        "rules": AvailabilityRule.objects.filter(staff=staff)
        .select_related("service_point")
        .prefetch_related("services"),
        "blocked": BlockedTime.objects.filter(staff=staff, ends_at__gte=timezone.now()),
        "phone_hours": PhoneHours.objects.filter(staff=staff).prefetch_related("services"),
        "team_phone_hours": PhoneHours.objects.filter(team__members=staff).select_related("team"),
    }


@dataclass(frozen=True)
class CalendarEntry:
    kind: str  # appointment, bookable, phone, blocked, absence, callback
    starts_at: dt.datetime | None
    ends_at: dt.datetime | None
    title: str = ""
    detail: str = ""
    url: str = ""
    item: object = None


def staff_calendar(*, staff: User, start: dt.date, days: int) -> list[tuple[dt.date, list]]:
    """A staff member's days: appointments, callbacks, phone hours, bookable time, blocked
    time and absences, in time order."""
    from django.urls import reverse

    last = start + dt.timedelta(days=days - 1)
    begin, end = _aware(start, dt.time.min), _aware(last, dt.time.max)
    result: dict[dt.date, list[CalendarEntry]] = {
        start + dt.timedelta(days=offset): [] for offset in range(days)
    }

    def add(entry: CalendarEntry, day: dt.date | None = None):
        key = day or entry.starts_at.astimezone(HELSINKI).date()
        if key in result:
            result[key].append(entry)

    for appointment in (
        Appointment.objects.filter(staff=staff, starts_at__gte=begin, starts_at__lte=end)
        .exclude(status=Appointment.Status.CANCELLED)
        .select_related("service", "case", "service_point")
    ):
        add(
            CalendarEntry(
                "appointment",
                appointment.starts_at,
                appointment.ends_at,
                str(appointment.service),
                appointment.get_meeting_type_display(),
                reverse("web:appointment", args=[appointment.pk]),
                appointment,
            )
        )
    for callback in Callback.objects.filter(
        assignee=staff, status=Callback.Status.WAITING, window_start__lte=end, window_end__gte=begin
    ).select_related("case"):
        add(
            CalendarEntry(
                "callback",
                callback.window_start,
                callback.window_end,
                callback.case.reference,
                "",
                reverse("web:callback", args=[callback.pk]),
                callback,
            )
        )
    busy = _busy({staff.pk}, start, last)
    rules = list(AvailabilityRule.objects.filter(staff=staff).prefetch_related("services"))
    phone_rows = list(
        PhoneHours.objects.filter(Q(staff=staff) | Q(team__members=staff)).select_related("team")
    )
    for day in result:
        holiday = day in finnish_holidays(day.year)
        absent = any(first <= day <= last_ for first, last_ in busy.absent[staff.pk])
        if absent:
            add(CalendarEntry("absence", None, None), day)
            continue
        for rule in rules:
            if _rule_applies(rule, day, holiday):
                add(
                    CalendarEntry(
                        "bookable",
                        _aware(day, rule.starts),
                        _aware(day, rule.ends),
                        ", ".join(str(service) for service in rule.services.all()),
                        rule.get_meeting_type_display(),
                    ),
                    day,
                )
        for row in phone_rows:
            if row.weekday == day.weekday() and not holiday:
                add(
                    CalendarEntry(
                        "phone", _aware(day, row.starts), _aware(day, row.ends), row.phone, ""
                    ),
                    day,
                )
    for blocked in BlockedTime.objects.filter(staff=staff, ends_at__gt=begin, starts_at__lt=end):
        add(CalendarEntry("blocked", blocked.starts_at, blocked.ends_at, blocked.reason))
    order = {"absence": 0, "bookable": 2, "phone": 1, "blocked": 3, "callback": 4, "appointment": 5}
    return [
        (
            day,
            sorted(
                entries,
                key=lambda entry: (
                    entry.starts_at or dt.datetime.min.replace(tzinfo=dt.UTC),
                    order[entry.kind],
                ),
            ),
        )
        for day, entries in result.items()
    ]


def staff_feed_appointments(*, staff: User, now: dt.datetime | None = None) -> QuerySet:
    now = now or timezone.now()
    return Appointment.objects.filter(
        staff=staff, starts_at__gte=now - dt.timedelta(days=30)
    ).select_related("service", "case", "service_point")
