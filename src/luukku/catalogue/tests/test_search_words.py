"""The words citizens search with: the searches that found nothing are counted without
personal data, and a word added to a service finds it at once."""

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import translation

from luukku.catalogue.selectors import search_misses, service_list
from luukku.catalogue.services import (
    search_miss_dismiss,
    search_miss_record,
    service_keyword_add,
    service_keywords_save,
)
from luukku.catalogue.tests.factories import ServiceFactory
from luukku.search.models import SearchMiss, search_miss_query

pytestmark = pytest.mark.django_db

NOW = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("  Katulamppu   RIKKI ", "katulamppu rikki"),
        ("katulamppu matti.meikalainen@example.fi", "katulamppu"),
        ("henkilötunnus 131052-308T kela", "henkilötunnus kela"),
        ("010594Y9021 asumistuki", "asumistuki"),
        ("soita +358 40 123 4567 auraus", "soita auraus"),
        ("puh. 040-1234567, lumi", "puh lumi"),
        ("Kotikatu 12 B 7 aurattu", "kotikatu b aurattu"),
        ("viite RF18539007547034", "viite"),
        ("tilinumero FI2112345600000785", "tilinumero"),
        ("lumi, auraus! (kiitos)", "lumi auraus kiitos"),
        ("0401234567", ""),
        ("a@b.fi", ""),
    ],
)
def test_a_missed_query_is_kept_without_personal_data(text, kept):
    assert search_miss_query(text) == kept


def test_a_long_missed_query_is_cut_at_a_word():
    kept = search_miss_query("katulamppu " * 5 + "lumiaurausvallinpoistopyyntöasiakirja " * 5)
    assert len(kept.split()) <= 8 and len(kept) <= 100
    assert all(
        word in {"katulamppu", "lumiaurausvallinpoistopyyntöasiakirja"} for word in kept.split()
    )


def test_a_miss_is_counted_in_one_statement(django_assert_num_queries):
    later = NOW + dt.timedelta(hours=3)
    assert search_miss_record(text="Katulamppu  rikki", language="fi", now=NOW)
    with django_assert_num_queries(1):
        assert search_miss_record(text="katulamppu rikki", language="fi", now=later)
    miss = SearchMiss.objects.get()
    assert (miss.query, miss.language, miss.count) == ("katulamppu rikki", "fi", 2)
    assert (miss.first_seen, miss.last_seen) == (NOW, later)


def test_nothing_is_counted_of_a_query_with_only_personal_data():
    assert not search_miss_record(text="040 123 4567", language="fi", now=NOW)
    assert not search_miss_record(text="lumi", language="de", now=NOW)
    assert not SearchMiss.objects.exists()


def test_a_word_added_from_a_miss_finds_the_service(supervisor):
    lights = ServiceFactory(name_fi="Katuvalaistus", keywords_fi="valaistus")
    ServiceFactory(name_fi="Auraus")
    with translation.override("fi"):
        assert list(service_list(query="lyhtypylväs")) == []
    search_miss_record(text="lyhtypylväs", language="fi", now=NOW)
    miss = SearchMiss.objects.get()
    service_keyword_add(
        service=lights, actor=supervisor, word="lyhtypylväs", language="fi", miss=miss
    )
    lights.refresh_from_db()
    assert lights.keywords_fi == "valaistus, lyhtypylväs"
    with translation.override("fi"):
        assert list(service_list(query="lyhtypylväs")) == [lights]
        assert list(service_list(query="lyhtypylväitä")) == [lights]
    assert list(search_misses()) == []


@pytest.mark.parametrize(
    ("word", "language", "field"),
    [("x" * 61, "fi", "word"), ("k", "fi", "word"), ("katulamppu", "de", "language")],
)
def test_a_bad_word_changes_nothing(supervisor, word, language, field):
    lights = ServiceFactory(name_fi="Katuvalaistus", keywords_fi="valaistus")
    search_miss_record(text="katulamppu", language="fi", now=NOW)
    miss = SearchMiss.objects.get()
    with pytest.raises(ValidationError) as raised, translation.override("fi"):
        service_keyword_add(
            service=lights, actor=supervisor, word=word, language=language, miss=miss
        )
    assert field in raised.value.message_dict
    lights.refresh_from_db()
    assert lights.keywords_fi == "valaistus"
    assert list(search_misses()) == [miss]


def test_search_words_are_saved_tidied_in_each_language(supervisor):
    lights = ServiceFactory(name_fi="Katuvalaistus", keywords_fi="valaistus")
    service_keywords_save(
        service=lights,
        actor=supervisor,
        keywords={"fi": "katulamppu ,  katuvalo,katulamppu", "sv": "gatlykta", "en": ""},
    )
    lights.refresh_from_db()
    assert (lights.keywords_fi, lights.keywords_sv, lights.keywords_en) == (
        "katulamppu, katuvalo",
        "gatlykta",
        "",
    )
    with translation.override("sv"):
        assert list(service_list(query="gatlykta")) == [lights]


def test_search_words_too_long_in_one_language_change_none(supervisor):
    lights = ServiceFactory(name_fi="Katuvalaistus", keywords_fi="valaistus", keywords_sv="ljus")
    too_many = ", ".join(f"sana{index:03d}" for index in range(60))  # over 500 characters
    with pytest.raises(ValidationError) as raised, translation.override("fi"):
        service_keywords_save(
            service=lights, actor=supervisor, keywords={"fi": "katulamppu", "sv": too_many}
        )
    assert "merkkiä" in raised.value.message_dict["keywords_sv"][0]
    lights.refresh_from_db()
    assert (lights.keywords_fi, lights.keywords_sv) == ("valaistus", "ljus")


def test_only_catalogue_keepers_change_search_words(agent, expert, supervisor):
    lights = ServiceFactory(keywords_fi="valaistus")
    search_miss_record(text="katulamppu", language="fi", now=NOW)
    miss = SearchMiss.objects.get()
    for user in (agent, expert):
        with pytest.raises(PermissionDenied):
            service_keyword_add(service=lights, actor=user, word="lamppu", language="fi")
        with pytest.raises(PermissionDenied):
            search_miss_dismiss(miss=miss, actor=user)
    lights.refresh_from_db()
    assert lights.keywords_fi == "valaistus"
    search_miss_dismiss(miss=miss, actor=supervisor)
    assert list(search_misses()) == []


def test_the_search_ranks_the_best_match_first_not_by_name():
    mention = ServiceFactory(
        name_fi="Asukaspysäköinti",
        summary_fi="Pysäköinti kaduilla",
        description_fi="Katuvalot eivät kuulu tähän palveluun.",
    )
    lights = ServiceFactory(name_fi="Katuvalot", summary_fi="Katuvalot ja katuvalojen viat")
    with translation.override("fi"):
        assert list(service_list(query="katuvalot")) == [lights, mention]
        assert list(service_list()) == [mention, lights]


def test_a_plain_question_finds_the_service_that_shares_its_telling_words():
    # Not every word of a question is in the catalogue ("milloin", "meidän"): the services
    # are ranked by the words they share, the rarest counting most, and the weak ones left out.
    streets = ServiceFactory(
        name_fi="Katujen kunnossapito", summary_fi="Auraus, hiekoitus ja katujen korjaus"
    )
    ServiceFactory(name_fi="Venepaikat", summary_fi="Venepaikan vuokraus kaupungin satamista")
    ServiceFactory(name_fi="Kirjasto", summary_fi="Lainaus ja kirjastokortti")
    with translation.override("fi"):
        assert list(service_list(query="milloin meidän katu aurataan")) == [streets]
        assert list(service_list(query="lumi aurattu huonosti")) == [streets]


def test_search_words_of_only_commas_are_refused_not_saved_as_none(supervisor):
    lights = ServiceFactory(name_fi="Katuvalaistus", keywords_fi="valaistus, katuvalo")
    with pytest.raises(ValidationError) as raised:
        service_keywords_save(service=lights, actor=supervisor, keywords={"fi": " , ,,  "})
    assert "pilkuin" in raised.value.message_dict["keywords_fi"][0]
    lights.refresh_from_db()
    assert lights.keywords_fi == "valaistus, katuvalo"
