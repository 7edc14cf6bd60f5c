"""Suggestions rank templates among templates: however many cases share the message's words,
the template that answers stays first, with the same score (BM25's word rarities come from the
curated documents only)."""

import pytest

from luukku.knowledge.tests.factories import ReplyTemplateFactory
from luukku.search.documents import Document
from luukku.search.selectors import search
from luukku.search.services import search_index_new

pytestmark = pytest.mark.django_db

MESSAGE = "Hei, kadullamme ei ole aurattu lunta kolmeen päivään. Milloin lumi aurataan?"


def _suggested():
    hits = search(
        text=MESSAGE,
        public_only=False,
        languages=["fi"],
        kinds=["template"],
        any_word=True,
        limit=3,
    )
    return [(hit.title, round(hit.score, 6)) for hit in hits]


def _cases(count: int) -> None:
    """Cases full of the message's words, written as the demo loader writes them."""
    text = "Lumi on auraamatta, kadulla lunta. Aurataanko katu? Lumi, lumi, katu."
    search_index_new(
        kind="case",
        documents=[
            (number, [Document("fi", f"Auraus {number}", text, None, False)])
            for number in range(1, count + 1)
        ],
    )


def test_the_template_stays_first_whatever_the_number_of_cases():
    ReplyTemplateFactory(
        title="Lumen auraus kaduilla", body="Kadut aurataan lumesta kiireellisyysjärjestyksessä."
    )
    ReplyTemplateFactory(title="Hiekoitus", body="Liukkaat kadut hiekoitetaan.")
    ReplyTemplateFactory(title="Katuvalot", body="Katuvalojen viat korjataan viikossa.")
    before = _suggested()
    assert before[0][0] == "Lumen auraus kaduilla"
    _cases(2000)
    assert _suggested() == before
