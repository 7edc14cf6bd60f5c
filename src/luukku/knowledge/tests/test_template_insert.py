"""A reply template put into a reply box that already holds text (issue 27): only what is not
there yet goes in, so that a reply never greets or signs off twice, in Finnish, Swedish and
English. The rule serves "Use" with and without JavaScript."""

import pytest

from luukku.cases.replies import is_greeting
from luukku.knowledge.selectors import (
    paragraph_break,
    reply_with_template,
    template_text_to_insert,
)

TEMPLATE = {
    "fi": "Hei Matti,\n\nKatuvalo korjataan viikon kuluessa.",
    "sv": "Hej Matti!\n\nGatlyktan lagas inom en vecka.",
    "en": "Hello Matti,\n\nThe street light is mended within a week.",
}


@pytest.mark.parametrize(
    ("line", "greeting"),
    [
        ("Hei Matti,", True),
        ("Hyvä asiakas,", True),
        ("Hyvää päivää Matti Meikäläinen", True),
        ("Hej!", True),
        ("Bästa Anna,", True),
        ("God morgon Anna,", True),
        ("Hello", True),
        ("Dear Ms Smith,", True),
        ("Hei Maija M, tunnus 2026-0001 on kirjattu.", False),
        ("Hyvä kysymys, katsotaan se huomenna heti aamulla.", False),
        ("Kiitos viestistäsi.", False),
        ("Hello there, the lamp is mended today?", False),
        ("", False),
    ],
)
def test_a_greeting_line_is_told_from_a_sentence(line, greeting):
    assert is_greeting(line) is greeting


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_an_empty_box_gets_the_whole_template(language):
    assert template_text_to_insert(text=TEMPLATE[language], typed=" \n") == TEMPLATE[language]


@pytest.mark.parametrize(
    ("language", "typed"),
    [("fi", "Hei Matti,"), ("fi", "Hyvä Matti,\n"), ("sv", "Hej Matti,"), ("en", "Hello Matti,")],
)
def test_a_box_that_greets_already_gets_the_template_without_its_greeting(language, typed):
    inserted = template_text_to_insert(text=TEMPLATE[language], typed=typed)
    assert inserted == TEMPLATE[language].split("\n\n", 1)[1]


def test_a_box_with_text_but_no_greeting_keeps_the_templates_greeting():
    typed = "Kiitos viestistä."
    assert template_text_to_insert(text=TEMPLATE["fi"], typed=typed) == TEMPLATE["fi"]


def test_a_template_without_a_greeting_is_inserted_whole():
    text = "Katuvalo korjataan viikon kuluessa."
    assert template_text_to_insert(text=text, typed="Hei Matti,") == text


@pytest.mark.parametrize(
    ("typed", "sign_off"),
    [
        ("Hei Matti,\n\nYstävällisin terveisin\nAino", "Terveisin,\nAino"),
        ("Hej Matti,\n\nMed vänliga hälsningar\nAino", "Vänliga hälsningar\nAino"),
        ("Hello Matti,\n\nKind regards,\nAino", "Best regards,\nAino"),
    ],
)
def test_a_box_that_signs_off_already_gets_no_second_sign_off(typed, sign_off):
    text = f"Hei Matti,\n\nKatuvalo korjataan.\n\n{sign_off}"
    assert template_text_to_insert(text=text, typed=typed) == "Katuvalo korjataan."


def test_without_javascript_the_text_goes_after_the_greeting_and_before_the_sign_off():
    typed = "Hei Matti,\r\nKiitos viestistä.\r\n\r\nYstävällisin terveisin\r\nAino"
    assert reply_with_template(text=TEMPLATE["fi"], typed=typed) == (
        "Hei Matti,\nKiitos viestistä.\n\nKatuvalo korjataan viikon kuluessa."
        "\n\nYstävällisin terveisin\nAino"
    )
    assert reply_with_template(text=TEMPLATE["sv"], typed="") == TEMPLATE["sv"]


@pytest.mark.parametrize(
    ("language", "typed"),
    [
        ("fi", "Hei Matti,"),
        ("fi", "Hei Matti,\n"),
        ("fi", "Hei Matti,\r\n\r\n"),
        ("sv", "Hej Matti,"),
        ("en", "Hello Matti,"),
    ],
)
def test_the_template_starts_a_paragraph_of_its_own_after_the_typed_text(language, typed):
    greeting = typed.strip()
    body = TEMPLATE[language].split("\n\n", 1)[1]
    assert reply_with_template(text=TEMPLATE[language], typed=typed) == f"{greeting}\n\n{body}"


@pytest.mark.parametrize(
    ("before", "between"),
    [
        ("", ""),
        (" \n", ""),
        ("Hei Matti,", "\n\n"),
        ("Hej Matti, ", "\n\n"),
        ("Hello Matti,\n", "\n"),
        ("Hello Matti,\n  ", "\n"),
        ("Hei Matti,\n\n", ""),
        ("Hej Matti,\r\n\r\n", ""),
    ],
)
def test_the_break_before_inserted_text_makes_one_blank_line(before, between):
    assert paragraph_break(before) == between
