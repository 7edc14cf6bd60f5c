"""A chat's messages as the citizen's page shows them: who, when, what, and for the
citizen's own messages whether they were read. Everything written is shown as text; only
the agent's links are made links (rel="noopener nofollow"), never the citizen's."""

from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.html import escape, urlize
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from luukku.cases.models import CaseEvent
from luukku.chat.models import ChatSession
from luukku.chat.templatetags.chat_labels import chat_event_text


def _lines(html: str) -> SafeString:
    return mark_safe(html.replace("\r\n", "\n").replace("\n", "<br>"))


def message_html(event: CaseEvent) -> SafeString:
    if event.kind == CaseEvent.Kind.MESSAGE_OUT:
        linked = urlize(event.body, nofollow=True, autoescape=True)
        return _lines(linked.replace('rel="nofollow"', 'rel="noopener nofollow"'))
    return _lines(escape(event.body))


def agent_label(user) -> str:
    """The agent as the citizen sees them: first name and title (in the page's language)."""
    name = user.first_name or _("Agent")
    return f"{name}, {user.title}" if user.title else name


def message_items(session: ChatSession, events: list[CaseEvent]) -> list[dict]:
    items = []
    for event in events:
        item = {
            "id": event.pk,
            "at": timezone.localtime(event.at),
            "kind": "step",
            "client_id": "",
            "read": False,
        }
        if event.kind == CaseEvent.Kind.CHAT:
            item["text"] = chat_event_text(event)
        elif event.kind == CaseEvent.Kind.MESSAGE_IN:
            item["kind"] = "mine"
            item["who"] = _("You")
            item["client_id"] = (event.external_id or "").removeprefix("chat:")
            item["read"] = session.agent_read_event >= event.pk
            item["html"] = message_html(event)
        else:
            item["kind"] = "agent"
            item["who"] = agent_label(event.author) if event.author else _("Agent")
            item["html"] = message_html(event)
        items.append(item)
    return items


def item_html(item: dict, request=None) -> str:
    return render_to_string("public/chat/_message.html", {"item": item}, request=request)
