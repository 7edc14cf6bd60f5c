"""Open311 GeoReport v2 service discovery, read with a real HTTP client's eyes: the
documents and their XML twins as the specification writes them."""

import json
import xml.etree.ElementTree as ET

import pytest

from luukku.catalogue.models import RequestField, RequestFieldOption, Service
from luukku.catalogue.tests.factories import ServiceFactory
from luukku.core.testing.queries import exact_queries

pytestmark = pytest.mark.django_db

SERVICE_KEYS = {
    "service_code",
    "service_name",
    "description",
    "metadata",
    "type",
    "keywords",
    "group",
}


@pytest.fixture
def streetlight(db):
    service = ServiceFactory(code="street-lighting", keywords="katuvalo, valaistus")
    service.name_en, service.summary_en = "Street lighting", "Report a broken street light."
    service.save()
    fault = RequestField.objects.create(
        service=service,
        code="fault",
        label_en="Kind of fault",
        label_fi="Vian laatu",
        datatype=RequestField.DataType.SINGLE_CHOICE,
        required=True,
        order=0,
    )
    RequestFieldOption.objects.create(field=fault, key="dark", label_en="Light is out", order=0)
    RequestFieldOption.objects.create(field=fault, key="blinking", label_en="Blinking", order=1)
    RequestField.objects.create(
        service=service,
        code="pole",
        label_en="Pole number",
        datatype=RequestField.DataType.NUMBER,
        order=1,
    )
    return service


def test_services_json_lists_requestable_services(client, streetlight):
    ServiceFactory(code="no-requests", accepts_requests=False)
    response = client.get("/open311/v2/services.json")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    services = json.loads(response.content)
    assert [s["service_code"] for s in services] == ["street-lighting"]
    [service] = services
    assert set(service) == SERVICE_KEYS
    assert service["service_name"] == "Street lighting"  # English unless a locale is given
    assert service["metadata"] is True and service["type"] == "realtime"
    assert service["keywords"] == "katuvalo,valaistus"


def test_services_xml_has_the_same_content(client, streetlight):
    response = client.get("/open311/v2/services.xml")
    assert response["Content-Type"].startswith("text/xml")
    root = ET.fromstring(response.content)
    assert root.tag == "services"
    [service] = root.findall("service")
    assert service.findtext("service_code") == "street-lighting"
    assert service.findtext("metadata") == "true"
    assert {child.tag for child in service} == SERVICE_KEYS


def test_locale_picks_the_language_and_the_answer_names_it(client, streetlight):
    response = client.get("/open311/v2/services.json", {"locale": "fi_FI"})
    assert json.loads(response.content)[0]["service_name"] == streetlight.name_fi
    assert response["Content-Language"] == "fi"
    # English by default, as the CitySDK extension says, and the header says so too.
    response = client.get("/open311/v2/services.json")
    assert json.loads(response.content)[0]["service_name"] == streetlight.name_en
    assert response["Content-Language"] == "en"
    assert client.get("/open311/v2/nothing.json")["Content-Language"] == "en"


def test_service_definition_gives_attributes_in_order(client, streetlight):
    definition = json.loads(client.get("/open311/v2/services/street-lighting.json").content)
    assert definition["service_code"] == "street-lighting"
    fault, pole = definition["attributes"]
    assert fault == {
        "variable": True,
        "code": "fault",
        "datatype": "singlevaluelist",
        "required": True,
        "datatype_description": "",
        "order": 1,
        "description": "Kind of fault",
        "values": [
            {"key": "dark", "name": "Light is out"},
            {"key": "blinking", "name": "Blinking"},
        ],
    }
    assert (pole["datatype"], pole["required"], pole["order"]) == ("number", False, 2)
    assert "values" not in pole
    root = ET.fromstring(client.get("/open311/v2/services/street-lighting.xml").content)
    assert root.tag == "service_definition"
    values = root.find("attributes/attribute/values")
    assert [v.findtext("key") for v in values.findall("value")] == ["dark", "blinking"]


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_unknown_service_is_a_404_in_the_error_format(client, streetlight, fmt):
    response = client.get(f"/open311/v2/services/no-such-thing.{fmt}")
    assert response.status_code == 404
    if fmt == "json":
        assert json.loads(response.content) == [
            {"code": 404, "description": "Unknown service_code: no-such-thing"}
        ]
    else:
        error = ET.fromstring(response.content).find("error")
        assert error.findtext("code") == "404"


def test_jurisdiction_is_accepted_when_ours(client, streetlight, settings):
    settings.OPEN311_JURISDICTION_ID = "vuoksela.example"
    ok = client.get("/open311/v2/services.json", {"jurisdiction_id": "vuoksela.example"})
    assert ok.status_code == 200
    other = client.get("/open311/v2/services.json", {"jurisdiction_id": "helsinki.fi"})
    assert other.status_code == 404


# The service list: however many services there are.
QUERIES = 2


def test_service_list_query_count_does_not_grow(client, streetlight):
    with exact_queries(QUERIES):
        client.get("/open311/v2/services.json")
    for index in range(10):
        ServiceFactory(code=f"extra-{index}")
    with exact_queries(QUERIES):
        client.get("/open311/v2/services.json")
    assert Service.objects.count() == 11
