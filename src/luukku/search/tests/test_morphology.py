"""Finnish base forms and compound parts from Voikko, on the database the suite runs on (the
terms are made in Python, so SQLite and PostgreSQL index and match the same ones)."""

import pytest

from luukku.knowledge.tests.factories import ArticleFactory
from luukku.search.apps import voikko_check
from luukku.search.morphology import names, terms
from luukku.search.selectors import search


def titles(hits):
    return {hit.title for hit in hits}


def test_a_finnish_word_is_indexed_by_its_base_form():
    assert "katuvalo" in terms("Katuvaloja", "fi")
    assert "aurata" in terms("auraamatta", "fi")
    assert terms("Imatran", "fi") == ["imatra"]


def test_a_compound_is_indexed_with_its_parts_but_not_its_suffixes():
    assert terms("katulamppu", "fi") == ["katulamppu", "katu", "lamppu"]
    assert terms("rakentajapaketin", "fi") == ["rakentajapaketti", "rakentaa", "paketti"]


def test_a_query_looks_for_the_compounds_head_but_not_its_other_parts():
    assert terms("katulamppu", "fi", query=True) == ["katulamppu", "lamppu"]
    assert terms("tie on auraamatta", "fi", query=True) == ["tie", "aurata", "auraama"]


def test_swedish_and_english_and_unknown_finnish_words_are_stemmed_with_snowball():
    assert terms("Gatlamporna", "sv") == ["gatlamp"]
    assert terms("libraries", "en") == ["librari"]
    assert terms("xyzzyjen", "fi") == ["xyzzyj"]


@pytest.mark.django_db
def test_a_compound_finds_its_other_inflections_and_its_head():
    ArticleFactory(title_fi="Rakentajapaketin tilaaminen", body_fi="Tilaa netistä.")
    ArticleFactory(title_fi="Paketit ja lähetykset", body_fi="Noudetaan asiakaspalvelusta.")
    ArticleFactory(title_fi="Rakentaminen", body_fi="Rakennuslupa haetaan ensin.")
    found = titles(search(text="rakentajapaketti", languages=["fi"]))
    assert found == {"Rakentajapaketin tilaaminen", "Paketit ja lähetykset"}


@pytest.mark.django_db
def test_plain_language_finds_what_the_city_wrote():
    ArticleFactory(title_fi="Tiet aurataan aamulla", body_fi="Ensin pääkadut.")
    ArticleFactory(title_fi="Rikkinäiset katulamput", body_fi="Ilmoita lampun numero.")
    ArticleFactory(title_fi="Katujen lakaisu", body_fi="Keväällä hiekat pois.")
    assert titles(search(text="tie on auraamatta", languages=["fi"])) == {"Tiet aurataan aamulla"}
    assert titles(search(text="lamput", languages=["fi"])) == {"Rikkinäiset katulamput"}
    # "katu" finds the compounds made with it ("pääkadut" too), whose parts the index holds.
    assert titles(search(text="katu", languages=["fi"])) == {
        "Rikkinäiset katulamput",
        "Katujen lakaisu",
        "Tiet aurataan aamulla",
    }


@pytest.mark.django_db
def test_without_voikko_finnish_falls_back_to_snowball_and_warns(settings):
    settings.SEARCH_VOIKKO = False
    assert terms("katulamppu", "fi") == ["katulampu"]
    [warning] = voikko_check()
    assert warning.id == "search.W001"
    # Indexed and searched alike, the stems still find inflections.
    ArticleFactory(title_fi="Katulamput pimeänä", body_fi="Ilmoita asiasta.")
    assert titles(search(text="katulamppu", languages=["fi"])) == {"Katulamput pimeänä"}


def test_with_voikko_there_is_no_warning(settings):
    settings.SEARCH_VOIKKO = True
    assert voikko_check() == []


@pytest.mark.django_db
def test_a_ranking_by_any_word_weighs_every_part_of_a_compound():
    # A search box wants a compound's head ("maksu"); a ranking by any word also counts its
    # other parts, so the fees of early education come before parking fees.
    ArticleFactory(title_fi="Pysäköintivirhemaksu", body_fi="Maksu maksetaan kahdessa viikossa.")
    ArticleFactory(title_fi="Päiväkodin asiakasmaksu", body_fi="Päiväkoti laskuttaa kuukausittain.")
    ranked = [hit.title for hit in search(text="päiväkotimaksu", languages=["fi"], any_word=True)]
    assert ranked[0] == "Päiväkodin asiakasmaksu"
    assert terms("päiväkotimaksu", "fi", query=True) == ["päiväkotimaksu", "maksu"]


@pytest.mark.django_db
def test_a_compound_no_dictionary_knows_is_split_into_words_the_city_wrote():
    ArticleFactory(
        title_sv="Bussarnas tidtabeller", body_sv="Tidtabellen för varje buss finns på nätet."
    )
    ArticleFactory(title_sv="Simhallen", body_sv="Öppet varje dag.")
    found = search(text="busstidtabell", languages=["sv"], any_word=True)
    assert titles(found) == {"Bussarnas tidtabeller"}
    # A search box still wants the word as written.
    assert search(text="busstidtabell", languages=["sv"]) == []


def test_names_and_numbers_are_told_apart_from_what_a_message_is_about():
    text = "Hei! Katuvalo on rikki Imatrankadulla, pylväs 1142. Terveisin Matti Virtanen"
    assert names(text, "fi") >= {"1142", "matti", "virtanen"}
    assert not names(text, "fi") & {"hei", "katuvalo", "rikki", "pylväs", "terveisin"}
    # Without Voikko's classes, a capitalised word inside a sentence is taken for a name.
    assert names("The lamp on Baker Street is out. Street lights", "en") == {"baker", "street"}
