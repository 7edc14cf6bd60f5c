"""Filing a request through Open311 GeoReport v2: a real HTTP POST, form-encoded."""

import json
import xml.etree.ElementTree as ET

import pytest

from luukku.cases.models import Case, Channel, OutboundMail
from luukku.catalogue.models import RequestField, RequestFieldOption
from luukku.catalogue.tests.factories import ServiceFactory
from luukku.channels.models import ApiKey, Submission

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


def _filing(key) -> dict:
    """A good filing for the street-lighting service."""
    return {
        "api_key": key.key,
        "service_code": "street-lighting",
        "address_string": "Koskikatu 12",
        "description": "Valo ei pala",
        "email": "maija@example.fi",
        "attribute[fault]": "dark",
    }


def _post(client, fmt="json", **fields):
    return client.post(f"/open311/v2/requests.{fmt}", fields)


def test_a_request_becomes_a_case_through_the_one_write_path(client, key, streetlight, run_tasks):
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
    # Taken in and checked at once; the worker makes it a case.
    assert set(created) == {"token", "service_notice", "account_id"}
    assert not Case.objects.exists()
    run_tasks()
    [found] = json.loads(client.get(f"/open311/v2/tokens/{created['token']}.json").content)
    case = Case.objects.get(reference=found["service_request_id"])
    assert found == {"service_request_id": case.reference, "token": created["token"]}
    assert case.open311.api_key == key
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
    token = ET.fromstring(response.content).findtext("request/token")
    # Asking for the token registers the request if the worker has not yet.
    found = ET.fromstring(client.get(f"/open311/v2/tokens/{token}.xml").content)
    reference = found.findtext("request/service_request_id")
    assert found.findtext("request/token") == token
    assert Case.objects.get(reference=reference).subject == "Katuvalo pimeänä"


def test_an_unknown_token_is_the_specs_404(client):
    response = client.get("/open311/v2/tokens/no-such-token.json")
    assert response.status_code == 404
    assert json.loads(response.content) == [
        {"code": 404, "description": "Unknown token: no-such-token"}
    ]


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
        # What the case and the customer could not hold is refused now, not when registered.
        ({"email": "maija@"}, 400, "email:"),
        ({"email": "m" * 250 + "@example.fi"}, 400, "email:"),
        ({"first_name": "M" * 101}, 400, "first_name:"),
        ({"last_name": "M" * 101}, 400, "last_name:"),
        ({"address_string": "Koskikatu " * 31}, 400, "address_string:"),
        ({"title": "T" * 201}, 400, "title:"),
        # GeoReport v2 allows descriptions of up to 4,000 characters.
        ({"description": "D" * 4_001}, 400, "description: Ensure this value has at most 4000"),
        # A character no database stores is refused, not a server error.
        ({"description": "Valo\x00pimeänä"}, 400, "description:"),
        ({"first_name": "Mai\x00ja"}, 400, "first_name:"),
        ({"address_string": "Koskikatu\x00 12"}, 400, "address_string:"),
        ({"attribute[fault]": "dark\x00"}, 400, "attribute[fault]:"),
    ],
)
def test_bad_requests_get_the_spec_error_and_change_nothing(
    client, key, streetlight, fields, status, expected
):
    good = _filing(key)
    response = client.post("/open311/v2/requests.json", {**good, **fields})
    assert response.status_code == status
    errors = json.loads(response.content)
    assert all(error["code"] == status for error in errors)
    assert any(expected in error["description"] for error in errors), errors
    assert not Submission.objects.exists() and not Case.objects.exists()


def test_a_description_of_4000_characters_is_taken_in(client, key, streetlight):
    response = _post(client, **{**_filing(key), "description": "D" * 4_000})
    assert response.status_code == 201
    assert len(Submission.objects.get().data["description"]) == 4_000


def test_a_long_address_without_a_name_still_becomes_a_case(client, key, streetlight, run_tasks):
    # The customer is named by the address when no name is given; the name holds 100 characters.
    email = "m" * 120 + "@example.fi"
    response = _post(client, **{**_filing(key), "email": email})
    assert response.status_code == 201
    run_tasks()
    customer = Case.objects.get().customer
    assert customer.email == email and customer.last_name == email[:100]


def test_a_retired_key_is_refused(client, key, streetlight):
    key.is_active = False
    key.save()
    response = _post(client, api_key=key.key, service_code="street-lighting")
    assert response.status_code == 403


def test_a_key_retired_or_a_service_withdrawn_is_refused_at_once_despite_the_cache(
    client, key, streetlight
):
    filing = _filing(key)
    assert _post(client, **filing).status_code == 201  # key and service now cached
    streetlight.is_published = False
    streetlight.save()
    assert _post(client, **filing).status_code == 404
    streetlight.is_published = True
    streetlight.save()
    streetlight.request_fields.get(code="fault").options.get(key="dark").delete()
    assert _post(client, **filing).status_code == 400  # the option is gone
    key.is_active = False
    key.save()
    assert _post(client, **filing).status_code == 403
    assert Submission.objects.count() == 1
