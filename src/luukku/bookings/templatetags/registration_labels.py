"""A registration's step on a case, as a sentence in the reader's language."""

import datetime as dt

from django import template
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from luukku.commerce.templatetags.commerce_labels import euros

register = template.Library()


@register.simple_tag
def registration_event_text(event) -> str:
    data = event.data or {}
    action = data.get("action")
    values = {"course": data.get("course", ""), "code": data.get("code", "")}
    refund = data.get("refund_cents") or 0
    texts = {
        "held": _("A place on %(course)s is held until it is paid."),
        "waiting": _("Joined the waiting list of %(course)s."),
        "offered": _("A place on %(course)s was offered from the waiting list."),
        "confirmed": _("The place on %(course)s is confirmed."),
        "cancelled": _("The registration for %(course)s was cancelled."),
        "expired": _("The registration for %(course)s lapsed."),
        "offer_expired": _("The place offered on %(course)s was not taken in time."),
        "course_runs": _("%(course)s will run."),
        "course_cancelled": _("%(course)s was cancelled."),
        "paid_late": _("%(course)s was paid after the place had lapsed."),
    }
    text = texts[action] % values if action in texts else _("Registration")
    if action == "offered" and data.get("delivery") == "email":
        text += " " + _("Sent by e-mail.")
    elif action == "offered" and data.get("delivery") == "phone":
        text += " " + _("No e-mail address given: staff phone %(phone)s.") % {
            "phone": data.get("phone") or "–"
        }
    if refund:
        text += " " + _("To refund: %(amount)s.") % {"amount": euros(refund)}
    elif data.get("binding"):
        text += " " + _("Cancelled after the free cancellation date: not refunded.")
    if data.get("reason"):
        text += " " + _("Reason: %(reason)s") % {"reason": data["reason"]}
    return text


def _moment(moment, *, end: bool) -> str:
    """A window's end at midnight is the last whole day before it (closing at 20.12 0.00
    reads "19.12.2026"), a start at midnight its day; other moments with their time."""
    local = timezone.localtime(moment)
    if local.time() != dt.time(0, 0):
        return formats.date_format(local, "SHORT_DATETIME_FORMAT")
    day = local.date() - dt.timedelta(days=1) if end else local.date()
    return formats.date_format(day, "SHORT_DATE_FORMAT")


@register.simple_tag
def enrolment_period(course) -> str:
    """The registration window as the reader counts it: "15.11.2026 – 19.12.2026" for one
    open from 15.11 0.00 to 20.12 0.00, times shown only where it opens or closes mid-day."""
    opens = _moment(course.enrolment_opens, end=False)
    return f"{opens} – {_moment(course.enrolment_closes, end=True)}"
