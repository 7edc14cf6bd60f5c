"""The catalogue keeper's pages: the searches that found nothing, a word added to a service
in one step, and each service's search words."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import translation

from luukku.catalogue.selectors import service_list
from luukku.catalogue.services import search_miss_record
from luukku.catalogue.tests.factories import ServiceFactory
from luukku.search.models import SearchMiss

pytestmark = pytest.mark.django_db

NOW = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def misses():
    for _ in range(3):
        search_miss_record(text="lyhtypylväs", language="fi", now=NOW)
    search_miss_record(text="gatlykta", language="sv", now=NOW + dt.timedelta(hours=1))
    return {miss.query: miss for miss in SearchMiss.objects.all()}


@pytest.fixture
def lights():
    return ServiceFactory(code="street-lighting", name_fi="Katuvalaistus", keywords_fi="valaistus")


def _url(name, *args):
    with translation.override("fi"):
        return reverse(name, args=args)


def test_the_keeper_sees_the_misses_most_searched_first(client, supervisor, misses, lights):
    client.force_login(supervisor)
    page = client.get(_url("web:search_misses")).content.decode()
    assert page.index("lyhtypylväs") < page.index("gatlykta")
    assert "Haettu 3 kertaa" in page
    assert _url("web:service_keywords", "street-lighting") in page


def test_a_word_is_added_to_a_service_in_one_step(client, supervisor, misses, lights):
    client.force_login(supervisor)
    miss = misses["lyhtypylväs"]
    response = client.post(
        _url("web:search_miss_add", miss.pk),
        {"word": "lyhtypylväs", "service": lights.pk, "language": "fi"},
    )
    assert response.status_code == 302
    lights.refresh_from_db()
    assert lights.keywords_fi == "valaistus, lyhtypylväs"
    miss.refresh_from_db()
    assert miss.resolved
    with translation.override("fi"):
        assert list(service_list(query="lyhtypylväs")) == [lights]
    assert f'id="miss-{miss.pk}"' not in client.get(_url("web:search_misses")).content.decode()


def test_a_word_without_a_service_or_too_long_changes_nothing(client, supervisor, misses, lights):
    client.force_login(supervisor)
    miss = misses["lyhtypylväs"]
    url = _url("web:search_miss_add", miss.pk)
    response = client.post(url, {"word": "lyhtypylväs", "service": "", "language": "fi"})
    assert response.status_code == 400
    assert "Tämä kenttä vaaditaan." in response.content.decode()
    response = client.post(url, {"word": "x" * 61, "service": lights.pk, "language": "fi"})
    assert response.status_code == 400
    assert "hakusanan pituus on 2–60 merkkiä" in response.content.decode()
    lights.refresh_from_db()
    miss.refresh_from_db()
    assert (lights.keywords_fi, miss.resolved) == ("valaistus", False)


def test_a_miss_set_aside_leaves_the_list(client, supervisor, misses):
    client.force_login(supervisor)
    miss = misses["gatlykta"]
    assert client.post(_url("web:search_miss_dismiss", miss.pk)).status_code == 302
    miss.refresh_from_db()
    assert miss.resolved
    assert f'id="miss-{miss.pk}"' not in client.get(_url("web:search_misses")).content.decode()


def test_the_search_words_of_a_service_are_edited_in_three_languages(client, supervisor, lights):
    client.force_login(supervisor)
    url = _url("web:service_keywords", lights.code)
    assert "valaistus" in client.get(url).content.decode()
    data = {"keywords_fi": "katulamppu, katuvalo", "keywords_sv": "gatlykta", "keywords_en": ""}
    assert client.post(url, data).status_code == 302
    lights.refresh_from_db()
    assert (lights.keywords_fi, lights.keywords_sv) == ("katulamppu, katuvalo", "gatlykta")
    with translation.override("sv"):
        assert list(service_list(query="gatlykta")) == [lights]


def test_bad_search_words_are_refused_and_change_nothing(client, supervisor, lights):
    client.force_login(supervisor)
    url = _url("web:service_keywords", lights.code)
    data = {"keywords_fi": "katulamppu, k", "keywords_sv": "gatlykta", "keywords_en": ""}
    response = client.post(url, data)
    assert response.status_code == 400
    assert "hakusanan pituus on 2–60 merkkiä" in response.content.decode()
    lights.refresh_from_db()
    assert (lights.keywords_fi, lights.keywords_sv or "") == ("valaistus", "")


def test_agents_and_experts_do_not_keep_the_catalogue(client, agent, expert, misses, lights):
    for user in (agent, expert):
        client.force_login(user)
        assert client.get(_url("web:search_misses")).status_code == 403
        assert client.get(_url("web:service_keywords", lights.code)).status_code == 403
        miss = misses["lyhtypylväs"]
        data = {"word": "lyhtypylväs", "service": lights.pk, "language": "fi"}
        assert client.post(_url("web:search_miss_add", miss.pk), data).status_code == 403
    lights.refresh_from_db()
    assert lights.keywords_fi == "valaistus"
