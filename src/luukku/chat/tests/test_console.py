"""The agent's own chats in the console: those they answer first, then those left by the
citizen awaiting an outcome, for WRAP_UP_HOURS only."""

import datetime as dt

import pytest

from luukku.chat.selectors.console import WRAP_UP_HOURS, agent_chats
from luukku.chat.services.agents import chat_accept
from luukku.chat.services.sessions import chat_leave, chat_start

pytestmark = pytest.mark.django_db


def test_a_chat_left_by_the_citizen_waits_for_its_outcome_for_a_while(
    service, chat_queue, on_duty, clock
):
    left = chat_accept(
        agent=on_duty, session=chat_start(service=service, text="Hei", client_id="client-0001")
    )
    chat_leave(session=left)
    clock.shift(60)
    answering = chat_accept(
        agent=on_duty, session=chat_start(service=service, text="Moi", client_id="client-0002")
    )
    assert [chat.pk for chat in agent_chats(on_duty)] == [answering.pk, left.pk]
    clock.shift(dt.timedelta(hours=WRAP_UP_HOURS))
    assert [chat.pk for chat in agent_chats(on_duty)] == [answering.pk]
