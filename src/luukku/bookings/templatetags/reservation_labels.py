"""A reservation's step on its case, in the reader's language."""

import datetime as dt

from django import template
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from luukku.commerce.models import Order
from luukku.commerce.templatetags.commerce_labels import euros
from luukku.core.calendar import HELSINKI

from ..models import DenyReason
from ..models.rounds import WEEKDAYS

register = template.Library()


def _when(data: dict) -> str:
    try:
        starts = dt.datetime.fromisoformat(data["starts_at"]).astimezone(HELSINKI)
        ends = dt.datetime.fromisoformat(data["ends_at"]).astimezone(HELSINKI)
    except (KeyError, TypeError, ValueError):
        return ""
    day = formats.date_format(starts, "SHORT_DATE_FORMAT")
    return f"{day} {clock(starts)}–{clock(ends)}"


def clock(moment) -> str:
    """A time of day as the reader's language writes it (the formats' TIME_FORMAT: 8.00 in
    Finnish and Swedish, 8:00 in English), the one way bookings show times."""
    return formats.time_format(moment, "TIME_FORMAT")


def _clock_text(value: str) -> str:
    """A time stored as text ("18:00") in the reader's way."""
    try:
        return clock(dt.time.fromisoformat(value))
    except (TypeError, ValueError):
        return value


def _application_text(data: dict) -> str:
    """A step of an application for seasonal turns."""
    weekday = data.get("weekday")
    values = {
        "round": data.get("round", ""),
        "unit": data.get("unit", ""),
        "weekday": str(dict(WEEKDAYS).get(weekday, "")),
        "time": f"{_clock_text(data.get('starts', ''))}–{_clock_text(data.get('ends', ''))}",
    }
    texts = {
        "application_received": _("Application for seasonal turns received: %(round)s."),
        "application_withdrawn": _("The application for seasonal turns was withdrawn."),
        "wish_allocated": _("Turn allocated: %(weekday)s %(time)s, %(unit)s."),
        "wish_declined": _("Turn declined: %(weekday)s %(time)s, %(unit)s."),
        "results_sent": _("The results of the round %(round)s were sent."),
    }
    text = texts[data["action"]] % values
    if data["action"] == "application_received" and data.get("closes"):
        closes = timezone.localtime(dt.datetime.fromisoformat(data["closes"]))
        text += " " + _(
            "The case waits for the application period to close (%(closes)s) and opens then."
        ) % {"closes": formats.date_format(closes, "SHORT_DATETIME_FORMAT")}
    return text


@register.simple_tag
def reservation_event_text(event) -> str:
    data = event.data or {}
    if "application" in data and data.get("action"):
        return _application_text(data)
    values = {"unit": data.get("unit", ""), "when": _when(data)}
    texts = {
        "created": _("%(unit)s booked for %(when)s, waiting for payment."),
        "handling": _("%(unit)s requested for %(when)s, waiting for handling."),
        "payment": _("%(unit)s booked for %(when)s, waiting for payment."),
        "approved": _("The booking of %(unit)s for %(when)s was approved."),
        "confirmed": _("The booking of %(unit)s for %(when)s is confirmed."),
        "denied": _("The booking request of %(unit)s for %(when)s was denied: %(reason)s."),
        "cancelled": _("The booking of %(unit)s for %(when)s was cancelled: %(reason)s."),
    }
    action = data.get("action")
    reason = data.get("reason", "")
    values["reason"] = DenyReason(reason).label if reason in DenyReason.values else "–"
    text = texts[action] % values if action in texts else _("Booking")
    if action == "cancelled" and data.get("fee_cents"):
        text += " " + _("Cancellation fee %(fee)s, refunded %(refund)s.") % {
            "fee": euros(data["fee_cents"]),
            "refund": euros(data.get("refunded_cents", 0)),
        }
    return text


@register.filter
def payment_state(reservation) -> str:
    """Whether the booking is paid, in words ("Paid on 6.12.2026"); "" when nothing is
    charged for it."""
    order = reservation.order
    if order is None or not reservation.price_cents:
        return ""
    if order.status == Order.Status.PAID:
        if order.paid_at is None:
            return _("Paid")
        day = formats.date_format(timezone.localtime(order.paid_at), "SHORT_DATE_FORMAT")
        return _("Paid on %(day)s") % {"day": day}
    return {
        Order.Status.INVOICED: _("Invoiced: paid by the invoice's due date"),
        Order.Status.CANCELLED: _("Not paid (the payment was cancelled)"),
    }.get(order.status, _("Not paid yet"))
