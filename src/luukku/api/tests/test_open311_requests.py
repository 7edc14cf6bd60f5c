"""Filing a request through Open311 GeoReport v2: a real HTTP POST, form-encoded."""

import json
import xml.etree.ElementTree as ET

import pytest

from luukku.api.models import ApiKey
from luukku.cases.models import Case, Channel, OutboundMail
from luukku.catalogue.models import RequestField, RequestFieldOption
from luukku.catalogue.tests.factories import ServiceFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def key(db):
    return ApiKey.objects.create(name="Korjaussovellus")


@pytest.fixture
def streetlight(db):
    service = ServiceFactory(code="street-lighting", requires_location=True)
    fault = RequestField.objects.create(
        service=service,
        code="fault",
        label_en="Kind of fault",
        datatype=RequestField.DataType.SINGLE_CHOICE,
        required=True,
    )
    RequestFieldOption.objects.create(field=fault, key="dark", label_en="Light is out")
    RequestFieldOption.objects.create(field=fault, key="blinking", label_en="Blinking")
    return service


def _post(client, fmt="json", **fields):
    return client.post(f"/open311/v2/requests.{fmt}", fields)


def test_a_request_becomes_a_case_through_the_one_write_path(client, key, streetlight):
    response = _post(
        client,
        api_key=key.key,
        service_code="street-lighting",
        lat="61.1719",
        long="28.7640",
        address_string="Koskikatu 12, Vuoksela",
        description="Valo ei pala.\nKoskikadun päässä.",
        email="maija@example.fi",
        first_name="Maija",
        last_name="Meikäläinen",
        media_url="https://example.fi/valo.jpg",
        **{"attribute[fault]": "dark"},
    )
    assert response.status_code == 201
    [created] = json.loads(response.content)
    case = Case.objects.get(reference=created["service_request_id"])
    assert case.channel == Channel.OPEN311 and case.answers == {"fault": "dark"}
    assert case.subject == "Valo ei pala." and str(case.latitude) == "61.171900"
    assert case.customer.email == "maija@example.fi"
    message = case.events.get(kind="message_in")
    assert message.data == {"media_url": "https://example.fi/valo.jpg"}
    assert OutboundMail.objects.filter(case=case, kind="acknowledgement").exists()
    key.refresh_from_db()
    assert key.last_used_at is not None


def test_xml_response_and_a_title(client, key, streetlight):
    response = _post(
        client,
        "xml",
        api_key=key.key,
        service_code="street-lighting",
        address_string="Koskikatu 12",
        description="Pimeää",
        title="Katuvalo pimeänä",
        email="a@example.fi",
        **{"attribute[fault]": "blinking"},
    )
    assert response.status_code == 201
    reference = ET.fromstring(response.content).findtext("request/service_request_id")
    assert Case.objects.get(reference=reference).subject == "Katuvalo pimeänä"


@pytest.mark.parametrize(
    ("fields", "status", "expected"),
    [
        ({"api_key": "wrong"}, 403, "api_key"),
        ({"api_key": ""}, 403, "api_key"),
        ({"service_code": ""}, 400, "service_code"),
        ({"service_code": "nothing"}, 404, "service_code"),
        ({"lat": "north", "long": "28.7"}, 400, "lat:"),
        ({"lat": "61.1"}, 400, "lat:"),
        ({"attribute[fault]": "green"}, 400, "attribute[fault]:"),
        ({"description": ""}, 400, "description:"),
        ({"phone": "not a phone", "email": ""}, 400, "phone:"),
    ],
)
def test_bad_requests_get_the_spec_error_and_change_nothing(
    client, key, streetlight, fields, status, expected
):
    good = {
        "api_key": key.key,
        "service_code": "street-lighting",
        "address_string": "Koskikatu 12",
        "description": "Valo ei pala",
        "email": "maija@example.fi",
        "attribute[fault]": "dark",
    }
    response = client.post("/open311/v2/requests.json", {**good, **fields})
    assert response.status_code == status
    errors = json.loads(response.content)
    assert all(error["code"] == status for error in errors)
    assert any(expected in error["description"] for error in errors), errors
    assert not Case.objects.exists()


def test_a_retired_key_is_refused(client, key, streetlight):
    key.is_active = False
    key.save()
    response = _post(client, api_key=key.key, service_code="street-lighting")
    assert response.status_code == 403
