"""A staff member's calendar and availability, and their calendar feed."""

import datetime as dt
from dataclasses import dataclass

from django.db.models import Q, QuerySet
from django.urls import reverse
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


# Entries of one moment are shown in this order.
_KIND_ORDER = {
    "absence": 0,
    "phone": 1,
    "bookable": 2,
    "blocked": 3,
    "callback": 4,
    "appointment": 5,
}


def staff_calendar(*, staff: User, start: dt.date, days: int) -> list[tuple[dt.date, list]]:
    """A staff member's days: appointments, callbacks, phone hours, bookable time, blocked
    time and absences, in time order."""
    last = start + dt.timedelta(days=days - 1)
    begin, end = _aware(start, dt.time.min), _aware(last, dt.time.max)
    by_day: dict[dt.date, list[CalendarEntry]] = {
        start + dt.timedelta(days=offset): [] for offset in range(days)
    }
    booked = [
        *_appointment_entries(staff, begin, end),
        *_callback_entries(staff, begin, end),
        *_blocked_entries(staff, begin, end),
    ]
    for entry in booked:
        day = entry.starts_at.astimezone(HELSINKI).date()
        if day in by_day:
            by_day[day].append(entry)
    for day, entries in _weekly_entries(staff, start, last):
        by_day[day].extend(entries)
    return [(day, sorted(entries, key=_entry_order)) for day, entries in by_day.items()]


def _entry_order(entry: CalendarEntry) -> tuple:
    return (entry.starts_at or dt.datetime.min.replace(tzinfo=dt.UTC), _KIND_ORDER[entry.kind])


def _appointment_entries(staff: User, begin: dt.datetime, end: dt.datetime):
    appointments = (
        Appointment.objects.filter(staff=staff, starts_at__gte=begin, starts_at__lte=end)
        .exclude(status=Appointment.Status.CANCELLED)
        .select_related("service", "case", "service_point")
    )
    for appointment in appointments:
        yield CalendarEntry(
            "appointment",
            appointment.starts_at,
            appointment.ends_at,
            str(appointment.service),
            appointment.get_meeting_type_display(),
            reverse("web:appointment", args=[appointment.pk]),
            appointment,
        )


def _callback_entries(staff: User, begin: dt.datetime, end: dt.datetime):
    callbacks = Callback.objects.filter(
        assignee=staff, status=Callback.Status.WAITING, window_start__lte=end, window_end__gte=begin
    ).select_related("case")
    for callback in callbacks:
        yield CalendarEntry(
            "callback",
            callback.window_start,
            callback.window_end,
            callback.case.reference,
            "",
            reverse("web:callback", args=[callback.pk]),
            callback,
        )


def _blocked_entries(staff: User, begin: dt.datetime, end: dt.datetime):
    for blocked in BlockedTime.objects.filter(staff=staff, ends_at__gt=begin, starts_at__lt=end):
        yield CalendarEntry("blocked", blocked.starts_at, blocked.ends_at, blocked.reason)


def _weekly_entries(staff: User, first: dt.date, last: dt.date):
    """Each day's absence, or else its bookable time and phone hours from the weekly rules."""
    busy = _busy({staff.pk}, first, last)
    rules = list(AvailabilityRule.objects.filter(staff=staff).prefetch_related("services"))
    phone_rows = list(
        PhoneHours.objects.filter(Q(staff=staff) | Q(team__members=staff)).select_related("team")
    )
    day = first
    while day <= last:
        if any(start <= day <= end for start, end in busy.absent[staff.pk]):
            yield day, [CalendarEntry("absence", None, None)]
        else:
            holiday = day in finnish_holidays(day.year)
            bookable = [
                CalendarEntry(
                    "bookable",
                    _aware(day, rule.starts),
                    _aware(day, rule.ends),
                    ", ".join(str(service) for service in rule.services.all()),
                    rule.get_meeting_type_display(),
                )
                for rule in rules
                if _rule_applies(rule, day, holiday)
            ]
            phone = [
                CalendarEntry("phone", _aware(day, row.starts), _aware(day, row.ends), row.phone)
                for row in phone_rows
                if row.weekday == day.weekday() and not holiday
            ]
            yield day, bookable + phone
        day += dt.timedelta(days=1)


def staff_feed_appointments(*, staff: User, now: dt.datetime | None = None) -> QuerySet:
    now = now or timezone.now()
    return Appointment.objects.filter(
        staff=staff, starts_at__gte=now - dt.timedelta(days=30)
    ).select_related("service", "case", "service_point")
