"""The citizens' private links that the whole-demo smoke test opens (test_demo_smoke.py):
the walk-in ticket's pages and the chat's. When the demo has no chat, one is started and
answered for the test (rolled back with it), so that the chat's pages are opened too. And
the staff's invoice pages' arguments, while the demo has no invoices."""

from luukku.catalogue.models import Service
from luukku.chat.models import ChatQueue, ChatSession
from luukku.chat.services.agents import chat_accept, chat_availability_set
from luukku.chat.services.sessions import chat_start
from luukku.organisation.models import Team, User

# The invoice pages: the demo has no invoices yet, so they are opened for ones not there.
INVOICE_ARGUMENTS = {
    "sale_invoice_new": lambda d: {"number": "T-1999-000000"},
    **{
        name: lambda d: {"number": 999999}
        for name in ("sale_invoice", "sale_invoice_pdf", "sale_invoice_finvoice")
    },
    "sale_bank_payment_match": lambda d: {"pk": 999999},
}

CHAT_PAGES = (
    "chat",
    "chat_state",
    "chat_send",
    "chat_seen",
    "chat_still_here",
    "chat_leave",
    "chat_transcript",
)


def demo_chat() -> ChatSession:
    """The demo's first chat, or one about its first service, answered by Aino."""
    found = ChatSession.objects.order_by("pk").first()
    if found is not None:
        return found
    queue = ChatQueue.objects.filter(is_active=True).first() or ChatQueue.objects.create(
        name="Chat", team=Team.objects.order_by("pk").first()
    )
    aino = User.objects.get(username="aino")
    queue.team.members.add(aino)
    chat_availability_set(user=aino, available=True, max_chats=8)
    session = chat_start(
        service=Service.objects.filter(is_published=True, internal=False).order_by("code")[0],
        topic="Pysäköintilupa",
        text="Hei, onko lupa siirrettävissä?",
        client_id="smoke-0001",
    )
    return chat_accept(agent=aino, session=session)


PRIVATE_LINK_ARGUMENTS = {
    **{
        f"queue_{name}": lambda d: [{"token": d.queue_ticket.token}]
        for name in ("ticket", "ticket_status", "leave")
    },
    **{name: lambda d: [{"token": demo_chat().token}] for name in CHAT_PAGES},
}
