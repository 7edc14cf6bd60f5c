"""Internal services (keys and access rights for the city's staff) are shown and taken only
on the staff pages: citizens' pages, forms, bookings and Open311 neither list nor accept them."""

import pytest
from django.urls import reverse
from django.utils import translation

from luukku.appointments.models import BookableService
from luukku.cases.models import Case
from luukku.catalogue.models import Service
from luukku.catalogue.selectors import (
    service_for_intake,
    service_get_published,
    service_get_requestable,
    service_list,
    services_requestable,
)
from luukku.catalogue.tests.factories import ServiceFactory
from luukku.channels.models import ApiKey, Submission
from luukku.knowledge.tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def keys(db):
    service = ServiceFactory(
        code="keys",
        name_fi="Avaimet ja kulkuoikeudet",
        name_sv="Nycklar och passerrättigheter",
        name_en="Keys and access rights",
        keywords_fi="avain, kulkukortti",
        internal=True,
    )
    BookableService.objects.create(service=service)
    return service


@pytest.fixture
def lights(db):
    return ServiceFactory(code="street-lighting", name_fi="Katuvalot", keywords_fi="avain")


def test_citizens_selectors_leave_internal_services_out(keys, lights):
    with translation.override("fi"):
        assert list(service_list()) == [lights]
        assert list(service_list(query="avain")) == [lights]
        assert list(service_list(query="kulkukortti")) == []
    assert list(services_requestable()) == [lights]
    for selector in (service_get_published, service_get_requestable, service_for_intake):
        with pytest.raises(Service.DoesNotExist):
            selector(code="keys")
        assert selector(code="street-lighting") == lights


@pytest.mark.parametrize("prefix", ["", "/sv", "/en"])
def test_citizens_pages_neither_list_nor_open_internal_services(client, keys, lights, prefix):
    listed = client.get(f"{prefix}/services/").content.decode()
    assert f"{prefix}/services/street-lighting/" in listed
    for name in (keys.name_fi, keys.name_sv, keys.name_en):
        assert name not in listed
    found = client.get(f"{prefix}/services/", {"q": "kulkukortti"}).content.decode()
    assert keys.name_fi not in found and "/services/keys/" not in found
    for path in (
        "/services/keys/",
        "/services/keys/request/",
        "/services/keys/book/",
        "/services/keys/book/details/?slot=x",
        "/services/keys/callback/",
    ):
        assert client.get(prefix + path).status_code == 404, path


def test_a_public_answer_about_an_internal_service_links_to_neither(client, keys):
    answer = ArticleFactory(
        title_fi="Kadonnut kulkukortti", body_fi="Ilmoita kadonneesta kortista heti.", service=keys
    )
    page = client.get(reverse("public:article", args=[answer.pk])).content.decode()
    assert "Ilmoita kadonneesta kortista heti." in page
    assert "/services/keys/" not in page


def test_the_web_form_refuses_a_request_for_an_internal_service(client, keys):
    response = client.post(
        "/services/keys/request/",
        {
            "subject": "Kulkukortti",
            "description": "Uusi työntekijä",
            "email": "maija@example.fi",
            "preferred_channel": "email",
        },
    )
    assert response.status_code == 404
    assert not Submission.objects.exists() and not Case.objects.exists()


def test_open311_neither_lists_nor_takes_internal_services(client, keys, lights):
    services = client.get("/open311/v2/services.json").json()
    assert [service["service_code"] for service in services] == ["street-lighting"]
    assert client.get("/open311/v2/services/keys.json").status_code == 404
    key = ApiKey.objects.create(name="Sovellus")
    response = client.post(
        "/open311/v2/requests.json",
        {
            "api_key": key.key,
            "service_code": "keys",
            "description": "Kulkukortti",
            "email": "maija@example.fi",
        },
    )
    assert response.status_code == 404
    assert response.json()[0]["description"] == "Unknown service_code: keys"
    assert not Submission.objects.exists() and not Case.objects.exists()


def test_staff_see_internal_services_and_log_contacts_on_them(client, agent, keys, lights):
    client.force_login(agent)
    form = client.get(reverse("web:contact_new")).content.decode()
    assert f'value="{keys.pk}"' in form
    response = client.post(
        reverse("web:contact_new"),
        {"channel": "counter", "service": keys.pk, "note": "Kulkukortti luovutettu"},
    )
    assert response.status_code == 302
    assert Case.objects.get().service == keys
    inbox = client.get(reverse("web:inbox")).content.decode()
    assert f'value="{keys.pk}"' in inbox
