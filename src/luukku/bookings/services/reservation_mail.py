"""Messages about a booking to the address its booker gave: received, waiting for payment,
confirmed (with the door code or the key pickup, and the calendar file), cancelled, denied."""

import datetime as dt

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from icalendar import Calendar, Event, vText

from luukku.cases.models import OutboundMail
from luukku.cases.notifications import mail_domain, mail_queue
from luukku.core.calendar import HELSINKI
from luukku.core.site import service_centre_name

from ..models import Reservation

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
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    cancelled = not reservation.is_active
    calendar.add("method", "CANCEL" if cancelled else "PUBLISH")
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
    return calendar.to_ical().decode()


def reservation_notify(reservation: Reservation, state: str) -> None:
    """Tell the booker, in the write that changed the booking (nothing without an address)."""
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
