"""Messages about a booking to the address its booker gave: received, waiting for payment,
confirmed (with the door code or the key pickup, and the calendar file), cancelled, denied;
a recurring booking's dates (and the clashing dates left out) in one message. Times are
written as each language writes them (fi/sv 10.00, en 10:00), dates d.m.yyyy."""

import datetime as dt

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from icalendar import Calendar, Event, vText

from luukku.cases.models import OutboundMail
from luukku.cases.notifications import mail_domain, mail_queue
from luukku.core.calendar import HELSINKI, finnish_holidays
from luukku.core.site import service_centre_name

from ..models import DenyReason, Reservation, ReservationSeries
from ..selectors.reservations import rules_errors

PRODID = "-//Luukku//Reservations//FI"
WHAT = {
    Reservation.State.HANDLING: "received",
    Reservation.State.WAITING_PAYMENT: "payment",
    Reservation.State.CONFIRMED: "confirmed",
    Reservation.State.CANCELLED: "cancelled",
    Reservation.State.DENIED: "denied",
}


def reservation_private_url(reservation: Reservation) -> str:
    with translation.override(reservation.language):
        path = reverse("public:reservation", kwargs={"token": reservation.token})
    return settings.SITE_URL + path


def reservation_place(reservation: Reservation) -> str:
    point = reservation.unit.service_point
    return (
        f"{reservation.unit.name}, {point.name}, {point.street_address}, "
        f"{point.postal_code} {point.post_office}"
    )


def _ics_status(reservation: Reservation) -> str:
    """Cancelled once over; confirmed only when confirmed (a request waiting for handling or
    a booking waiting for its payment is tentative)."""
    if not reservation.is_active:
        return "CANCELLED"
    if reservation.state == Reservation.State.CONFIRMED:
        return "CONFIRMED"
    return "TENTATIVE"


def reservation_ics(reservation: Reservation, *, now=None) -> str:
    """The booking as an iCalendar object for the booker (cancelled once it is over)."""
    return _ics([reservation], now=now, cancelled=not reservation.is_active)


def _ics(reservations: list[Reservation], *, now, cancelled: bool) -> str:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", "CANCEL" if cancelled else "PUBLISH")
    for reservation in reservations:
        _ics_event(calendar, reservation, now=now)
    return calendar.to_ical().decode()


def _ics_event(calendar: Calendar, reservation: Reservation, *, now) -> None:
    cancelled = not reservation.is_active
    with translation.override(reservation.language):
        event = Event()
        event.add("uid", f"reservation-{reservation.pk}@{mail_domain()}")
        event.add("dtstamp", (now or timezone.now()).astimezone(dt.UTC))
        event.add("dtstart", reservation.starts_at.astimezone(dt.UTC))
        event.add("dtend", reservation.ends_at.astimezone(dt.UTC))
        event.add("sequence", 1 if cancelled else 0)
        event.add("status", _ics_status(reservation))
        event.add("summary", f"{reservation.unit.name} · {service_centre_name()}")
        event.add("location", vText(reservation_place(reservation)))
        event.add("url", reservation_private_url(reservation))
        event.add("description", reservation_private_url(reservation))
        calendar.add_component(event)


def _local(moment):
    return moment.astimezone(HELSINKI) if moment else None


def _series_total(reservation: Reservation, what: str) -> tuple[int, int] | None:
    """An unpaid series' total to pay after this turn was cancelled, and before it."""
    order = reservation.order
    if what != "cancelled" or reservation.series_id is None or order is None:
        return None
    if order.status not in (order.Status.DRAFT, order.Status.OPEN):
        return None
    left = Reservation.objects.filter(series_id=reservation.series_id, state__in=Reservation.ACTIVE)
    total = sum(left.values_list("price_cents", flat=True))
    return (total, total + reservation.price_cents) if total else None


def reservation_notify(reservation: Reservation, state: str) -> None:
    """Tell the booker, in the write that changed the booking (nothing without an address).
    A cancellation the customer asked for (themselves or through staff) reads in their own
    voice ("You cancelled")."""
    what = WHAT.get(state)
    if what is None or reservation.case_id is None or not reservation.contact_email:
        return
    with translation.override(reservation.language):
        context = {
            "reservation": reservation,
            "unit": reservation.unit,
            "what": what,
            "url": reservation_private_url(reservation),
            "place": reservation_place(reservation),
            "starts": reservation.starts_at.astimezone(HELSINKI),
            "ends": reservation.ends_at.astimezone(HELSINKI),
            "centre": service_centre_name(),
            "confirmed": state == Reservation.State.CONFIRMED,
            "free_until": _local(reservation.free_until),
            "free_over": reservation.free_until is not None
            and reservation.free_until <= timezone.now(),
            "by_customer": reservation.reason == DenyReason.CUSTOMER,
            "series_total": _series_total(reservation, what),
        }
        subject = render_to_string("bookings/mail/reservation_subject.txt", context).strip()
        body = render_to_string("bookings/mail/reservation.txt", context)
        calendar = reservation_ics(reservation) if what in ("confirmed", "cancelled") else ""
    mail_queue(
        reservation.case,
        kind=OutboundMail.Kind.RESERVATION,
        subject=subject,
        body=body,
        calendar=calendar,
        recipient=reservation.contact_email,
    )


def _skipped_why(unit, date) -> str:
    """Why a date of a series was left out, in the active language: booked already, a
    public holiday, or what the unit's rules say of the time."""
    if date.clashing:
        return gettext("the time is booked already")
    if date.day in finnish_holidays(date.day.year):
        return gettext("a public holiday")
    problems = rules_errors(unit, date.starts_at, date.ends_at, staff=True)
    return " ".join(problems) or gettext("the time was not free")


def series_notify(series: ReservationSeries, state: str, *, skipped=()) -> None:
    """One message for a recurring booking: its dates, the clashing dates left out
    (`skipped`: the listed dates that were not free) and its terms."""
    turns = list(
        series.reservations.filter(state__in=Reservation.ACTIVE).select_related(
            "unit__service_point", "case", "order"
        )
    )
    first = turns[0] if turns else None
    what = WHAT.get(state)
    if what is None or first is None or first.case_id is None or not first.contact_email:
        return
    with translation.override(first.language):
        context = {
            "reservation": first,
            "unit": first.unit,
            "what": what,
            "dates": [(_local(t.starts_at), _local(t.ends_at)) for t in turns],
            "skipped": [
                (_local(d.starts_at), _local(d.ends_at), _skipped_why(first.unit, d))
                for d in skipped
            ],
            "total_cents": sum(t.price_cents for t in turns),
            "url": reservation_private_url(first),
            "place": reservation_place(first),
            "centre": service_centre_name(),
            "confirmed": state == Reservation.State.CONFIRMED,
            "free_days": first.unit.free_cancellation_days,
        }
        subject = render_to_string("bookings/mail/series_subject.txt", context).strip()
        body = render_to_string("bookings/mail/series.txt", context)
        calendar = _ics(turns, now=None, cancelled=False) if context["confirmed"] else ""
    mail_queue(
        first.case,
        kind=OutboundMail.Kind.RESERVATION,
        subject=subject,
        body=body,
        calendar=calendar,
        recipient=first.contact_email,
    )
