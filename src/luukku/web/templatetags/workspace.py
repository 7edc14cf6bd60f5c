from django import template

register = template.Library()


@register.simple_tag
def requests_waiting(user) -> int:
    """For the navigation: consultations and escalations waiting for this person, and
    answers to their questions not yet seen."""
    from luukku.servicelevels.selectors import requests_waiting_count

    if not user.is_authenticated:
        return 0
    return requests_waiting_count(user=user)


@register.filter
def team_name(data: dict) -> str:
    """The team an assignment event names, in the reader's language (as it was named then,
    for a team since removed)."""
    from luukku.organisation.selectors import TEAMS

    team = TEAMS.by("pk").get((data.get("to") or {}).get("team"))
    return team.name if team is not None else data.get("team_name", "")


@register.filter
def access_context(code: str) -> str:
    """An access log entry's context code as a label in the reader's language."""
    from luukku.cases.models import Channel
    from luukku.privacy.contexts import context_label

    return context_label(code, dict(Channel.choices))
