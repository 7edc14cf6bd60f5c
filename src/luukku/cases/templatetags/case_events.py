"""Choosing a timeline event's template include by its kind (`{% load case_events %}`)."""

from django import template

from luukku.cases.models import CaseEvent

register = template.Library()


@register.filter
def event_template(event: CaseEvent, folder: str) -> tuple[str, str]:
    """The include for the event's kind in `folder` (`web/events` for staff, `public/events`
    for the customer), or the folder's generic `event.html` for a kind without one:
    `{% include event|event_template:"web/events" %}`."""
    return (f"{folder}/{event.kind}.html", f"{folder}/event.html")
