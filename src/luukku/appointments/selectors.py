"""Reads of appointments: free slots, callback windows, worklists and calendars."""

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Count, F, Q, QuerySet
from django.utils import timezone

from luukku.cases.selectors import cases_visible_to
from luukku.catalogue.models import Service
from luukku.core.calendar import HELSINKI, finnish_holidays
from luukku.core.reference import ReferenceList
from luukku.organisation.models import Absence, ExceptionalOpeningHours, User
from luukku.organisation.selectors import STAFF
from luukku.servicelevels.selectors import business_hours

from .models import (
    UNIT_MINUTES,
    Appointment,
    AvailabilityRule,
    BlockedTime,
    BookableService,
    Callback,
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
) -> list[Slot]:
    """Free times to book `service` from `start` for `days` days, soonest first.

    Citizens see times within the service's horizon that start after its minimum notice;
    staff booking for a customer see every time from now on. Weekly bookable time is not
    kept on Finnish public holidays (a dated one is), nor on days a service point is closed;
    absences, blocked times, phone hours and booked appointments (with their buffers) are
    taken out.
    """
    booking = bookable_service(service=service)
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


def first_free_day(*, service: Service, start: dt.date, meeting_type: str = "") -> dt.date:
    """The first day from `start` with a free time within the horizon (else `start`), so that
    the booking page does not open on an empty week."""
    booking = bookable_service(service=service)
    ahead = free_slots(
        service=service,
        start=start,
        days=(booking.horizon_days + 1) if booking else 1,
        meeting_type=meeting_type,
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


def appointment_get_by_token(*, token: str) -> Appointment:
    if not token or len(token) > 64:
        raise Appointment.DoesNotExist
    return Appointment.objects.select_related(
        "service", "service_point", "case", "customer", "staff", "service__booking"
    ).get(token=token)


def appointments_visible_to(*, user: User) -> QuerySet[Appointment]:
    return Appointment.objects.filter(case__in=cases_visible_to(user=user)).select_related(
        "service", "service_point", "case", "customer", "staff"
    )


def case_appointments(*, case) -> list[Appointment]:
    appointments = list(case.appointments.all())
    STAFF.attach(appointments, "staff")
    return appointments


# -- phone hours and callbacks ----------------------------------------------------------------


def service_phone_hours(*, service: Service) -> list[PhoneHours]:
    return list(PhoneHours.objects.filter(services=service).select_related("staff", "team"))


@dataclass(frozen=True)
class Window:
    starts_at: dt.datetime
    ends_at: dt.datetime
    staff_id: int | None = None
    team_id: int | None = None

    @property
    def key(self) -> str:
        return f"{self.starts_at:%Y%m%dT%H%M}Z-{self.ends_at:%Y%m%dT%H%M}Z"


def window_parse(value: str) -> tuple[dt.datetime, dt.datetime] | None:
    try:
        first, second = (value or "").split("-")
        start = dt.datetime.strptime(first, "%Y%m%dT%H%MZ").replace(tzinfo=dt.UTC)
        end = dt.datetime.strptime(second, "%Y%m%dT%H%MZ").replace(tzinfo=dt.UTC)
    except ValueError:
        return None
    return (start, end) if start < end else None


# Without phone hours, callbacks are offered in blocks of this many hours of the service
# centre's opening hours, and the front line calls.
FRONT_LINE_WINDOW_HOURS = 2


def callback_windows(
    *, service: Service, days: int = 5, now: dt.datetime | None = None
) -> list[Window]:
    """The windows a citizen may ask to be called back in, soonest first.

    The service's phone hours that offer callbacks, or the service centre's opening hours in
    two-hour blocks; a window must end at least half an hour from now, and windows already
    holding `CALLBACK_WINDOW_CAPACITY` waiting callbacks per person are left out.
    """
    now = now or timezone.now()
    today = now.astimezone(HELSINKI).date()
    latest = now + dt.timedelta(minutes=30)
    candidates: list[Window] = []
    hours_rows = list(
        PhoneHours.objects.filter(services=service, callbacks=True)
        .select_related("team")
        .annotate(members=Count("team__members"))
    )
    calendar = None if hours_rows else business_hours()
    capacity: dict[Window, int] = {}
    for offset in range(days + 7):
        day = today + dt.timedelta(days=offset)
        if hours_rows:
            if day in finnish_holidays(day.year):
                continue
            for row in hours_rows:
                if row.weekday == day.weekday():
                    window = Window(
                        _aware(day, row.starts), _aware(day, row.ends), row.staff_id, row.team_id
                    )
                    candidates.append(window)
                    capacity[window] = max(1, row.members if row.team_id else 1)
        else:
            for opens, closes in calendar.periods(day):
                begin = dt.datetime.combine(day, opens)
                while begin < dt.datetime.combine(day, closes):
                    end = min(
                        begin + dt.timedelta(hours=FRONT_LINE_WINDOW_HOURS),
                        dt.datetime.combine(day, closes),
                    )
                    window = Window(
                        begin.replace(tzinfo=HELSINKI).astimezone(dt.UTC),
                        end.replace(tzinfo=HELSINKI).astimezone(dt.UTC),
                    )
                    candidates.append(window)
                    capacity[window] = 1
                    begin = end
    candidates = sorted(
        (window for window in candidates if window.ends_at >= latest),
        key=lambda window: (window.starts_at, window.ends_at),
    )
    if not candidates:
        return []
    waiting = list(
        Callback.objects.filter(
            status=Callback.Status.WAITING,
            window_start__lt=candidates[-1].ends_at,
            window_end__gt=candidates[0].starts_at,
        ).values_list("window_start", "window_end")
    )
    offered = []
    seen_days = set()
    for window in candidates:
        held = sum(1 for start, end in waiting if start < window.ends_at and window.starts_at < end)
        if held >= settings.CALLBACK_WINDOW_CAPACITY * capacity[window]:
            continue
        offered.append(window)
        seen_days.add(window.starts_at.astimezone(HELSINKI).date())
        if len(seen_days) > days:
            offered.pop()
            break
    return offered


def callbacks_worklist(*, user: User, scope: str = "mine", status: str = "waiting") -> QuerySet:
    """Callbacks ordered by their window: the person's own and their teams' and unassigned
    ones ("mine"), or every visible one ("all")."""
    callbacks = Callback.objects.filter(case__in=cases_visible_to(user=user))
    if status in Callback.Status.values:
        callbacks = callbacks.filter(status=status)
    if scope == "mine":
        callbacks = callbacks.filter(
            Q(assignee=user) | Q(team__members=user) | Q(assignee__isnull=True, team__isnull=True)
        ).distinct()
    order = ["window_start", "pk"] if status == "waiting" else ["-window_start", "-pk"]
    return callbacks.select_related("case", "service", "customer", "assignee", "team").order_by(
        *order
    )


@dataclass(frozen=True)
class CallbackLevel:
    called: int
    on_time: int
    unreached: int
    target_percent: int

    @property
    def percent(self) -> float | None:
        return round(100 * self.on_time / self.called, 1) if self.called else None

    @property
    def met(self) -> bool | None:
        return None if self.percent is None else self.percent >= self.target_percent


def callback_service_level(
    *, since: dt.datetime, until: dt.datetime | None = None
) -> CallbackLevel:
    """How many callbacks asked for in the period were first tried within the agreed window."""
    rows = Callback.objects.filter(created_at__gte=since)
    if until is not None:
        rows = rows.filter(created_at__lt=until)
    called = rows.filter(first_attempt_at__isnull=False)
    return CallbackLevel(
        called=called.count(),
        on_time=called.filter(first_attempt_at__lte=F("first_window_end")).count(),
        unreached=rows.filter(status=Callback.Status.UNREACHED).count(),
        target_percent=settings.CALLBACK_TARGET_PERCENT,
    )


def case_callbacks(*, case) -> list[Callback]:
    return list(case.callbacks.all())


def case_bookings(*, case) -> dict:
    """What the case page shows of appointments and callbacks, and whether it can book."""
    return {
        "appointments": case_appointments(case=case),
        "callbacks": case_callbacks(case=case),
        "bookable": case.service_id in BOOKABLE_SERVICE_IDS.all(),
    }


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


# -- staff calendar -----------------------------------------------------------------------------


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
