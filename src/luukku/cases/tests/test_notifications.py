"""The acknowledgement over real SMTP to a local server, and a failing server."""

import socket
from email.header import decode_header, make_header

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Message
from django.utils import timezone, translation
from django.utils.formats import date_format

from luukku.cases.models import CaseEvent
from luukku.cases.notifications import acknowledgement_send
from luukku.cases.tests.factories import make_case
from luukku.customers.tests.factories import CustomerFactory

pytestmark = pytest.mark.django_db


class Inbox(Message):
    def __init__(self):
        super().__init__()
        self.messages = []

    def handle_message(self, message):
        self.messages.append(message)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def smtp_server(settings):
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=_free_port())
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", controller.port
    yield inbox
    controller.stop()


def test_acknowledgement_states_reference_reply_date_and_private_link(service, smtp_server):
    case = make_case(service=service, customer=CustomerFactory(email="maija@example.fi"))
    assert acknowledgement_send(case_id=case.pk) == "sent"
    [message] = smtp_server.messages
    assert message["To"] == "maija@example.fi"
    assert case.reference in message["Subject"]
    body = message.get_payload(decode=True).decode()
    assert f"/requests/{case.token}/" in body
    with translation.override("fi"):
        promised = date_format(timezone.localtime(case.due_at), "DATE_FORMAT")
    assert promised in body
    event = case.events.get(kind="notification")
    assert event.data == {"type": "acknowledgement", "to": "maija@example.fi", "status": "sent"}


def test_acknowledgement_in_the_customers_language(service, smtp_server):
    customer = CustomerFactory(email="erik@example.fi")
    case = make_case(service=service, customer=customer, language="sv")
    acknowledgement_send(case_id=case.pk)
    subject = str(make_header(decode_header(smtp_server.messages[0]["Subject"])))
    assert subject == f"Vi har tagit emot ditt ärende {case.reference}"


def test_mail_server_down_is_recorded_and_the_case_is_kept(service, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", _free_port(), 2
    case = make_case(service=service, customer=CustomerFactory(email="maija@example.fi"))
    assert acknowledgement_send(case_id=case.pk) == "failed"
    event = CaseEvent.objects.get(case=case, kind="notification")
    assert event.data["status"] == "failed"
    assert case.events.filter(kind="message_in").exists()
