"""Reading customer plans and their annual clock; the contact route to a customer.

The meetings of a series are the times its recurrence rule gives (`dateutil.rrule`, in local
time, so a 10.00 meeting stays at 10.00 across the change to and from summer time), each
replaced by its `MeetingOccurrence` row where it has one (moved, cancelled, held).
"""

import datetime as dt
from dataclasses import dataclass

from dateutil.rrule import MONTHLY, YEARLY, rrule
from django.db.models import Prefetch, Q
from django.utils import timezone

from luukku.customers.models import Customer
from luukku.organisation.models import User
from luukku.privacy.services import access_log_list, access_log_record

from .models import CustomerPlan, MeetingOccurrence, MeetingSeries

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
    if not plan_may_view(customer=customer, user=viewer, plan=plan):
        return None
    now = now or timezone.now()
    meetings = customer_meetings(customer, now, now + dt.timedelta(days=366)) if plan else []
    return {
        "plan": plan,
        "meetings": meetings[:4],
        "may_edit": plan_may_edit(customer=customer, user=viewer, plan=plan),
    }
