"""A citizen's search that finds nothing: a way forward in the reader's language, and the
miss counted for the catalogue keeper without personal data."""

import datetime as dt

import pytest
import time_machine
from django.urls import reverse
from django.utils import translation

from luukku.cases.tests.factories import make_case
from luukku.catalogue.tests.factories import ServiceFactory
from luukku.search.models import SearchMiss

pytestmark = pytest.mark.django_db

NOW = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def catalogue():
    lights = ServiceFactory(
        code="street-lighting", name_fi="Katuvalot", name_sv="Gatubelysning", name_en="Lighting"
    )
    parks = ServiceFactory(code="parks", name_fi="Puistot", name_sv="Parker", name_en="Parks")
    feedback = ServiceFactory(
        code="feedback", name_fi="Palaute", name_sv="Respons", name_en="Feedback"
    )
    quiet = ServiceFactory(code="quiet", name_fi="Hiljainen", name_sv="Tyst", name_en="Quiet")
    with time_machine.travel(NOW - dt.timedelta(days=100), tick=False):
        for _ in range(5):  # long ago: not counted
            make_case(service=quiet)
    with time_machine.travel(NOW - dt.timedelta(days=10), tick=False):
        for _ in range(3):
            make_case(service=parks)
        make_case(service=lights)
    return {"lights": lights, "parks": parks, "feedback": feedback}


def _search(client, language: str, query: str, **extra) -> str:
    with translation.override(language):
        url = reverse("public:services")
    with time_machine.travel(NOW, tick=False):
        response = client.get(url, {"q": query, **extra})
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize(
    ("language", "heading", "contact"),
    [
        ("fi", "Haullasi ei löytynyt mitään", "Lähetä meille viesti"),
        ("sv", "Din sökning gav inga träffar", "Skicka oss ett meddelande"),
        ("en", "Nothing matched your search", "Send us a message"),
    ],
)
def test_nothing_found_offers_a_way_forward_in_the_readers_language(
    client, catalogue, language, heading, contact
):
    page = _search(client, language, "xylofonikurssi")
    assert heading in page
    assert contact in page
    with translation.override(language):
        assert reverse("public:request_create", args=["feedback"]) in page
        most_asked = page.split(heading)[1]
        parks = reverse("public:service", args=["parks"])
        lights = reverse("public:service", args=["street-lighting"])
    assert most_asked.index(parks) < most_asked.index(lights)
    assert reverse("public:service", args=["quiet"]) not in most_asked


def test_a_miss_is_counted_without_personal_data(client, catalogue):
    _search(client, "fi", "Xylofonikurssi 040 123 4567 maija@example.fi")
    _search(client, "fi", "xylofonikurssi")
    _search(client, "sv", "xylofonkurs")
    kept = {(miss.query, miss.language, miss.count) for miss in SearchMiss.objects.all()}
    assert kept == {("xylofonikurssi", "fi", 2), ("xylofonkurs", "sv", 1)}


def test_a_search_that_finds_something_counts_no_miss(client, catalogue):
    page = _search(client, "fi", "katuvalot")
    assert "Haullasi ei löytynyt mitään" not in page
    _search(client, "fi", "xylofonikurssi", topic="no-such-topic")
    assert not SearchMiss.objects.exists()
