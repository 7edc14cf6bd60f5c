"""Free appointment slots from staff availability, bookings and holidays."""

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Q, QuerySet
from django.utils import timezone

from luukku.catalogue.models import Service
from luukku.core.calendar import HELSINKI, finnish_holidays
from luukku.core.reference import ReferenceList
from luukku.organisation.models import Absence, ExceptionalOpeningHours, User

from ..models import (
    UNIT_MINUTES,
    AvailabilityRule,
    BlockedTime,
    BookableService,
    MeetingType,
    PhoneHours,
    TimeClaim,
)

UNIT = dt.timedelta(minutes=UNIT_MINUTES)


# How far ahead staff may book on a customer's behalf, whatever the citizens' horizon.
STAFF_HORIZON_DAYS = 366


# Which services can be booked, for every case page (see core.reference).
BOOKABLE_SERVICE_IDS = ReferenceList(
    "bookable-services", BookableService.objects.values_list("service_id", flat=True)
)


def _aware(day: dt.date, time: dt.time) -> dt.datetime:
    return dt.datetime.combine(day, time, tzinfo=HELSINKI).astimezone(dt.UTC)


def units(start: dt.datetime, end: dt.datetime) -> list[dt.datetime]:
    """The unit start times covering [start, end)."""
    result = []
    moment = start.astimezone(dt.UTC)
    while moment < end:
        result.append(moment)
        moment += UNIT
    return result


@dataclass(frozen=True)
class Slot:
    """A bookable time: one or more staff members are free then, in that way and place."""

    starts_at: dt.datetime
    ends_at: dt.datetime
    meeting_type: str
    service_point_id: int | None
    staff_ids: tuple[int, ...] = ()

    @property
    def key(self) -> str:
        """The slot as a form value: start in UTC, meeting type and place."""
        return slot_key(self.starts_at, self.meeting_type, self.service_point_id)

    @property
    def local_start(self) -> dt.datetime:
        return self.starts_at.astimezone(HELSINKI)

    def get_meeting_type_display(self) -> str:
        return MeetingType(self.meeting_type).label


def slot_key(starts_at: dt.datetime, meeting_type: str, service_point_id: int | None) -> str:
    return f"{starts_at.astimezone(dt.UTC):%Y%m%dT%H%M}Z.{meeting_type}.{service_point_id or 0}"


def slot_parse(value: str) -> tuple[dt.datetime, str, int | None] | None:
    """A slot key back into (start, meeting type, service point id), or None if malformed."""
    try:
        when, meeting_type, point = (value or "").split(".")
        starts_at = dt.datetime.strptime(when, "%Y%m%dT%H%MZ").replace(tzinfo=dt.UTC)
        point_id = int(point)
    except ValueError:
        return None
    if meeting_type not in MeetingType.values or point_id < 0 or point_id > 2**31:
        return None
    return starts_at, meeting_type, point_id or None


def bookable_service(*, service: Service) -> BookableService | None:
    return BookableService.objects.filter(service=service).first()


def bookable_services() -> QuerySet[BookableService]:
    return BookableService.objects.filter(service__is_published=True).select_related("service")


def service_meeting_types(*, service: Service) -> list[str]:
    """The ways the service can be met in, in the order of MeetingType."""
    found = set(
        AvailabilityRule.objects.filter(services=service).values_list("meeting_type", flat=True)
    )
    return [value for value in MeetingType.values if value in found]


@dataclass
class _Busy:
    """What keeps each staff member from taking an appointment in a range of days."""

    claimed: set = field(default_factory=set)  # (staff id, unit start)
    absent: dict = field(default_factory=lambda: defaultdict(list))  # staff id → [(from, to)]
    blocked: dict = field(default_factory=lambda: defaultdict(list))  # staff id → [(start, end)]
    phone: dict = field(default_factory=lambda: defaultdict(list))  # staff id → [(wd, s, e)]

    def free(self, staff_id: int, start: dt.datetime, end: dt.datetime) -> bool:
        day = start.astimezone(HELSINKI).date()
        if any(first <= day <= last for first, last in self.absent[staff_id]):
            return False
        if any(begin < end and start < finish for begin, finish in self.blocked[staff_id]):
            return False
        for weekday, opens, closes in self.phone[staff_id]:
            if (
                weekday == day.weekday()
                and _aware(day, opens) < end
                and start < _aware(day, closes)
            ):
                return False
        return all((staff_id, moment) not in self.claimed for moment in units(start, end))


def _busy(staff_ids: set[int], first: dt.date, last: dt.date) -> _Busy:
    busy = _Busy()
    range_start = _aware(first, dt.time.min) - dt.timedelta(days=1)
    range_end = _aware(last, dt.time.max) + dt.timedelta(days=1)
    busy.claimed = set(
        TimeClaim.objects.filter(
            staff_id__in=staff_ids, starts_at__gte=range_start, starts_at__lt=range_end
        ).values_list("staff_id", "starts_at")
    )
    for user_id, starts_on, ends_on in Absence.objects.filter(
        user_id__in=staff_ids, ends_on__gte=first, starts_on__lte=last
    ).values_list("user_id", "starts_on", "ends_on"):
        busy.absent[user_id].append((starts_on, ends_on))
    for staff_id, starts_at, ends_at in BlockedTime.objects.filter(
        staff_id__in=staff_ids, ends_at__gt=range_start, starts_at__lt=range_end
    ).values_list("staff_id", "starts_at", "ends_at"):
        busy.blocked[staff_id].append((starts_at, ends_at))
    for hours in PhoneHours.objects.filter(
        Q(staff_id__in=staff_ids) | Q(team__members__in=staff_ids)
    ).prefetch_related("team__members"):
        owners = {hours.staff_id} if hours.staff_id else {m.pk for m in hours.team.members.all()}
        for staff_id in owners & staff_ids:
            busy.phone[staff_id].append((hours.weekday, hours.starts, hours.ends))
    return busy


def _rule_applies(rule: AvailabilityRule, day: dt.date, holiday: bool) -> bool:
    """Whether a bookable-time rule gives time on `day`: a dated one on its date (holiday or
    not), a weekly one on its weekday within its validity, except on public holidays."""
    if rule.date is not None:
        return rule.date == day
    return (
        rule.weekday == day.weekday()
        and not holiday
        and not (rule.valid_from and day < rule.valid_from)
        and not (rule.valid_until and day > rule.valid_until)
    )


def free_slots(
    *,
    service: Service,
    start: dt.date,
    days: int = 7,
    meeting_type: str = "",
    staff: User | None = None,
    for_staff: bool = False,
    now: dt.datetime | None = None,
    booking: BookableService | None = None,
) -> list[Slot]:
    """Free times to book `service` from `start` for `days` days, soonest first.

    Citizens see times within the service's horizon that start after its minimum notice;
    staff booking for a customer see every time from now on. Weekly bookable time is not
    kept on Finnish public holidays (a dated one is), nor on days a service point is closed;
    absences, blocked times, phone hours and booked appointments (with their buffers) are
    taken out. `booking`: the service's booking settings, when the caller has read them.
    """
    booking = booking or bookable_service(service=service)
    if booking is None or not (booking.is_active or for_staff):
        return []
    now = now or timezone.now()
    today = now.astimezone(HELSINKI).date()
    earliest = now if for_staff else now + dt.timedelta(hours=booking.notice_hours)
    horizon = STAFF_HORIZON_DAYS if for_staff else booking.horizon_days
    last_day = min(start + dt.timedelta(days=days - 1), today + dt.timedelta(days=horizon))
    first_day = max(start, today)
    if last_day < first_day:
        return []
    rules = AvailabilityRule.objects.filter(services=service).filter(
        Q(date__isnull=True) | Q(date__gte=first_day, date__lte=last_day)
    )
    if meeting_type:
        rules = rules.filter(meeting_type=meeting_type)
    if staff is not None:
        rules = rules.filter(staff=staff)
    rules = list(rules.filter(staff__is_active=True))
    if not rules:
        return []
    busy = _busy({rule.staff_id for rule in rules}, first_day, last_day)
    closed_points = set(
        ExceptionalOpeningHours.objects.filter(
            date__gte=first_day, date__lte=last_day, opens__isnull=True
        ).values_list("service_point_id", "date")
    )
    length = dt.timedelta(minutes=booking.duration_minutes)
    held = length + dt.timedelta(minutes=booking.buffer_minutes)
    found: dict[tuple, set[int]] = defaultdict(set)
    day = first_day
    while day <= last_day:
        holiday = day in finnish_holidays(day.year)
        for rule in rules:
            if not _rule_applies(rule, day, holiday):
                continue
            if rule.service_point_id and (rule.service_point_id, day) in closed_points:
                continue
            moment, window_end = _aware(day, rule.starts), _aware(day, rule.ends)
            while moment + length <= window_end:
                if moment >= earliest and busy.free(rule.staff_id, moment, moment + held):
                    point = rule.service_point_id if rule.meeting_type == "service_point" else None
                    found[(moment, rule.meeting_type, point)].add(rule.staff_id)
                moment += held
        day += dt.timedelta(days=1)
    return [
        Slot(moment, moment + length, kind, point, tuple(sorted(staff_ids)))
        for (moment, kind, point), staff_ids in sorted(
            found.items(), key=lambda item: (item[0][0], item[0][1], item[0][2] or 0)
        )
    ]


def slot_find(
    *,
    service: Service,
    starts_at: dt.datetime,
    meeting_type: str,
    service_point_id: int | None,
    for_staff: bool = False,
    staff: User | None = None,
) -> Slot | None:
    """The free slot at exactly this time, way and place, or None."""
    day = starts_at.astimezone(HELSINKI).date()
    for slot in free_slots(
        service=service,
        start=day,
        days=1,
        meeting_type=meeting_type,
        for_staff=for_staff,
        staff=staff,
    ):
        if slot.starts_at == starts_at and slot.service_point_id == service_point_id:
            return slot
    return None


def first_free_day(
    *,
    service: Service,
    start: dt.date,
    meeting_type: str = "",
    booking: BookableService | None = None,
) -> dt.date:
    """The first day from `start` with a free time within the horizon (else `start`), so that
    the booking page does not open on an empty week. `booking` as in `free_slots`."""
    booking = booking or bookable_service(service=service)
    ahead = free_slots(
        service=service,
        start=start,
        days=(booking.horizon_days + 1) if booking else 1,
        meeting_type=meeting_type,
        booking=booking,
    )
    return ahead[0].local_start.date() if ahead else start


def slots_near(
    *, service: Service, around: dt.datetime, meeting_type: str = "", for_staff: bool = False
) -> list[Slot]:
    """A handful of free times from the day of `around` on, to offer when a time was taken."""
    day = around.astimezone(HELSINKI).date()
    return free_slots(
        service=service, start=day, days=14, meeting_type=meeting_type, for_staff=for_staff
    )[:6]


def slots_by_day(slots: list[Slot], tz: dt.tzinfo = HELSINKI) -> list[tuple[dt.date, list]]:
    """Slots grouped by their local day in the viewer's time zone."""
    days: dict[dt.date, list] = {}
    for slot in slots:
        days.setdefault(slot.starts_at.astimezone(tz).date(), []).append(slot)
    return list(days.items())
