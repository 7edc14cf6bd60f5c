"""The no-answer floor: a message no template answers gets no suggestions, and the case page
says so instead of suggesting."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from luukku.cases.tests.factories import make_case
from luukku.knowledge.selectors import (
    articles_suggested,
    case_suggestions,
    template_fits,
    templates_suggested,
)
from luukku.knowledge.tests.factories import ArticleFactory, ReplyTemplateFactory

pytestmark = pytest.mark.django_db

NO_TEMPLATE_FITS = "Mikään vastauspohja ei sovi tähän viestiin"


@pytest.fixture
def phrase_folder(service):
    # "kaupunki" is in every template: a word that tells nothing about the answer.
    ReplyTemplateFactory(
        title="Katuvalon vika",
        body="Kaupunki korjaa rikki menneen tai pimeän katuvalon kahden viikon kuluessa.",
        service=service,
    )
    ReplyTemplateFactory(
        title="Aurausjärjestys", body="Kaupunki auraa kadut kunnossapitoluokkien järjestyksessä."
    )
    ReplyTemplateFactory(
        title="Päiväkotipaikka", body="Kaupunki tarjoaa varhaiskasvatuspaikan neljässä kuukaudessa."
    )


UNANSWERABLE = "Naapurin koira haukkuu öisin, eikä kaupunki tee asialle mitään."


def test_a_message_no_template_answers_gets_no_suggestion(phrase_folder):
    # Without the floor the common word alone brings a confident-looking suggestion.
    assert templates_suggested(text=UNANSWERABLE, language="fi", floor=0)
    assert templates_suggested(text=UNANSWERABLE, language="fi") == []


def test_an_answerable_message_is_still_suggested_its_template(phrase_folder, service):
    case = make_case(service=service, subject="Pimeää", body="Katuvalo on rikki Koivukujalla.")
    titles = [s.object.title for s in case_suggestions(case=case)["templates"]]
    assert titles[0] == "Katuvalon vika"


def test_the_case_page_says_no_template_fits_and_offers_consulting(
    client, agent, service, phrase_folder
):
    case = make_case(service=service, subject="Koira", body=UNANSWERABLE)
    client.force_login(agent)
    url = reverse("web:case", args=[case.reference])
    page = client.get(url).content.decode()
    assert NO_TEMPLATE_FITS in page
    assert 'href="#consult-heading"' in page and 'id="consult-heading"' in page
    assert 'name="tq"' in page  # the agent's own template search stays

    answerable = make_case(service=service, subject="Valo", body="Katuvalo on rikki.")
    page = client.get(reverse("web:case", args=[answerable.reference])).content.decode()
    assert NO_TEMPLATE_FITS not in page and "Katuvalon vika" in page


def test_each_template_below_the_floor_is_left_out_and_the_rest_renumbered(phrase_folder):
    text = "Katuvalo on rikki ja pimeä, ja kadut pitäisi aurata"
    unfloored = templates_suggested(text=text, language="fi", floor=0)
    fits = dict(
        zip(
            [s.object.title for s in unfloored],
            template_fits(text=text, suggestions=unfloored),
            strict=True,
        )
    )
    assert set(fits) >= {"Katuvalon vika", "Aurausjärjestys"}
    lower, higher = sorted([fits["Katuvalon vika"], fits["Aurausjärjestys"]])
    assert lower < higher
    between = (lower + higher) / 2
    kept = templates_suggested(text=text, language="fi", floor=between)
    shares = template_fits(text=text, suggestions=kept)
    assert [(s.rank, share >= between) for s, share in zip(kept, shares, strict=True)] == [
        (1, True)
    ]
    assert max(fits, key=fits.get) == kept[0].object.title


def test_the_fit_of_several_suggestions_costs_what_the_fit_of_one_does(
    phrase_folder, django_assert_num_queries
):
    """The message's words and the templates' statistics are read once for all suggestions,
    not once per suggestion (the case page asks on every opening)."""
    text = "Katuvalo on rikki ja pimeä, ja kadut pitäisi aurata"
    several = templates_suggested(text=text, language="fi", floor=0)
    assert len(several) >= 2
    template_fits(text=text, suggestions=several[:1])  # the statistics built and kept
    with CaptureQueriesContext(connection) as one:
        template_fits(text=text, suggestions=several[:1])
    assert len(one.captured_queries) >= 1
    with django_assert_num_queries(len(one.captured_queries)):
        template_fits(text=text, suggestions=several)


def test_the_case_page_suggests_from_one_search_what_two_would(phrase_folder, service):
    # Templates and articles come from one search on the case page; each kind keeps its own
    # best few and its own relative floor, as when each was searched alone.
    for number in range(4):
        ArticleFactory(
            title_fi=f"Katuvalot {number}",
            body_fi="Katuvalo palaa pimeällä; rikki mennyt katuvalo korjataan viikossa.",
            is_published=True,
        )
    ArticleFactory(title_fi="Auraus", body_fi="Kaupunki auraa kadut.", is_published=True)
    case = make_case(service=service, subject="Pimeää", body="Katuvalo on rikki Koivukujalla.")
    text = "Pimeää\nKatuvalo on rikki Koivukujalla."  # the subject and the message
    with CaptureQueriesContext(connection) as apart_queries:
        apart = {
            "templates": templates_suggested(text=text, language="fi", service_id=service.pk),
            "articles": articles_suggested(text=text, language="fi", service_id=service.pk),
        }
    with CaptureQueriesContext(connection) as together_queries:
        together = case_suggestions(case=case)
    assert together == apart
    assert len(together["articles"]) == 2 and together["templates"]

    def searches(queries):
        return [q for q in queries if "search_" in q["sql"]]

    assert len(searches(together_queries)) * 2 == len(searches(apart_queries))
