"""Characters XML 1.0 cannot carry (C0 control characters but tab, line feed and carriage
return; U+FFFE, U+FFFF): refused when a client files a request, and never written into a
document, whichever channel brought them in. One of them in one request made every XML
request list unparseable for every client."""

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import xmlschema

from luukku.cases.models import Case, Channel
from luukku.cases.services import case_forward
from luukku.cases.tests.factories import make_case
from luukku.catalogue.models import RequestField, Topic
from luukku.catalogue.tests.factories import RequestFieldFactory, ServiceFactory
from luukku.channels.models import ApiKey, Submission
from luukku.organisation.models import Organisation, ServicePoint

pytestmark = pytest.mark.django_db

XSD = xmlschema.XMLSchema(Path(__file__).parent / "spec" / "georeport-v2.xsd")
# One of each kind XML 1.0 refuses; text brought in by e-mail or typed by staff may hold them.
REFUSED = ["\x01", "\x08", "\x0b", "\x0c", "\x1b", "\x1f", "\ufffe", "\uffff"]


def _with(text: str, n: int) -> str:
    """`text` with a refused character in its middle (a different one by `n`)."""
    middle = len(text) // 2
    return text[:middle] + REFUSED[n % len(REFUSED)] + text[middle:]


@pytest.fixture
def key(db):
    return ApiKey.objects.create(name="Korjaussovellus")


@pytest.fixture
def dirty(department, agent):
    """Every free-text field of the catalogue and of two published cases with a control
    character: what an e-mail, the web form or a member of staff might have brought in."""
    department.name = _with("Kaupunkiympäristö", 0)
    department.save()
    topic = Topic.objects.create(slug="streets", name_en=_with("Streets and parks", 1))
    service = ServiceFactory(
        code="street-lighting",
        topic=topic,
        responsible_unit__department=department,
        requests_public=True,
        allows_anonymous=True,
        name_en=_with("Street lighting", 2),
        summary_en=_with("A light that is out", 3),
        keywords_en=_with("lamp, pole", 4),
        processing_time_en=_with("Within a week", 5),
    )
    RequestFieldFactory(
        service=service,
        code="fault",
        datatype=RequestField.DataType.SINGLE_CHOICE,
        label_en=_with("Kind of fault", 6),
        help_text_en=_with("Choose one", 7),
        options=["dark"],
    )
    service.request_fields.get().options.update(label_en=_with("The light is out", 0))
    handled = make_case(
        service=service,
        channel=Channel.WEB,
        body=_with("Koskikadun valo ei pala", 2),
        address=_with("Koskikatu 12", 3),
        message_data={"media_url": _with("https://example.fi/valo.jpg", 4)},
    )
    # A subject is folded to one line on the way in; one kept from before is not.
    Case.objects.filter(pk=handled.pk).update(subject=_with("Valo pimeänä", 1))
    forwarded = make_case(service=service, channel=Channel.WEB, body=_with("Kelan asia", 5))
    kela = Organisation.objects.create(
        name=_with("Kansaneläkelaitos", 6), kind=Organisation.Kind.STATE
    )
    case_forward(case=forwarded, actor=agent, organisation=kela, message="Kela hoitaa.")
    ServicePoint.objects.create(
        organisation=kela,
        name=_with("Vuokselan asiakaspalvelu", 7),
        email="asiakaspalvelu@vuoksela.example",
        phone=_with("05 123 4567", 0),
        is_service_centre=True,
    )
    return handled, forwarded


def _documents(client, key, fmt, handled):
    base = "/open311/v2"
    created = client.post(
        f"{base}/requests.{fmt}",
        {"api_key": key.key, "service_code": "street-lighting", "description": "Valo ei pala"},
    )
    assert created.status_code == 201, created.content
    token = Submission.objects.get().token
    refused = client.post(
        f"{base}/requests.{fmt}",
        {"api_key": key.key, "service_code": "street-lighting", "description": "Valo\x01"},
    )
    return [
        client.get(f"{base}/discovery.{fmt}"),
        client.get(f"{base}/services.{fmt}"),
        client.get(f"{base}/services/street-lighting.{fmt}"),
        created,
        client.get(f"{base}/tokens/{token}.{fmt}"),
        client.get(f"{base}/requests.{fmt}", {"extensions": "true"}),
        client.get(f"{base}/requests/{handled.reference}.{fmt}", {"extensions": "true"}),
        client.get(f"{base}/requests.{fmt}", {"jurisdiction_id": "\x01elsewhere\x1f"}),
        refused,
    ]


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _texts(element):
    return [text for node in element.iter() if (text := (node.text or "").strip())]


def test_every_xml_document_parses_with_control_characters_in_every_text(client, key, dirty):
    handled, _ = dirty
    texts = []
    for response in _documents(client, key, "xml", handled):
        assert response["Content-Type"] == "text/xml; charset=utf-8"
        # Expat, the XML parser every Python client uses, refuses what XML 1.0 cannot carry.
        texts += _texts(ET.fromstring(response.content))
        XSD.validate(response.content.decode())
    # The text is kept, without the characters.
    for expected in (
        "Kaupunkiympäristö",
        "Streets and parks",
        "Street lighting",
        "A light that is out",
        "lamp, pole",
        "Within a week",
        "Kind of fault",
        "Choose one",
        "The light is out",
        "Valo pimeänä",
        "Koskikadun valo ei pala",
        "Koskikatu 12",
        "https://example.fi/valo.jpg",
        "Kelan asia",
        "Kansaneläkelaitos",
        "Forwarded to Kansaneläkelaitos, which handles this matter.",
        "Unknown jurisdiction_id: elsewhere",
        "Vuokselan asiakaspalvelu, asiakaspalvelu@vuoksela.example, 05 123 4567",
    ):
        assert expected in texts, expected


def test_no_json_document_carries_them_either(client, key, dirty):
    handled, _ = dirty
    strings = []
    for response in _documents(client, key, "json", handled):
        strings += _strings(json.loads(response.content))
    assert "Koskikadun valo ei pala" in strings and "Kansaneläkelaitos" in strings
    for text in strings:
        assert not any(character in text for character in REFUSED), repr(text)


def test_filing_with_control_characters_is_refused_and_keeps_nothing(client, key, dirty):
    response = client.post(
        "/open311/v2/requests.json",
        {
            "api_key": key.key,
            "service_code": "street-lighting",
            "description": "Valo\x01 ei pala",
            "title": "Valo\x1b",
            "first_name": "Maija\x0c",
            "address_string": "Koskikatu\ufffe 12",
            "attribute[fault]": "dark\x08",
        },
    )
    assert response.status_code == 400
    message = "Contains control characters, which are not allowed."
    assert sorted(json.loads(response.content), key=lambda error: error["description"]) == [
        {"code": 400, "description": f"{name}: {message}"}
        for name in ("address_string", "attribute[fault]", "description", "first_name", "title")
    ]
    assert not Submission.objects.exists()


def test_tabs_and_line_breaks_are_text(client, key, dirty):
    response = client.post(
        "/open311/v2/requests.json",
        {
            "api_key": key.key,
            "service_code": "street-lighting",
            "description": "Valo ei pala.\r\n\tKoskikadun päässä.",
        },
    )
    assert response.status_code == 201
    assert Submission.objects.get().data["description"] == "Valo ei pala.\r\n\tKoskikadun päässä."
