"""Misspelt words are corrected from the services, articles and templates (and Voikko), never
from case text: what a case says does not change a correction."""

import pytest

from luukku.cases.tests.factories import make_case
from luukku.knowledge.tests.factories import ArticleFactory
from luukku.search.selectors import search
from luukku.search.spelling import did_you_mean

pytestmark = pytest.mark.django_db


def titles(hits):
    return {hit.title for hit in hits}


@pytest.fixture
def articles(db):
    ArticleFactory(title_fi="Katuvalojen korjaus", body_fi="Korjaamme viat viikon sisällä.")
    ArticleFactory(title_en="Library opening hours", body_en="The library is open daily.")


def test_did_you_mean_corrects_unknown_words_from_the_curated_documents(articles):
    assert did_you_mean("katuvalojne korjaus", "fi") == "katuvalojen korjaus"
    assert did_you_mean("Libary hours?", "en") == "library hours?"


def test_did_you_mean_is_none_when_every_word_is_known(articles):
    assert did_you_mean("katuvalojen korjaus", "fi") is None
    assert did_you_mean("library hours", "en") is None
    # A Finnish word Voikko knows is not a typo, though no document has it.
    assert did_you_mean("kirahvi", "fi") is None


def test_a_case_with_the_misspelt_word_does_not_change_the_correction(articles, service):
    make_case(service=service, subject="katuvalojne", language="fi")
    assert did_you_mean("katuvalojne korjaus", "fi") == "katuvalojen korjaus"
    assert titles(search(text="katuvalojne korjaus", languages=["fi"])) == {"Katuvalojen korjaus"}


def test_a_new_article_is_in_the_vocabulary_at_once(articles):
    assert did_you_mean("uimhalli", "fi") is None
    ArticleFactory(title_fi="Uimahallin aukioloajat", body_fi="Auki arkisin.")
    assert did_you_mean("uimhalli", "fi") == "uimahalli"
