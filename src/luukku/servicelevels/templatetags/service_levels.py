"""Template filters for service-level clocks and states (`{% load service_levels %}`)."""

from django import template
from django.utils.translation import gettext_lazy as _

from luukku.servicelevels.models import Clock

register = template.Library()

SLA_LABELS = {
    "running": _("On time"),
    "warning": _("Due soon"),
    "paused": _("Paused"),
    "met": _("Met"),
    "breached": _("Breached"),
}


@register.filter
def clock_label(value: str) -> str:
    """The translated name of a service-level clock ("first_response", "resolution")."""
    try:
        return Clock(value).label
    except ValueError:
        return value


@register.filter
def sla_label(value: str) -> str:
    """The translated name of a service-level state."""
    return SLA_LABELS.get(value, value)
