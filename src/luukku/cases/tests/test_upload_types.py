"""Uploads are checked by their content: a file is accepted only when it is the type its name
says, on every way in (the citizen's form, the status page, staff replies and notes, e-mail),
and a refused file leaves nothing stored. Every attachment is served as a download that no
browser renders (Content-Disposition: attachment, nosniff, a fixed content type)."""

import base64
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from luukku.cases.models import Attachment, Case
from luukku.cases.services import attachments_validate, case_add_note
from luukku.cases.tests.factories import make_case
from luukku.channels.models import Mailbox, Submission
from luukku.channels.services import mail_receive
from luukku.core.file_types import sniffed_type
from luukku.core.testing.samples import BY_EXTENSION, JPEG, PDF, PNG, sample_file

pytestmark = pytest.mark.django_db

HTML = b"<!DOCTYPE html><html><body><script>fetch('/staff/')</script></body></html>"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 64

MISMATCHES = [
    ("lasku.pdf", HTML),  # a web page renamed as a PDF
    ("kuva.jpg", SVG),  # an SVG with a script renamed as a photo
    ("kuva.png", JPEG),  # another image type
    ("hakemus.docx", PDF),
    ("taulukko.xlsx", sample_file("a.docx").read()),  # a Word document as a spreadsheet
    ("muistio.txt", EXE),  # a program as text
    ("kuva.jpg", b"\x00\x01\x02 not an image"),
]


@pytest.mark.parametrize("extension", sorted(BY_EXTENSION))
def test_every_accepted_type_is_recognised_by_its_content(extension):
    upload = sample_file(f"liite.{extension}")
    assert attachments_validate([upload]) == [upload]


def test_a_real_xlsx_made_by_openpyxl_is_a_spreadsheet(tmp_path):
    from openpyxl import Workbook

    Workbook().save(tmp_path / "t.xlsx")
    with (tmp_path / "t.xlsx").open("rb") as file:
        assert sniffed_type(file) == "xlsx"


@pytest.mark.parametrize(("name", "content"), MISMATCHES, ids=[m[0] for m in MISMATCHES])
def test_content_that_is_not_what_the_name_says_is_refused(name, content):
    with pytest.raises(ValidationError) as error:
        attachments_validate([SimpleUploadedFile(name, content)])
    [message] = error.value.message_dict["attachments"]
    assert name in message and "ei vastaa sen nimeä" in message  # in Finnish, the default


def test_the_refusal_is_translated():
    upload = SimpleUploadedFile("lasku.pdf", HTML)
    expected = {
        "fi": "Tiedoston ”lasku.pdf” sisältö ei vastaa",
        "sv": "Innehållet i filen ”lasku.pdf” motsvarar inte",
        "en": "The content of “lasku.pdf” does not match",
    }
    for language, start in expected.items():
        with translation.override(language), pytest.raises(ValidationError) as error:
            attachments_validate([upload])
        assert error.value.message_dict["attachments"][0].startswith(start)


def _media_files(settings) -> list[Path]:
    return [path for path in Path(settings.MEDIA_ROOT).rglob("*") if path.is_file()]


def test_the_citizen_form_refuses_a_disguised_file_and_stores_nothing(client, service, settings):
    url = reverse("public:request_create", args=[service.code])
    form = {
        "subject": "Katuvalo",
        "description": "Valo ei pala.",
        "first_name": "Maija",
        "last_name": "Meikäläinen",
        "email": "maija@example.fi",
        "phone": "",
        "preferred_channel": "email",
    }
    good = SimpleUploadedFile("kuva.png", PNG)
    bad = SimpleUploadedFile("lasku.pdf", HTML)
    response = client.post(url, {**form, "attachments": [good, bad]})
    assert response.status_code == 400
    assert "Tiedoston ”lasku.pdf” sisältö ei vastaa" in response.text
    assert not Case.objects.exists() and not Submission.objects.exists()
    assert not Attachment.objects.exists() and _media_files(settings) == []


def test_a_staff_note_with_a_disguised_file_stores_nothing(service, agent, settings):
    case = make_case(service=service)
    events = case.events.count()
    with pytest.raises(ValidationError):
        case_add_note(
            case=case,
            actor=agent,
            body="Liite",
            files=[sample_file("kartta.pdf"), SimpleUploadedFile("kuva.jpg", SVG)],
        )
    assert case.events.count() == events
    assert not Attachment.objects.exists() and _media_files(settings) == []


def test_a_disguised_mail_attachment_is_not_kept_but_listed_and_the_original_kept(service):
    Mailbox.objects.create(
        name="Asiakaspalvelu", address="asiakaspalvelu@vuoksela.example", default_service=service
    )
    parts = [("kuva.jpg", "image/jpeg", JPEG), ("lasku.pdf", "application/pdf", HTML)]
    lines = [
        "From: maija@example.fi",
        "To: asiakaspalvelu@vuoksela.example",
        "Subject: Liitteet",
        "Message-ID: <sniff@example.fi>",
        'Content-Type: multipart/mixed; boundary="B"',
        "",
        "--B",
        "Content-Type: text/plain",
        "",
        "Katso liitteet.",
    ]
    for name, kind, content in parts:
        lines += [
            "--B",
            f"Content-Type: {kind}",
            f'Content-Disposition: attachment; filename="{name}"',
            "Content-Transfer-Encoding: base64",
            "",
            base64.b64encode(content).decode(),
        ]
    lines.append("--B--")
    inbound = mail_receive(raw="\r\n".join(lines).encode())
    assert list(inbound.case.attachments.values_list("filename", flat=True)) == ["kuva.jpg"]
    assert inbound.event.data["refused_attachments"] == ["lasku.pdf"]
    assert HTML in bytes(inbound.raw) or base64.b64encode(HTML) in bytes(inbound.raw)


@pytest.mark.parametrize(
    ("name", "content_type"),
    [("kartta.pdf", "application/pdf"), ("kuva.png", "image/png"), ("muistio.txt", "text/plain")],
)
def test_attachments_are_served_as_downloads_that_are_never_sniffed(
    client, agent, service, name, content_type
):
    case = make_case(service=service, files=[sample_file(name)])
    attachment = case.attachments.get()
    client.force_login(agent)
    for response in (
        client.get(reverse("web:attachment", args=[attachment.pk])),
        client.get(reverse("public:case_attachment", args=[case.token, attachment.pk])),
    ):
        assert response.status_code == 200
        assert response["Content-Disposition"].startswith("attachment;")
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Content-Type"] == content_type


def test_a_type_allowed_by_the_operator_but_not_known_is_served_as_bytes(
    client, agent, service, settings
):
    settings.ATTACHMENT_TYPES = [*settings.ATTACHMENT_TYPES, "svg"]
    case = make_case(service=service, files=[SimpleUploadedFile("kartta.svg", SVG)])
    attachment = case.attachments.get()
    client.force_login(agent)
    response = client.get(reverse("web:attachment", args=[attachment.pk]))
    assert response["Content-Type"] == "application/octet-stream"
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff"
