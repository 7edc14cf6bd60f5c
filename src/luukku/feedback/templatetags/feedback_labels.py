"""Feedback's steps and a complaint's state, in the reader's language."""

from django import template
from django.utils.html import format_html
from django.utils.translation import gettext as _

from luukku.feedback.models import Feedback
from luukku.feedback.selectors import complaint_answered_in_time, overdue

register = template.Library()


def _kind(value: str) -> str:
    return str(Feedback.Kind(value).label) if value in Feedback.Kind.values else _("not set")


@register.simple_tag
def feedback_event_text(event) -> str:
    """One sentence per step of the feedback app on a case's timeline."""
    data = event.data or {}
    action = data.get("action", "")
    values = {"kind": _kind(data.get("kind", "")), "topic": data.get("topic") or "–"}
    if action == "received":
        text = _("Feedback received (%(kind)s).") % values
    elif action == "marked":
        text = _("Marked as feedback: %(kind)s, topic %(topic)s.") % values
    elif action == "changed":
        text = _("Feedback changed: %(kind)s, topic %(topic)s.") % values
    elif action == "fate_considered":
        text = _("The idea is under consideration.")
    elif action == "fate_implemented":
        text = _("The idea was implemented.")
    elif action == "fate_declined":
        text = _("The idea was declined.")
    elif action == "survey_sent":
        text = _("A satisfaction survey was sent to the customer.")
    elif action == "survey_answered":
        text = _("The customer answered the satisfaction survey: %(score)s of 5.") % {
            "score": data.get("score", "–")
        }
    else:
        text = _("Feedback: %(action)s") % {"action": action}
    if data.get("due") and action in {"received", "marked", "changed"}:
        text += " " + _("Answer due %(day)s.") % {"day": _day(data["due"])}
    return text


def _day(iso: str) -> str:
    from datetime import date

    from django.utils.formats import date_format

    try:
        return date_format(date.fromisoformat(iso), "SHORT_DATE_FORMAT")
    except ValueError:
        return iso


@register.simple_tag
def complaint_state(feedback, today) -> str:
    """Answered in time, answered late, overdue or waiting: a badge beside the due day."""
    in_time = complaint_answered_in_time(feedback)
    if in_time is True:
        return format_html('<span class="badge sla-met">{}</span>', _("answered in time"))
    if in_time is False:
        return format_html('<span class="badge sla-breached">{}</span>', _("answered late"))
    if overdue(feedback, today):
        return format_html('<span class="badge sla-breached">{}</span>', _("overdue"))
    return format_html('<span class="badge">{}</span>', _("waiting for an answer"))
