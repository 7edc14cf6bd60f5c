"""A citizen who lost the private link of a request asks for it again with the reference and
their e-mail address: the link goes only to the case's own address, and the answer (the page
and the work done before it) is the same whether or not the pair matched."""

import datetime as dt
import re

import pytest
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from luukku.cases.models import CaseEvent, OutboundMail
from luukku.cases.tests.factories import make_case
from luukku.core.testing.queries import exact_queries
from luukku.customers.tests.factories import CustomerFactory
from luukku.public.services import private_link_send

pytestmark = pytest.mark.django_db

URL = "/requests/"
# Asking for the link: the job queued and nothing else, whether or not it matches.
QUERIES = 1
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"')


@pytest.fixture
def case(service):
    customer = CustomerFactory(email="Maija.Meikalainen@example.fi")
    return make_case(service=service, customer=customer, language="sv")


def _link_mails(inbox):
    return [
        message
        for message in inbox.messages
        if "/requests/" in message.get_payload(decode=True).decode()
    ]


def _ask(client, reference, email, **extra):
    return client.post(URL, {"reference": reference, "email": email}, **extra)


def test_the_matched_pair_gets_the_link_at_the_cases_address(client, case, smtp_server, run_tasks):
    response = _ask(client, f" {case.reference.lower()} ", "maija.MEIKALAINEN@example.fi ")
    assert response.status_code == 302 and response["Location"] == f"{URL}?sent=1"
    assert smtp_server.messages == []  # the worker sends it, not the page
    run_tasks()
    [message] = _link_mails(smtp_server)
    assert message["To"] == "Maija.Meikalainen@example.fi"
    assert case.reference in message["Subject"]
    body = message.get_payload(decode=True).decode()
    assert f"http://testserver/sv/requests/{case.token}/" in body  # in the case's language
    assert "Du bad om länken" in body
    assert "Vuoksela stads kundtjänst" in body and "Vuokselan kaupungin" not in body
    mail = OutboundMail.objects.get(kind=OutboundMail.Kind.PRIVATE_LINK)
    assert mail.status == OutboundMail.Status.SENT
    requested = case.events.get(kind=CaseEvent.Kind.NOTIFICATION, data__status="requested")
    assert requested.public is False and requested.data["type"] == "private_link"
    assert mail.event == requested
    # The request and the mail are on the staff's timeline, not on the citizen's page.
    status_page = client.get(reverse("public:case_status", args=[case.token])).content.decode()
    assert "Privat länk" not in status_page and "Kunden bad om" not in status_page


def test_a_mismatched_address_gets_nothing_and_sees_the_same_page(
    client, case, smtp_server, run_tasks
):
    answers = []
    for reference, email in (
        (case.reference, "maija.meikalainen@example.fi"),  # matches
        (case.reference, "someone.else@example.fi"),  # another address
        ("LK-2026-000001", "maija.meikalainen@example.fi"),  # no such request
    ):
        # The same work for all three: one job queued.
        with exact_queries(QUERIES):
            response = _ask(client, reference, email)
        page = client.get(response["Location"])
        answers.append(
            (response.status_code, response["Location"], CSRF.sub("", page.content.decode()))
        )
    # The same answer for all three.
    assert answers[0] == answers[1] == answers[2]
    assert DBTaskResult.objects.count() == 3
    run_tasks()
    assert len(_link_mails(smtp_server)) == 1
    assert OutboundMail.objects.filter(kind=OutboundMail.Kind.PRIVATE_LINK).count() == 1
    assert case.events.filter(data__status="requested").count() == 1


def test_the_sent_page_says_what_happens_in_each_language(client):
    expected = {
        "": "Kiitos. Jos tunnus ja sähköpostiosoite kuuluvat samaan asiaan",
        "/sv": "Tack. Om referensen och e-postadressen hör till samma ärende",
        "/en": "Thank you. If the reference and the e-mail address belong to the same request",
    }
    for prefix, text in expected.items():
        assert text in client.get(f"{prefix}{URL}?sent=1").content.decode()


@pytest.mark.parametrize(
    ("prefix", "reference", "email", "field", "error"),
    [
        ("", "", "", "reference", "Anna asiasi tunnus."),
        ("", "", "", "email", "Anna sähköpostiosoite, jonka annoit asiaa lähettäessäsi."),
        ("", "12345", "maija@example.fi", "reference", "Anna tunnus kuten se on"),
        ("/sv", "LK-2026-1", "maija@example.fi", "reference", "Ange referensen så som den står"),
        ("/en", "LK-2026-042754", "maija@", "email", "Enter an e-mail address in the form"),
        ("/sv", "LK-2026-042754", "maija", "email", "Ange en e-postadress i formen"),
    ],
)
def test_bad_input_gets_a_translated_error_and_queues_nothing(
    client, prefix, reference, email, field, error
):
    response = client.post(f"{prefix}{URL}", {"reference": reference, "email": email})
    page = response.content.decode()
    assert response.status_code == 400
    assert f'id="id_{field}_error"' in page and error in page
    assert 'aria-invalid="true"' in page
    assert DBTaskResult.objects.count() == 0


def test_the_form_is_rate_limited_like_the_other_citizen_forms(client, case, settings):
    settings.FORM_RATE_LIMIT = "2/m"
    assert [_ask(client, case.reference, "x@example.fi").status_code for _ in range(2)] == [
        302,
        302,
    ]
    refused = _ask(client, case.reference, "maija.meikalainen@example.fi")
    page = refused.content.decode()
    assert refused.status_code == 429 and int(refused["Retry-After"]) >= 1
    assert "Olet lähettänyt monta lomaketta lyhyessä ajassa" in page
    assert f'value="{case.reference}"' in page
    assert DBTaskResult.objects.count() == 2


def test_one_link_mail_per_case_in_a_while_however_often_asked(case, smtp_server, run_tasks):
    now = timezone.now()
    email = "maija.meikalainen@example.fi"
    assert private_link_send(reference=case.reference, email=email, now=now) == "sent"
    assert private_link_send(reference=case.reference, email=email, now=now) == "too_soon"
    later = now + dt.timedelta(minutes=11)
    assert private_link_send(reference=case.reference, email=email, now=later) == "sent"
    run_tasks()
    assert len(_link_mails(smtp_server)) == 2


def test_a_request_without_an_address_never_matches(service, smtp_server, run_tasks):
    anonymous = make_case(service=service, customer=CustomerFactory(email=""))
    assert private_link_send(reference=anonymous.reference, email="") == "no_match"
    assert private_link_send(reference=anonymous.reference, email="a@example.fi") == "no_match"
    run_tasks()
    assert smtp_server.messages == []


def test_the_staff_see_the_request_on_the_case_page(client, case, agent, run_tasks):
    private_link_send(reference=case.reference, email="maija.meikalainen@example.fi")
    run_tasks()
    client.force_login(agent)
    page = client.get(reverse("web:case", args=[case.reference])).content.decode()
    assert "Asiakas pyysi henkilökohtaisen linkin uudelleen" in page
    assert "Henkilökohtainen linkki lähetetty osoitteeseen Maija.Meikalainen@example.fi." in page


def test_the_home_page_links_to_the_form(client):
    page = client.get("/en/").content.decode()
    assert 'href="/en/requests/"' in page and "Lost the link? Ask for it again" in page
    form = client.get("/en/requests/").content.decode()
    assert 'name="reference"' in form and 'name="email"' in form
