"""Moments in Helsinki time for tests, and doing something as if it were that moment."""

import datetime as dt
from zoneinfo import ZoneInfo

import time_machine

HELSINKI = ZoneInfo("Europe/Helsinki")


def at(*parts) -> dt.datetime:
    return dt.datetime(*parts, tzinfo=HELSINKI)


def on(moment: dt.datetime, action, **kwargs):
    """Do `action` as if it were `moment` (the clock is read from the timeline's times)."""
    with time_machine.travel(moment, tick=False):
        return action(**kwargs)
