"""What a chat's timeline event says, in the reader's language."""

from django import template
from django.utils.translation import gettext as _

from luukku.chat.models import ChatSession

register = template.Library()


@register.simple_tag
def chat_event_text(event, staff_view: bool = False) -> str:
    data = event.data or {}
    action = data.get("action")
    author = event.author
    if action == "queued":
        return _("The chat started and waited for an agent.")
    if action == "accepted":
        name = (author.first_name or str(author)) if author else ""
        return _("%(name)s answered the chat.") % {"name": name}
    if action == "transferred" and data.get("reason") == "agent_away":
        return _("The agent's console went away; the chat went back to the queue.")
    if action == "transferred":
        target = data.get("to_team_name") or ""
        if staff_view and data.get("to_user") and author is not None:
            return _("Transferred to a colleague.")
        return _("Transferred to %(team)s.") % {"team": target} if target else _("Transferred.")
    if action == "ended":
        outcome = data.get("outcome") or ""
        if outcome in ChatSession.Outcome.values:
            return _("The chat ended: %(outcome)s.") % {
                "outcome": ChatSession.Outcome(outcome).label
            }
        return _("The chat ended.")
    return _("Chat")
