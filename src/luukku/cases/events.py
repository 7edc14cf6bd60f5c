"""The timeline's events, one named constructor per kind of event, with its data typed.

Every entry of a case's timeline is written here and nowhere else, so that what an event
of a kind carries in `data` is read in one place: by the staff and citizen timelines (one
template include per kind, `web/events/<kind>.html` and `public/events/<kind>.html`,
chosen by `{% load case_events %}`), the exports and Open311. A constructor appends its
event and moves the case's `updated_at` to it. Those that other apps call (a service-level
alert, an escalation, an appointment, a callback, a text message, a bounce) lock the case
row first, in their own transaction, as every change of a case does; the rest are called
by the case services, which hold that lock already. Each constructor's `build` gives the
unsaved event, for a writer that saves many at once (the demo's history).

Adding a kind: a choice in `CaseEvent.Kind`, a constructor here, and its includes;
`cases/tests/test_events.py` fails until all three are there.
"""

import datetime as dt
import functools
from collections.abc import Callable
from typing import Any

from django.utils import timezone

from luukku.core.locks import row_lock, write_transaction
from luukku.organisation.models import Department, Organisation, Team, User

from .models import Case, CaseEvent, OutboundMail, RoutingRule

Kind = CaseEvent.Kind

# kind -> the constructors that write it
CONSTRUCTORS: dict[str, list[Callable[..., CaseEvent]]] = {}
# kinds some constructor may show on the citizen's status page
PUBLIC_KINDS: set[str] = set()


def _constructor(kind: str, *, public: bool = False, lock: bool = False, touch: bool = True):
    """Register a builder of unsaved events of `kind` as that kind's constructor.

    Calling the constructor saves the event: `lock`, under a row lock on the case taken in
    its own transaction (another app records it); `touch`, moving the case's `updated_at`
    to the event. `public` says the event may be shown to the customer.
    """

    def decorate(build: Callable[..., CaseEvent]) -> Callable[..., CaseEvent]:
        @functools.wraps(build)
        def construct(*args, **kwargs) -> CaseEvent:
            event = build(*args, **kwargs)
            if lock:
                with write_transaction():
                    event.case = row_lock(Case, event.case_id)
                    return _append(event, touch=touch)
            return _append(event, touch=touch)

        construct.build = build
        CONSTRUCTORS.setdefault(kind, []).append(construct)
        if public:
            PUBLIC_KINDS.add(kind)
        return construct

    return decorate


def _append(event: CaseEvent, *, touch: bool) -> CaseEvent:
    event.save()
    # A case made with its first events carries their moment already (`case_create`).
    if touch and event.case.updated_at != event.at:
        Case.objects.filter(pk=event.case_id).update(updated_at=event.at)
        event.case.updated_at = event.at
    return event


def _new(
    case: Case,
    kind: str,
    *,
    author: User | None = None,
    public: bool = False,
    body: str = "",
    data: dict[str, Any] | None = None,
    at: dt.datetime | None = None,
    external_id: str = "",
) -> CaseEvent:
    return CaseEvent(
        case=case,
        kind=kind,
        author=author,
        public=public,
        body=body,
        data=data or {},
        at=at or timezone.now(),
        external_id=external_id,
    )


# -- the case and its messages ---------------------------------------------------------------


@_constructor(Kind.CREATED, public=True)
def event_case_created(
    case: Case, *, author: User | None, channel: str, at: dt.datetime | None = None
) -> CaseEvent:
    return _new(case, Kind.CREATED, author=author, public=True, data={"channel": channel}, at=at)


def message_details(
    *,
    subject: str | None = None,
    sender: str | None = None,
    refused_attachments: list[str] | None = None,
    media_url: str = "",
) -> dict[str, Any]:
    """What a channel keeps with a customer's message: an e-mail's subject and sender and
    the attachments it refused, an Open311 request's media link."""
    details: dict[str, Any] = {}
    if subject is not None:
        details["subject"] = subject
    if sender is not None:
        details["from"] = sender
    if refused_attachments:
        details["refused_attachments"] = refused_attachments
    if media_url:
        details["media_url"] = media_url
    return details


@_constructor(Kind.MESSAGE_IN, public=True)
def event_customer_message(
    case: Case,
    *,
    body: str,
    details: dict[str, Any] | None = None,
    at: dt.datetime | None = None,
    external_id: str = "",
) -> CaseEvent:
    """The customer's message; `details` from `message_details`."""
    return _new(
        case,
        Kind.MESSAGE_IN,
        public=True,
        body=body,
        data=details,
        at=at,
        external_id=external_id,
    )


@_constructor(Kind.MESSAGE_OUT, public=True)
def event_reply(
    case: Case,
    *,
    author: User,
    body: str,
    forwarded_to: Organisation | None = None,
    at: dt.datetime | None = None,
) -> CaseEvent:
    """A reply to the customer (`forwarded_to`: the one that sends them elsewhere)."""
    data = {"forwarded_to": forwarded_to.pk} if forwarded_to is not None else None
    return _new(case, Kind.MESSAGE_OUT, author=author, public=True, body=body, data=data, at=at)


@_constructor(Kind.NOTE)
def event_note(
    case: Case,
    *,
    author: User,
    body: str,
    at: dt.datetime | None = None,
    external_id: str = "",
) -> CaseEvent:
    """An internal note by staff (also the text of a contact staff log)."""
    return _new(case, Kind.NOTE, author=author, body=body, at=at, external_id=external_id)


@_constructor(Kind.NOTE, lock=True)
def event_mail_bounced(
    case: Case, *, body: str, recipients: list[str], message_id: str
) -> CaseEvent:
    """Luukku's own note that mail about the case came back undelivered."""
    return _new(case, Kind.NOTE, body=body, data={"bounce": recipients, "message_id": message_id})


# -- handling ------------------------------------------------------------------------------


@_constructor(Kind.STATUS, public=True)
def event_status_changed(
    case: Case,
    *,
    actor: User | None,
    old: str,
    new: str,
    at: dt.datetime | None = None,
    resumes_at: dt.datetime | None = None,
) -> CaseEvent:
    data = {"from": old, "to": new}
    if resumes_at is not None:
        data["resumes_at"] = resumes_at.isoformat()
    return _new(case, Kind.STATUS, author=actor, public=True, data=data, at=at)


@_constructor(Kind.ASSIGNMENT)
def event_assigned(
    case: Case,
    *,
    actor: User | None,
    old_assignee_id: int | None,
    old_team_id: int | None,
    assignee: User | None,
    team: Team | None,
    reason: str = "",
    at: dt.datetime | None = None,
) -> CaseEvent:
    """A new handler or team; `reason` when Luukku assigned it itself."""
    data = {
        "from": {"assignee": old_assignee_id, "team": old_team_id},
        "to": {"assignee": assignee.pk if assignee else None, "team": team.pk if team else None},
        "assignee_name": str(assignee) if assignee else "",
        "team_name": str(team) if team else "",
        **({"reason": reason} if reason else {}),
    }
    return _new(case, Kind.ASSIGNMENT, author=actor, data=data, at=at)


Change = list[Any]  # [old, new]


@_constructor(Kind.UPDATE)
def event_details_changed(
    case: Case,
    *,
    actor: User,
    service: Change | None = None,
    priority: Change | None = None,
    sensitive: Change | None = None,
    contact_email: Change | None = None,
    contact_phone: Change | None = None,
) -> CaseEvent:
    """The case's details that changed, each as [old, new]."""
    changes = {
        "service": service,
        "priority": priority,
        "sensitive": sensitive,
        "contact_email": contact_email,
        "contact_phone": contact_phone,
    }
    data = {field: change for field, change in changes.items() if change is not None}
    return _new(case, Kind.UPDATE, author=actor, data=data)


@_constructor(Kind.FORWARDED, public=True)
def event_forwarded(
    case: Case, *, actor: User, organisation: Organisation, rule: RoutingRule | None
) -> CaseEvent:
    data = {
        "organisation": organisation.pk,
        "name": organisation.name,
        "rule": rule.pk if rule else None,
    }
    return _new(case, Kind.FORWARDED, author=actor, public=True, data=data)


# -- consultations ---------------------------------------------------------------------------


@_constructor(Kind.CONSULTATION)
def event_consultation_asked(
    case: Case,
    *,
    actor: User,
    consultation_id: int,
    question: str,
    expert: User | None,
    queue: Department | None,
    at: dt.datetime | None = None,
) -> CaseEvent:
    """A question to an expert, or to an expert queue (a department's)."""
    data = {
        "consultation": consultation_id,
        "expert": str(expert) if expert else "",
        "queue": str(queue) if queue else "",
    }
    return _new(case, Kind.CONSULTATION, author=actor, body=question, data=data, at=at)


@_constructor(Kind.CONSULTATION_ANSWER)
def event_consultation_answered(
    case: Case, *, actor: User, consultation_id: int, answer: str
) -> CaseEvent:
    data = {"consultation": consultation_id}
    return _new(case, Kind.CONSULTATION_ANSWER, author=actor, body=answer, data=data)


@_constructor(Kind.CONSULTATION_ANSWER)
def event_consultation_taken_over(
    case: Case, *, actor: User, consultation_id: int, note: str
) -> CaseEvent:
    """The expert took the case over, instead of answering."""
    data = {"consultation": consultation_id, "taken_over": True}
    return _new(case, Kind.CONSULTATION_ANSWER, author=actor, body=note, data=data)


@_constructor(Kind.CONSULTATION_ANSWER)
def event_consultation_withdrawn(case: Case, *, actor: User, consultation_id: int) -> CaseEvent:
    data = {"consultation": consultation_id, "withdrawn": True}
    return _new(case, Kind.CONSULTATION_ANSWER, author=actor, data=data)


# -- mail and text messages ----------------------------------------------------------------


@_constructor(Kind.NOTIFICATION, touch=False)
def event_mail_outcome(mail: OutboundMail, *, status: str) -> CaseEvent:
    """Mail to the customer was sent (its Message-ID kept for threading) or failed. Written
    by the worker; the case was not changed by it, so its `updated_at` stays."""
    data = {"type": mail.kind, "to": mail.recipient, "status": status, "mail": mail.pk}
    if mail.event_id:
        data["event"] = mail.event_id
    if status == "failed":
        data["error"] = mail.last_error[:300]
        data["attempts"] = mail.attempts
    return CaseEvent(
        case_id=mail.case_id,
        kind=Kind.NOTIFICATION,
        data=data,
        at=timezone.now(),
        external_id=mail.message_id if status == "sent" else "",
    )


@_constructor(Kind.NOTIFICATION, lock=True)
def event_private_link_requested(case: Case, *, at: dt.datetime) -> CaseEvent:
    """The customer asked on the citizen pages for the case's private link to be mailed."""
    data = {"type": OutboundMail.Kind.PRIVATE_LINK, "status": "requested"}
    return _new(case, Kind.NOTIFICATION, data=data, at=at)


@_constructor(Kind.NOTIFICATION, lock=True)
def event_text_message_outcome(
    case: Case, *, what: str, to: str, error: str | None = None
) -> CaseEvent:
    """A text message was sent, or (`error`) sending it failed."""
    data = {"type": "sms", "what": what, "to": to, "status": "sent"}
    if error is not None:
        data.update(status="failed", error=error[:300])
    return _new(case, Kind.NOTIFICATION, data=data)


# -- service levels and escalation ---------------------------------------------------------


@_constructor(Kind.SERVICE_LEVEL, lock=True)
def event_service_level_alert(
    case: Case, *, clock: str, alert: str, due_at: dt.datetime, at: dt.datetime
) -> CaseEvent:
    """A service-level clock's due time is near (`alert` "warning") or passed ("breach")."""
    data = {"clock": clock, "alert": alert, "due_at": due_at.isoformat()}
    return _new(case, Kind.SERVICE_LEVEL, data=data, at=at)


@_constructor(Kind.ESCALATION, lock=True)
def event_escalated(
    case: Case,
    *,
    actor: User | None,
    reason: str,
    trigger: str,
    step: int,
    title: str,
    holder: str,
    due_at: dt.datetime,
    at: dt.datetime,
) -> CaseEvent:
    """The case went to a step of its department's escalation ladder (`step`, its position)."""
    data = {
        "trigger": trigger,
        "step": step,
        "title": title,
        "holder": holder,
        "due_at": due_at.isoformat(),
    }
    return _new(case, Kind.ESCALATION, author=actor, body=reason, data=data, at=at)


@_constructor(Kind.ESCALATION, lock=True)
def event_escalation_closed(case: Case, *, actor: User, outcome: str, step: int) -> CaseEvent:
    """The person at the step said what they did; the ladder stops there."""
    data = {"step": step, "closed": True}
    return _new(case, Kind.ESCALATION, author=actor, body=outcome, data=data)


# -- appointments and callbacks --------------------------------------------------------------


@_constructor(Kind.APPOINTMENT, public=True, lock=True)
def event_appointment(
    case: Case,
    *,
    actor: User | None,
    action: str,
    appointment_id: int,
    starts_at: dt.datetime,
    meeting_type: str,
    staff: str,
) -> CaseEvent:
    """An appointment was booked, changed, cancelled, attended or missed (`action`:
    "booked", "changed", "cancelled", "attended", "no_show")."""
    data = {
        "action": action,
        "appointment": appointment_id,
        "starts_at": starts_at.isoformat(),
        "meeting_type": meeting_type,
        "staff": staff,
    }
    return _new(case, Kind.APPOINTMENT, author=actor, public=True, data=data)


CALLBACK_PUBLIC_ACTIONS = {"requested", "reached", "unreached", "cancelled"}


@_constructor(Kind.CALLBACK, public=True, lock=True)
def event_callback(
    case: Case,
    *,
    actor: User | None,
    action: str,
    callback_id: int,
    window_start: dt.datetime,
    window_end: dt.datetime,
    attempt: int | None = None,
    note: str | None = None,
) -> CaseEvent:
    """A callback was promised, tried (`attempt`, `note`), done or cancelled (`action`:
    "requested", "not_reached", "reached", "unreached", "cancelled"). The customer sees
    all but a failed attempt."""
    data: dict[str, Any] = {
        "action": action,
        "callback": callback_id,
        "window_start": window_start.isoformat(),
        "window_end": window_end.isoformat(),
    }
    if attempt is not None:
        data["attempt"] = attempt
    if note is not None:
        data["note"] = note[:500]
    public = action in CALLBACK_PUBLIC_ACTIONS
    return _new(case, Kind.CALLBACK, author=actor, public=public, data=data)


# -- chat --------------------------------------------------------------------------------------


def chat_external_id(client_id: str) -> str:
    """A chat message's id on the timeline: the id its sender's page gave it, so that a
    message sent again (no acknowledgement reached the page) is found, not stored twice."""
    return f"chat:{client_id}"[:255]


@_constructor(Kind.MESSAGE_IN, public=True)
def event_chat_message_in(
    case: Case, *, body: str, chat_id: int, client_id: str, at: dt.datetime | None = None
) -> CaseEvent:
    """The customer's message in a chat."""
    return _new(
        case,
        Kind.MESSAGE_IN,
        public=True,
        body=body,
        data={"chat": chat_id},
        at=at,
        external_id=chat_external_id(client_id),
    )


@_constructor(Kind.MESSAGE_OUT, public=True)
def event_chat_message_out(
    case: Case,
    *,
    author: User,
    body: str,
    chat_id: int,
    client_id: str,
    at: dt.datetime | None = None,
) -> CaseEvent:
    """An agent's message in a chat (sent in the chat, not by e-mail)."""
    return _new(
        case,
        Kind.MESSAGE_OUT,
        author=author,
        public=True,
        body=body,
        data={"chat": chat_id},
        at=at,
        external_id=chat_external_id(client_id),
    )


CHAT_PUBLIC_ACTIONS = {"queued", "accepted", "ended"}


@_constructor(Kind.CHAT, public=True)
def event_chat(
    case: Case,
    *,
    actor: User | None,
    action: str,
    chat_id: int,
    to_team: Team | None = None,
    to_user: User | None = None,
    outcome: str | None = None,
    ended_by: str | None = None,
    reason: str | None = None,
    note: str = "",
    at: dt.datetime | None = None,
) -> CaseEvent:
    """A step of a chat (`action`: "queued", "accepted", "transferred", "ended"; `reason`
    "agent_away" for a chat Luukku sent back to the queue); the customer sees that it
    waited, who answered and that it ended, not the transfers."""
    data: dict[str, Any] = {"action": action, "chat": chat_id}
    if reason is not None:
        data["reason"] = reason
    if to_team is not None:
        data["to_team"] = to_team.pk
        data["to_team_name"] = to_team.name
    if to_user is not None:
        data["to_user"] = to_user.pk
    if outcome is not None:
        data["outcome"] = outcome
    if ended_by is not None:
        data["ended_by"] = ended_by
    public = action in CHAT_PUBLIC_ACTIONS
    return _new(case, Kind.CHAT, author=actor, public=public, body=note[:1000], data=data, at=at)


# -- merging duplicate cases -----------------------------------------------------------------


@_constructor(Kind.MERGED)
def event_merged(
    case: Case, *, actor: User, merge_id: int, into: str = "", merged: list[str] | None = None
) -> CaseEvent:
    """On a merged case, `into` the survivor's reference; on the survivor, the `merged`
    cases' references."""
    data: dict[str, Any] = {"merge": merge_id}
    if into:
        data["into"] = into
    if merged:
        data["merged"] = list(merged)
    return _new(case, Kind.MERGED, author=actor, data=data)


@_constructor(Kind.MERGE_UNDONE)
def event_merge_undone(
    case: Case, *, actor: User, merge_id: int, survivor: str, merged: str
) -> CaseEvent:
    """A merge undone: written on both cases, naming the survivor and the merged case."""
    data = {"merge": merge_id, "survivor": survivor, "merged": merged}
    return _new(case, Kind.MERGE_UNDONE, author=actor, data=data)


# The steps of the capability apps' records (orders, reservations, key loans) on a case.
from .capability_events import *  # noqa: E402, F403  (registered as they are defined)
