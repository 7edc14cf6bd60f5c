import datetime as dt

import pytest
import time_machine
from django.utils import translation

from luukku.queueing.services.days import desk_session_start, queue_day_open

from .factories import DeskFactory, ServiceGroupFactory, ServicePointFactory

# A Tuesday morning in Helsinki, in the middle of opening hours.
MORNING = dt.datetime(2026, 3, 10, 8, 0, tzinfo=dt.UTC)


@pytest.fixture(autouse=True)
def english():
    """The services' messages in English, as the tests read them (they are translated)."""
    translation.activate("en")


@pytest.fixture
def clock():
    with time_machine.travel(MORNING, tick=False) as traveller:
        yield traveller


@pytest.fixture
def point(db):
    return ServicePointFactory(name="Imatran kaupungintalo")


@pytest.fixture
def kela(point, service):
    group = ServiceGroupFactory(service_point=point, name="Kela", prefix="K")
    group.services.add(service)
    return group


@pytest.fixture
def permits(point):
    return ServiceGroupFactory(service_point=point, name="Rakennusluvat", prefix="R")


@pytest.fixture
def open_day(point, agent, clock):
    return queue_day_open(service_point=point, actor=agent)


@pytest.fixture
def desk_one(point, kela, permits):
    return DeskFactory(service_point=point, number="1", groups=[kela, permits])


@pytest.fixture
def desk_two(point, kela):
    return DeskFactory(service_point=point, number="2", groups=[kela])


@pytest.fixture
def staffed(desk_one, agent, open_day):
    desk_session_start(desk=desk_one, agent=agent)
    return desk_one
