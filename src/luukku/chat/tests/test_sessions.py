import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from luukku.cases.models import CaseEvent, Channel, Consultation, OutboundMail, Status
from luukku.chat.models import ChatSession
from luukku.chat.selectors.availability import Offline, chat_availability, chats_ahead
from luukku.chat.services.agents import chat_accept, chat_availability_set, chat_end
from luukku.chat.services.sessions import (
    ChatOffline,
    chat_leave,
    chat_message_send,
    chat_start,
)
from luukku.chat.services.transcripts import chat_transcript_send

pytestmark = pytest.mark.django_db


def start(service, **kwargs):
    fields = {
        "topic": "Parking permit",
        "name": "Liisa",
        "text": "Hello?",
        "client_id": "first-0001",
    }
    fields.update(kwargs)
    return chat_start(service=service, **fields)


def test_a_chat_is_a_case_from_its_first_moment(service, chat_queue, on_duty):
    session = start(service, email="liisa@example.fi", language="sv")
    case = session.case
    assert case.channel == Channel.CHAT
    assert case.subject == "Parking permit"
    assert case.contact_email == "liisa@example.fi"
    assert case.language == "sv"
    assert session.status == ChatSession.Status.QUEUED
    assert session.team == chat_queue.team
    kinds = list(case.events.values_list("kind", "public", "body"))
    assert (CaseEvent.Kind.CHAT, True, "") in kinds
    assert (CaseEvent.Kind.MESSAGE_IN, True, "Hello?") in kinds


def test_the_same_message_sent_twice_is_stored_once(service, chat_queue, on_duty):
    session = start(service)
    first, created = chat_message_send(
        session=session, body="Are you there?", client_id="abc-12345"
    )
    again, created_again = chat_message_send(
        session=session, body="Are you there?", client_id="abc-12345"
    )
    assert created and not created_again
    assert first.pk == again.pk
    assert session.case.events.filter(body="Are you there?").count() == 1


@pytest.mark.parametrize(
    ("body", "client_id", "field"),
    [("", "abc-12345", "body"), ("x" * 2001, "abc-12345", "body"), ("Hi", "no", "client_id")],
)
def test_a_bad_message_changes_nothing(service, chat_queue, on_duty, body, client_id, field):
    session = start(service)
    before = session.case.events.count()
    with pytest.raises(ValidationError) as error:
        chat_message_send(session=session, body=body, client_id=client_id)
    assert field in error.value.message_dict
    assert session.case.events.count() == before


def test_chat_is_offline_outside_its_hours_with_nobody_or_a_full_queue(
    service, chat_queue, agent, team, clock
):
    now = dt.datetime(2026, 3, 10, 8, 0, tzinfo=dt.UTC)
    assert chat_availability(chat_queue, now).offline == Offline.NOBODY
    team.members.add(agent)
    chat_availability_set(user=agent, available=True, max_chats=1)
    assert chat_availability(chat_queue, now).is_open
    night = dt.datetime(2026, 3, 10, 20, 0, tzinfo=dt.UTC)
    closed = chat_availability(chat_queue, night)
    assert closed.offline == Offline.CLOSED
    assert closed.opens_at is not None and closed.opens_at.date() == dt.date(2026, 3, 11)
    start(service, client_id="first-0001")
    start(service, client_id="first-0002")
    assert chat_availability(chat_queue, now).offline == Offline.FULL
    with pytest.raises(ChatOffline) as offline:
        start(service, client_id="first-0003")
    assert offline.value.reason == Offline.FULL
    assert ChatSession.objects.count() == 2


def test_accept_next_takes_the_longest_waiting_up_to_the_limit(service, chat_queue, on_duty, clock):
    chat_queue.max_queue = 5
    chat_queue.save()
    first = start(service, client_id="first-0001")
    clock.shift(10)
    second = start(service, client_id="first-0002")
    clock.shift(10)
    third = start(service, client_id="first-0003")
    assert chats_ahead(third) == 2
    assert chat_accept(agent=on_duty).pk == first.pk
    assert chat_accept(agent=on_duty).pk == second.pk
    with pytest.raises(ValidationError, match="your limit"):
        chat_accept(agent=on_duty)
    third.refresh_from_db()
    assert third.status == ChatSession.Status.QUEUED
    first.refresh_from_db()
    assert first.case.assignee == on_duty
    assert first.case.status == Status.OPEN


def test_an_agent_answers_only_their_own_chat(service, chat_queue, on_duty, colleague):
    session = start(service)
    chat_accept(agent=on_duty, session=session)
    with pytest.raises(ValidationError, match="already taken"):
        chat_accept(agent=colleague, session=session)
    with pytest.raises(ValidationError, match="not yours"):
        chat_message_send(session=session, body="Hi", client_id="agent-0001", agent=colleague)
    event, _ = chat_message_send(
        session=session, body="Hello Liisa", client_id="agent-0001", agent=on_duty
    )
    assert event.kind == CaseEvent.Kind.MESSAGE_OUT and event.author == on_duty
    assert not OutboundMail.objects.filter(case=session.case).exists()


def test_resolved_in_the_chat_resolves_the_case_at_first_contact(service, chat_queue, on_duty):
    session = chat_accept(agent=on_duty, session=start(service))
    chat_end(session=session, agent=on_duty, outcome=ChatSession.Outcome.RESOLVED)
    session.refresh_from_db()
    assert session.status == ChatSession.Status.ENDED
    assert session.ended_by == ChatSession.EndedBy.AGENT
    case = session.case
    case.refresh_from_db()
    assert case.status == Status.RESOLVED and case.first_contact_resolution


def test_a_case_for_an_expert_asks_a_consultation(service, chat_queue, on_duty, expert):
    session = chat_accept(agent=on_duty, session=start(service))
    with pytest.raises(ValidationError):
        chat_end(session=session, agent=on_duty, outcome=ChatSession.Outcome.EXPERT, question="")
    session.refresh_from_db()
    assert session.status == ChatSession.Status.ACTIVE
    chat_end(
        session=session,
        agent=on_duty,
        outcome=ChatSession.Outcome.EXPERT,
        question="Can the permit be moved to a new car?",
        expert=expert,
    )
    assert Consultation.objects.filter(case=session.case, expert=expert).exists()
    session.case.refresh_from_db()
    assert session.case.is_open


def test_leaving_the_queue_without_a_question_closes_the_case(service, chat_queue, on_duty):
    silent = start(service, text="")
    chat_leave(session=silent)
    silent.refresh_from_db()
    assert silent.status == ChatSession.Status.ABANDONED
    assert silent.case.status == Status.CLOSED
    asked = start(service, email="liisa@example.fi", client_id="first-0002")
    chat_leave(session=asked)
    asked.case.refresh_from_db()
    assert asked.case.status == Status.NEW  # the team answers it by e-mail


def test_the_transcript_goes_once_to_the_address_given(service, chat_queue, on_duty):
    session = chat_accept(agent=on_duty, session=start(service))
    chat_message_send(
        session=session, body="Here is the form.", client_id="agent-0001", agent=on_duty
    )
    with pytest.raises(ValidationError, match="once the chat has ended"):
        chat_transcript_send(session=session, email="liisa@example.fi")
    chat_leave(session=session)
    with pytest.raises(ValidationError, match="e-mail address"):
        chat_transcript_send(session=session, email="")
    mail = chat_transcript_send(session=session, email="liisa@example.fi")
    assert mail.recipient == "liisa@example.fi"
    assert "Here is the form." in mail.body and "Aino, Palveluneuvoja" in mail.body
    assert "Liisa:" in mail.body
    with pytest.raises(ValidationError, match="already been sent"):
        chat_transcript_send(session=session, email="other@example.fi")
