"""The expert's consultation page shows the question in its context: the customer's messages
and the replies (with their attachments), a link to the case, and the customer's contact
details only to a viewer who may open the case (whose page shows them too), logged."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from luukku.cases.services import case_add_note, case_customer_message, case_reply, consultation_ask
from luukku.cases.tests.factories import make_case
from luukku.core.testing.queries import exact_queries
from luukku.core.testing.samples import JPEG, PDF
from luukku.customers.tests.factories import CustomerFactory
from luukku.organisation.tests.factories import UserFactory
from luukku.privacy.models import AccessLogEntry

pytestmark = pytest.mark.django_db


def _case(service, agent):
    customer = CustomerFactory(
        first_name="Maija", last_name="Meikäläinen", email="maija@example.fi", phone="+358401234567"
    )
    case = make_case(service=service, customer=customer, body="Voiko päivähoitomaksun jakaa?")
    case_reply(case=case, actor=agent, body="Selvitämme asian asiantuntijalta.")
    photo = SimpleUploadedFile("lasku.pdf", PDF, content_type="application/pdf")
    case_customer_message(case=case, body="Lisään vielä laskun liitteeksi.", files=[photo])
    case_add_note(case=case, actor=agent, body="Sisäinen: asiakas soitti kahdesti.")
    return case


def _page(client, consultation):
    response = client.get(reverse("web:consultation", args=[consultation.pk]))
    assert response.status_code == 200
    return response.content.decode()


def test_the_expert_sees_the_messages_the_link_and_the_customer(client, agent, expert, service):
    case = _case(service, agent)
    consultation = consultation_ask(case=case, actor=agent, expert=expert, question="Jaetaanko?")
    client.force_login(expert)
    page = _page(client, consultation)
    for text in (
        "Voiko päivähoitomaksun jakaa?",
        "Selvitämme asian asiantuntijalta.",
        "Lisään vielä laskun liitteeksi.",
        "lasku.pdf",
        "Jaetaanko?",
    ):
        assert text in page, text
    attachment = case.attachments.get()
    assert f'href="{reverse("web:attachment", args=[attachment.pk])}"' in page
    assert "Sisäinen: asiakas soitti kahdesti." not in page  # internal entries stay on the case
    assert f'href="{reverse("web:case", args=[case.reference])}"' in page
    assert "Maija Meikäläinen" in page and "maija@example.fi" in page and "+358401234567" in page
    assert AccessLogEntry.objects.filter(
        actor=expert,
        case=case,
        customer=case.customer,
        context="consultation_contact",
        fields=["name", "email", "phone"],
    ).exists()
    # The link works: the consulted expert opens the case page.
    assert client.get(reverse("web:case", args=[case.reference])).status_code == 200


def test_an_expert_consulted_on_a_sensitive_case_of_another_department_opens_it(
    client, agent, other_expert, sensitive_service, supervisor
):
    case = _case(sensitive_service, supervisor)
    consultation = consultation_ask(
        case=case, actor=supervisor, expert=other_expert, question="Onko tämä oikein?"
    )
    client.force_login(other_expert)
    page = _page(client, consultation)
    assert f'href="{reverse("web:case", args=[case.reference])}"' in page
    assert "maija@example.fi" in page
    assert client.get(reverse("web:case", args=[case.reference])).status_code == 200


def test_a_queue_expert_who_may_not_open_the_case_sees_the_messages_but_no_customer(
    client, supervisor, sensitive_service, other_department
):
    """A department's queue asked about another department's sensitive case: its experts may
    answer (they need the messages) but not open the case until one of them takes it over."""
    queue_expert = UserFactory(role="expert", departments=[other_department])
    case = _case(sensitive_service, supervisor)
    consultation = consultation_ask(
        case=case, actor=supervisor, department=other_department, question="Miten tulkitaan?"
    )
    client.force_login(queue_expert)
    page = _page(client, consultation)
    assert "Voiko päivähoitomaksun jakaa?" in page and "lasku.pdf" in page
    attachment = case.attachments.get()
    assert reverse("web:attachment", args=[attachment.pk]) not in page
    assert f'href="{reverse("web:case", args=[case.reference])}"' not in page
    assert "maija@example.fi" not in page and "+358401234567" not in page
    assert "Maija Meikäläinen" not in page
    assert "arkaluonteinen" in page  # says why, and how to see more
    assert not AccessLogEntry.objects.filter(context="consultation_contact").exists()
    assert client.get(reverse("web:case", args=[case.reference])).status_code == 404


def test_the_page_reads_the_same_queries_however_many_messages(client, agent, expert, service):
    case = _case(service, agent)
    consultation = consultation_ask(case=case, actor=agent, expert=expert, question="?")
    client.force_login(expert)
    _page(client, consultation)  # the kept lists (staff, services) are read once per process
    with exact_queries(QUERIES):
        _page(client, consultation)
    for number in range(5):
        case_reply(case=case, actor=agent, body=f"Vastaus {number}")
        photo = SimpleUploadedFile(f"kuva{number}.jpg", JPEG, content_type="image/jpeg")
        case_customer_message(case=case, body=f"Viesti {number}", files=[photo])
    with exact_queries(QUERIES):
        page = _page(client, consultation)
    assert "Viesti 4" in page and "kuva4.jpg" in page and "Vastaus 4" in page


# Session and user; the consultation, its case's customer and the view logged; the case's
# scope (the viewer's departments within it); the messages and their attachments; the
# contact details logged; the expert's other open consultations (for "previous" and "next");
# the package part it may ask for; the navigation's count (one query). Each of the two
# access-log entries takes three queries (the chain's head locked, the entry, the head moved
# on).
QUERIES = 16


def test_a_counter_or_phone_case_shows_the_agent_s_note_of_what_the_customer_said(
    client, agent, expert, service
):
    from luukku.cases.models import Channel
    from luukku.channels.services import contact_log

    case = contact_log(
        actor=agent,
        channel=Channel.PHONE,
        service=service,
        note="Asiakas kysyy, voiko päivähoitomaksun jakaa kahdelle huoltajalle.",
        customer=CustomerFactory(email="maija@example.fi"),
    )
    case_add_note(case=case, actor=agent, body="Sisäinen: soitin takaisin, ei vastannut.")
    consultation = consultation_ask(case=case, actor=agent, expert=expert, question="Jaetaanko?")
    client.force_login(expert)
    page = _page(client, consultation)
    assert "voiko päivähoitomaksun jakaa kahdelle huoltajalle" in page
    assert "Sisäinen: soitin takaisin" not in page  # later internal notes stay on the case
    assert "Asiassa ei ole vielä viestejä." not in page
