"""Reading customer plans and their annual clock; the contact route to a customer.

The meetings of a series are the times its recurrence rule gives (`dateutil.rrule`, in local
time, so a 10.00 meeting stays at 10.00 across the change to and from summer time), each
replaced by its `MeetingOccurrence` row where it has one (moved, cancelled, held).

Reads of segments and announcements: who is in a segment (the rule evaluated now), and
who of them an announcement would reach, by which channel and in which language."""

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from dateutil.rrule import MONTHLY, YEARLY, rrule
from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet
from django.utils import timezone

from luukku.bookings.models import Registration, Reservation
from luukku.core.calendar import HELSINKI
from luukku.customers.models import Customer
from luukku.organisation.models import User
from luukku.privacy.services import access_log_list, access_log_record

from .models import (
    KEY_CUSTOMERS,
    Announcement,
    CustomerPlan,
    Delivery,
    MeetingOccurrence,
    MeetingSeries,
    Segment,
    SegmentMember,
    Unsubscription,
)

_RULES = {
    MeetingSeries.Frequency.MONTHLY: (MONTHLY, 1),
    MeetingSeries.Frequency.QUARTERLY: (MONTHLY, 3),
    MeetingSeries.Frequency.YEARLY: (YEARLY, 1),
}


def plan_may_view(*, customer: Customer, user: User, plan: CustomerPlan | None = None) -> bool:
    """Front-line staff (agents, supervisors), the customer's named handler and substitute
    and the plan's responsible handler see the plan."""
    if not user.is_active:
        return False
    return user.is_front_line or plan_may_edit(customer=customer, user=user, plan=plan)


def plan_may_edit(*, customer: Customer, user: User, plan: CustomerPlan | None = None) -> bool:
    """Supervisors and administrators, the customer's named handler and substitute and the
    plan's responsible handler make and change the plan and its meetings."""
    if not user.is_active:
        return False
    if user.sees_everything or user.pk in (customer.handler_id, customer.substitute_id):
        return True
    return plan is not None and plan.handler_id == user.pk


def plan_possible(customer: Customer) -> bool:
    """Whether the customer may have a plan: organisations and internal customers, not
    persons."""
    return customer.kind in KEY_CUSTOMERS


def plan_current(customer: Customer) -> CustomerPlan | None:
    """The customer's current plan with its services and contacts, or None."""
    return (
        CustomerPlan.objects.filter(customer=customer, is_current=True)
        .select_related("handler")
        .prefetch_related("services", "contacts")
        .first()
    )


def plan_versions(customer: Customer) -> list[CustomerPlan]:
    return list(
        CustomerPlan.objects.filter(customer=customer)
        .select_related("created_by", "handler")
        .order_by("-version")
    )


@dataclass(frozen=True)
class Meeting:
    """One meeting of the annual clock, as the rule gave it or as it was changed."""

    series: MeetingSeries
    planned_at: dt.datetime
    at: dt.datetime
    status: str
    minutes: str = ""
    reminded: bool = False

    @property
    def moved(self) -> bool:
        return self.at != self.planned_at

    @property
    def key(self) -> str:
        """The meeting in a URL: the time its rule gave it, as a POSIX timestamp."""
        return str(int(self.planned_at.timestamp()))

    def get_status_display(self) -> str:
        return MeetingOccurrence.Status(self.status).label


def series_rule_times(series: MeetingSeries, start: dt.datetime, end: dt.datetime) -> list:
    """The times the series' rule gives from `start` to `end` (inclusive), aware."""
    zone = timezone.get_default_timezone()
    first = timezone.localtime(series.first_at, zone).replace(tzinfo=None)
    freq, interval = _RULES[series.frequency]
    last = timezone.localtime(end, zone).replace(tzinfo=None)
    if series.until:
        last = min(last, dt.datetime.combine(series.until, dt.time.max))
    if series.ended_at:
        last = min(last, timezone.localtime(series.ended_at, zone).replace(tzinfo=None))
    rule = rrule(freq, interval=interval, dtstart=first)
    times = rule.between(timezone.localtime(start, zone).replace(tzinfo=None), last, inc=True)
    return [timezone.make_aware(time, zone) for time in times]


def series_meetings(series: MeetingSeries, start: dt.datetime, end: dt.datetime) -> list[Meeting]:
    """The series' meetings whose time (as moved) falls from `start` to `end`."""
    rows = {
        row.planned_at: row
        for row in MeetingOccurrence.objects.filter(series=series).filter(
            Q(at__range=(start, end)) | Q(planned_at__range=(start, end))
        )
    }
    planned = set(series_rule_times(series, start, end)) | set(rows)
    meetings = []
    for planned_at in planned:
        row = rows.get(planned_at)
        if row is None:
            meetings.append(Meeting(series, planned_at, planned_at, "planned"))
        elif start <= row.at <= end:
            meetings.append(
                Meeting(
                    series, planned_at, row.at, row.status, row.minutes, row.reminded_at is not None
                )
            )
    return sorted(meetings, key=lambda meeting: meeting.at)


def meeting_get(series: MeetingSeries, key: str) -> Meeting | None:
    """One meeting of the series by its key (`Meeting.key`), if the rule gives it."""
    try:
        planned_at = dt.datetime.fromtimestamp(int(key), tz=dt.UTC)
    except (TypeError, ValueError, OverflowError, OSError):
        return None
    row = MeetingOccurrence.objects.filter(series=series, planned_at=planned_at).first()
    if row is not None:
        return Meeting(
            series, planned_at, row.at, row.status, row.minutes, row.reminded_at is not None
        )
    if planned_at in series_rule_times(series, planned_at, planned_at):
        return Meeting(series, planned_at, planned_at, "planned")
    return None


def customer_meetings(customer: Customer, start: dt.datetime, end: dt.datetime) -> list[Meeting]:
    meetings = []
    for series in MeetingSeries.objects.filter(customer=customer).select_related("customer"):
        meetings += series_meetings(series, start, end)
    return sorted(meetings, key=lambda meeting: meeting.at)


def year_bounds(year: int) -> tuple[dt.datetime, dt.datetime]:
    zone = timezone.get_default_timezone()
    start = dt.datetime(year, 1, 1, tzinfo=zone)
    return start, dt.datetime(year + 1, 1, 1, tzinfo=zone) - dt.timedelta(microseconds=1)


def annual_clock(*, year: int, handler: User | None = None) -> list[tuple[int, list[Meeting]]]:
    """The meetings of every customer with a current plan in `year`, month by month
    (1..12, each with its meetings in time order); only `handler`'s plans if given."""
    start, end = year_bounds(year)
    plans = CustomerPlan.objects.filter(is_current=True)
    if handler is not None:
        plans = plans.filter(handler=handler)
    series = MeetingSeries.objects.filter(customer__in=plans.values("customer")).select_related(
        "customer"
    )
    series = series.prefetch_related(
        Prefetch(
            "customer__plans",
            CustomerPlan.objects.filter(is_current=True).select_related("handler"),
            to_attr="current_plans",
        )
    )
    months: dict[int, list[Meeting]] = {month: [] for month in range(1, 13)}
    for one in series:
        for meeting in series_meetings(one, start, end):
            months[timezone.localtime(meeting.at).month].append(meeting)
    return [(month, sorted(found, key=lambda m: m.at)) for month, found in months.items()]


def annual_clock_for_view(*, viewer: User, year: int, handler: User | None, query) -> list:
    """`annual_clock` for the page: the customers shown are personal data, so the view is
    one list entry in the access log."""
    months = annual_clock(year=year, handler=handler)
    access_log_list(
        actor=viewer,
        context="annual_clock",
        query=query,
        count=sum(len(meetings) for _, meetings in months),
    )
    return months


def plan_for_view(*, customer: Customer, viewer: User, context: str) -> CustomerPlan | None:
    """The current plan for a page that shows it (its contacts are personal data: logged)."""
    plan = plan_current(customer)
    if plan is not None:
        access_log_record(actor=viewer, action="view", customer=customer, context=context)
    return plan


def plan_handlers() -> list[User]:
    """The staff responsible for some current plan, for the annual clock's filter."""
    return list(
        User.objects.filter(plans_handled__is_current=True)
        .distinct()
        .order_by("first_name", "last_name", "username")
    )


def customer_plan_panel(*, customer: Customer, viewer: User, now: dt.datetime | None = None):
    """What the customer page shows of the plan: None if the viewer may not see plans;
    else the current plan (or None), the next meetings and whether the viewer may edit."""
    plan = plan_current(customer)
    if plan is None and not plan_possible(customer):
        return None  # a person has no plan, and none can be made for them
    if not plan_may_view(customer=customer, user=viewer, plan=plan):
        return None
    now = now or timezone.now()
    meetings = customer_meetings(customer, now, now + dt.timedelta(days=366)) if plan else []
    return {
        "plan": plan,
        "meetings": meetings[:4],
        "may_edit": plan_may_edit(customer=customer, user=viewer, plan=plan),
    }


Rule = Segment.Rule


def _year_start(now: dt.datetime) -> dt.datetime:
    local = timezone.localtime(now, HELSINKI)
    return dt.datetime(local.year, 1, 1, tzinfo=HELSINKI)


def _rule_filter(segment: Segment, now: dt.datetime) -> Q:
    """The segment's rule as a filter of customers."""
    if segment.rule == Rule.KIND:
        return Q(kind=segment.kind)
    if segment.rule == Rule.SECTOR:
        return Q(kind=Customer.Kind.ORGANISATION, sector=segment.sector)
    if segment.rule == Rule.DEPARTMENT:
        return Q(kind=Customer.Kind.INTERNAL, internal_department=segment.department_id)
    if segment.rule == Rule.HANDLER:
        return Q(handler=segment.handler_id)
    if segment.rule == Rule.LANGUAGE:
        return Q(preferred_language=segment.language)
    since = _year_start(now)
    if segment.rule == Rule.BOOKED_ROOM:
        booked = Reservation.objects.filter(
            customer=OuterRef("pk"),
            kind=Reservation.Kind.CUSTOMER,
            state__in=Reservation.ACTIVE,
            starts_at__gte=since,
            starts_at__lt=since.replace(year=since.year + 1),
        )
        return Q(Exists(booked))
    if segment.rule == Rule.COURSE:
        registered = Registration.objects.filter(
            customer=OuterRef("pk"),
            status__in=Registration.TAKES_PLACE,
            created_at__gte=since,
        )
        return Q(Exists(registered))
    picked = SegmentMember.objects.filter(segment=segment, customer=OuterRef("pk"))
    return Q(Exists(picked))


def segment_customers(segment: Segment, *, now: dt.datetime | None = None) -> QuerySet:
    """The segment's customers now: records in use (not merged, not anonymised)."""
    now = now or timezone.now()
    return (
        Customer.active.filter(anonymised_at__isnull=True)
        .filter(_rule_filter(segment, now))
        .order_by("last_name", "first_name", "organisation_name", "pk")
    )


def segments_for_staff() -> QuerySet:
    return Segment.objects.select_related("department", "handler").order_by("name", "pk")


def segment_announcements(segment: Segment) -> QuerySet:
    return segment.announcements.select_related("created_by", "sent_by")


def announcement_counts(announcement: Announcement) -> dict[str, int]:
    """The deliveries of a sent announcement by status and channel."""
    counts: Counter = Counter()
    for channel, status in announcement.deliveries.values_list("channel", "status"):
        counts[status] += 1
        counts[channel] += 1
        counts["total"] += 1
    return dict(counts)


def is_unsubscribed(customer: Customer) -> bool:
    return Unsubscription.objects.filter(customer=customer).exists()


def customer_announcements(customer: Customer) -> dict:
    """For the customer page: whether they unsubscribed, and their latest deliveries."""
    unsubscription = Unsubscription.objects.filter(customer=customer).first()
    deliveries = (
        Delivery.objects.filter(customer=customer)
        .select_related("announcement")
        .order_by("-created_at", "-pk")[:5]
    )
    return {"unsubscription": unsubscription, "deliveries": list(deliveries)}


# Why a segment's customer gets no announcement.
SKIP_REASONS = ("unsubscribed", "failing", "no_address")


@dataclass
class Recipient:
    customer: Customer
    channel: str
    address: str
    language: str


@dataclass
class Plan:
    """Who an announcement reaches and who it leaves out, and why."""

    recipients: list[Recipient] = field(default_factory=list)
    skipped: dict[str, int] = field(default_factory=lambda: dict.fromkeys(SKIP_REASONS, 0))
    languages: dict[str, int] = field(default_factory=dict)
    channels: dict[str, int] = field(default_factory=dict)


def _reach(customer: Customer, unsubscribed: set[int]) -> tuple[str, str] | str:
    """(channel, address), or the reason the customer is left out."""
    if customer.pk in unsubscribed:
        return "unsubscribed"
    if customer.preferred_channel == Customer.ContactChannel.SMS and customer.phone:
        return Delivery.Channel.SMS, customer.phone
    if customer.email and customer.email_failing_since is None:
        return Delivery.Channel.EMAIL, customer.email
    if customer.email:
        return "failing"
    return "no_address"


def announcement_plan(announcement: Announcement, *, now: dt.datetime | None = None) -> Plan:
    """The recipients of the announcement's segment now, each with the channel, the address
    and the language they get it in (their own, or Finnish when it has no text in theirs)."""
    customers = list(segment_customers(announcement.segment, now=now))
    unsubscribed = set(
        Unsubscription.objects.filter(customer__in=[c.pk for c in customers]).values_list(
            "customer_id", flat=True
        )
    )
    plan = Plan()
    for customer in customers:
        reach = _reach(customer, unsubscribed)
        if isinstance(reach, str):
            plan.skipped[reach] += 1
            continue
        language = announcement.text_in(customer.preferred_language)[0]
        plan.recipients.append(Recipient(customer, reach[0], reach[1], language))
        plan.languages[language] = plan.languages.get(language, 0) + 1
        plan.channels[reach[0]] = plan.channels.get(reach[0], 0) + 1
    return plan
