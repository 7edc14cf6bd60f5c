"""A key loan's step on its case as a sentence in the reader's language."""

import datetime as dt

from django import template
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from luukku.commerce.templatetags.commerce_labels import euros

register = template.Library()


def _day(value: str | None) -> str:
    if not value:
        return ""
    return date_format(dt.date.fromisoformat(value), "SHORT_DATE_FORMAT")


@register.simple_tag
def key_loan_event_text(event) -> str:
    data = event.data or {}
    values = {
        "key": data.get("key", ""),
        "series": data.get("series", ""),
        "due": _day(data.get("due_on")),
        "deposit": euros(data.get("deposit_cents") or 0),
        "refunded": euros(data.get("refunded_cents") or 0),
    }
    action = data.get("action")
    if action == "lent":
        if data.get("due_on"):
            text = _("Key %(key)s (%(series)s) lent, to be returned by %(due)s.")
        else:
            text = _("Key %(key)s (%(series)s) lent.")
        if data.get("deposit_cents"):
            text += " " + _("Deposit %(deposit)s.")
        return text % values
    if action == "returned":
        text = _("Key %(key)s returned.")
        if data.get("refunded_cents"):
            text += " " + _("Deposit %(refunded)s refunded.")
        return text % values
    if action == "lost":
        if data.get("card"):
            return _("Card %(key)s reported lost: blocked, its access rights ended.") % values
        return _("Key %(key)s reported lost: the locks of its doors are to be changed.") % values
    texts = {
        "reminded": _("Reminder sent: key %(key)s to be returned by %(due)s."),
        "due_changed": _("Key %(key)s: the due day is now %(due)s."),
        "deposit_paid": _("Deposit of key %(key)s paid: %(deposit)s."),
    }
    return texts[action] % values if action in texts else _("Key loan")


@register.filter
def weekday_list(weekdays: str) -> str:
    """ISO weekdays ("135") as short names joined with commas ("Mon, Wed, Fri")."""
    names = {
        "1": _("Mon"),
        "2": _("Tue"),
        "3": _("Wed"),
        "4": _("Thu"),
        "5": _("Fri"),
        "6": _("Sat"),
        "7": _("Sun"),
    }
    return ", ".join(names[d] for d in weekdays or "" if d in names)
