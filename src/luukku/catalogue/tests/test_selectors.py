import pytest
from django.utils import translation

from luukku.catalogue.models import Service, Topic
from luukku.catalogue.selectors import service_get_published, service_list
from luukku.catalogue.tests.factories import ServiceFactory

pytestmark = pytest.mark.django_db


def test_list_filters_by_topic_and_words_and_hides_unpublished():
    streets = Topic.objects.create(slug="streets", name_fi="Kadut")
    lights = ServiceFactory(topic=streets, name_fi="Katuvalot", keywords_fi="valaisin, lamppu")
    ServiceFactory(topic=streets, name_fi="Auraus")
    ServiceFactory(name_fi="Katuvalot vanha", is_published=False)
    with translation.override("fi"):
        assert list(service_list(query="lamppu")) == [lights]
        assert len(service_list(topic="streets")) == 2
        assert list(service_list(query="katuvalot")) == [lights]


def test_swedish_reader_also_finds_by_finnish_words():
    service = ServiceFactory(name_fi="Katuvalot", name_sv="Gatubelysning")
    with translation.override("sv"):
        assert list(service_list(query="katuvalo")) == [service]


def test_unpublished_service_is_not_found_by_code():
    service = ServiceFactory(is_published=False)
    with pytest.raises(Service.DoesNotExist):
        service_get_published(code=service.code)
