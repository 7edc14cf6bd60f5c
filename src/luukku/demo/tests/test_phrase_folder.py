"""The demo city's phrase folder covers what its front line is asked: every service answered
in three languages, every template and article valid as the admin would save it, search
words in every language, and a tuning set that names only templates that exist."""

import csv
from pathlib import Path

import pytest

from luukku.demo import data, phrases
from luukku.demo.knowledge import ARTICLES, KEYWORDS, TEMPLATES
from luukku.knowledge.models import Article, ReplyTemplate

LANGUAGES = {"fi", "sv", "en"}
TUNING_SET = (
    Path(__file__).resolve().parents[2] / "knowledge" / "data" / "suggestions-tuning-new.csv"
)
# What the admin's form checks on save; the key, service and owner are checked elsewhere.
NOT_CHECKED_HERE = {"validate_unique": False, "validate_constraints": False}


@pytest.mark.parametrize("key", sorted(TEMPLATES))
def test_every_demo_template_saves_as_the_admin_would_save_it(key):
    _service, versions = TEMPLATES[key]
    for language, (title, body) in versions.items():
        template = ReplyTemplate(
            key=key,
            language=language,
            title=title,
            body=body,
            keywords=KEYWORDS[key][language],
        )
        template.full_clean(exclude=["service"], **NOT_CHECKED_HERE)


def test_every_demo_template_has_search_words_in_its_three_languages():
    assert {
        key: {lang for lang, words in KEYWORDS.get(key, {}).items() if words} for key in TEMPLATES
    } == {key: LANGUAGES for key in TEMPLATES}


def test_every_template_names_a_demo_service_or_none():
    codes = {service["code"] for service in data.SERVICES}
    assert {service for service, _versions in TEMPLATES.values()} - {None} <= codes


@pytest.mark.parametrize("index", range(len(ARTICLES)))
def test_every_demo_article_saves_as_the_admin_would_save_it(index):
    _service, visibility, _owner, versions = ARTICLES[index]
    assert set(versions) == LANGUAGES
    fields = {
        f"{name}_{lang}": text
        for lang, pair in versions.items()
        for name, text in zip(("title", "body"), pair, strict=True)
    }
    Article(visibility=visibility, **fields).full_clean(
        exclude=["owner", "service"], **NOT_CHECKED_HERE
    )


def test_every_article_title_is_its_own():
    titles = [versions["fi"][0] for _s, _v, _o, versions in ARTICLES]
    assert len(titles) == len(set(titles))


def test_every_demo_service_has_templates_in_three_languages_and_an_article():
    answered = {}
    for service, versions in TEMPLATES.values():
        answered.setdefault(service, set()).update(versions)
    explained = {service for service, _visibility, _o, _v in ARTICLES}
    public = {service for service, visibility, _o, _v in ARTICLES if visibility == "public"}
    for service in data.SERVICES:
        code = service["code"]
        assert answered.get(code) == LANGUAGES, code
        assert code in (explained if service.get("internal") else public), code


def _tuning_rows():
    with TUNING_SET.open(encoding="utf-8", newline="") as file:
        reader = csv.DictReader(file)
        assert reader.fieldnames == ["message", "language", "templates"]
        return list(reader)


def test_the_new_tuning_set_names_only_templates_that_exist():
    rows = _tuning_rows()
    named = [key for row in rows for key in row["templates"].split("|") if key]
    assert {row["language"] for row in rows} == LANGUAGES
    assert all(row["message"].strip() for row in rows)
    assert set(named) <= TEMPLATES.keys()


def test_the_new_tuning_set_asks_for_every_new_template_and_for_nothing_too():
    rows = _tuning_rows()
    named = [key for row in rows for key in row["templates"].split("|") if key]
    assert {key: named.count(key) >= 2 for key in phrases.TEMPLATES} == {
        key: True for key in phrases.TEMPLATES
    }
    assert sum(not row["templates"] for row in rows) >= 20
