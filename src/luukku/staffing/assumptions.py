"""What the forecast assumed, in words for the plan's page and workbook (docs/staffing.md,
"Holidays, events, level shifts and gaps"): the events of the week and how they were
planned, the declared changes, weekdays the history lacks and a history too short."""

import datetime as dt

from django.utils import formats
from django.utils.translation import gettext as _

from .events import DECLARED, Event, same_event_last_year


def day_label(day: dt.date) -> str:
    return formats.date_format(day, "SHORT_DATE_FORMAT")


def weekday_notes(model, days) -> list[str]:
    lacking = sorted(
        {day.weekday() for day in days if model.is_open(day)} - set(model.weekday_share)
    )
    if not model.weekday_share:
        return [_("There is no history to forecast from: the plan has no contacts.")]
    result = []
    if lacking:
        names = ", ".join(
            str(formats.date_format(day, "l")) for day in days if day.weekday() in lacking
        )
        result.append(
            _(
                "The history has no %(days)s: they are planned at the mean of the other "
                "weekdays, with their intraday profile."
            )
            % {"days": names}
        )
    result += event_notes(model, [day for day in days if model.is_open(day)])
    span = (model.cutoff - (model.history.first_day or model.cutoff)).days
    if span < 14:
        result.append(
            _(
                "The history covers %(count)d days: the forecast is rough until there are two "
                "weeks, and has no trend until there are four."
            )
            % {"count": span}
        )
    return result


def event_notes(model, days) -> list[str]:
    """How the calendar's events and the declared changes were planned."""
    result = []
    in_week = [model.event_days[day] for day in days if day in model.event_days]
    for event in dict.fromkeys(in_week):
        factors = [model.event_factor(day) for day in days if model.event_days.get(day) == event]
        percent = round(sum(factors) / len(factors) * 100)
        previous = same_event_last_year(event, model.events)
        if event.factor is not None:
            text = _(
                "%(event)s (%(days)s): planned at %(percent)d %% of the usual level, as declared."
            )
        elif event.key.startswith(DECLARED):
            text = _("%(event)s (%(days)s): no change given, so it is planned at the usual level.")
        elif previous and any(model._day_factor(day) is not None for day in previous.days()):
            text = _(
                "%(event)s (%(days)s): planned at %(percent)d %% of the usual level, as it was "
                "last year."
            )
        else:
            text = _(
                "%(event)s (%(days)s): there is no earlier one in the history, so it is planned "
                "at the usual level."
            )
        result.append(text % {"event": event.name, "days": _span(event), "percent": percent})
    for event in model.events:
        if not event.key.startswith(DECLARED) or event in in_week:
            continue
        if event.shift:
            text = (
                _("%(event)s: from %(day)s the contacts change by %(change)+.0f %%, as declared.")
                if event.starts <= max(days, default=model.cutoff)
                else _("%(event)s: from %(day)s, after this week: it does not change this plan.")
            )
        elif event.ends < model.cutoff:
            text = _("%(event)s (%(days)s): kept out of the usual level, as declared.")
        else:
            text = _("%(event)s (%(days)s): not in this week: it does not change this plan.")
        change = (event.factor - 1) * 100 if event.factor is not None else 0
        result.append(
            text
            % {
                "event": event.name,
                "day": day_label(event.starts),
                "days": _span(event),
                "change": change,
            }
        )
    return result


def _span(event: Event) -> str:
    return f"{day_label(event.starts)}–{day_label(event.ends)}"
