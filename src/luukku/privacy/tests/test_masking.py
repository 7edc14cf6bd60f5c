"""Masking e-mail addresses, phone numbers and identity codes in text about to be published."""

import pytest

from luukku.privacy.masking import personal_data_masked, url_personal_data_masked


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("Soita 040 123 4567 kiitos", "Soita […] kiitos"),
        ("p. +358 9 310 1234.", "p. […]."),
        ("maija.m+palaute@example.fi kirjoitti", "[…] kirjoitti"),
        ("hetu 131052-308T", "hetu […]"),
        ("Väärä tarkiste 131052-308X jää", "Väärä tarkiste 131052-308X jää"),
        # Temporary codes (individual numbers 900-999) are identity codes all the same.
        ("tilapäinen 131052-9085.", "tilapäinen […]."),
        ("uusi 010594Y9032 ja 010594y9032", "uusi […] ja […]"),
        (
            "tilapäinen väärällä tarkisteella 131052-9086",
            "tilapäinen väärällä tarkisteella 131052-9086",
        ),
        ("Pylväs 4512, kolme lamppua, vuosi 2026", "Pylväs 4512, kolme lamppua, vuosi 2026"),
        ("Koskikatu 12 B 3, 53100 Vuoksela", "Koskikatu 12 B 3, 53100 Vuoksela"),
        ("", ""),
    ],
)
def test_personal_data_is_masked_and_nothing_else(text, masked):
    assert personal_data_masked(text) == masked


@pytest.mark.parametrize(
    ("url", "masked"),
    [
        (
            "https://example.fi/kuva.jpg?from=maija@example.fi",
            "https://example.fi/kuva.jpg?from=%5B%E2%80%A6%5D",
        ),
        # Percent-encoded, the address is found all the same.
        (
            "https://example.fi/k.jpg?owner=maija%40example.fi",
            "https://example.fi/k.jpg?owner=%5B%E2%80%A6%5D",
        ),
        ("https://example.fi/131052-9085.jpg", "https://example.fi/%5B%E2%80%A6%5D.jpg"),
        ("https://example.fi/a%20b.jpg", "https://example.fi/a%20b.jpg"),
        (
            "https://example.fi/uploads/2026/12/4f9a1c2e-1234.jpg",
            "https://example.fi/uploads/2026/12/4f9a1c2e-1234.jpg",
        ),
        ("", ""),
    ],
)
def test_personal_data_in_a_link_is_masked_and_the_link_stays_a_link(url, masked):
    assert url_personal_data_masked(url) == masked
