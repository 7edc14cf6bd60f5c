"""Template filters for what the cases app stores as values (`{% load case_labels %}`)."""

from django import template

from luukku.cases.models import Status

register = template.Library()


@register.filter
def status_label(value: str) -> str:
    """The translated name of a case status stored as its value (e.g. in event data)."""
    try:
        return Status(value).label
    except ValueError:
        return value
