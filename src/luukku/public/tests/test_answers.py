"""Citizen self-service: public answers found from the catalogue, "did this answer?"."""

import pytest
from django.urls import reverse
from django.utils import translation

from luukku.catalogue.tests.factories import ServiceFactory
from luukku.knowledge.models import Article, ArticleFeedback
from luukku.knowledge.tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def lights():
    service = ServiceFactory(name_fi="Katuvalot", code="lights")
    public = ArticleFactory(
        service=service,
        title_fi="Katuvalot ovat pimeänä – miten ilmoitan?",
        body_fi="Ilmoita pimeästä katuvalosta lomakkeella.",
        title_sv="Gatlamporna lyser inte",
        body_sv="Anmäl en släckt gatlampa med formuläret.",
    )
    internal = ArticleFactory(
        service=service,
        title_fi="Katuvalojen urakoitsijan yhteystiedot",
        body_fi="Päivystäjän numero vain henkilöstölle.",
        visibility=Article.Visibility.INTERNAL,
    )
    return service, public, internal


def test_catalogue_search_finds_public_answers_only(client, lights):
    _service, public, internal = lights
    page = client.get(reverse("public:services"), {"q": "katuvaloja"}).content.decode()
    assert public.title_fi in page
    assert internal.title_fi not in page
    assert "1 vastaus löytyi." in page
    with translation.override("sv"):
        page = client.get(reverse("public:services"), {"q": "gatlampor"}).content.decode()
    assert "Gatlamporna lyser inte" in page


def test_a_question_in_plain_words_finds_the_answer(client, lights):
    page = client.get(reverse("public:services"), {"q": "miten ilmoitan pimeästä katuvalosta"})
    assert "Katuvalot ovat pimeänä" in page.content.decode()


def test_inflected_search_finds_the_service_too(client, lights):
    page = client.get(reverse("public:services"), {"q": "katuvaloja"}).content.decode()
    assert 'href="/services/lights/"' in page


def test_service_page_lists_its_public_answers(client, lights):
    service, public, internal = lights
    page = client.get(reverse("public:service", args=[service.code])).content.decode()
    assert reverse("public:article", args=[public.pk]) in page
    assert internal.title_fi not in page


def test_only_published_public_articles_have_a_page(client, lights):
    _service, public, internal = lights
    draft = ArticleFactory(is_published=False)
    assert client.get(reverse("public:article", args=[public.pk])).status_code == 200
    for hidden in (internal, draft):
        assert client.get(reverse("public:article", args=[hidden.pk])).status_code == 404
        response = client.post(
            reverse("public:article_feedback", args=[hidden.pk]), {"helpful": "yes"}
        )
        assert response.status_code == 404
    assert not ArticleFeedback.objects.exists()


def test_did_this_answer_counts_once_per_visitor(client, lights):
    _service, public, _internal = lights
    url = reverse("public:article_feedback", args=[public.pk])
    response = client.post(url, {"helpful": "yes"}, follow=True)
    assert "Kiitos palautteestasi." in response.content.decode()
    assert "1 henkilö koki tämän hyödylliseksi." in response.content.decode()
    client.post(url, {"helpful": "yes"})  # the same visitor again
    client.post(url, {"helpful": "no"})
    public.refresh_from_db()
    assert (public.helpful_yes, public.helpful_no) == (1, 0)
    assert list(ArticleFeedback.objects.values_list("helpful", "language")) == [(True, "fi")]
    other_visitor = client.__class__()
    other_visitor.post(url, {"helpful": "no"})
    public.refresh_from_db()
    assert (public.helpful_yes, public.helpful_no) == (1, 1)


@pytest.mark.parametrize("data", [{}, {"helpful": "maybe"}])
def test_a_feedback_without_an_answer_is_refused_and_counts_nothing(client, lights, data):
    _service, public, _internal = lights
    response = client.post(reverse("public:article_feedback", args=[public.pk]), data)
    assert response.status_code == 400
    assert "Valitse kyllä tai ei." in response.content.decode()
    public.refresh_from_db()
    assert (public.helpful_yes, public.helpful_no) == (0, 0)
    assert not ArticleFeedback.objects.exists()
    assert client.get(reverse("public:article_feedback", args=[public.pk])).status_code == 405
