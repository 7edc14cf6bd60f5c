"""The Open311 service discovery document (`discovery.json|xml`): the contact, how to get a
key, and the GeoReport v2 endpoint with its formats and changeset."""

import datetime as dt
import json
import xml.etree.ElementTree as ET

import pytest
import time_machine
from django.utils import timezone

from luukku.catalogue.models import Topic
from luukku.organisation.models import ServicePoint
from luukku.organisation.tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def centre(db):
    return ServicePoint.objects.create(
        organisation=OrganisationFactory(),
        name="Vuokselan asiakaspalvelu",
        email="asiakaspalvelu@vuoksela.example",
        phone="05 123 4567",
        is_service_centre=True,
    )


def test_discovery_json_describes_the_endpoint(client, centre, settings):
    settings.SITE_URL = "https://palaute.vuoksela.example"
    response = client.get("/open311/v2/discovery.json", {"locale": "fi"})
    assert response.status_code == 200
    document = json.loads(response.content)
    assert document["contact"] == (
        "Vuokselan asiakaspalvelu, asiakaspalvelu@vuoksela.example, 05 123 4567"
    )
    assert document["key_service"] == (
        "Pyyntöjen lähettämiseen tarvittavan API-avaimen antaa asiakaspalvelu: "
        "asiakaspalvelu@vuoksela.example. Julkisten pyyntöjen lukeminen ei vaadi avainta."
    )
    assert document["endpoints"] == [
        {
            "specification": "http://wiki.open311.org/GeoReport_v2",
            "url": "https://palaute.vuoksela.example/open311/v2",
            "changeset": document["changeset"],
            "type": "production",
            "formats": ["text/xml", "application/json"],
        }
    ]
    # The endpoint it names answers.
    assert client.get("/open311/v2/services.xml").status_code == 200


def test_discovery_xml_has_the_same_content(client, centre):
    root = ET.fromstring(client.get("/open311/v2/discovery.xml").content)
    assert root.tag == "discovery"
    assert root.findtext("contact").startswith("Vuokselan asiakaspalvelu")
    endpoint = root.find("endpoints/endpoint")
    assert endpoint.findtext("url") == "http://testserver/open311/v2"
    assert [node.text for node in endpoint.findall("formats/format")] == [
        "text/xml",
        "application/json",
    ]


def test_without_a_service_centre_the_contact_is_the_senders_address(client, settings):
    settings.DEFAULT_FROM_EMAIL = "Vuokselan asiakaspalvelu <asiakaspalvelu@vuoksela.example>"
    document = json.loads(client.get("/open311/v2/discovery.json").content)
    assert document["contact"] == "Vuokselan asiakaspalvelu, asiakaspalvelu@vuoksela.example"


def test_a_debug_server_is_a_test_endpoint(client, centre, settings):
    settings.DEBUG = True
    document = json.loads(client.get("/open311/v2/discovery.json").content)
    assert document["endpoints"][0]["type"] == "test"


def test_the_changeset_moves_when_the_catalogue_is_edited_in_the_admin(client, admin_client):
    topic = Topic.objects.create(slug="streets", name_fi="Kadut", name_en="Streets")
    before = json.loads(client.get("/open311/v2/discovery.json").content)["changeset"]
    # After the test database's migrations, whatever the date; within the admin's session
    # (which ends after SESSION_IDLE_MINUTES without a request).
    edited_at = timezone.now().replace(microsecond=0) + dt.timedelta(minutes=2)
    with time_machine.travel(edited_at, tick=False):
        response = admin_client.post(
            f"/admin/catalogue/topic/{topic.pk}/change/",
            {"slug": "streets", "name_fi": "Kadut ja tiet", "name_en": "Streets", "order": 0},
        )
    assert response.status_code == 302 and response["Location"] == "/admin/catalogue/topic/"
    document = json.loads(client.get("/open311/v2/discovery.json").content)
    assert document["changeset"] == timezone.localtime(edited_at).isoformat() != before
    assert document["endpoints"][0]["changeset"] == document["changeset"]
