"""A chat in the data-subject export, and forgotten with its case."""

import io
import json
import zipfile

import pytest

from luukku.chat.models import ChatSession
from luukku.chat.services.agents import chat_accept, chat_end
from luukku.chat.services.sessions import chat_start
from luukku.privacy import subjects
from luukku.privacy.subject_requests import subject_export

pytestmark = pytest.mark.django_db


@pytest.fixture
def ended(service, chat_queue, on_duty):
    session = chat_start(
        service=service,
        topic="Pysäköintitunnus Liisalle",
        name="Liisa",
        email="liisa@example.fi",
        text="Hei",
        client_id="client-0001",
    )
    session = chat_accept(agent=on_duty, session=session)
    return chat_end(session=session, agent=on_duty, outcome=ChatSession.Outcome.RESOLVED)


def test_the_export_lists_the_persons_chats(ended, supervisor):
    customer = ended.case.customer
    archive = zipfile.ZipFile(
        io.BytesIO(subject_export(customer=customer, actor=supervisor, language="en"))
    )
    data = json.loads(archive.read("data.json"))
    [chat] = data["chats"]
    assert chat["case"] == ended.case.reference
    assert chat["name_given"] == "Liisa" and chat["topic"] == "Pysäköintitunnus Liisalle"
    assert chat["outcome"] == "Resolved in the chat"
    assert "Pysäköintitunnus Liisalle" in archive.read("summary.html").decode()


def test_anonymising_the_case_forgets_the_name_and_the_topic(ended, service):
    for anonymiser in subjects.registry.case_anonymisers:
        anonymiser(ended.case_id)
    ended.refresh_from_db()
    assert ended.name == ""
    assert ended.topic == service.name_fi
    assert ended.outcome == ChatSession.Outcome.RESOLVED
