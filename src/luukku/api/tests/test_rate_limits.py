"""Rate limits on the public write endpoints: a clear 429 with Retry-After, nothing stored,
what the citizen wrote kept in the form."""

import json

import pytest
from django.urls import reverse

from luukku.cases.tests.factories import make_case
from luukku.catalogue.tests.factories import ServiceFactory
from luukku.channels.models import ApiKey, Submission

pytestmark = pytest.mark.django_db


def _filing(key, service):
    return {
        "api_key": key.key,
        "service_code": service.code,
        "description": "Valo ei pala",
        "email": "a@example.fi",
    }


def test_open311_filing_is_limited_per_client(client, settings, service):
    settings.OPEN311_RATE_LIMIT = "2/m"
    key, other = ApiKey.objects.create(name="A"), ApiKey.objects.create(name="B")
    url = "/open311/v2/requests.json"
    assert [client.post(url, _filing(key, service)).status_code for _ in range(2)] == [201, 201]
    refused = client.post(url, _filing(key, service))
    assert refused.status_code == 429
    assert 1 <= int(refused["Retry-After"]) <= 60
    [error] = json.loads(refused.content)
    assert error["code"] == 429
    assert error["description"].startswith("Too many requests from this client.")
    assert Submission.objects.count() == 2
    assert client.post(url, _filing(other, service)).status_code == 201  # its own count
    xml = client.post("/open311/v2/requests.xml", {**_filing(key, service), "locale": "fi"})
    assert xml.status_code == 429 and b"<code>429</code>" in xml.content
    assert "Liian monta" in xml.content.decode()


def test_reading_is_not_limited(client, settings):
    settings.OPEN311_RATE_LIMIT = "1/m"
    for _ in range(3):
        assert client.get("/open311/v2/services.json").status_code == 200


def test_a_citizen_form_sent_too_often_keeps_what_was_written(client, settings):
    settings.FORM_RATE_LIMIT = "2/m"
    service = ServiceFactory(allows_anonymous=True)
    url = reverse("public:request_create", args=[service.code])
    form = {"subject": "Penkki rikki", "description": "Puistossa", "preferred_channel": "email"}
    assert [client.post(url, form).status_code for _ in range(2)] == [302, 302]
    refused = client.post(url, {**form, "subject": "Kolmas penkki"})
    page = refused.content.decode()
    assert refused.status_code == 429 and int(refused["Retry-After"]) >= 1
    assert "Olet lähettänyt monta lomaketta lyhyessä ajassa. Odota 1 minuutti" in page
    assert 'value="Kolmas penkki"' in page
    assert Submission.objects.count() == 2
    # Another address has its own count.
    other = client.post(url, form, REMOTE_ADDR="192.0.2.7")
    assert other.status_code == 302


def test_the_citizens_message_form_is_limited_too(client, settings, service):
    settings.FORM_RATE_LIMIT = "1/m"
    case = make_case(service=service)
    url = reverse("public:case_status", args=[case.token])
    assert client.post(url, {"body": "Lisätieto"}).status_code == 302
    refused = client.post(url, {"body": "Vielä yksi"})
    assert refused.status_code == 429 and "Vielä yksi" in refused.content.decode()
    assert case.events.filter(kind="message_in").count() == 2  # the first message and one more
    assert client.get(url).status_code == 200  # reading is never limited
