"""Days and times as a reader of each language writes them in running text."""

import datetime as dt

from django.utils import timezone, translation
from django.utils.formats import date_format


def day(value: dt.date | dt.datetime) -> str:
    """A day as a heading or a choice names it: "keskiviikko 9.12.2026"."""
    if isinstance(value, dt.datetime):
        value = timezone.localtime(value)
    return date_format(value, "l j.n.Y")


def on_day(value: dt.date | dt.datetime) -> str:
    """A day as said after "on" in a sentence: "keskiviikkona 9.12.2026" (Finnish takes the
    essive), "onsdag 9.12.2026", "Wednesday 9.12.2026"; a moment in Finnish time."""
    if isinstance(value, dt.datetime):
        value = timezone.localtime(value)
    weekday = date_format(value, "l")
    if translation.get_language() == "fi":
        weekday += "na"
    return f"{weekday} {date_format(value, 'j.n.Y')}"


def clock(value: dt.datetime) -> str:
    """A time of day in Finnish time as all three languages write it here: 9.00, 14.30."""
    return date_format(timezone.localtime(value), "G.i")
