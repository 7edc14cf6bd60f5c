"""E-mail on the case page: the whole received mail, and delivery of the replies."""

from email.message import EmailMessage

import pytest
from django.db import transaction
from django.urls import reverse

from luukku.cases.models import Case, OutboundMail
from luukku.cases.notifications import mail_queue
from luukku.cases.services import case_reply
from luukku.cases.tests.factories import make_case
from luukku.channels.models import Mailbox
from luukku.channels.services import mail_receive
from luukku.core.testing.mailservers import free_port
from luukku.customers.tests.factories import CustomerFactory
from luukku.privacy.models import AccessLogEntry

pytestmark = pytest.mark.django_db


@pytest.fixture
def html_mail_case(service):
    Mailbox.objects.create(
        name="Asiakaspalvelu", address="asiakaspalvelu@vuoksela.example", default_service=service
    )
    message = EmailMessage()
    message["From"] = "Maija <maija@example.fi>"
    message["To"] = "asiakaspalvelu@vuoksela.example"
    message["Subject"] = "Katuvalo"
    message["Message-ID"] = "<html-1@example.fi>"
    message.set_content("Katuvalo on pimeänä.\n\n> Aiempi viesti lainattuna\n")
    message.add_alternative(
        "<p>Katuvalo on <b>pimeänä</b>.</p><script>alert('x')</script>"
        "<img src='https://tracker.example/p.gif'><blockquote>Aiempi viesti</blockquote>",
        subtype="html",
    )
    inbound = mail_receive(raw=message.as_bytes())
    return inbound.case, inbound


def test_case_page_links_to_the_whole_mail_which_is_shown_safely(client, agent, html_mail_case):
    case, inbound = html_mail_case
    client.force_login(agent)
    page = client.get(reverse("web:case", args=[case.reference])).content.decode()
    url = reverse("web:case_mail", args=[case.reference, inbound.pk])
    assert url in page
    assert "Aiempi viesti lainattuna" not in page  # the quote is cut from the timeline

    page = client.get(url).content.decode()
    assert "Aiempi viesti lainattuna" in page  # but the whole text is there on demand
    assert 'sandbox title="' in page and "srcdoc=" in page
    assert "&lt;b&gt;pimeänä&lt;/b&gt;" in page  # the sanitised HTML, escaped into srcdoc
    assert "script" not in page.split("srcdoc=")[1].split("></iframe>")[0]
    assert "tracker.example" not in page
    assert AccessLogEntry.objects.filter(actor=agent, context=f"case_mail:{inbound.pk}").exists()


def test_the_original_message_downloads_byte_for_byte(client, agent, html_mail_case):
    case, inbound = html_mail_case
    client.force_login(agent)
    response = client.get(
        reverse("web:case_mail", args=[case.reference, inbound.pk]), {"original": 1}
    )
    assert response["Content-Type"] == "message/rfc822"
    assert response.content == bytes(inbound.raw)


def test_mail_of_a_case_outside_the_experts_scope_is_not_found(
    client, other_expert, html_mail_case
):
    case, inbound = html_mail_case
    Case.objects.filter(pk=case.pk).update(sensitive=True)
    client.force_login(other_expert)
    response = client.get(reverse("web:case_mail", args=[case.reference, inbound.pk]))
    assert response.status_code == 404
    assert not AccessLogEntry.objects.filter(context=f"case_mail:{inbound.pk}").exists()


def test_mail_of_another_case_is_not_found(client, agent, html_mail_case, service):
    _case, inbound = html_mail_case
    other = make_case(service=service)
    client.force_login(agent)
    response = client.get(reverse("web:case_mail", args=[other.reference, inbound.pk]))
    assert response.status_code == 404


def test_reply_shows_its_delivery_and_a_failed_one_can_be_sent_again(
    client, agent, service, settings, smtp_server, run_tasks
):
    settings.MAIL_RETRY_SECONDS, settings.MAIL_SEND_ATTEMPTS = 0, 2
    case = make_case(service=service, customer=CustomerFactory(email="asiakas@example.fi"))
    case_reply(case=case, actor=agent, body="Korjataan.")
    client.force_login(agent)
    page = client.get(reverse("web:case", args=[case.reference])).content.decode()
    assert "Odottaa lähetystä osoitteeseen asiakas@example.fi" in page

    port, settings.EMAIL_PORT = settings.EMAIL_PORT, free_port()
    run_tasks()
    mail = OutboundMail.objects.get()
    page = client.get(reverse("web:case", args=[case.reference])).content.decode()
    assert "Viesti asiakkaalle jäi toimittamatta" in page
    assert "epäonnistui 2 yrityksen jälkeen" in page
    resend = reverse("web:case_mail_resend", args=[case.reference, mail.pk])
    assert resend in page

    settings.EMAIL_PORT = port
    response = client.post(resend)
    assert response.status_code == 302
    run_tasks()
    assert len(smtp_server.messages) == 1
    page = client.get(reverse("web:case", args=[case.reference])).content.decode()
    assert "Viesti asiakkaalle jäi toimittamatta" not in page
    assert "Lähetetty sähköpostilla osoitteeseen asiakas@example.fi" in page

    # Sending it a second time is refused with a message, and nothing is queued.
    response = client.post(resend, follow=True)
    assert "Tämä viesti ei odota uudelleenlähetystä." in response.content.decode()
    assert run_tasks() == 0


def test_the_staff_read_on_the_timeline_what_a_confirmation_said_the_citizen_does_not(
    client, agent, service, smtp_server, run_tasks
):
    """A booking's (or registration's, key loan's) confirmation shows on the staff's timeline
    with its subject and text, folded; its notice is internal, so the citizen's page shows
    neither."""
    case = make_case(service=service, contact_email="asiakas@example.fi")
    with transaction.atomic():
        mail_queue(
            case,
            kind=OutboundMail.Kind.RESERVATION,
            subject="Varaus vahvistettu: Kokoushuone Vuoksi",
            body="Ovikoodi on 4711. Peruutus maksutta 3 päivää ennen.",
        )
    run_tasks()
    assert len(smtp_server.messages) == 1
    client.force_login(agent)
    page = client.get(reverse("web:case", args=[case.reference])).content.decode()
    timeline = page.split('class="timeline')[-1]
    assert '<details class="mail-sent">' in timeline
    assert "Varaus vahvistettu: Kokoushuone Vuoksi" in timeline
    assert "Ovikoodi on 4711." in timeline
    assert "Sähköposti lähetetty osoitteeseen asiakas@example.fi." in timeline
    assert "Vastaus lähetetty" not in timeline  # not called a reply any more

    client.logout()
    public = client.get(reverse("public:case_status", args=[case.token])).content.decode()
    assert "Ovikoodi on 4711." not in public
    assert "Varaus vahvistettu" not in public
