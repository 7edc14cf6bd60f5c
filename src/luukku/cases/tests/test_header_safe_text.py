"""Header-safe text: a subject or a name is stored on one line whichever channel brings it,
and a reply to such a case reaches the real SMTP server. A line break in a subject used to
be kept, and every reply to the case then failed ("Header values can't contain newlines")."""

from email.header import decode_header, make_header

import pytest
from django.urls import reverse

from luukku.api.models import ApiToken
from luukku.cases.models import Case, OutboundMail
from luukku.cases.services import case_reply
from luukku.cases.tests.factories import make_case
from luukku.channels.models import ApiKey, Mailbox
from luukku.channels.services import contact_log, mail_receive
from luukku.core.text import single_line
from luukku.customers.services import customer_update
from luukku.customers.tests.factories import CustomerFactory

pytestmark = pytest.mark.django_db

BROKEN = "Katuvalo\r\nBcc: kaikki@example.fi"
FOLDED = "Katuvalo Bcc: kaikki@example.fi"


def _header(message, name: str) -> str:
    return str(make_header(decode_header(message[name])))


def _web_form(client, service, run_tasks, agent):
    url = reverse("public:request_create", args=[service.code])
    response = client.post(
        url,
        {
            "subject": BROKEN,
            "description": "Koskikadun valot eivät pala.",
            "first_name": "Maija\nTo: muut@example.fi",
            "last_name": "Meikäläinen",
            "email": "maija@example.fi",
            "phone": "",
            "preferred_channel": "email",
        },
    )
    assert response.status_code == 302
    run_tasks()
    return Case.objects.get()


def _open311(client, service, run_tasks, agent):
    key = ApiKey.objects.create(name="Korjaussovellus")
    response = client.post(
        "/open311/v2/requests.json",
        {
            "api_key": key.key,
            "service_code": service.code,
            "title": BROKEN,
            "description": "Valo ei pala",
            "first_name": "Maija\nTo: muut@example.fi",
            "last_name": "Meikäläinen",
            "email": "maija@example.fi",
        },
    )
    assert response.status_code == 201, response.content
    run_tasks()
    return Case.objects.get()


def _rest_api(client, service, run_tasks, agent):
    token = ApiToken(user=agent, name="Puhelinjärjestelmä")
    key = token.issue()
    token.save()
    customer = CustomerFactory(email="maija@example.fi", first_name="Maija")
    response = client.post(
        "/api/v1/cases/",
        {"service": service.code, "channel": "phone", "subject": BROKEN, "customer": customer.pk},
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {key}",
    )
    assert response.status_code == 201, response.content
    return Case.objects.get()


@pytest.mark.parametrize("channel", [_web_form, _open311, _rest_api])
def test_a_subject_with_a_line_break_is_stored_on_one_line_and_replies_arrive(
    channel, client, service, agent, run_tasks, smtp_server
):
    case = channel(client, service, run_tasks, agent)
    assert case.subject == FOLDED
    assert case.customer.first_name in {"Maija To: muut@example.fi", "Maija"}
    smtp_server.messages.clear()  # the acknowledgement, where the channel sends one

    case_reply(case=case, actor=agent, body="Valo korjataan huomenna.")
    run_tasks()
    [reply] = smtp_server.messages
    assert FOLDED in _header(reply, "Subject")
    assert reply["Bcc"] is None and reply["To"] == "maija@example.fi"
    assert OutboundMail.objects.get(kind="reply").status == OutboundMail.Status.SENT


def test_mail_intake_and_the_counter_fold_subjects_and_names(service, agent, run_tasks):
    raw = (
        # (A line break in the sender's name makes the parser refuse the mail: quarantined.)
        b"From: =?utf-8?q?Maija=09Meik=C3=A4l=C3=A4inen=1B?= <maija@example.fi>\r\n"
        b"To: asiakaspalvelu@vuoksela.example\r\n"
        b"Subject: =?utf-8?q?Kuoppa=0D=0ABcc=3A_kaikki=40example=2Efi?=\r\n"
        b"Message-ID: <kuoppa@example.fi>\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\n\r\nVirastokadulla on kuoppa.\r\n"
    )
    Mailbox.objects.create(
        name="Asiakaspalvelu", address="asiakaspalvelu@vuoksela.example", default_service=service
    )
    mail_receive(raw=raw)
    run_tasks()
    case = Case.objects.get()
    assert case.subject == "Kuoppa Bcc: kaikki@example.fi"
    assert case.customer.display_name == "Maija Meikäläinen"

    logged = contact_log(
        actor=agent, channel="counter", service=service, note="Kysyi\x1b[2J senioripassia\nja muuta"
    )
    assert logged.subject == "Kysyi [2J senioripassia"


def test_a_staff_edit_of_a_name_is_folded(agent):
    customer = CustomerFactory(first_name="Maija", last_name="Meikäläinen")
    customer_update(
        customer=customer, actor=agent, context="customer_edit", last_name="Meikä\u2028läinen\t"
    )
    customer.refresh_from_db()
    assert customer.last_name == "Meikä läinen"


def test_single_line_folds_every_control_character_to_one_space():
    assert single_line(" Katu\r\n\r\nvalo\x00\x1b\x7f\x85\u2028\u2029 pimeänä\t") == (
        "Katu valo pimeänä"
    )
    assert single_line("Tavallinen  otsikko") == "Tavallinen  otsikko"


def test_the_migrations_fold_what_was_stored_before(service):
    from importlib import import_module

    from django.apps import apps

    kept = CustomerFactory(first_name="Maija\r\n", last_name="Meikä\tläinen")
    case = make_case(service=service, customer=kept)
    plain = make_case(service=service, subject="Tavallinen  otsikko")
    Case.objects.filter(pk=case.pk).update(subject=BROKEN)
    import_module("luukku.cases.migrations.0014_fold_subjects_to_one_line").fold_subjects(
        apps, None
    )
    import_module("luukku.customers.migrations.0006_fold_names_to_one_line").fold_names(apps, None)
    case.refresh_from_db()
    plain.refresh_from_db()
    kept.refresh_from_db()
    assert (case.subject, plain.subject) == (FOLDED, "Tavallinen  otsikko")
    assert (kept.first_name, kept.last_name) == ("Maija", "Meikä läinen")
