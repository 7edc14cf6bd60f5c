"""The check that finds text a reader of a page's language should not see (`untranslated.py`),
shown to find what it is for, and the static checks: templates show no text outside the
translation tags, forms no label, help text or choice that is not marked for translation,
models no choice that is not."""

import importlib
from pathlib import Path

import pytest
from django import forms
from django.apps import apps
from django.utils.functional import Promise

from .untranslated import PageLanguageCheck, untranslated_template_texts

SOURCE = Path(__file__).resolve().parents[2]
# Names and symbols a template may show as they are in every language.
ALLOWED_IN_TEMPLATES = {
    "Luukku",  # the product's name
    "WAPE",  # forecast accuracy measures, named so in every language (docs/staffing.md)
    "MAPE",
}


def page(body: str, language: str = "fi") -> str:
    return f'<!DOCTYPE html><html lang="{language}"><body><main>{body}</main></body></html>'


def test_an_english_ui_string_on_a_finnish_or_swedish_page_is_found():
    finnish = PageLanguageCheck("fi")
    assert finnish.problems(page("<p>Takaisin listaan</p>")) == []
    assert finnish.problems(page("<p>Back to the list</p>")) == [
        "English 'Back to the list' in 'Back to the list'"
    ]
    # in attributes read aloud or shown, and a one-word button
    assert finnish.problems(page('<a href="/" aria-label="Back to the list">←</a>')) != []
    assert finnish.problems(page('<input type="submit" value="Save">')) != []
    assert finnish.problems(page("<button>Save</button>")) == ["English 'Save' in 'Save'"]
    swedish = PageLanguageCheck("sv")
    assert swedish.problems(page("<h1>Back to the list</h1>", "sv")) != []


def test_ui_text_of_another_language_is_found():
    assert PageLanguageCheck("en").problems(page("<p>Takaisin listaan</p>", "en")) == [
        "other language 'Takaisin listaan' in 'Takaisin listaan'"
    ]
    assert PageLanguageCheck("fi").problems(page("<p>Tillbaka till listan</p>")) != []


def test_raw_codes_and_iso_dates_are_found():
    problems = PageLanguageCheck("en").problems(
        page("<td>customer_page</td><td>appointment:12</td><td>Due 2026-12-05</td>", "en")
    )
    assert problems == [
        "raw code 'customer_page' in 'customer_page'",
        "raw code 'appointment:12' in 'appointment:12'",
        "ISO date '2026-12-05' in 'Due 2026-12-05'",
    ]


def test_what_people_wrote_and_what_is_not_read_is_not_checked():
    check = PageLanguageCheck("fi", frozenset({"The street light is out, please come soon."}))
    assert (
        check.problems(
            page(
                "<p>The street light is out, please come soon.</p>"  # a customer's message
                "<p>The street light is out, please…</p>"  # the same, cut short
                "<p>Asiakas kirjoitti: Save the date</p>"  # one English word is no finding
                "<script>var label = 'Back to the list';</script><pre>customer_page</pre>"
                '<a href="/staff/customer_page/2026-12-05/">maija_m@example.fi</a>'
                "<p>Hei {customer_name}</p>"
                '<input name="date" value="2026-12-05">'
                '<a lang="sv" href="/sv/">svenska</a><section lang="en"><h2>Back to the list</h2>'
                "</section>"
            )
        )
        == []
    )


def test_a_real_page_in_the_wrong_language_fails_the_check(client):
    """The check on pages the site renders: the English sign-in page read as Finnish or
    Swedish, and the Finnish one read as English, each fail; each in its own passes."""
    pages = {
        language: client.get(f"{prefix}/staff/login/").content.decode()
        for language, prefix in (("fi", ""), ("sv", "/sv"), ("en", "/en"))
    }
    for language, html in pages.items():
        assert PageLanguageCheck(language).problems(html) == [], language
    read_as_finnish = PageLanguageCheck("fi").problems(pages["en"])
    assert "English 'Sign in' in 'Sign in'" in read_as_finnish
    assert "the page says it is in 'en'" in read_as_finnish
    assert PageLanguageCheck("sv").problems(pages["en"]) != []
    assert any(
        problem.startswith("other language")
        for problem in PageLanguageCheck("en").problems(pages["fi"])
    )


def _templates():
    for path in sorted(SOURCE.glob("*/templates/**/*")):
        if path.is_file() and path.suffix in {".html", ".txt"}:
            yield path


def test_templates_show_no_text_outside_translation_tags():
    found = {
        str(path.relative_to(SOURCE)): texts
        for path in _templates()
        if (
            texts := untranslated_template_texts(
                path.read_text(), html=path.suffix == ".html", allowed=ALLOWED_IN_TEMPLATES
            )
        )
    }
    assert found == {}


def test_the_template_check_finds_text_outside_translation_tags():
    source = (
        '{% load i18n %}<h1>{% translate "Inbox" %}</h1><p>{{ case.subject }} · 3</p>'
        "{% blocktranslate with n=count %}{{ n }} cases{% endblocktranslate %}"
        '<button title="Save the note">{% translate "Save" %}</button><p>Luukku</p>'
        "{# a comment #}{% comment %}Not shown{% endcomment %}<td>Due</td>"
    )
    assert untranslated_template_texts(source, html=True, allowed={"Luukku"}) == [
        "Save the note",
        "Due",
    ]
    assert untranslated_template_texts(
        "{{ greeting }} {{ name }},\n\nThanks!", html=False, allowed=set()
    ) == ["Thanks!"]


def _forms():
    for path in sorted(SOURCE.glob("*/*forms.py")):
        importlib.import_module(f"luukku.{path.parent.name}.{path.stem}")
    pending = list(forms.BaseForm.__subclasses__())
    while pending:
        form = pending.pop()
        pending.extend(form.__subclasses__())
        if form.__module__.startswith("luukku."):
            yield form


def _untranslated(value) -> bool:
    """Words (not a dash or a number) that are not marked for translation."""
    return (
        isinstance(value, str)
        and not isinstance(value, Promise)
        and any(character.isalpha() for character in value)
    )


def test_form_labels_help_texts_and_choices_are_marked_for_translation():
    found = []
    for form in _forms():
        for name, field in form.base_fields.items():
            where = f"{form.__module__}.{form.__name__}.{name}"
            if field.label is None and not field.widget.is_hidden:
                found.append(f"{where}: no label (Django would show the field's name)")
            if _untranslated(field.label) or _untranslated(field.help_text):
                found.append(f"{where}: {field.label!r} {field.help_text!r}")
            choices = getattr(field, "_choices", None)
            for _value, label in choices if isinstance(choices, list | tuple) else ():
                if _untranslated(label):
                    found.append(f"{where}: choice {label!r}")
    assert found == []


def test_model_choices_are_marked_for_translation():
    found = [
        f"{model._meta.label}.{field.name}: {label!r}"
        for model in apps.get_models()
        if model.__module__.startswith("luukku.")
        for field in model._meta.concrete_fields
        for _value, label in field.flatchoices
        if _untranslated(label)
    ]
    assert found == []


@pytest.fixture(autouse=True)
def _db_for_forms(db):
    """Some forms read the catalogue when they are defined."""
