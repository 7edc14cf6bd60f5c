"""One shape for a citizen's request: the JSON a Submission keeps, read back and registered
as the same case, also for rows written before the shape had a name."""

from decimal import Decimal

import pytest

from luukku.cases.models import Case, CaseEvent, Channel
from luukku.channels.citizen_request import CitizenRequest
from luukku.channels.models import Submission, new_token
from luukku.channels.services import request_take_in, submission_register

pytestmark = pytest.mark.django_db

# A row as the take-in wrote it before CitizenRequest existed, waiting in the queue.
STORED = {
    "subject": "Katuvalo pimeänä",
    "description": "Valo ei pala Koskikadulla.",
    "first_name": "Maija",
    "last_name": "Meikäläinen",
    "email": "maija@example.fi",
    "phone": "040 123 4567",
    "preferred_channel": "phone",
    "answers": {"pole": "K-12", "sides": ["north"]},
    "address": "Koskikatu 12",
    "latitude": "61.172100",
    "longitude": "28.761900",
    "media_url": "https://kuvat.example.fi/valo.jpg",
}


def test_the_stored_json_reads_back_as_it_was_written(service):
    request = CitizenRequest.from_data(STORED, service=service, channel="open311", language="sv")
    assert request.latitude == Decimal("61.172100")
    assert (request.channel, request.language, request.service) == ("open311", "sv", service)
    assert request.to_data() == STORED


def test_an_older_row_without_the_optional_keys_reads_with_the_defaults(service):
    request = CitizenRequest.from_data(
        {"subject": "Kiitos", "description": "Hyvää palvelua", "latitude": None},
        service=service,
        channel=Channel.WEB,
        language="fi",
    )
    assert request == CitizenRequest(
        service=service, subject="Kiitos", description="Hyvää palvelua"
    )


def test_taking_in_keeps_the_request_as_the_queue_has_always_kept_it(service_with_fields):
    submission = request_take_in(
        request=CitizenRequest.from_data(
            STORED, service=service_with_fields, channel=Channel.OPEN311, language="sv"
        )
    )
    submission.refresh_from_db()
    assert submission.data == STORED
    assert (submission.channel, submission.language) == (Channel.OPEN311, "sv")


def test_a_row_waiting_from_before_is_registered_as_the_same_case(service_with_fields):
    waiting = Submission.objects.create(
        channel=Channel.OPEN311,
        service=service_with_fields,
        language="sv",
        data=STORED,
        token=new_token(),
    )
    registered = submission_register(submission_id=waiting.pk)
    case = Case.objects.get(pk=registered.case_id)
    assert (case.channel, case.language, case.token) == ("open311", "sv", waiting.case_token)
    assert (case.subject, case.address) == ("Katuvalo pimeänä", "Koskikatu 12")
    assert (case.latitude, case.longitude) == (Decimal("61.172100"), Decimal("28.761900"))
    assert case.answers == {"pole": "K-12", "sides": ["north"]}
    assert (case.contact_email, case.contact_phone) == ("maija@example.fi", "+358401234567")
    assert case.customer.preferred_channel == "phone"
    assert case.created_at == waiting.received_at
    message = case.events.get(kind=CaseEvent.Kind.MESSAGE_IN)
    assert message.body == "Valo ei pala Koskikadulla."
    assert message.data == {"media_url": "https://kuvat.example.fi/valo.jpg"}
    assert registered.data == {}
