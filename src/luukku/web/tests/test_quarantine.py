import pytest
from django.urls import reverse

from luukku.channels.models import InboundMessage, Mailbox
from luukku.channels.services import mail_receive
from luukku.privacy.models import AccessLogEntry

pytestmark = pytest.mark.django_db

RAW = (
    b"From: maija@example.fi\r\nTo: asiakaspalvelu@vuoksela.example\r\nSubject: Kuoppa\r\n"
    b"Message-ID: <q1@example.fi>\r\n\r\nVirastokadulla on kuoppa.\r\n"
)


def test_agent_sees_quarantine_and_retries_after_the_fault_is_fixed(client, agent, service):
    held = mail_receive(raw=RAW)  # no mailbox yet: quarantined
    client.force_login(agent)
    page = client.get(reverse("web:quarantine")).content.decode()
    assert "maija@example.fi" in page and "Kuoppa" in page
    detail = client.get(reverse("web:quarantine_detail", args=[held.pk])).content.decode()
    assert "Virastokadulla on kuoppa." in detail
    assert AccessLogEntry.objects.filter(actor=agent, context=f"quarantine:{held.pk}").exists()

    response = client.post(reverse("web:quarantine_detail", args=[held.pk]))
    assert response.status_code == 302  # still no mailbox: stays, with the reason shown
    assert InboundMessage.objects.get().status == "quarantined"

    Mailbox.objects.create(
        name="A", address="asiakaspalvelu@vuoksela.example", default_service=service
    )
    response = client.post(reverse("web:quarantine_detail", args=[held.pk]))
    inbound = InboundMessage.objects.get()
    assert inbound.status == "processed"
    assert response["Location"] == reverse("web:case", args=[inbound.case.reference])


def test_experts_do_not_handle_the_mailboxes(client, expert):
    held = mail_receive(raw=b"not mail")
    client.force_login(expert)
    assert client.get(reverse("web:quarantine")).status_code == 403
    assert client.get(reverse("web:quarantine_detail", args=[held.pk])).status_code == 403


def test_processed_message_is_not_in_quarantine(client, agent, service):
    Mailbox.objects.create(
        name="A", address="asiakaspalvelu@vuoksela.example", default_service=service
    )
    done = mail_receive(raw=RAW)
    client.force_login(agent)
    assert client.get(reverse("web:quarantine_detail", args=[done.pk])).status_code == 404
    assert client.post(reverse("web:quarantine_detail", args=[done.pk])).status_code == 404
