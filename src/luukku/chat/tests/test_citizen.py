"""What the citizen's chat page reads (chat/selectors/citizen.py)."""

import pytest
from django.utils import timezone

from luukku.catalogue.models import Service
from luukku.catalogue.tests.factories import ServiceFactory
from luukku.chat.selectors.citizen import chat_by_token, chat_events, chat_place, chat_services
from luukku.chat.services.agents import chat_accept
from luukku.chat.services.sessions import chat_message_send, chat_start

from .factories import ChatQueueFactory

pytestmark = pytest.mark.django_db


def test_a_chat_is_found_by_its_token_only(service, chat_queue, on_duty):
    session = chat_start(service=service, text="Hei", client_id="first-0001")
    assert chat_by_token(session.token) == session
    assert chat_by_token("") is None and chat_by_token("x" * 65) is None
    assert chat_by_token(session.token[:-1]) is None


def test_the_page_reads_the_chat_s_messages_and_steps_after_an_event(
    service, chat_queue, on_duty, clock
):
    session = chat_start(service=service, text="Hei", client_id="first-0001")
    other = chat_start(service=service, text="Toinen", client_id="first-0002")
    first = chat_events(session)
    assert [event.body for event in first if event.body] == ["Hei"]
    assert chat_place(other, timezone.now()) == (2, 0, True)
    chat_accept(agent=on_duty, session=session)
    chat_message_send(session=session, body="Vastaus", client_id="agent-0001", agent=on_duty)
    later = chat_events(session, after=first[-1].pk)
    assert [e.body or e.data["action"] for e in later] == ["accepted", "Vastaus"]


def test_chat_services_are_those_a_queue_names_unless_one_takes_the_rest(team, service):
    other = ServiceFactory()
    named = ChatQueueFactory(team=team)
    named.services.add(service)
    services = Service.objects.filter(pk__in=[service.pk, other.pk])
    assert list(chat_services(services)) == [service]
    ChatQueueFactory(team=team)  # names no services: takes the rest
    assert set(chat_services(services)) == {service, other}
