import pytest
from django.core import mail
from django.core.exceptions import ValidationError

from luukku.cases.models import Case, Channel, Status
from luukku.catalogue.tests.factories import ServiceFactory
from luukku.channels.services import contact_log, web_request_submit
from luukku.customers.models import Customer
from luukku.customers.tests.factories import CustomerFactory

pytestmark = pytest.mark.django_db


def test_web_request_joins_the_known_customer_and_acknowledges(service, run_tasks):
    known = CustomerFactory(email="maija@example.fi")
    case = web_request_submit(
        service=service,
        subject="Kuoppa",
        description="Iso kuoppa",
        email="MAIJA@example.fi",
        language="sv",
    )
    run_tasks()
    assert case.customer == known
    assert (case.channel, case.language) == (Channel.WEB, "sv")
    assert mail.outbox[0].to == ["maija@example.fi"]


def test_web_request_to_a_service_without_online_requests_is_refused(db):
    service = ServiceFactory(accepts_requests=False)
    with pytest.raises(ValidationError) as error:
        web_request_submit(service=service, subject="x", description="y", email="a@example.fi")
    assert "service" in error.value.message_dict
    assert not Case.objects.exists() and not Customer.objects.exists()


def test_web_request_failing_validation_leaves_no_customer_behind(service_with_fields):
    with pytest.raises(ValidationError):
        web_request_submit(
            service=service_with_fields,
            subject="x",
            description="y",
            email="new@example.fi",
            answers={"count": "many"},
        )
    assert not Customer.objects.exists()


def test_anonymous_feedback_sends_no_acknowledgement(run_tasks):
    service = ServiceFactory(allows_anonymous=True)
    case = web_request_submit(service=service, subject="Kiitos", description="Hyvää palvelua")
    run_tasks()
    assert case.customer is None
    assert mail.outbox == []


def test_phone_contact_not_resolved_stays_open_for_follow_up(service, agent):
    case = contact_log(
        actor=agent, channel=Channel.PHONE, service=service, note="Soittaa huomenna\nlisää"
    )
    assert (case.status, case.first_contact_resolution, case.subject) == (
        Status.OPEN,
        False,
        "Soittaa huomenna",
    )
    assert case.events.filter(kind="note", author=agent, public=False).exists()


@pytest.mark.parametrize(
    ("channel", "note", "field"), [("web", "x", "channel"), ("counter", " ", "note")]
)
def test_contact_log_refuses_bad_input(service, agent, channel, note, field):
    with pytest.raises(ValidationError) as error:
        contact_log(actor=agent, channel=channel, service=service, note=note)
    assert field in error.value.message_dict
    assert not Case.objects.exists()
