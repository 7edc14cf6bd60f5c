import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.http import QueryDict
from django.urls import reverse
from django.utils import translation

from luukku.cases.models import Case, CaseEvent
from luukku.cases.services import case_add_note, case_reply
from luukku.cases.tests.factories import make_case
from luukku.catalogue.tests.factories import ServiceFactory
from luukku.channels.models import Submission
from luukku.channels.services import submissions_retry, web_form_send
from luukku.core.testing.samples import JPEG, PDF
from luukku.customers.models import Customer
from luukku.public.forms import RequestForm, request_sent

pytestmark = pytest.mark.django_db


def _form(**overrides):
    data = {
        "subject": "Katuvalo pimeänä",
        "description": "Koskikadun valot eivät pala.",
        "first_name": "Maija",
        "last_name": "Meikäläinen",
        "email": "maija@example.fi",
        "phone": "",
        "preferred_channel": "email",
    }
    data.update(overrides)
    return data


def test_catalogue_search_in_each_language(client):
    ServiceFactory(
        name_fi="Katuvalot", name_sv="Gatubelysning", name_en="Street lighting", code="lights"
    )
    ServiceFactory(name_fi="Uimahalli", name_sv="Simhall", name_en="Swimming hall")
    assert "Katuvalot" in client.get(reverse("public:services"), {"q": "katuval"}).content.decode()
    with translation.override("sv"):
        page = client.get(reverse("public:services"), {"q": "gatu"}).content.decode()
    assert "Gatubelysning" in page and "Simhall" not in page
    with translation.override("en"):
        page = client.get(reverse("public:services"), {"q": "street"}).content.decode()
    assert "Street lighting" in page


def test_unpublished_service_is_not_found(client):
    service = ServiceFactory(is_published=False)
    assert client.get(reverse("public:service", args=[service.code])).status_code == 404
    assert client.get(reverse("public:request_create", args=[service.code])).status_code == 404


def test_submitting_a_request_gives_reference_private_link_and_acknowledgement(
    client, service_with_fields, run_tasks
):
    url = reverse("public:request_create", args=[service_with_fields.code])
    upload = SimpleUploadedFile("kuva.jpg", JPEG, content_type="image/jpeg")
    response = client.post(
        url,
        _form(
            answer_pole="4512",
            answer_fault="dark",
            answer_sides=["north"],
            attachments=[upload],
        ),
    )
    # With files the case is made at once (the files are stored with it).
    case = Case.objects.get()
    assert not Submission.objects.exists()
    assert response.status_code == 302
    assert response["Location"] == reverse("public:case_status", args=[case.token]) + "?sent=1"
    run_tasks()
    page = client.get(response["Location"]).content.decode()
    assert "Kiitos, asiasi on vastaanotettu" in page and case.reference in page
    assert case.answers == {"pole": "4512", "fault": "dark", "sides": ["north"]}
    assert case.customer.email == "maija@example.fi"
    assert case.attachments.get().filename == "kuva.jpg"
    [ack] = mail.outbox
    assert case.reference in ack.subject and case.token in ack.body


def test_a_request_without_files_is_taken_in_and_registered_in_a_moment(
    client, service_with_fields, run_tasks
):
    url = reverse("public:request_create", args=[service_with_fields.code])
    response = client.post(url, _form(answer_pole="4512", answer_fault="dark"))
    submission = Submission.objects.get()
    assert response.status_code == 302
    private = reverse("public:case_status", args=[submission.case_token])
    assert response["Location"] == private + "?sent=1"
    assert submission.state == "pending" and not Case.objects.exists()
    assert submission.data["email"] == "maija@example.fi"

    # The worker registers it, under the private link the citizen already holds, with the
    # clock of the service level started when it came.
    run_tasks()
    submission.refresh_from_db()
    case = submission.case
    assert submission.state == "registered" and submission.data == {}
    assert case.token == submission.case_token and case.created_at == submission.received_at
    assert case.answers == {"pole": "4512", "fault": "dark"}
    assert case.customer.email == "maija@example.fi"
    page = client.get(response["Location"]).content.decode()
    assert "Kiitos, asiasi on vastaanotettu" in page and case.reference in page
    [ack] = mail.outbox
    assert case.reference in ack.subject and case.token in ack.body
    assert case.reference in client.get(private).content.decode()


def test_the_private_link_registers_a_request_the_worker_has_not_reached(
    client, service_with_fields
):
    url = reverse("public:request_create", args=[service_with_fields.code])
    location = client.post(url, _form(answer_pole="1", answer_fault="dark"))["Location"]
    page = client.get(location).content.decode()
    case = Case.objects.get()
    assert case.reference in page
    assert Submission.objects.get().case == case


def test_a_request_that_cannot_be_registered_is_kept_and_said_so(
    client, service_with_fields, run_tasks
):
    url = reverse("public:request_create", args=[service_with_fields.code])
    location = client.post(url, _form(answer_pole="1", answer_fault="dark"))["Location"]
    # The service is withdrawn between taking the request in and registering it.
    service_with_fields.is_published = False
    service_with_fields.save()
    run_tasks()
    submission = Submission.objects.get()
    assert submission.state == "failed" and "service" in submission.error
    assert submission.data["description"] == "Koskikadun valot eivät pala."
    assert not Case.objects.exists()
    page = client.get(location).content.decode()
    assert "Kirjaaminen on viivästynyt" in page and "Mitään lähettämääsi ei ole kadonnut" in page

    service_with_fields.is_published = True
    service_with_fields.save()
    assert submissions_retry(submission_ids=[submission.pk]) == 1
    run_tasks()
    submission.refresh_from_db()
    assert submission.state == "registered" and submission.case.subject == "Katuvalo pimeänä"


def test_request_with_missing_fields_shows_linked_errors_and_creates_nothing(
    client, service_with_fields
):
    url = reverse("public:request_create", args=[service_with_fields.code])
    response = client.post(url, _form(subject="", email="", answer_fault="exploded"))
    page = response.content.decode()
    assert response.status_code == 400
    assert 'id="error-summary"' in page
    assert 'href="#id_subject"' in page
    assert 'aria-describedby="id_subject_error' in page or 'id="id_subject_error"' in page
    assert not Case.objects.exists() and not Customer.objects.exists()
    assert not Submission.objects.exists()


GOOD_ANSWERS = {"answer_pole": "Pylväs 12"}


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"subject": ""}, "subject"),
        ({"subject": "S" * 201}, "subject"),
        ({"subject": "Valo\x00pimeänä"}, "subject"),
        ({"description": "  "}, "description"),
        ({"description": "D" * 10_001}, "description"),
        ({"description": "Valot\x00"}, "description"),
        ({"first_name": "M" * 101}, "first_name"),
        ({"last_name": "Meikä\x00läinen"}, "last_name"),
        ({"email": "maija@"}, "email"),
        ({"preferred_channel": "fax"}, "preferred_channel"),
        ({"preferred_channel": "phone", "phone": ""}, "phone"),
        ({"answer_pole": ""}, "answer_pole"),
        ({"answer_pole": "P" * 2001}, "answer_pole"),
        ({"answer_pole": "Pylväs\x00"}, "answer_pole"),
        ({"answer_count": "monta"}, "answer_count"),
        ({"answer_when": "huomenna"}, "answer_when"),
        ({"answer_fault": "exploded"}, "answer_fault"),
        ({"answer_sides": ["west"]}, "answer_sides"),
    ],
)
def test_the_service_refuses_whatever_the_form_refuses(
    client, service_with_fields, overrides, field
):
    # The form is built only to show a refused request: the service's own checks (the same
    # as for Open311) must refuse everything the form would, and nothing is kept.
    data = {**_form(**GOOD_ANSWERS), **overrides}
    sent = QueryDict(mutable=True)
    for key, value in data.items():
        sent.setlist(key, value if isinstance(value, list) else [value])
    form = RequestForm(sent, service=service_with_fields)
    assert not form.is_valid() and field in form.errors
    with pytest.raises(ValidationError):
        web_form_send(
            request=request_sent(sent, service=service_with_fields, language="fi"), files=[]
        )
    url = reverse("public:request_create", args=[service_with_fields.code])
    response = client.post(url, data)
    assert response.status_code == 400
    assert f'id="id_{field}_error"' in response.content.decode()
    assert not Submission.objects.exists() and not Case.objects.exists()
    assert not Customer.objects.exists()


def test_an_address_is_checked_by_the_service_too(client, service):
    service.requires_location = True
    service.save()
    url = reverse("public:request_create", args=[service.code])
    for address in ("", "Koskikatu " * 31):
        response = client.post(url, _form(address=address))
        assert response.status_code == 400
        assert 'id="id_address_error"' in response.content.decode()
    assert not Submission.objects.exists()
    response = client.post(url, _form(address="  Koskikatu 12 "))
    assert response.status_code == 302
    assert Submission.objects.get().data["address"] == "Koskikatu 12"


def test_answers_sent_with_the_form_are_kept_as_the_service_cleans_them(
    client, service_with_fields, run_tasks
):
    url = reverse("public:request_create", args=[service_with_fields.code])
    answers = {"answer_pole": " P12 ", "answer_count": "2,5", "answer_when": "20.11.2026"}
    answers |= {"answer_fault": "dark", "answer_sides": ["south", "north"]}
    response = client.post(url, _form(**answers))
    assert response.status_code == 302
    run_tasks()
    assert Case.objects.get().answers == {
        "pole": "P12",
        "count": "2.5",
        "when": "2026-11-20",
        "fault": "dark",
        "sides": ["north", "south"],
    }


def test_service_layer_errors_reach_the_form(client, service_with_fields):
    url = reverse("public:request_create", args=[service_with_fields.code])
    bad = SimpleUploadedFile("ohjelma.exe", b"MZ", content_type="application/octet-stream")
    response = client.post(url, _form(answer_pole="1", attachments=[bad]))
    assert response.status_code == 400
    assert "ohjelma.exe" in response.content.decode()
    assert not Case.objects.exists()


def test_form_error_messages_are_translated(client, service):
    with translation.override("sv"):
        url = reverse("public:request_create", args=[service.code])
    assert url.startswith("/sv/")
    response = client.post(url, _form(subject=""))
    assert "Det här fältet är obligatoriskt." in response.content.decode()


def test_status_page_shows_public_timeline_only(client, service, agent):
    case = make_case(service=service, body="Alkuperäinen viesti")
    case_add_note(case=case, actor=agent, body="SISÄINEN MUISTIINPANO")
    case_reply(case=case, actor=agent, body="Korjaamme valot.")
    page = client.get(reverse("public:case_status", args=[case.token])).content.decode()
    assert "Alkuperäinen viesti" in page and "Korjaamme valot." in page
    assert "SISÄINEN MUISTIINPANO" not in page
    assert '<meta name="robots" content="noindex, nofollow">' in page
    # Only the reply's signature names the agent, as the mail does; the note's author is not.
    assert page.count(agent.last_name) == 1


def test_status_page_of_unknown_token_is_not_found(client, service):
    case = make_case(service=service)
    assert (
        client.get(reverse("public:case_status", args=[case.token[:-2] + "xx"])).status_code == 404
    )
    assert client.get(reverse("public:case_status", args=[case.reference])).status_code == 404


def test_citizen_adds_a_message_through_the_private_link(client, service):
    case = make_case(service=service)
    response = client.post(
        reverse("public:case_status", args=[case.token]), {"body": "Lisäksi valo vilkkuu."}
    )
    assert response.status_code == 302
    assert case.events.filter(kind="message_in", body="Lisäksi valo vilkkuu.").exists()


def test_empty_citizen_message_is_refused(client, service):
    case = make_case(service=service)
    before = CaseEvent.objects.count()
    response = client.post(reverse("public:case_status", args=[case.token]), {"body": ""})
    assert response.status_code == 400
    assert CaseEvent.objects.count() == before


def test_citizen_cannot_download_internal_or_other_cases_attachments(client, service, agent):
    mine = make_case(service=service)
    other = make_case(service=service, files=[SimpleUploadedFile("toisen.pdf", PDF)])
    case_add_note(case=mine, actor=agent, body="liite", files=[SimpleUploadedFile("sis.pdf", PDF)])
    internal = mine.attachments.get()
    foreign = other.attachments.get()
    for attachment in (internal, foreign):
        url = reverse("public:case_attachment", args=[mine.token, attachment.pk])
        assert client.get(url).status_code == 404
    own = reverse("public:case_attachment", args=[other.token, foreign.pk])
    assert client.get(own).status_code == 200


def test_pages_exist_in_three_languages(client, service):
    expected = {
        "fi": "Miten voimme auttaa?",
        "sv": "Hur kan vi hjälpa dig?",
        "en": "How can we help you?",
    }
    for language, heading in expected.items():
        with translation.override(language):
            url = reverse("public:home")
        page = client.get(url).content.decode()
        assert f'<html lang="{language}">' in page
        assert heading in page


def test_accessibility_statement_exists_in_three_languages(client):
    for language in ("fi", "sv", "en"):
        with translation.override(language):
            url = reverse("public:accessibility")
        assert client.get(url).status_code == 200


def test_the_form_of_a_service_with_public_requests_says_so(client, service):
    public = ServiceFactory(requests_public=True)
    notice = 'id="publication-notice"'
    page = client.get(reverse("public:request_create", args=[public.code])).content.decode()
    assert notice in page and "Nimeäsi ja yhteystietojasi ei näytetä koskaan." in page
    page = client.get(reverse("public:request_create", args=[service.code])).content.decode()
    assert notice not in page
