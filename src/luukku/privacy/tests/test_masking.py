"""Masking e-mail addresses, phone numbers and identity codes in text about to be published."""

import pytest

from luukku.privacy.masking import personal_data_masked


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("Soita 040 123 4567 kiitos", "Soita […] kiitos"),
        ("p. +358 9 310 1234.", "p. […]."),
        ("maija.m+palaute@example.fi kirjoitti", "[…] kirjoitti"),
        ("hetu 131052-308T", "hetu […]"),
        ("Väärä tarkiste 131052-308X jää", "Väärä tarkiste 131052-308X jää"),
        ("Pylväs 4512, kolme lamppua, vuosi 2026", "Pylväs 4512, kolme lamppua, vuosi 2026"),
        ("Koskikatu 12 B 3, 53100 Vuoksela", "Koskikatu 12 B 3, 53100 Vuoksela"),
        ("", ""),
    ],
)
def test_personal_data_is_masked_and_nothing_else(text, masked):
    assert personal_data_masked(text) == masked
