"""Template filters for what the appointments app stores as values
(`{% load appointment_labels %}`)."""

from django import template

from luukku.appointments.models import MeetingType

register = template.Library()


@register.filter
def meeting_type_label(value: str) -> str:
    """The translated name of an appointment's meeting type stored as its value."""
    try:
        return MeetingType(value).label
    except ValueError:
        return value
