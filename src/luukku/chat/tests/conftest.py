import datetime as dt

import pytest
import time_machine
from django.utils import translation

from luukku.chat.services.agents import chat_availability_set
from luukku.organisation.tests.factories import TeamFactory, UserFactory

from .factories import ChatQueueFactory

# A Tuesday morning in Helsinki (10.00), within the service centre's default hours.
MORNING = dt.datetime(2026, 3, 10, 8, 0, tzinfo=dt.UTC)


@pytest.fixture(autouse=True)
def _english():
    """The services' messages in English here, to be read in the assertions."""
    with translation.override("en"):
        yield


@pytest.fixture
def clock():
    with time_machine.travel(MORNING, tick=False) as traveller:
        yield traveller


@pytest.fixture
def team(department):
    return TeamFactory(department=department, name="Neuvonta")


@pytest.fixture
def chat_queue(team, service):
    queue = ChatQueueFactory(team=team, name="Neuvonta-chat", max_queue=2)
    return queue


@pytest.fixture
def on_duty(agent, team, clock):
    """The agent, in the chat queue's team, available and present."""
    team.members.add(agent)
    chat_availability_set(user=agent, available=True, max_chats=2)
    return agent


@pytest.fixture
def colleague(department, team, clock):
    person = UserFactory(departments=[department], first_name="Mikko")
    team.members.add(person)
    chat_availability_set(user=person, available=True, max_chats=2)
    return person
