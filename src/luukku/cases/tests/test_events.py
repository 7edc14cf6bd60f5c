"""The timeline's constructors: every kind has one and an include on each timeline that
shows it, and each writes the data that stored events, exports and pages read."""

import datetime as dt

import pytest
from django.template import TemplateDoesNotExist
from django.template.loader import get_template

from luukku.cases import events
from luukku.cases.models import Case, CaseEvent, OutboundMail, RoutingRule
from luukku.organisation.models import Department, Organisation, Team, User

Kind = CaseEvent.Kind
AT = dt.datetime(2026, 12, 3, 9, 30, tzinfo=dt.UTC)
CASE = Case(pk=1)
AINO = User(pk=2, username="aino", first_name="Aino", last_name="Agentti")
SARI = User(pk=3, username="sari", first_name="Sari", last_name="Asiantuntija")
TEAM = Team(pk=4, name="Neuvonta")
KELA = Organisation(pk=5, name="Kela")
STREETS = Department(pk=6, name="Kadut")
RULE = RoutingRule(pk=7)


def _template_exists(name: str) -> bool:
    try:
        get_template(name)
    except TemplateDoesNotExist:
        return False
    return True


@pytest.mark.parametrize("kind", Kind.values)
def test_every_kind_has_a_constructor_and_a_staff_include(kind):
    assert events.CONSTRUCTORS.get(kind), f"no constructor in cases/events.py for {kind}"
    assert _template_exists(f"web/events/{kind}.html"), f"no web/events/{kind}.html"


@pytest.mark.parametrize("kind", Kind.values)
def test_a_kind_the_customer_may_see_has_a_citizen_include(kind):
    public = kind in events.PUBLIC_KINDS
    assert _template_exists(f"public/events/{kind}.html") == public


def test_a_kind_without_an_include_falls_back_to_the_generic_one():
    from luukku.cases.templatetags.case_events import event_template

    event = CaseEvent(kind="unknown")
    names = event_template(event, "web/events")
    assert names == ("web/events/unknown.html", "web/events/event.html")
    assert _template_exists(names[1])


def _mail(status: str) -> OutboundMail:
    return OutboundMail(
        pk=8,
        case_id=1,
        event_id=9,
        kind=OutboundMail.Kind.REPLY,
        recipient="maija@example.fi",
        message_id="abc@luukku.example",
        last_error="550 unknown user" if status == "failed" else "",
        attempts=5,
    )


DUE = dt.datetime(2026, 12, 4, 12, 0, tzinfo=dt.UTC)
WINDOW = {"window_start": DUE, "window_end": DUE + dt.timedelta(hours=2)}
WINDOW_DATA = {
    "window_start": "2026-12-04T12:00:00+00:00",
    "window_end": "2026-12-04T14:00:00+00:00",
}

# constructor, its arguments, then the event it builds: kind, public, body, data
EXAMPLES = [
    (
        events.event_case_created,
        {"author": None, "channel": "web"},
        Kind.CREATED,
        True,
        "",
        {"channel": "web"},
    ),
    (
        events.event_customer_message,
        {
            "body": "Lamppu",
            "details": events.message_details(
                subject="Valo", sender="m@example.fi", refused_attachments=["a.exe"]
            ),
        },
        Kind.MESSAGE_IN,
        True,
        "Lamppu",
        {"subject": "Valo", "from": "m@example.fi", "refused_attachments": ["a.exe"]},
    ),
    (
        events.event_customer_message,
        {"body": "Kuva", "details": events.message_details(media_url="https://x.example/k.jpg")},
        Kind.MESSAGE_IN,
        True,
        "Kuva",
        {"media_url": "https://x.example/k.jpg"},
    ),
    (
        events.event_customer_message,
        {"body": "Hei", "details": events.message_details()},
        Kind.MESSAGE_IN,
        True,
        "Hei",
        {},
    ),
    (
        events.event_reply,
        {"author": AINO, "body": "Korjataan"},
        Kind.MESSAGE_OUT,
        True,
        "Korjataan",
        {},
    ),
    (
        events.event_reply,
        {"author": AINO, "body": "Kelaan", "forwarded_to": KELA},
        Kind.MESSAGE_OUT,
        True,
        "Kelaan",
        {"forwarded_to": 5},
    ),
    (events.event_note, {"author": AINO, "body": "Soitin"}, Kind.NOTE, False, "Soitin", {}),
    (
        events.event_mail_bounced,
        {"body": "Ei perillä", "recipients": ["m@example.fi"], "message_id": "x@y"},
        Kind.NOTE,
        False,
        "Ei perillä",
        {"bounce": ["m@example.fi"], "message_id": "x@y"},
    ),
    (
        events.event_status_changed,
        {"actor": AINO, "old": "new", "new": "open"},
        Kind.STATUS,
        True,
        "",
        {"from": "new", "to": "open"},
    ),
    (
        events.event_assigned,
        {
            "actor": AINO,
            "old_assignee_id": None,
            "old_team_id": 4,
            "assignee": SARI,
            "team": TEAM,
            "reason": "handler",
        },
        Kind.ASSIGNMENT,
        False,
        "",
        {
            "from": {"assignee": None, "team": 4},
            "to": {"assignee": 3, "team": 4},
            "assignee_name": "Sari Asiantuntija",
            "team_name": "Neuvonta",
            "reason": "handler",
        },
    ),
    (
        events.event_assigned,
        {"actor": AINO, "old_assignee_id": 3, "old_team_id": None, "assignee": None, "team": None},
        Kind.ASSIGNMENT,
        False,
        "",
        {
            "from": {"assignee": 3, "team": None},
            "to": {"assignee": None, "team": None},
            "assignee_name": "",
            "team_name": "",
        },
    ),
    (
        events.event_details_changed,
        {
            "actor": AINO,
            "service": ["Katuvalot", "Puistot"],
            "priority": [2, 3],
            "sensitive": [False, True],
        },
        Kind.UPDATE,
        False,
        "",
        {"service": ["Katuvalot", "Puistot"], "priority": [2, 3], "sensitive": [False, True]},
    ),
    (
        events.event_details_changed,
        {
            "actor": AINO,
            "contact_email": ["a@example.fi", ""],
            "contact_phone": ["", "+358401234567"],
        },
        Kind.UPDATE,
        False,
        "",
        {"contact_email": ["a@example.fi", ""], "contact_phone": ["", "+358401234567"]},
    ),
    (
        events.event_forwarded,
        {"actor": AINO, "organisation": KELA, "rule": RULE},
        Kind.FORWARDED,
        True,
        "",
        {"organisation": 5, "name": "Kela", "rule": 7},
    ),
    (
        events.event_consultation_asked,
        {"actor": AINO, "consultation_id": 10, "question": "Onko?", "expert": SARI, "queue": None},
        Kind.CONSULTATION,
        False,
        "Onko?",
        {"consultation": 10, "expert": "Sari Asiantuntija", "queue": ""},
    ),
    (
        events.event_consultation_asked,
        {
            "actor": AINO,
            "consultation_id": 10,
            "question": "Onko?",
            "expert": None,
            "queue": STREETS,
        },
        Kind.CONSULTATION,
        False,
        "Onko?",
        {"consultation": 10, "expert": "", "queue": "Kadut"},
    ),
    (
        events.event_consultation_answered,
        {"actor": SARI, "consultation_id": 10, "answer": "On"},
        Kind.CONSULTATION_ANSWER,
        False,
        "On",
        {"consultation": 10},
    ),
    (
        events.event_consultation_taken_over,
        {"actor": SARI, "consultation_id": 10, "note": "Hoidan"},
        Kind.CONSULTATION_ANSWER,
        False,
        "Hoidan",
        {"consultation": 10, "taken_over": True},
    ),
    (
        events.event_consultation_withdrawn,
        {"actor": AINO, "consultation_id": 10},
        Kind.CONSULTATION_ANSWER,
        False,
        "",
        {"consultation": 10, "withdrawn": True},
    ),
    (
        events.event_private_link_requested,
        {"at": AT},
        Kind.NOTIFICATION,
        False,
        "",
        {"type": "private_link", "status": "requested"},
    ),
    (
        events.event_text_message_outcome,
        {"what": "appointment_booked", "to": "+358401234567"},
        Kind.NOTIFICATION,
        False,
        "",
        {"type": "sms", "what": "appointment_booked", "to": "+358401234567", "status": "sent"},
    ),
    (
        events.event_text_message_outcome,
        {"what": "appointment_booked", "to": "+358401234567", "error": "x" * 400},
        Kind.NOTIFICATION,
        False,
        "",
        {
            "type": "sms",
            "what": "appointment_booked",
            "to": "+358401234567",
            "status": "failed",
            "error": "x" * 300,
        },
    ),
    (
        events.event_service_level_alert,
        {"clock": "resolution", "alert": "breach", "due_at": DUE, "at": AT},
        Kind.SERVICE_LEVEL,
        False,
        "",
        {"clock": "resolution", "alert": "breach", "due_at": "2026-12-04T12:00:00+00:00"},
    ),
    (
        events.event_escalated,
        {
            "actor": None,
            "reason": "",
            "trigger": "breach",
            "step": 1,
            "title": "Esihenkilö",
            "holder": "Liisa Lähde",
            "due_at": DUE,
            "at": AT,
        },
        Kind.ESCALATION,
        False,
        "",
        {
            "trigger": "breach",
            "step": 1,
            "title": "Esihenkilö",
            "holder": "Liisa Lähde",
            "due_at": "2026-12-04T12:00:00+00:00",
        },
    ),
    (
        events.event_escalation_closed,
        {"actor": AINO, "outcome": "Soitettu", "step": 1},
        Kind.ESCALATION,
        False,
        "Soitettu",
        {"step": 1, "closed": True},
    ),
    (
        events.event_appointment,
        {
            "actor": None,
            "action": "booked",
            "appointment_id": 11,
            "starts_at": DUE,
            "meeting_type": "phone",
            "staff": "Aino Agentti",
        },
        Kind.APPOINTMENT,
        True,
        "",
        {
            "action": "booked",
            "appointment": 11,
            "starts_at": "2026-12-04T12:00:00+00:00",
            "meeting_type": "phone",
            "staff": "Aino Agentti",
        },
    ),
    (
        events.event_callback,
        {"actor": None, "action": "requested", "callback_id": 12, **WINDOW},
        Kind.CALLBACK,
        True,
        "",
        {"action": "requested", "callback": 12, **WINDOW_DATA},
    ),
    (
        events.event_callback,
        {
            "actor": AINO,
            "action": "not_reached",
            "callback_id": 12,
            **WINDOW,
            "attempt": 1,
            "note": "y" * 600,
        },
        Kind.CALLBACK,
        False,
        "",
        {"action": "not_reached", "callback": 12, **WINDOW_DATA, "attempt": 1, "note": "y" * 500},
    ),
    (
        events.event_chat_message_in,
        {"body": "Hei <b>", "chat_id": 7, "client_id": "abc-12345"},
        Kind.MESSAGE_IN,
        True,
        "Hei <b>",
        {"chat": 7},
    ),
    (
        events.event_chat_message_out,
        {"author": AINO, "body": "Hei!", "chat_id": 7, "client_id": "agent-1234"},
        Kind.MESSAGE_OUT,
        True,
        "Hei!",
        {"chat": 7},
    ),
    (
        events.event_chat,
        {"actor": None, "action": "queued", "chat_id": 7},
        Kind.CHAT,
        True,
        "",
        {"action": "queued", "chat": 7},
    ),
    (
        events.event_chat,
        {
            "actor": AINO,
            "action": "ended",
            "chat_id": 7,
            "outcome": "resolved",
            "ended_by": "agent",
        },
        Kind.CHAT,
        True,
        "",
        {"action": "ended", "chat": 7, "outcome": "resolved", "ended_by": "agent"},
    ),
    (
        events.event_chat,
        {"actor": None, "action": "transferred", "chat_id": 7, "reason": "agent_away", "note": "n"},
        Kind.CHAT,
        False,
        "n",
        {"action": "transferred", "chat": 7, "reason": "agent_away"},
    ),
    (
        events.event_order,
        {
            "actor": AINO,
            "action": "paid",
            "order_id": 5,
            "number": "T-2026-000001",
            "amount_cents": 6000,
            "method": "card",
        },
        Kind.ORDER,
        True,
        "",
        {
            "action": "paid",
            "order": 5,
            "number": "T-2026-000001",
            "amount_cents": 6000,
            "method": "card",
        },
    ),
    (
        events.event_order,
        {
            "actor": AINO,
            "action": "part_done",
            "order_id": 5,
            "number": "T-2026-000001",
            "part": "Karttaote",
            "note": "n",
        },
        Kind.ORDER,
        False,
        "n",
        {"action": "part_done", "order": 5, "number": "T-2026-000001", "part": "Karttaote"},
    ),
    (
        events.event_reservation,
        {
            "actor": AINO,
            "action": "confirmed",
            "reservation_id": 7,
            "details": {"unit": "Valtuustosali", "begins": "2026-03-10T16:00:00+02:00"},
        },
        Kind.RESERVATION,
        True,
        "",
        {
            "action": "confirmed",
            "reservation": 7,
            "unit": "Valtuustosali",
            "begins": "2026-03-10T16:00:00+02:00",
        },
    ),
    (
        events.event_registration,
        {
            "actor": None,
            "action": "offered",
            "registration_id": 3,
            "details": {"course": "Espanja 1", "action": "forged"},
            "note": "n",
        },
        Kind.REGISTRATION,
        True,
        "n",
        {"action": "offered", "registration": 3, "course": "Espanja 1"},
    ),
    (
        events.event_key_loan,
        {"actor": AINO, "action": "lent", "loan_id": 2, "details": {"key": "A-12"}},
        Kind.KEY_LOAN,
        False,
        "",
        {"action": "lent", "loan": 2, "key": "A-12"},
    ),
    (
        events.event_feedback,
        {"actor": None, "action": "survey_answered", "details": {"survey": 4, "score": 5}},
        Kind.FEEDBACK,
        False,
        "",
        {"action": "survey_answered", "survey": 4, "score": 5},
    ),
    (
        events.event_merged,
        {"actor": AINO, "merge_id": 13, "into": "AS-2026-000002"},
        Kind.MERGED,
        False,
        "",
        {"merge": 13, "into": "AS-2026-000002"},
    ),
    (
        events.event_merged,
        {"actor": AINO, "merge_id": 13, "merged": ["AS-2026-000001"]},
        Kind.MERGED,
        False,
        "",
        {"merge": 13, "merged": ["AS-2026-000001"]},
    ),
    (
        events.event_merge_undone,
        {"actor": AINO, "merge_id": 13, "survivor": "AS-2026-000002", "merged": "AS-2026-000001"},
        Kind.MERGE_UNDONE,
        False,
        "",
        {"merge": 13, "survivor": "AS-2026-000002", "merged": "AS-2026-000001"},
    ),
]


@pytest.mark.parametrize(
    ("constructor", "arguments", "kind", "public", "body", "data"),
    EXAMPLES,
    ids=[f"{example[0].__name__}-{n}" for n, example in enumerate(EXAMPLES)],
)
def test_a_constructor_writes_the_data_its_kind_has_always_had(
    constructor, arguments, kind, public, body, data
):
    event = constructor.build(CASE, **arguments)
    assert (event.kind, event.public, event.body, event.data) == (kind, public, body, data)
    assert constructor in events.CONSTRUCTORS[kind]
    assert not event.public or kind in events.PUBLIC_KINDS


@pytest.mark.parametrize("status", ["sent", "failed"])
def test_a_mail_outcome_keeps_the_message_id_only_when_sent(status):
    event = events.event_mail_outcome.build(_mail(status), status=status)
    expected = {"type": "reply", "to": "maija@example.fi", "status": status, "mail": 8, "event": 9}
    if status == "failed":
        expected |= {"error": "550 unknown user", "attempts": 5}
    assert (event.kind, event.public, event.data) == (Kind.NOTIFICATION, False, expected)
    assert event.external_id == ("abc@luukku.example" if status == "sent" else "")


def test_every_constructor_has_an_example():
    tried = {example[0] for example in EXAMPLES} | {events.event_mail_outcome}
    every = {c for constructors in events.CONSTRUCTORS.values() for c in constructors}
    assert every == tried
