"""What every part of the demo city shares: its languages, the demo password and the token
prefix of its generated cases, the moment its history runs up to, and valid identifiers for
its fictitious people and organisations.
"""

import datetime as dt
import random

from stdnum.fi import hetu

from luukku.core.calendar import HELSINKI

LANGS = ("fi", "sv", "en")
CITY_NAME_FIELDS = tuple(f"name_{language}" for language in LANGS)
DEMO_PASSWORD = "luukku-demo"
DEMO_TOKEN_PREFIX = "demo-"


def demo_start(today: dt.date) -> dt.datetime:
    """The moment the demo's history runs up to: the start of `today` in Helsinki, so that
    loading it at any time of the day gives the same city, with nothing in the future."""
    return dt.datetime.combine(today, dt.time(0), tzinfo=HELSINKI)


def add_translations(model_fields: dict, name: str, values) -> None:
    for lang, value in zip(LANGS, values, strict=True):
        model_fields[f"{name}_{lang}"] = value


def business_id_with_check(rng: random.Random, body: str) -> str:
    """A valid business ID (Y-tunnus) for the demo's own organisations."""
    weights = (7, 9, 10, 5, 8, 4, 2)
    remainder = sum(w * int(d) for w, d in zip(weights, body, strict=True)) % 11
    if remainder == 1:
        return business_id_with_check(rng, f"{rng.randrange(1000000, 9999999)}")
    return f"{body}-{0 if remainder == 0 else 11 - remainder}"


def identity_code(rng: random.Random) -> str:
    """A random, syntactically valid henkilötunnus for a fictitious person."""
    birth = dt.date(1940, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 60))
    century = "-" if birth.year < 2000 else "A"
    serial = rng.randrange(2, 900)
    digits = f"{birth:%d%m%y}{serial:03d}"
    check = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(digits) % 31]
    code = f"{birth:%d%m%y}{century}{serial:03d}{check}"
    assert hetu.is_valid(code), code
    return code
