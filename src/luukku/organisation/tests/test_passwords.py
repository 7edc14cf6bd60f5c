"""The password policy: Django's validators, strictly, and the shipped list of weak passwords."""

import gzip

import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.utils import translation

from luukku.organisation.passwords import DEFAULT_LIST, BreachedPasswordValidator

WEAK = [
    "aino1234",
    "Kesä2026",
    "kesä2026!",
    "Tammikuu2027",
    "Januari2027!",
    "Sommar2026",
    "vinter-2025",
    "MIKKO19800101",
    "salasana123456",
    "lösenord2026",
    "2026Syksy",
    "ainokesä2026",
    "k3sä2026",
    "Helsinki2026!",
]
STRONG = ["kiuas-pilvi-nauhuri-7", "Vuoksen rannalla soutaa 3 lohta", "tg8#Lq2v!Zr9xWp"]


@pytest.mark.parametrize("password", WEAK)
def test_weak_finnish_and_swedish_passwords_are_refused(password):
    with pytest.raises(ValidationError) as refused:
        BreachedPasswordValidator().validate(password)
    assert refused.value.code == "password_breached"


@pytest.mark.parametrize("password", STRONG)
def test_long_unusual_passwords_pass_the_list(password):
    BreachedPasswordValidator().validate(password)


def test_the_list_ships_in_the_package_compressed():
    with gzip.open(DEFAULT_LIST, "rt", encoding="utf-8") as lines:
        words = {line.strip() for line in lines}
    assert {"aino", "kesä", "tammikuu", "sommar", "salasana"} <= words


def test_a_city_can_give_a_longer_list(settings, tmp_path):
    extra = tmp_path / "breached.txt"
    extra.write_text("kiuas-pilvi-nauhuri-7\n", encoding="utf-8")
    settings.PASSWORD_LIST_FILE = str(extra)
    with pytest.raises(ValidationError):
        BreachedPasswordValidator().validate("kiuas-pilvi-nauhuri-7")


@pytest.mark.django_db
def test_the_configured_validators_refuse_short_and_listed_passwords_in_finnish_and_swedish():
    with translation.override("fi"), pytest.raises(ValidationError) as refused:
        validate_password("Kesä2026")
    messages = " ".join(refused.value.messages)
    assert "vähintään 12 merkkiä pitkä" in messages
    assert "liian helppo arvata" in messages
    with translation.override("sv"), pytest.raises(ValidationError) as refused:
        validate_password("aino1234aino")
    assert "för lätt att gissa" in " ".join(refused.value.messages)
    validate_password("kiuas-pilvi-nauhuri-7")
