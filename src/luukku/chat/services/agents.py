"""A chat from the agent's side: availability, taking a chat, transfer, the end with its
outcome (docs/chat.md)."""

import datetime as dt

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from luukku.appointments.services import callback_create
from luukku.cases.events import event_chat
from luukku.cases.models import Status
from luukku.cases.selectors import case_visible_to
from luukku.cases.services import (
    case_add_note,
    case_assign,
    case_change_status,
    case_resolve_at_first_contact,
    consultation_ask,
)
from luukku.core.locks import in_transaction, row_claim_first, row_lock
from luukku.core.realtime import changed_announce
from luukku.organisation.models import Department, Team, User
from luukku.privacy.services import access_log_record

from ..models import AgentPresence, ChatSession
from ..registry import chat_ended
from ..selectors.availability import agent_active_count, agents_present
from ..selectors.routing import chats_offered_claims
from ..selectors.streams import queue_stream, session_stream
from .common import chat_changed

AGENT_OUTCOMES = (
    ChatSession.Outcome.RESOLVED,
    ChatSession.Outcome.EXPERT,
    ChatSession.Outcome.CALLBACK,
)


def _front_line(user: User) -> None:
    if not (user.is_active and user.is_front_line):
        raise ValidationError({"available": _("Only the service centre's agents answer chats.")})


def presence_of(user: User) -> AgentPresence:
    presence, _created = AgentPresence.objects.get_or_create(user=user)
    return presence


@in_transaction
def chat_availability_set(
    *, user: User, available: bool, max_chats: int | None = None, now: dt.datetime | None = None
) -> AgentPresence:
    """The agent turns chat on or off (and sets how many chats at once). Chats they hold
    stay theirs; off, they are offered no new ones."""
    now = now or timezone.now()
    _front_line(user)
    if max_chats is not None and not 1 <= max_chats <= 8:
        raise ValidationError({"max_chats": _("Choose from one to eight chats at once.")})
    presence = row_lock(presence_of(user))
    presence.available = available
    if max_chats is not None:
        presence.max_chats = max_chats
    presence.seen_at = now
    presence.changed_at = now
    presence.save()
    changed_announce(queue_stream(), {"event": "agents"})
    # The waiting citizens' pages read their state again (nobody there any more, or again).
    for session_id in ChatSession.objects.filter(status=ChatSession.Status.QUEUED).values_list(
        "pk", flat=True
    ):
        changed_announce(session_stream(session_id), {"event": "agents", "chat": session_id})
    return presence


def chat_presence_beat(*, user: User, now: dt.datetime | None = None) -> None:
    """The agent's console is open: they count as present for CHAT_PRESENCE_SECONDS."""
    now = now or timezone.now()
    AgentPresence.objects.filter(user=user).update(seen_at=now)


def _accept_check(presence: AgentPresence, user: User) -> None:
    if not presence.available:
        raise ValidationError({"chat": _("Turn chat on before you take a chat.")})
    active = agent_active_count(user)
    if active >= presence.max_chats:
        raise ValidationError(
            {
                "chat": _("You have %(count)s chats open, your limit; end one first.")
                % {"count": active}
            }
        )


@in_transaction
def chat_accept(
    *, agent: User, session: ChatSession | None = None, now: dt.datetime | None = None
) -> ChatSession:
    """The agent takes `session`, or the next chat offered to them (`chats_offered`): the
    chat is theirs, and so is its case."""
    now = now or timezone.now()
    _front_line(agent)
    presence = row_lock(presence_of(agent))
    _accept_check(presence, agent)
    if session is None:
        session = row_claim_first(*chats_offered_claims(agent=agent, now=now))
        if session is None:
            raise ValidationError({"chat": _("No chat is waiting for you.")})
    else:
        session = row_lock(session)
        if session.status != ChatSession.Status.QUEUED:
            raise ValidationError({"chat": _("Someone else has already taken this chat.")})
        if session.requested_agent_id not in (None, agent.pk):
            raise ValidationError({"chat": _("This chat was transferred to a colleague.")})
    presence.seen_at = now
    presence.save(update_fields=["seen_at"])
    session.status = ChatSession.Status.ACTIVE
    session.agent = agent
    session.requested_agent = None
    session.accepted_at = session.accepted_at or now
    session.save(update_fields=["status", "agent", "requested_agent", "accepted_at"])
    _case_take(session, agent, now)
    chat_changed(session, "accepted", queue=True)
    return session


def _case_take(session: ChatSession, agent: User, now: dt.datetime) -> None:
    case = row_lock(session.case)
    if case.assignee_id != agent.pk:
        case = case_assign(
            case=case, actor=agent, assignee=agent, team=session.team, context="chat_accept", at=now
        )
    if case.status == Status.NEW:
        case = case_change_status(
            case=case, actor=agent, status=Status.OPEN, context="chat_accept", at=now
        )
    event_chat(case, actor=agent, action="accepted", chat_id=session.pk, at=now)
    access_log_record(actor=agent, action="view", case=case, context="chat_accept")


def _own_active(session: ChatSession, agent: User) -> ChatSession:
    session = row_lock(session)
    if session.status != ChatSession.Status.ACTIVE or session.agent_id != agent.pk:
        raise ValidationError({"chat": _("This chat is not yours to answer.")})
    return session


@in_transaction
def chat_transfer(
    *,
    session: ChatSession,
    agent: User,
    to_team: Team | None = None,
    to_user: User | None = None,
    note: str = "",
    now: dt.datetime | None = None,
) -> ChatSession:
    """Hand a chat to a colleague who is there and has room (it is theirs at once), or to a
    team (it waits again in its place in the line, for that team's agents first)."""
    now = now or timezone.now()
    if (to_team is None) == (to_user is None):
        raise ValidationError({"to": _("Choose a colleague or a team.")})
    if to_user is not None:
        target = _transfer_target(to_user, agent, now)
        target_presence = row_lock(target)
    session = _own_active(session, agent)
    if to_user is not None:
        if not case_visible_to(case=session.case, user=to_user):
            raise ValidationError(
                {"to": _("%(name)s may not handle this case.") % {"name": to_user}}
            )
        _accept_check(target_presence, to_user)
        session.agent = to_user
        session.save(update_fields=["agent"])
        case_assign(
            case=session.case,
            actor=agent,
            assignee=to_user,
            team=session.team,
            context="chat_transfer",
        )
    else:
        session.status = ChatSession.Status.QUEUED
        session.agent = None
        session.team = to_team
        session.save(update_fields=["status", "agent", "team"])
    session.transfers += 1
    session.save(update_fields=["transfers"])
    event_chat(
        session.case,
        actor=agent,
        action="transferred",
        chat_id=session.pk,
        to_team=to_team or session.team,
        to_user=to_user,
        note=(note or "").strip(),
        at=now,
    )
    chat_changed(session, "transferred", queue=to_team is not None, agents=(agent.pk,))
    return session


def _transfer_target(to_user: User, agent: User, now: dt.datetime) -> AgentPresence:
    if to_user.pk == agent.pk:
        raise ValidationError({"to": _("Choose someone else than yourself.")})
    presence = agents_present(now).filter(user=to_user).first()
    if presence is None:
        raise ValidationError(
            {"to": _("%(name)s is not available for chat now.") % {"name": to_user}}
        )
    return presence


def _outcome_record(session: ChatSession, agent: User, outcome: str, details: dict) -> None:
    case = session.case
    if outcome == ChatSession.Outcome.EXPERT:
        consultation_ask(
            case=case,
            actor=agent,
            question=details.get("question", ""),
            expert=details.get("expert"),
            department=details.get("department"),
            context="chat_end",
        )
    elif outcome == ChatSession.Outcome.CALLBACK:
        callback_create(
            actor=agent,
            case=case,
            window_start=details.get("window_start"),
            window_end=details.get("window_end"),
            phone=details.get("phone", ""),
            assignee=agent,
        )
    elif case.status != Status.RESOLVED and case.is_open:
        case_resolve_at_first_contact(case=case, actor=agent, context="chat_end")


@in_transaction
def chat_end(
    *,
    session: ChatSession,
    agent: User,
    outcome: str,
    note: str = "",
    question: str = "",
    expert: User | None = None,
    department: Department | None = None,
    window_start: dt.datetime | None = None,
    window_end: dt.datetime | None = None,
    phone: str = "",
    now: dt.datetime | None = None,
) -> ChatSession:
    """The agent ends the chat with its outcome: resolved in the chat (the case resolved at
    first contact), a case for an expert (a consultation asked; the citizen follows it by the
    private link) or a callback promised. After the citizen left or the chat closed while
    idle, its agent records the outcome the same way (the wrap-up)."""
    now = now or timezone.now()
    if outcome not in AGENT_OUTCOMES:
        raise ValidationError({"outcome": _("Choose how the chat ended.")})
    session = row_lock(session)
    wrap_up = session.status == ChatSession.Status.ENDED and session.outcome in {
        ChatSession.Outcome.CUSTOMER_LEFT,
        ChatSession.Outcome.IDLE,
    }
    if session.agent_id != agent.pk or not (session.status == ChatSession.Status.ACTIVE or wrap_up):
        raise ValidationError({"chat": _("This chat is not yours to answer.")})
    row_lock(session.case)
    details = {
        "question": question,
        "expert": expert,
        "department": department,
        "window_start": window_start,
        "window_end": window_end,
        "phone": phone,
    }
    _outcome_record(session, agent, outcome, details)
    if (note or "").strip():
        case_add_note(case=session.case, actor=agent, body=note, context="chat_end")
    session.outcome = outcome
    if not wrap_up:
        session.status = ChatSession.Status.ENDED
        session.ended_by = ChatSession.EndedBy.AGENT
        session.ended_at = now
    session.save(update_fields=["status", "outcome", "ended_by", "ended_at"])
    event_chat(
        session.case,
        actor=agent,
        action="ended",
        chat_id=session.pk,
        outcome=outcome,
        ended_by=session.ended_by,
        at=now,
    )
    if not wrap_up:
        chat_ended(session=session, at=now)
    chat_changed(session, "ended")
    return session
