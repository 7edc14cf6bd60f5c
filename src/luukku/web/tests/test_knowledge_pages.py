"""The phrase folder in the staff workspace: search, articles, templates, reviews."""

from datetime import timedelta

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from luukku.cases.tests.factories import make_case
from luukku.core.testing.clock import at
from luukku.knowledge.models import Article, ReplyTemplate, TemplateUse
from luukku.knowledge.selectors import STAFF_GROUP_SIZE, knowledge_search
from luukku.knowledge.tests.factories import ArticleFactory, ReplyTemplateFactory
from luukku.search.models import SearchDocument
from luukku.search.selectors import search

pytestmark = pytest.mark.django_db


def _article_data(**overrides):
    data = {
        "title_fi": "Katuvalojen korjausaikataulu",
        "body_fi": "Yksittäiset valot korjataan kahden viikon kuluessa.",
        "title_sv": "",
        "body_sv": "",
        "title_en": "",
        "body_en": "",
        "visibility": "internal",
        "review_due": "2027-11-22",
        "is_published": "on",
    }
    data.update(overrides)
    return data


def test_one_search_finds_templates_articles_services_and_visible_cases(
    client, agent, service, sensitive_service
):
    ReplyTemplateFactory(title="Katuvalon vika vastaanotettu", body="Välitimme vian.")
    ArticleFactory(title_fi="Katuvalot ovat pimeänä", body_fi="Ilmoita lomakkeella.")
    visible = make_case(service=service, subject="Katuvalot pimeänä Koskikadulla")
    hidden = make_case(service=sensitive_service, subject="Katuvalot ja terveystiedot")
    client.force_login(agent)
    page = client.get(reverse("web:knowledge"), {"q": "katuvalot"}).content.decode()
    assert "Katuvalon vika vastaanotettu" in page
    assert "Katuvalot ovat pimeänä" in page
    assert visible.reference in page
    assert hidden.reference not in page


def test_many_matching_cases_do_not_crowd_out_the_templates_and_articles(client, agent, service):
    ReplyTemplateFactory(title="Katuvalon vika vastaanotettu", body="Välitimme vian.")
    ArticleFactory(title_fi="Katuvalot ovat pimeänä", body_fi="Ilmoita lomakkeella.")
    for number in range(70):
        make_case(service=service, subject="Katuvalo", body=f"Katuvalo {number} katuvalo")
    client.force_login(agent)
    found = knowledge_search(text="katuvalo", viewer=agent)
    assert [t.title for t in found["templates"]] and [a.title for a in found["articles"]]
    assert len(found["cases"]) == STAFF_GROUP_SIZE
    page = client.get(reverse("web:knowledge"), {"q": "katuvalo"}).content.decode()
    assert "Katuvalon vika vastaanotettu" in page and "Katuvalot ovat pimeänä" in page


def test_a_case_is_listed_without_its_messages(client, agent, service):
    make_case(service=service, subject="Katuvalo", body="Hetu 010101-123N, puh 0401234")
    client.force_login(agent)
    page = client.get(reverse("web:knowledge"), {"q": "katuvalo"}).content.decode()
    assert "010101-123N" not in page


def test_an_expert_writes_an_article_in_finnish_and_swedish(client, expert, service):
    client.force_login(expert)
    data = _article_data(
        service=service.pk,
        owner=expert.pk,
        title_sv="Reparation av gatlampor",
        body_sv="Enstaka lampor repareras inom två veckor.",
    )
    response = client.post(reverse("web:article_new"), data, follow=True)
    assert "Artikkeli tallennettiin." in response.content.decode()
    article = Article.objects.get()
    assert (article.title_fi, article.title_sv, article.owner, article.service) == (
        "Katuvalojen korjausaikataulu",
        "Reparation av gatlampor",
        expert,
        service,
    )
    response = client.post(
        reverse("web:article_edit", args=[article.pk]),
        {**data, "body_fi": "Korjataan viikossa."},
        follow=True,
    )
    article.refresh_from_db()
    assert article.body_fi == "Korjataan viikossa."


@pytest.mark.parametrize(
    ("overrides", "error"),
    [
        ({"title_fi": ""}, "Tämä kenttä vaaditaan."),
        ({"title_sv": "Gatlampor"}, "Käännöksessä tarvitaan sekä otsikko että teksti."),
        ({"review_due": "32.13.2027"}, "Syötä oikea päivämäärä."),
    ],
)
def test_a_bad_article_is_refused_and_nothing_is_saved(client, expert, overrides, error):
    client.force_login(expert)
    response = client.post(reverse("web:article_new"), _article_data(owner=expert.pk, **overrides))
    assert response.status_code == 400
    assert error in response.content.decode()
    assert not Article.objects.exists()


def test_agents_use_the_folder_but_do_not_change_it(client, agent, expert):
    article = ArticleFactory(owner=expert)
    template = ReplyTemplateFactory()
    client.force_login(agent)
    assert client.get(reverse("web:article", args=[article.pk])).status_code == 200
    assert client.get(reverse("web:templates")).status_code == 200
    assert client.get(reverse("web:article_new")).status_code == 403
    response = client.post(reverse("web:article_edit", args=[article.pk]), _article_data())
    assert response.status_code == 403
    response = client.post(reverse("web:template_edit", args=[template.pk]), {"title": "Muutettu"})
    assert response.status_code == 403
    assert client.post(reverse("web:article_reviewed", args=[article.pk])).status_code == 403
    template.refresh_from_db()
    article.refresh_from_db()
    assert template.title != "Muutettu"
    assert article.title_fi != "Katuvalojen korjausaikataulu"


def test_a_template_with_an_unknown_placeholder_is_refused(client, expert, service):
    template = ReplyTemplateFactory(body="Hei {customer_name}")
    client.force_login(expert)
    data = {
        "key": template.key,
        "language": "fi",
        "service": service.pk,
        "title": "Uusi otsikko",
        "body": "Hei {asiakas}",
        "keywords": "",
        "is_active": "on",
    }
    response = client.post(reverse("web:template_edit", args=[template.pk]), data)
    assert response.status_code == 400
    assert "Tuntematon kenttä: {asiakas}." in response.content.decode()
    template.refresh_from_db()
    assert (template.title, template.body) != ("Uusi otsikko", "Hei {asiakas}")
    response = client.post(
        reverse("web:template_edit", args=[template.pk]),
        {**data, "body": "Hei {customer_name}, asiasi {reference} on kirjattu.", "keywords": "x"},
    )
    assert response.status_code == 302
    template.refresh_from_db()
    assert (template.title, template.keywords) == ("Uusi otsikko", "x")


def test_the_same_key_and_language_cannot_be_added_twice(client, expert):
    ReplyTemplateFactory(key="snow", language="fi")
    client.force_login(expert)
    response = client.post(
        reverse("web:template_new"),
        {"key": "snow", "language": "fi", "title": "Toinen", "body": "Teksti", "is_active": "on"},
    )
    assert response.status_code == 400
    assert ReplyTemplate.objects.count() == 1


@time_machine.travel(at(2026, 12, 31, 23, 59, 59), tick=False)  # reviewed the same day
def test_the_owner_reviews_a_due_article_and_supervisors_see_every_due_one(
    client, expert, other_expert, supervisor
):
    today = timezone.localdate()
    mine = ArticleFactory(owner=expert, title_fi="Oma", review_due=today - timedelta(days=1))
    theirs = ArticleFactory(owner=other_expert, title_fi="Toisen", review_due=today)
    client.force_login(expert)
    page = client.get(reverse("web:knowledge")).content.decode()
    assert "Tarkistettavat artikkelit" in page
    assert (
        reverse("web:article", args=[mine.pk])
        in page.split('id="due-heading"')[1].split("</section>")[0]
    )
    assert client.post(reverse("web:article_reviewed", args=[theirs.pk])).status_code == 403
    response = client.post(reverse("web:article_reviewed", args=[mine.pk]), follow=True)
    assert "Merkitty tarkistetuksi." in response.content.decode()
    mine.refresh_from_db()
    assert mine.review_due == today + timedelta(days=365)
    client.force_login(supervisor)
    page = client.get(reverse("web:knowledge")).content.decode()
    due_panel = page.split('id="due-heading"')[1].split("</section>")[0]
    assert "Toisen" in due_panel and "Oma" not in due_panel


def test_supervisors_see_the_live_hit_rate_of_suggestions(client, supervisor, agent, service):
    template = ReplyTemplateFactory()
    case = make_case(service=service)
    for rank in (1, 1, 3, None):
        TemplateUse.objects.create(template=template, case=case, user=agent, suggested_rank=rank)
    client.force_login(supervisor)
    page = client.get(reverse("web:knowledge")).content.decode()
    assert "Ensimmäistä ehdotusta käytettiin</dt><dd>50 % (2)" in page
    assert "Jotakin kolmesta ehdotuksesta käytettiin</dt><dd>75 % (3)" in page
    client.force_login(agent)
    assert "Ensimmäistä ehdotusta" not in client.get(reverse("web:knowledge")).content.decode()


def test_an_articles_search_words_find_it_in_each_language(client, expert, service):
    client.force_login(expert)
    data = _article_data(
        service=service.pk,
        owner=expert.pk,
        visibility="public",
        keywords_fi="aurausvalli, lumipenkka",
        title_sv="Reparation av gatlampor",
        body_sv="Enstaka lampor repareras inom två veckor.",
        keywords_sv="snövall",
    )
    assert client.post(reverse("web:article_new"), data).status_code == 302
    article = Article.objects.get()
    assert (article.keywords_fi, article.keywords_sv) == ("aurausvalli, lumipenkka", "snövall")
    found = search(text="lumipenkka", languages=["fi"], kinds=[SearchDocument.Kind.ARTICLE])
    assert [hit.object_id for hit in found] == [article.pk]
    found = search(text="snövall", languages=["sv"], kinds=[SearchDocument.Kind.ARTICLE])
    assert [hit.object_id for hit in found] == [article.pk]
