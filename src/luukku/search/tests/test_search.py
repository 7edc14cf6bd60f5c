"""Search on the database the suite runs on: SQLite FTS5 in `make test`, PostgreSQL full text
in CI's second run. Finnish and Swedish inflection must work on both."""

import pytest
from django.db import transaction

from luukku.cases.models import Case
from luukku.cases.services import case_customer_message
from luukku.cases.tests.factories import make_case
from luukku.catalogue.tests.factories import ServiceFactory
from luukku.knowledge.models import Article
from luukku.knowledge.tests.factories import ArticleFactory, ReplyTemplateFactory
from luukku.search.models import SearchDocument
from luukku.search.selectors import search
from luukku.search.services import search_rebuild

pytestmark = pytest.mark.django_db


def titles(hits):
    return {hit.title for hit in hits}


@pytest.fixture
def street_lights(db):
    return [
        ArticleFactory(title_fi="Katuvalot ovat pimeänä", body_fi="Ilmoita pimeästä valosta."),
        ArticleFactory(title_fi="Katuvalojen korjaus", body_fi="Korjaamme viat viikon sisällä."),
        ArticleFactory(title_fi="Lumen auraus", body_fi="Kadut aurataan järjestyksessä."),
        ArticleFactory(
            title_fi="Katuvalo",
            title_sv="Gatlamporna lyser inte",
            body_sv="Anmäl en trasig lampa.",
            body_fi="Ilmoita rikkinäisestä lampusta.",
        ),
        ArticleFactory(title_sv="Byte av gatlampor", body_sv="Vi byter lamporna på hösten."),
    ]


def test_finnish_inflections_are_found(street_lights):
    hits = search(text="katuvalo", languages=["fi"])
    assert {"Katuvalot ovat pimeänä", "Katuvalojen korjaus"} <= titles(hits)
    assert "Lumen auraus" not in titles(hits)
    assert titles(search(text="katuvalojen", languages=["fi"])) >= {"Katuvalot ovat pimeänä"}


def test_swedish_inflections_are_found(street_lights):
    hits = search(text="gatlampa", languages=["sv"])
    assert titles(hits) == {"Gatlamporna lyser inte", "Byte av gatlampor"}


def test_every_word_must_match_in_the_search_box(street_lights):
    assert titles(search(text="katuvalojen korjaus", languages=["fi"])) == {"Katuvalojen korjaus"}


def test_a_misspelt_word_still_finds(street_lights):
    assert "Katuvalojen korjaus" in titles(search(text="katuvalojne korjaus", languages=["fi"]))


def test_citizens_find_only_public_documents(street_lights, service, agent):
    ArticleFactory(title_fi="Katuvalojen sisäinen ohje", visibility=Article.Visibility.INTERNAL)
    make_case(service=service, subject="Katuvalo rikki")
    public = titles(search(text="katuvalo", languages=["fi"]))
    assert "Katuvalojen sisäinen ohje" not in public
    assert not any(title.startswith("LK-") for title in public)
    staff = titles(search(text="katuvalo", viewer=agent, languages=["fi"]))
    assert "Katuvalojen sisäinen ohje" in staff
    assert any(title.endswith("Katuvalo rikki") for title in staff)


def test_staff_find_cases_only_within_their_access(sensitive_service, other_expert, expert):
    case = make_case(service=sensitive_service, subject="Lastensuojeluilmoitus naapurista")
    assert search(text="lastensuojeluilmoitus", viewer=other_expert) == []
    [hit] = search(text="lastensuojeluilmoitus", viewer=expert)
    assert (hit.kind, hit.object_id) == ("case", case.pk)


def test_a_customers_later_message_is_searchable(service):
    case = make_case(service=service, subject="Kysymys")
    case_customer_message(case=case, body="Roskakatos on kaatunut pihalla.")
    [hit] = search(text="roskakatos", kinds=["case"], viewer=None or _supervisor())
    assert hit.object_id == case.pk


def _supervisor():
    from luukku.organisation.tests.factories import UserFactory

    return UserFactory(role="supervisor")


def test_the_index_follows_changes_and_deletions(db):
    article = ArticleFactory(title_fi="Uimahallin aukioloajat", body_fi="Auki arkisin.")
    assert titles(search(text="uimahalli")) == {"Uimahallin aukioloajat"}
    article.title_fi = "Kirjaston aukioloajat"
    article.save()
    assert search(text="uimahalli") == []
    assert titles(search(text="kirjasto")) == {"Kirjaston aukioloajat"}
    article.is_published = False
    article.save()
    assert search(text="kirjasto") == []
    article.delete()
    assert not SearchDocument.objects.filter(kind="article").exists()


def test_a_rolled_back_change_leaves_the_index_as_it_was(db):
    article = ArticleFactory(title_fi="Uimahallin aukioloajat")
    with pytest.raises(RuntimeError), transaction.atomic():
        article.title_fi = "Kirjaston aukioloajat"
        article.save()
        raise RuntimeError
    assert titles(search(text="uimahalli")) == {"Uimahallin aukioloajat"}
    assert search(text="kirjasto") == []


def test_services_and_templates_are_searchable_and_the_own_service_ranks_first(agent):
    streets = ServiceFactory(name_fi="Katujen kunnossapito", summary_fi="Aurataan lumi.")
    parks = ServiceFactory(name_fi="Puistot", summary_fi="Puistojen hoito.")
    ReplyTemplateFactory(title="Lumen auraus alkaa", body="Auraus alkaa aamulla.", service=parks)
    ReplyTemplateFactory(
        title="Lumen auraus kaduilla", body="Auraus alkaa aamulla.", service=streets
    )
    hits = search(text="auraus", viewer=agent, kinds=["template"], service_id=streets.pk)
    assert [hit.title for hit in hits] == ["Lumen auraus kaduilla", "Lumen auraus alkaa"]
    assert "Katujen kunnossapito" in titles(search(text="lumi aurataan", kinds=["service"]))


def test_any_word_ranks_a_whole_message(street_lights):
    message = "Hei! Meidän kadun katuvalot ovat olleet pimeänä jo pari päivää."
    hits = search(text=message, languages=["fi"], any_word=True)
    assert hits[0].title == "Katuvalot ovat pimeänä"


def test_a_rare_shared_word_outweighs_common_ones(db):
    # "kaupunki" and "asiakaspalvelu" are in every document; "keinu" only in one.
    for title, word in [("Keinut", "keinu"), ("Aukioloajat", "kello"), ("Laskut", "lasku")]:
        ArticleFactory(
            title_fi=title, body_fi=f"Kaupungin asiakaspalvelu neuvoo: {word}. Kaupunki kiittää."
        )
    message = "Kaupungin asiakaspalvelu, kaupunki: puiston keinu on rikki."
    hits = search(text=message, languages=["fi"], kinds=["article"], any_word=True)
    assert [hit.title for hit in hits][:1] == ["Keinut"]
    assert len(hits) == 3


def test_stems_match_as_prefixes_of_compounds(db):
    ArticleFactory(title_fi="Pylväät", body_fi="Katuvalopylväiden numerot ovat pylvään kyljessä.")
    assert titles(search(text="katuvalo", languages=["fi"])) == {"Pylväät"}


def test_rebuild_indexes_what_bulk_writes_skipped(service):
    Case.objects.bulk_create([])  # bulk writes send no signals
    make_case(service=service, subject="Leikkipaikan keinu rikki")
    SearchDocument.objects.all().delete()
    assert search(text="keinu", viewer=_supervisor()) == []
    search_rebuild()
    assert len(search(text="keinu", viewer=_supervisor())) == 1


def test_empty_and_symbol_only_queries_find_nothing(street_lights):
    assert search(text="   ") == []
    assert search(text="!!! ???") == []
