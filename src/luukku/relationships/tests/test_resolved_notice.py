"""“Tell me when it's fixed”: a citizen asks on the request's page to be told when it is
resolved; the notice goes once, in the case's language, by e-mail or text message."""

import logging
from email.header import decode_header, make_header

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from luukku.cases.models import CaseEvent, OutboundMail, Status
from luukku.cases.registry import STATUS_HOOKS, case_status_hook_register
from luukku.cases.services import case_change_status
from luukku.cases.tests.factories import make_case
from luukku.customers.tests.factories import CustomerFactory
from luukku.relationships.models import ResolvedNoticeRequest
from luukku.relationships.resolved_notices import (
    resolved_notice_cancel,
    resolved_notice_on_status,
    resolved_notice_request,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def case(service):
    customer = CustomerFactory(email="")
    return make_case(
        service=service, customer=customer, language="sv", contact_email="Anna@example.fi"
    )


def _url(case):
    return reverse("public:case_resolved_notice", args=[case.token])


def _resolve(case, agent):
    case_change_status(case=case, actor=agent, status=Status.OPEN)
    case_change_status(case=case, actor=agent, status=Status.RESOLVED)


def test_the_hook_is_registered_once():
    assert STATUS_HOOKS.count(resolved_notice_on_status) == 1
    case_status_hook_register(resolved_notice_on_status)
    assert STATUS_HOOKS.count(resolved_notice_on_status) == 1


def test_the_notice_goes_once_in_the_cases_language(client, case, agent, smtp_server, run_tasks):
    page = client.get(reverse("public:case_status", args=[case.token])).content.decode()
    assert "Kerro, kun asia on hoidettu" in page  # the page (fi), not the case's language
    response = client.post(_url(case), {"channel": "email", "email": "", "phone": ""})
    assert response.status_code == 302
    notice = ResolvedNoticeRequest.objects.get(case=case)
    assert notice.recipient == "Anna@example.fi" and notice.is_active
    run_tasks()
    before = len(smtp_server.messages)
    _resolve(case, agent)
    run_tasks()
    mail = OutboundMail.objects.get(kind=OutboundMail.Kind.RESOLVED_NOTICE)
    assert mail.case == case and mail.recipient == "Anna@example.fi"
    [message] = smtp_server.messages[before:]
    subject = str(make_header(decode_header(message["Subject"])))
    assert subject == f"Ditt ärende {case.reference} har lösts"
    assert "Det här är det enda meddelande" in message.get_payload(decode=True).decode()
    # Reopened and resolved again: no second notice.
    _resolve(case, agent)
    run_tasks()
    assert OutboundMail.objects.filter(kind=OutboundMail.Kind.RESOLVED_NOTICE).count() == 1
    page = client.get(reverse("public:case_status", args=[case.token])).content.decode()
    assert "Ilmoitimme sinulle" in page


def test_another_address_typed_gets_the_notice(client, case, agent, run_tasks):
    client.post(_url(case), {"channel": "email", "email": "toinen@example.fi", "phone": ""})
    _resolve(case, agent)
    mail = OutboundMail.objects.get(kind=OutboundMail.Kind.RESOLVED_NOTICE)
    assert mail.recipient == "toinen@example.fi"


def test_a_text_message_is_sent_and_recorded_on_the_timeline(
    client, case, agent, run_tasks, caplog, django_capture_on_commit_callbacks
):
    response = client.post(_url(case), {"channel": "sms", "email": "", "phone": "040 123 4567"})
    assert response.status_code == 302
    with caplog.at_level(logging.INFO, logger="luukku.sms"):
        with django_capture_on_commit_callbacks(execute=True):
            _resolve(case, agent)
        run_tasks()
    [record] = [r for r in caplog.records if r.name == "luukku.sms"]
    assert "+358401234567" in record.getMessage() and "har lösts" in record.getMessage()
    event = case.events.get(kind=CaseEvent.Kind.NOTIFICATION, data__type="sms")
    assert event.data["what"] == "resolved_notice" and event.data["status"] == "sent"
    assert not OutboundMail.objects.filter(kind=OutboundMail.Kind.RESOLVED_NOTICE).exists()


def test_a_cancelled_request_sends_nothing(client, case, agent, run_tasks):
    client.post(_url(case), {"channel": "email", "email": "", "phone": ""})
    response = client.post(_url(case), {"cancel": "1"})
    assert response.status_code == 302
    page = client.get(response["Location"]).content.decode()
    assert "Emme ilmoita sinulle" in page
    _resolve(case, agent)
    run_tasks()
    assert not OutboundMail.objects.filter(kind=OutboundMail.Kind.RESOLVED_NOTICE).exists()
    assert resolved_notice_cancel(case=case) is False


@pytest.mark.parametrize(
    ("prefix", "data", "field", "error"),
    [
        ("", {"channel": "sms", "phone": ""}, "phone", "Anna puhelinnumero, johon ilmoitus"),
        ("/sv", {"channel": "sms", "phone": "123"}, "phone", "Ange ett giltigt telefonnummer"),
        ("/en", {"channel": "email", "email": "anna@"}, "email", "Enter an e-mail address in"),
        ("/sv", {"channel": "fax"}, "channel", "Välj ett giltigt alternativ"),
    ],
)
def test_bad_input_gets_a_translated_error_and_changes_nothing(
    client, case, prefix, data, field, error
):
    response = client.post(f"{prefix}{_url(case)}", data)
    page = response.content.decode()
    assert response.status_code == 400
    assert f'id="id_{field}_error"' in page and error in page
    assert not ResolvedNoticeRequest.objects.exists()


def test_a_case_without_an_address_needs_one_typed(service):
    case = make_case(service=service, customer=CustomerFactory(email=""), contact_email="")
    with pytest.raises(ValidationError) as error:
        resolved_notice_request(case=case, channel="email")
    assert "email" in error.value.message_dict
    assert not ResolvedNoticeRequest.objects.exists()


def test_a_resolved_case_is_not_offered_the_notice(client, case, agent):
    _resolve(case, agent)
    page = client.get(reverse("public:case_status", args=[case.token])).content.decode()
    assert 'name="channel"' not in page
    with pytest.raises(ValidationError):
        resolved_notice_request(case=case, channel="email")


def test_the_request_is_exported_and_goes_with_the_cases_anonymisation(client, case):
    from luukku.relationships.subject_data import (
        case_resolved_notice_anonymise,
        resolved_notices_export,
    )

    client.post(_url(case), {"channel": "email", "email": "toinen@example.fi", "phone": ""})
    [row] = resolved_notices_export(case.customer).rows
    assert (row["case"], row["by"], row["to"]) == (case.reference, "email", "toinen@example.fi")
    case_resolved_notice_anonymise(case.pk)
    assert not ResolvedNoticeRequest.objects.exists()
