"""A recurring booking made by staff for a customer or an association (every Tuesday 18–20
through the season): the dates are listed with their clashes first, then the free ones are
booked as one series on one order (paid at the counter or invoiced once), on a case of the
customer (each turn a step on its timeline) and confirmed in one message to the address given,
with the dates booked and the clashing dates left out. Seasonal application rounds
(associations apply, the city allocates) are not here yet."""

import datetime as dt

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from luukku.commerce.models import CustomerGroup, Order
from luukku.commerce.services.orders import order_line_add, order_place, order_start
from luukku.core.locks import in_transaction, row_created, row_lock

from ..models import Reservation, ReservationSeries, Unit
from ..selectors.reservation_series import series_dates
from ..selectors.reservations import booked_quantity
from .reservation_mail import series_notify
from .reservations import (
    booked_case_status,
    booking_price,
    counter_case,
    proof_seen_record,
    reservation_event,
    reservation_new,
)


@in_transaction
def reservation_series_book(
    *,
    by,
    unit: Unit,
    weekday: int,
    starts: dt.time,
    ends: dt.time,
    first_day: dt.date,
    last_day: dt.date,
    contact_name: str = "",
    customer=None,
    contact_email: str = "",
    contact_phone: str = "",
    organisation_name: str = "",
    group: str = CustomerGroup.ASSOCIATION,
    proof_seen: bool = False,
    purpose: str = "",
    language: str = "fi",
    case=None,
    now: dt.datetime | None = None,
) -> ReservationSeries:
    """Book the series' free dates (the clashing ones are left out, as listed before), on
    one order waiting for its payment; free of charge, each is confirmed at once. `case`:
    the case the series belongs to when it has one already (a seasonal application's, whose
    results mail tells the applicant); otherwise a counter case is opened and the booker is
    told at once."""
    now = now or timezone.now()
    contact_name = contact_name.strip() or (customer.display_name if customer else "")
    if not contact_name:
        raise ValidationError({"contact_name": [_("Give the customer's name.")]})
    if last_day < first_day:
        raise ValidationError(_("The last day must be after the first."))
    unit = row_lock(Unit, unit.pk)  # one series at a time per unit
    when = {"weekday": weekday, "starts": starts, "ends": ends}
    when |= {"first_day": first_day, "last_day": last_day}
    listed = series_dates(unit=unit, now=now, **when)
    dates = [d for d in listed if d.free]
    if not dates:
        raise ValidationError(_("None of the dates is free."))
    series = ReservationSeries.objects.create(unit=unit, created_by=by, **when)
    row_created(series)
    prices = [booking_price(unit, group, d.starts_at, d.ends_at) for d in dates]
    payable = any(prices)
    state = Reservation.State.WAITING_PAYMENT if payable else Reservation.State.CONFIRMED
    contact = {"contact_email": contact_email.strip(), "contact_phone": contact_phone.strip()}
    told_here = case is None
    if told_here:
        case = counter_case(
            unit, customer, by=by, name=contact_name, purpose=purpose, language=language,
            now=now, **contact,
        )  # fmt: skip
    if customer is None and case is not None:
        customer = case.customer  # the booker's own record when no customer was named
    if payable and proof_seen:
        proof_seen_record(customer, group, by=by, now=now)
    order = _series_order(
        unit, dates, by=by, group=group, proof_seen=proof_seen, now=now, customer=customer,
        case=case, contact_name=contact_name[:200], language=language, **contact,
    ) if payable else None  # fmt: skip
    fields = {
        "series": series, "order": order, "case": case, "customer": customer,
        "contact_name": contact_name[:200], "language": language,
        "organisation_name": organisation_name.strip()[:200], "group": group,
        "purpose": purpose.strip()[:500], "created_by": by, **contact,
    }  # fmt: skip
    _series_reservations(unit, dates, prices, state, fields, by=by, now=now)
    if told_here:
        _series_told(series, case, state, listed, by=by, now=now)
    return series


def series_group_check(*, unit: Unit, group: str, dates) -> None:
    """Raise the error booking would raise for the group's price on the listed dates (a
    discount group the unit has no price for), so the dates' preview says it already."""
    for found in dates:
        booking_price(unit, group, found.starts_at, found.ends_at)


def _series_reservations(unit, dates, prices, state: str, fields: dict, *, by, now) -> None:
    """A reservation per free date, with its step on the case. The season is paid before
    its first turn (unpaid then, the whole series is cancelled)."""
    payable = any(prices)
    pay_by = max(dates[0].day - dt.timedelta(days=1), timezone.localdate(now))
    for found, price in zip(dates, prices, strict=True):
        reservation = reservation_new(
            unit,
            found.starts_at,
            found.ends_at,
            state=state,
            now=now,
            price_cents=price,
            pay_by=pay_by if payable else None,
            payment=Reservation.Payment.COUNTER if payable else Reservation.Payment.NONE,
            **fields,
        )
        reservation_event(reservation, state, by=by, now=now)


def _series_told(series, case, state: str, listed, *, by, now) -> None:
    """The case resolved and the booker told the dates (and those left out) at once."""
    if case is not None:
        booked_case_status(case, state, by=by, now=now)
        series_notify(series, state, skipped=[d for d in listed if not d.free])


def _series_order(unit: Unit, dates, *, by, group, proof_seen, now, **contact) -> Order:
    """One order for the series' hours (or turns), placed: paid or invoiced once."""
    order = order_start(
        channel=Order.Channel.COUNTER,
        by=by,
        service_point=unit.payment_point,
        group=group,
        proof_seen=proof_seen,
        now=now,
        **contact,
    )
    quantity = sum(booked_quantity(unit, d.starts_at, d.ends_at) for d in dates)
    order_line_add(order=order, product=unit.product, quantity=quantity, now=now)
    return order_place(order=order, by=by, now=now)
