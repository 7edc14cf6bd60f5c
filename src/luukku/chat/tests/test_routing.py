"""Who takes which chat: own team first, longest waiting first, others' when their team is
not there or the chat has waited past its target; transfers; presence."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from luukku.cases.models import Case, CaseEvent
from luukku.cases.selectors import InboxFilters, inbox_condition
from luukku.catalogue.tests.factories import ServiceFactory
from luukku.chat.models import ChatSession
from luukku.chat.selectors.availability import Offline, chat_availability, wait_estimate
from luukku.chat.selectors.routing import chats_offered
from luukku.chat.services.agents import chat_accept, chat_availability_set, chat_transfer
from luukku.chat.services.sessions import chat_start
from luukku.organisation.tests.factories import TeamFactory, UserFactory

from .factories import ChatQueueFactory

pytestmark = pytest.mark.django_db


def start(service, n=1):
    return chat_start(service=service, text="Hei", client_id=f"client-{n:04d}")


@pytest.fixture
def other_service(department):
    return ServiceFactory(responsible_unit__department=department)


@pytest.fixture
def other_queue(department, other_service, on_duty):
    team = TeamFactory(department=department, name="Rakennusvalvonta")
    queue = ChatQueueFactory(team=team, name="Rakennus-chat", answer_target_seconds=60)
    queue.services.add(other_service)
    return queue


def test_own_team_first_then_others_when_their_team_is_away(
    service, other_service, chat_queue, other_queue, on_duty, clock
):
    theirs = start(other_service, 1)  # the other team has nobody: this agent may help
    clock.shift(5)
    ours = start(service, 2)
    offered = list(chats_offered(agent=on_duty, now=timezone.now()))
    assert [chat.pk for chat in offered] == [ours.pk, theirs.pk]


def test_another_teams_chat_waits_for_its_team_until_the_target(
    service, other_service, chat_queue, other_queue, on_duty, department, clock
):
    builder = UserFactory(departments=[department], first_name="Ville")
    other_queue.team.members.add(builder)
    chat_availability_set(user=builder, available=True, max_chats=1)
    theirs = start(other_service, 1)
    assert list(chats_offered(agent=on_duty, now=timezone.now())) == []
    clock.shift(61)
    chat_availability_set(user=builder, available=True)  # still present
    assert [chat.pk for chat in chats_offered(agent=on_duty, now=timezone.now())] == [theirs.pk]


def test_an_agent_off_or_away_is_not_counted(service, chat_queue, on_duty, clock):
    assert chat_availability(chat_queue, timezone.now()).is_open
    clock.shift(61)  # no heartbeat for longer than CHAT_PRESENCE_SECONDS
    assert chat_availability(chat_queue, timezone.now()).offline == Offline.NOBODY
    chat_availability_set(user=on_duty, available=False)
    assert chat_availability(chat_queue, timezone.now()).offline == Offline.NOBODY
    with pytest.raises(ValidationError, match="Turn chat on"):
        chat_accept(agent=on_duty)


def test_the_wait_estimate_counts_the_free_places_first(service, chat_queue, on_duty, clock):
    # Two places, both free: the first two are answered at once; the third waits one
    # handling time (420 s by default) shared by the two places.
    now = timezone.now()
    assert wait_estimate(queue=chat_queue, team=chat_queue.team, ahead=0, now=now) == 0
    assert wait_estimate(queue=chat_queue, team=chat_queue.team, ahead=1, now=now) == 0
    assert wait_estimate(queue=chat_queue, team=chat_queue.team, ahead=2, now=now) == 210
    assert wait_estimate(queue=chat_queue, team=chat_queue.team, ahead=3, now=now) == 420


def test_transfer_to_a_team_keeps_the_place_in_line(
    service, other_service, chat_queue, other_queue, on_duty, colleague, clock
):
    chat_queue.max_queue = 5
    chat_queue.save()
    first = start(service, 1)
    clock.shift(30)
    second = start(service, 2)
    chat_accept(agent=on_duty, session=first)
    chat_transfer(session=first, agent=on_duty, to_team=other_queue.team, note="Building permit")
    first.refresh_from_db()
    assert first.status == ChatSession.Status.QUEUED and first.agent is None
    assert first.team == other_queue.team and first.transfers == 1
    assert first.queued_at < second.queued_at
    transferred = first.case.events.get(kind=CaseEvent.Kind.CHAT, data__action="transferred")
    assert not transferred.public and transferred.body == "Building permit"


def test_transfer_to_a_colleague_who_is_there(service, chat_queue, on_duty, colleague, clock):
    session = chat_accept(agent=on_duty, session=start(service))
    with pytest.raises(ValidationError, match="yourself"):
        chat_transfer(session=session, agent=on_duty, to_user=on_duty)
    with pytest.raises(ValidationError, match="colleague or a team"):
        chat_transfer(session=session, agent=on_duty)
    chat_availability_set(user=colleague, available=False)
    with pytest.raises(ValidationError, match="not available"):
        chat_transfer(session=session, agent=on_duty, to_user=colleague)
    chat_availability_set(user=colleague, available=True)
    chat_transfer(session=session, agent=on_duty, to_user=colleague)
    session.refresh_from_db()
    assert session.agent == colleague and session.status == ChatSession.Status.ACTIVE
    session.case.refresh_from_db()
    assert session.case.assignee == colleague


def test_a_waiting_chat_is_left_out_of_the_teams_work_queue(service, chat_queue, on_duty):

    session = start(service)
    Case.objects.filter(pk=session.case_id).update(team=chat_queue.team)
    team_queue = inbox_condition(user=on_duty, filters=InboxFilters(queue="team"))
    assert not Case.objects.filter(team_queue, pk=session.case_id).exists()
    chat_accept(agent=on_duty, session=session)
    mine = inbox_condition(user=on_duty, filters=InboxFilters(queue="mine"))
    assert Case.objects.filter(mine, pk=session.case_id).exists()
