"""The worker's round: an idle chat is warned, then closed; a citizen page gone closes its
chat; an agent's console gone sends their chats back to the queue."""

import pytest

from luukku.cases.models import CaseEvent
from luukku.chat.models import ChatSession
from luukku.chat.services.agents import chat_accept, chat_end, chat_presence_beat
from luukku.chat.services.sessions import chat_seen, chat_start, chat_still_here
from luukku.chat.services.upkeep import chats_close_idle
from luukku.chat.tasks import chats_close_idle_task

pytestmark = pytest.mark.django_db


@pytest.fixture
def answered(service, chat_queue, on_duty):
    session = chat_start(service=service, text="Hei", client_id="client-0001")
    return chat_accept(agent=on_duty, session=session)


def keep_present(session, agent):
    chat_seen(session=session)
    chat_presence_beat(user=agent)


def test_an_idle_chat_is_warned_then_closed(answered, on_duty, clock, settings):
    clock.shift(settings.CHAT_IDLE_WARN_SECONDS - 1)
    keep_present(answered, on_duty)
    assert chats_close_idle() == 0
    clock.shift(2)
    keep_present(answered, on_duty)
    assert chats_close_idle() == 1
    answered.refresh_from_db()
    assert answered.idle_warned_at is not None and answered.status == ChatSession.Status.ACTIVE
    assert chats_close_idle() == 0  # warned once
    clock.shift(settings.CHAT_IDLE_CLOSE_SECONDS)
    keep_present(answered, on_duty)
    assert chats_close_idle() == 1
    answered.refresh_from_db()
    assert answered.status == ChatSession.Status.ENDED
    assert answered.outcome == ChatSession.Outcome.IDLE
    assert answered.ended_by == ChatSession.EndedBy.SYSTEM
    # Its agent records the outcome afterwards (the wrap-up).
    chat_end(session=answered, agent=on_duty, outcome=ChatSession.Outcome.RESOLVED)
    answered.refresh_from_db()
    assert answered.outcome == ChatSession.Outcome.RESOLVED
    assert answered.ended_by == ChatSession.EndedBy.SYSTEM


def test_still_here_keeps_a_warned_chat_open(answered, on_duty, clock, settings):
    clock.shift(settings.CHAT_IDLE_WARN_SECONDS + 1)
    keep_present(answered, on_duty)
    chats_close_idle()
    clock.shift(10)
    chat_still_here(session=answered)
    clock.shift(settings.CHAT_IDLE_CLOSE_SECONDS)
    keep_present(answered, on_duty)
    assert chats_close_idle() == 0
    answered.refresh_from_db()
    assert answered.status == ChatSession.Status.ACTIVE and answered.idle_warned_at is None


def test_a_citizen_page_gone_closes_a_waiting_chat(service, chat_queue, on_duty, clock, settings):
    session = chat_start(service=service, text="Hei", client_id="client-0001")
    clock.shift(settings.CHAT_ABSENT_CLOSE_SECONDS - 1)
    chat_presence_beat(user=on_duty)
    assert chats_close_idle() == 0  # a tunnel: back within the time, still in its place
    clock.shift(2)
    assert chats_close_idle() == 1
    session.refresh_from_db()
    assert session.status == ChatSession.Status.ABANDONED


def test_an_agent_gone_sends_the_chat_back_to_the_queue(answered, on_duty, clock, settings):
    queued_at = answered.queued_at
    clock.shift(settings.CHAT_ABSENT_CLOSE_SECONDS + 1)
    chat_seen(session=answered)
    assert chats_close_idle() == 1
    answered.refresh_from_db()
    assert answered.status == ChatSession.Status.QUEUED and answered.agent is None
    assert answered.queued_at == queued_at
    assert answered.case.events.filter(
        kind=CaseEvent.Kind.CHAT, data__action="transferred"
    ).exists()


def test_the_worker_s_job_runs_the_round(answered, on_duty, clock, settings):
    clock.shift(settings.CHAT_ABSENT_CLOSE_SECONDS + 1)
    chat_presence_beat(user=on_duty)
    assert chats_close_idle_task.call() == 1
    answered.refresh_from_db()
    assert answered.status == ChatSession.Status.ENDED
