"""The rules a new case's reference and answers are held to, stated once (cases owns them)
and read by the web form and the e-mail intake alike."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from luukku.cases.services import (
    ANSWER_TEXT_LIMIT,
    REFERENCE_FORMAT,
    answers_clean,
    reference_candidate,
)


@pytest.mark.parametrize("digits", [6, 8])
def test_every_reference_made_has_the_format_read_back(digits):
    reference = reference_candidate(year=2026, digits=digits)
    assert REFERENCE_FORMAT.fullmatch(reference)
    assert REFERENCE_FORMAT.search(f"Re: Vastaus asiaasi {reference.lower()} koskien")[0] == (
        reference.lower()
    )


@pytest.mark.parametrize(
    "text",
    ["LK-2026-1234567", "LK-2026-123456789", "LK-26-123456", "XLK-2026-123456", "LK-2026-12345"],
)
def test_what_is_not_a_reference_is_not_read_as_one(text):
    assert REFERENCE_FORMAT.search(text) is None


def test_a_text_answer_is_held_to_its_limit_and_the_refusal_says_it(service_with_fields):
    assert answers_clean(service=service_with_fields, raw={"pole": "x" * ANSWER_TEXT_LIMIT})
    with translation.override("fi"), pytest.raises(ValidationError) as error:
        answers_clean(service=service_with_fields, raw={"pole": "x" * (ANSWER_TEXT_LIMIT + 1)})
    assert f"enintään {ANSWER_TEXT_LIMIT} merkkiä" in error.value.message_dict["pole"][0]
