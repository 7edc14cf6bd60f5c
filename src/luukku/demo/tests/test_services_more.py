"""The demo catalogue covers the everyday topics a Finnish city's customer service answers, in
the words citizens use, in three languages."""

import datetime as dt
import random

import pytest
from django.utils import translation

from luukku.catalogue.selectors import service_list
from luukku.demo import data
from luukku.demo.catalogue import load_catalogue
from luukku.demo.organisations import load_organisations

TEXTS = ("name", "summary", "description", "keywords")


@pytest.mark.parametrize("spec", data.SERVICES, ids=lambda spec: spec["code"])
def test_every_demo_service_is_written_in_three_languages_with_its_unit_and_topic(spec):
    assert all(len(spec[text]) == 3 and all(spec[text]) for text in TEXTS)
    assert spec["topic"] in {slug for slug, _names in data.TOPICS}
    units = {unit[0] for _code, _names, unit_names in data.DEPARTMENTS for unit in unit_names}
    assert spec["unit"] is None or spec["unit"] in units
    assert {language for language, _subject, _body in spec["examples"]} <= {"fi", "sv", "en"}
    assert not spec.get("accepts", True) or spec["examples"]


# A citizen's plain words, and the service they are looking for.
SEARCHES = [
    ("fi", "kirjastokortti", "library"),
    ("sv", "lånekort", "library"),
    ("en", "library", "library"),
    ("fi", "pysäköintivirhemaksu", "parking"),
    ("fi", "parkkisakko", "parking"),
    ("en", "parking fine", "parking"),
    ("fi", "asukaspysäköinti", "resident-parking"),
    ("fi", "rakennuslupa", "building-permits"),
    ("sv", "bygglov", "building-permits"),
    ("fi", "löytötavarat", "lost-property"),
    ("en", "lost and found", "lost-property"),
    ("en", "tourist information", "tourist-information"),
    ("fi", "tapahtumakalenteri", "events"),
    ("fi", "tietopyyntö", "document-orders"),
    ("fi", "koulukuljetus", "basic-education"),
    ("fi", "naapuririita", "neighbour-matters"),
    ("fi", "home", "environmental-health"),
    ("en", "mould", "environmental-health"),
    ("fi", "jätelava", "street-use-permits"),
    ("fi", "venepaikka", "boat-berths"),
    ("sv", "hyresbostad", "rental-housing"),
    ("fi", "aukioloajat", "customer-service"),
]


@pytest.fixture
def catalogue(db):
    org = load_organisations(random.Random(2026), today=dt.date(2026, 3, 2))
    return load_catalogue(org)


def test_the_everyday_topics_are_found_in_plain_words(catalogue):
    found = {}
    for language, query, _code in SEARCHES:
        with translation.override(language):
            found[query] = set(service_list(query=query).values_list("code", flat=True))
    assert {query: code in found[query] for _language, query, code in SEARCHES} == {
        query: True for _language, query, _code in SEARCHES
    }
