"""Every Open311 document Luukku sends, in both formats, checked against schemas written
from the specification text (spec/georeport-v2.schema.json and spec/georeport-v2.xsd), and
against a GeoReport v2 client written by someone else (the `georeport` package on PyPI),
over real HTTP."""

import json
from pathlib import Path

import pytest
import requests
import xmlschema
from georeport import GeoReport
from jsonschema import Draft202012Validator

from luukku.cases.models import Case, Status
from luukku.cases.services import case_assign, case_change_status
from luukku.catalogue.models import RequestField
from luukku.catalogue.tests.factories import RequestFieldFactory, ServiceFactory
from luukku.channels.models import ApiKey

SPEC = Path(__file__).parent / "spec"
JSON_SCHEMA = json.loads((SPEC / "georeport-v2.schema.json").read_text())
XSD = xmlschema.XMLSchema(SPEC / "georeport-v2.xsd")


def _json_valid(document, definition: str) -> None:
    schema = {**JSON_SCHEMA, "$ref": f"#/$defs/{definition}"}
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    problems = [f"{list(error.path)}: {error.message}" for error in validator.iter_errors(document)]
    assert not problems, problems


@pytest.fixture
def streets(department):
    service = ServiceFactory(
        code="street-maintenance",
        responsible_unit__department=department,
        requests_public=True,
        allows_anonymous=True,
        keywords_en="pothole, street",
    )
    for code, datatype, options in (
        ("place", RequestField.DataType.TEXT, None),
        ("depth", RequestField.DataType.NUMBER, None),
        ("seen", RequestField.DataType.DATE, None),
        ("kind", RequestField.DataType.SINGLE_CHOICE, ["pothole", "crack"]),
        ("lanes", RequestField.DataType.MULTIPLE_CHOICE, ["left", "right"]),
    ):
        RequestFieldFactory(service=service, code=code, datatype=datatype, options=options)
    return service


@pytest.fixture
def key(db):
    return ApiKey.objects.create(name="Korjaussovellus")


FILED = {
    "service_code": "street-maintenance",
    "description": "Kuoppa ajoradalla",
    "title": "Kuoppa",
    "lat": "61.1719",
    "long": "28.7640",
    "address_string": "Koskikatu 12",
    "email": "maija@example.fi",
    "media_url": "https://example.fi/kuoppa.jpg",
    "attribute[kind]": "pothole",
    "attribute[lanes][]": ["left", "right"],
    "attribute[depth]": "12",
}


def _documents(client, key, agent, fmt):
    """(response, definition name) for every kind of document, in one format."""
    base = "/open311/v2"
    created = client.post(f"{base}/requests.{fmt}", {**FILED, "api_key": key.key})
    assert created.status_code == 201
    token = (
        json.loads(created.content)[0]["token"]
        if fmt == "json"
        else XSD.to_dict(created.content.decode())["request"][0]["token"]
    )
    found = client.get(f"{base}/tokens/{token}.{fmt}")
    reference = (
        json.loads(found.content)[0]["service_request_id"]
        if fmt == "json"
        else XSD.to_dict(found.content.decode())["request"][0]["service_request_id"]
    )
    case = Case.objects.get(reference=reference)
    case_assign(case=case, actor=agent, assignee=agent)
    case_change_status(case=case, actor=agent, status=Status.RESOLVED)
    return [
        (client.get(f"{base}/discovery.{fmt}"), "discovery"),
        (client.get(f"{base}/services.{fmt}", {"locale": "fi"}), "services"),
        (client.get(f"{base}/services/street-maintenance.{fmt}"), "service_definition"),
        (created, "created"),
        (found, "created"),
        (client.get(f"{base}/requests.{fmt}"), "requests"),
        (client.get(f"{base}/requests.{fmt}", {"extensions": "true"}), "requests"),
        (client.get(f"{base}/requests/{reference}.{fmt}", {"extensions": "true"}), "requests"),
        (client.get(f"{base}/requests.{fmt}", {"status": "x"}), "errors"),
        (client.get(f"{base}/requests/none.{fmt}"), "errors"),
        (client.post(f"{base}/requests.{fmt}", {**FILED, "api_key": "x"}), "errors"),
        (client.post(f"{base}/requests.{fmt}", {"api_key": key.key}), "errors"),
        (
            client.post(f"{base}/requests.{fmt}", {**FILED, "api_key": key.key, "lat": "north"}),
            "errors",
        ),
    ]


@pytest.mark.django_db
def test_json_documents_match_the_schema_from_the_spec(client, streets, key, agent):
    for response, definition in _documents(client, key, agent, "json"):
        assert response["Content-Type"] == "application/json; charset=utf-8"
        document = json.loads(response.content)
        assert document, definition
        _json_valid(document, definition)


@pytest.mark.django_db
def test_xml_documents_match_the_schema_from_the_spec(client, streets, key, agent):
    roots = {
        "services": "services",
        "service_definition": "service_definition",
        "created": "service_requests",
        "requests": "service_requests",
        "errors": "errors",
        "discovery": "discovery",
    }
    for response, definition in _documents(client, key, agent, "xml"):
        assert response["Content-Type"] == "text/xml; charset=utf-8"
        text = response.content.decode()
        assert text.startswith("<?xml version='1.0' encoding='utf-8'?>\n<" + roots[definition])
        XSD.validate(text)


def test_the_schemas_reject_what_the_spec_does_not_allow():
    """The checks above could not pass by accident: documents breaking the spec fail."""
    bad_requests = [{"service_request_id": "1", "status": "pending", "service_code": "x"}]
    with pytest.raises(AssertionError):
        _json_valid(bad_requests, "requests")
    with pytest.raises(AssertionError):
        _json_valid([{"code": "400"}], "errors")
    with pytest.raises(AssertionError):  # formats are checked, too
        _json_valid(
            [
                {
                    "service_request_id": "1",
                    "status": "open",
                    "service_code": "x",
                    "requested_datetime": "yesterday",
                }
            ],
            "requests",
        )
    endpoint = {
        "specification": "http://wiki.open311.org/GeoReport_v2",
        "url": "https://example.fi/open311/v2",
        "changeset": "2026-01-01T00:00:00Z",
        "type": "production",
        "formats": ["text/xml"],
    }
    discovery = {
        "changeset": "2026-01-01T00:00:00Z",
        "contact": "x",
        "key_service": "y",
        "endpoints": [endpoint],
    }
    _json_valid(discovery, "discovery")
    for broken in (
        {key: value for key, value in discovery.items() if key != "key_service"},
        {**discovery, "endpoints": [{**endpoint, "type": "staging"}]},
        {**discovery, "endpoints": [{**endpoint, "formats": ["application/json"]}]},
        {**discovery, "changeset": "last week"},
    ):
        with pytest.raises(AssertionError):
            _json_valid(broken, "discovery")
    with pytest.raises(xmlschema.XMLSchemaValidationError):
        XSD.validate(
            "<discovery><changeset>2026-01-01T00:00:00Z</changeset><contact>x</contact>"
            "<key_service>y</key_service><endpoints/></discovery>"
        )
    with pytest.raises(xmlschema.XMLSchemaValidationError):
        XSD.validate("<services><service><service_code>a</service_code></service></services>")
    with pytest.raises(xmlschema.XMLSchemaValidationError):
        XSD.validate(
            "<service_requests><request><status>open</status>"
            "<requested_datetime>yesterday</requested_datetime></request></service_requests>"
        )


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_a_client_from_pypi_lists_files_and_follows(live_server, streets, key, settings, fmt):
    """The `georeport` package reads services and requests; it has no call for filing, so
    the request is posted with `requests` as its documentation says the form is sent."""
    root = f"{live_server.url}/open311/v2"
    client = GeoReport(root, jurisdiction=settings.OPEN311_JURISDICTION_ID, output_format=fmt)
    services = client.get_service_list()
    services = services if isinstance(services, list) else [services]
    assert [service["service_code"] for service in services] == ["street-maintenance"]
    definition = client.get_service_definition("street-maintenance")
    codes = [attribute["code"] for attribute in _many(definition["attributes"], "attribute")]
    assert codes == ["place", "depth", "seen", "kind", "lanes"]

    filed = requests.post(
        f"{root}/requests.json",
        data={**FILED, "api_key": key.key, "jurisdiction_id": "vuoksela.example"},
        timeout=30,
    )
    assert filed.status_code == 201
    token = filed.json()[0]["token"]
    found = requests.get(f"{root}/tokens/{token}.json", timeout=30).json()
    reference = found[0]["service_request_id"]

    followed = client.get_service_request(reference)
    followed = followed[0] if isinstance(followed, list) else followed
    assert followed["service_request_id"] == reference
    assert followed["status"] == "open"
    assert followed["media_url"] == "https://example.fi/kuoppa.jpg"
    listed = client.get_service_requests(service_code="street-maintenance", status="open")
    listed = _many(listed, "request") if fmt == "json" else _many({"request": listed}, "request")
    assert [request["service_request_id"] for request in listed] == [reference]


def _many(value, item):
    """A list from JSON, or xmltodict's one-or-many element."""
    if isinstance(value, list):
        return value
    found = value[item] if isinstance(value, dict) and item in value else value
    return found if isinstance(found, list) else [found]
