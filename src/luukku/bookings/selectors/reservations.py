"""Reading reservable units and their time: the unit's bookable hours (its service point's
opening hours, closed on Finnish public holidays and exceptional closed days), the rules a
time must keep, what clashes with it, the free times of a day, the price for a group and
what a cancellation costs."""

import datetime as dt
import math
from dataclasses import dataclass

from django.db.models import Prefetch, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from luukku.commerce.models import CustomerGroup, Price
from luukku.commerce.selectors.pricing import price_for
from luukku.core.calendar import HELSINKI, BusinessHours

from ..models import Occupancy, Reservation, Unit


def units_bookable(*, online: bool = True) -> list[Unit]:
    units = Unit.objects.filter(active=True).select_related("service_point")
    if online:
        units = units.filter(online=True)
    return list(units.order_by("service_point__name", "sort_order", "code"))


def unit_hours(unit: Unit) -> BusinessHours:
    """The unit's bookable hours: its service point's week and exceptional days."""
    point = unit.service_point
    week: dict[int, list] = {}
    for row in point.opening_hours.all():
        week.setdefault(row.weekday, []).append((row.opens, row.closes))
    exceptions = {
        row.date: () if row.opens is None or row.closes is None else ((row.opens, row.closes),)
        for row in point.exceptional_hours.all()
    }
    return BusinessHours(
        week={day: tuple(periods) for day, periods in week.items()}, exceptions=exceptions
    )


def unit_spaces(unit: Unit) -> list[Unit]:
    """The physical spaces the unit occupies: its parts' spaces, or itself."""
    parts = list(unit.parts.all())
    if not parts:
        return [unit]
    spaces: dict[int, Unit] = {}
    for part in parts:
        for space in unit_spaces(part):
            spaces[space.pk] = space
    return list(spaces.values())


def _periods(unit: Unit, day: dt.date, hours: BusinessHours) -> list[tuple[dt.datetime, ...]]:
    return [
        (
            dt.datetime.combine(day, opens, tzinfo=HELSINKI),
            dt.datetime.combine(day, closes, tzinfo=HELSINKI),
        )
        for opens, closes in sorted(hours.periods(day))
    ]


def rules_errors(
    unit: Unit,
    starts_at: dt.datetime,
    ends_at: dt.datetime,
    *,
    now: dt.datetime,
    staff: bool = False,
    hours: BusinessHours | None = None,
) -> list[str]:
    """Why the time does not keep the unit's rules (empty: it does). Staff may book
    closer and further ahead than citizens, never outside the opening hours."""
    errors: list[str] = []
    minutes = (ends_at - starts_at).total_seconds() / 60
    if minutes < unit.min_minutes or minutes > unit.max_minutes:
        errors.append(
            _("A booking lasts from %(min)s to %(max)s minutes.")
            % {"min": unit.min_minutes, "max": unit.max_minutes}
        )
    if unit.product_id and unit.pricing == Unit.Pricing.HOUR and minutes % 60:
        errors.append(_("This unit is booked by whole hours."))
    if starts_at < now:  # a past time: no advice on how early to book it
        errors.append(_("The time has passed."))
    elif not staff:
        if starts_at < now + dt.timedelta(hours=unit.notice_hours):
            errors.append(
                _("Book at least %(hours)s hours before the start.") % {"hours": unit.notice_hours}
            )
        if starts_at.astimezone(HELSINKI).date() > timezone.localdate(now) + dt.timedelta(
            days=unit.horizon_days
        ):
            errors.append(
                _("This unit can be booked %(days)s days ahead.") % {"days": unit.horizon_days}
            )
    day = starts_at.astimezone(HELSINKI).date()
    periods = _periods(unit, day, hours or unit_hours(unit))
    inside = [(o, c) for o, c in periods if o <= starts_at and ends_at <= c]
    if not inside:
        errors.append(_("The unit is not open at that time."))
    elif (starts_at - inside[0][0]).total_seconds() % (unit.interval_minutes * 60):
        errors.append(
            _("Bookings start every %(minutes)s minutes from the opening time.")
            % {"minutes": unit.interval_minutes}
        )
    return errors


def _occupancies(spaces: list[Unit], start: dt.datetime, end: dt.datetime, exclude=None):
    """Active occupancies of the spaces near the time (a day's slack for the buffers)."""
    slack = dt.timedelta(days=1)
    rows = Occupancy.objects.filter(
        space__in=spaces, active=True, starts_at__lt=end + slack, ends_at__gt=start - slack
    ).select_related("reservation__unit")
    if exclude is not None:
        rows = rows.exclude(reservation_id__in=exclude)
    return list(rows)


def _meets(unit: Unit, start, end, other: Reservation) -> bool:
    """Whether the time on `unit` and the other booking come closer than the larger of the
    buffers that meet allows (the buffer after the earlier, before the later)."""
    theirs = other.unit
    gap_after_theirs = dt.timedelta(
        minutes=max(theirs.buffer_after_minutes, unit.buffer_before_minutes)
    )
    gap_after_ours = dt.timedelta(
        minutes=max(unit.buffer_after_minutes, theirs.buffer_before_minutes)
    )
    return start < other.ends_at + gap_after_theirs and other.starts_at < end + gap_after_ours


def clashes(
    unit: Unit, starts_at: dt.datetime, ends_at: dt.datetime, *, exclude=None, rows=None
) -> list[Reservation]:
    """The active bookings (and blocked times) of the unit or of a unit sharing its space
    that the time would meet, buffers counted."""
    if rows is None:
        rows = _occupancies(unit_spaces(unit), starts_at, ends_at, exclude)
    found: dict[int, Reservation] = {}
    for row in rows:
        if _meets(unit, starts_at, ends_at, row.reservation):
            found[row.reservation_id] = row.reservation
    return sorted(found.values(), key=lambda r: r.starts_at)


@dataclass(frozen=True)
class Slot:
    """A start time of the day: `state` free, taken (booked or blocked), past (begun, or
    closer than the unit's notice), not_yet (beyond how far ahead the unit is booked:
    `opens_on` the day booking opens) or closed (against the unit's other rules)."""

    starts_at: dt.datetime
    ends_at: dt.datetime
    state: str = "free"
    opens_on: dt.date | None = None

    @property
    def free(self) -> bool:
        return self.state == "free"


def _slot_state(unit: Unit, start, end, *, now, hours, rows) -> tuple[str, dt.date | None]:
    if start < now + dt.timedelta(hours=unit.notice_hours):
        return "past", None
    day = start.astimezone(HELSINKI).date()
    opens_on = day - dt.timedelta(days=unit.horizon_days)
    if opens_on > timezone.localdate(now):
        return "not_yet", opens_on
    if rules_errors(unit, start, end, now=now, hours=hours):
        return "closed", None
    if clashes(unit, start, end, rows=rows):
        return "taken", None
    return "free", None


def day_slots(unit: Unit, day: dt.date, *, minutes: int | None = None, now=None) -> list[Slot]:
    """The day's start times for a booking of `minutes` (the shortest by default), each free,
    taken, past or not yet bookable, for the citizen's and the agent's choice."""
    now = now or timezone.now()
    minutes = minutes or unit.min_minutes
    hours = unit_hours(unit)
    periods = _periods(unit, day, hours)
    if not periods:
        return []
    spaces = unit_spaces(unit)
    rows = _occupancies(spaces, periods[0][0], periods[-1][1])
    length = dt.timedelta(minutes=minutes)
    step = dt.timedelta(minutes=unit.interval_minutes)
    slots = []
    for opens, closes in periods:
        start = opens
        while start + length <= closes:
            end = start + length
            state, opens_on = _slot_state(unit, start, end, now=now, hours=hours, rows=rows)
            slots.append(Slot(start.astimezone(dt.UTC), end.astimezone(dt.UTC), state, opens_on))
            start += step
    return slots


def price_cents(unit: Unit, group: str, starts_at: dt.datetime, ends_at: dt.datetime) -> int:
    """The booking's price for the group (internal customers free), without the deposit.
    Raises LookupError when the product has no price on the day."""
    if unit.product_id is None or group == CustomerGroup.INTERNAL:
        return 0
    price = price_for(unit.product, group, timezone.localdate(starts_at))
    if price is None:
        raise LookupError(unit.product.code)
    return price.amount_cents * booked_quantity(unit, starts_at, ends_at)


def unit_groups(unit: Unit) -> list[tuple[str, str]]:
    """The customer groups a booking of the unit can be priced for: the resident's (the
    general price), the internal customers' (free) and those the unit's product has a price
    of its own for; every group when the unit has no product (free of charge)."""
    if unit.product_id is None:
        return list(CustomerGroup.choices)
    cached = getattr(unit, "_priced_groups", None)  # one query for a page's forms
    if cached is None:
        cached = set(
            Price.objects.filter(product_id=unit.product_id).values_list("group", flat=True)
        )
        unit._priced_groups = cached
    priced = cached | {CustomerGroup.RESIDENT, CustomerGroup.INTERNAL}
    return [(value, label) for value, label in CustomerGroup.choices if value in priced]


def booked_quantity(unit: Unit, starts_at: dt.datetime, ends_at: dt.datetime) -> int:
    if unit.pricing == Unit.Pricing.FIXED:
        return 1
    return max(1, math.ceil((ends_at - starts_at).total_seconds() / 3600))


@dataclass(frozen=True)
class CancellationQuote:
    """What cancelling now costs: the fee kept of what was paid and what is refunded."""

    free: bool
    fee_cents: int
    paid_cents: int
    refund_cents: int


def cancellation_quote(reservation: Reservation, *, now=None, waive=False) -> CancellationQuote:
    """`waive`: the city cancels for a reason of its own, nothing kept."""
    now = now or timezone.now()
    free = waive or reservation.free_until is None or now < reservation.free_until
    order = reservation.order
    paid = 0
    if order is not None and reservation.series_id:
        # One turn of a series paid on one order: its own price.
        paid = reservation.price_cents if order.status == "paid" else 0
    elif order is not None:
        paid = max(order.paid_cents - order.refunded_cents, 0)
    fee = 0 if free else round(reservation.price_cents * reservation.fee_percent / 100)
    fee = min(fee, paid)  # a fee is kept of what was paid, never charged afresh
    return CancellationQuote(free=fee == 0, fee_cents=fee, paid_cents=paid, refund_cents=paid - fee)


def reservation_by_token(token: str) -> Reservation | None:
    return (
        Reservation.objects.select_related("unit__service_point", "order", "case")
        .filter(token=token, kind=Reservation.Kind.CUSTOMER)
        .first()
    )


def unit_day(*, unit: Unit, day: dt.date) -> list[Reservation]:
    """The day's bookings and blocked times of the unit and of units sharing its space, for
    staff (personal data: the caller logs the access)."""
    start = dt.datetime.combine(day, dt.time(0), tzinfo=HELSINKI)
    end = start + dt.timedelta(days=1)
    ids = Occupancy.objects.filter(
        space__in=unit_spaces(unit), starts_at__lt=end, ends_at__gt=start
    ).values("reservation_id")
    return list(
        Reservation.objects.filter(pk__in=ids, state__in=Reservation.ACTIVE)
        .select_related("unit", "customer", "order")
        .order_by("starts_at", "pk")
    )


def reservations_waiting(*, limit: int = 200) -> list[Reservation]:
    """Requests waiting for handling, oldest first (personal data: logged by the caller)."""
    return list(
        Reservation.objects.filter(state=Reservation.State.HANDLING)
        .select_related("unit__service_point")
        .order_by("created_at", "pk")[:limit]
    )


def customer_reservations(*, customer, now=None, limit: int = 20) -> list[Reservation]:
    """A customer's bookings from a month back on, soonest first, for the customer page
    (personal data: logged by the caller)."""
    now = now or timezone.now()
    since = now - dt.timedelta(days=30)
    return list(
        Reservation.objects.filter(customer=customer, ends_at__gte=since)
        .exclude(state=Reservation.State.CREATED, hold_until__lt=now)
        .select_related("unit", "order")
        .order_by("starts_at", "pk")[:limit]
    )


def customer_reservations_all(*, customer):
    """All of a customer's bookings, the latest first (the customer page's "show all";
    personal data: logged by the caller)."""
    return (
        Reservation.objects.filter(customer=customer)
        .select_related("unit", "order")
        .order_by("-starts_at", "-pk")
    )


def units_with_hours():
    """Units with what their pages and rules read, in few queries."""
    return Unit.objects.select_related("service_point", "product").prefetch_related(
        "service_point__opening_hours",
        Prefetch("service_point__exceptional_hours"),
        Prefetch("parts", queryset=Unit.objects.prefetch_related("parts")),
    )


def active_count(*, unit: Unit, email: str, customer=None, now=None) -> int:
    """The customer's bookings of the unit still to come (the unit's limit counts them)."""
    now = now or timezone.now()
    who = Q(contact_email__iexact=email) if email else Q(pk__in=[])
    if customer is not None:
        who |= Q(customer=customer)
    return Reservation.objects.filter(
        who, unit=unit, state__in=Reservation.ACTIVE, ends_at__gt=now
    ).count()


def units_week(*, units: list[Unit], monday: dt.date) -> dict[int, list[list[Reservation]]]:
    """Each unit's active bookings and blocked times of the week, by day (Monday first), for
    the staff's week view (personal data: the caller logs the access)."""
    start = dt.datetime.combine(monday, dt.time(0), tzinfo=HELSINKI)
    end = start + dt.timedelta(days=7)
    week: dict[int, list[list[Reservation]]] = {u.pk: [[] for _ in range(7)] for u in units}
    rows = Reservation.objects.filter(
        unit__in=units, state__in=Reservation.ACTIVE, starts_at__lt=end, ends_at__gt=start
    ).order_by("starts_at", "pk")
    for reservation in rows:
        day = reservation.starts_at.astimezone(HELSINKI).date()
        index = (day - monday).days
        if 0 <= index < 7:
            week[reservation.unit_id][index].append(reservation)
    return week
