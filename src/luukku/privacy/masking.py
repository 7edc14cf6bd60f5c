"""Masking personal data in free text that is about to be published.

What a citizen writes about a broken street light may still hold their e-mail address,
phone number or personal identity code; those are replaced before the text leaves Luukku
through a public interface. Names cannot be found reliably in free text, which is why
public requests are a choice made per service and the request form tells the sender.
"""

import re
from urllib.parse import quote, unquote

import phonenumbers
from stdnum.fi import hetu

MASK = "[…]"
# Candidates only: each is confirmed by python-stdnum's check character before masking,
# temporary codes (individual numbers 900-999, given before a permanent one) included.
IDENTITY_CODE = re.compile(r"\b\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]\b", re.IGNORECASE)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")


def identity_codes_masked(text: str) -> str:
    """`text` with valid identity codes (temporary ones too) replaced, the rest kept."""
    return IDENTITY_CODE.sub(
        lambda match: (
            MASK if hetu.is_valid(match.group().upper(), allow_temporary=True) else match.group()
        ),
        text,
    )


def personal_data_masked(text: str) -> str:
    """`text` with e-mail addresses, phone numbers and valid identity codes (temporary ones
    too) replaced."""
    if not text:
        return text
    text = IDENTITY_CODE.sub(
        lambda match: (
            MASK if hetu.is_valid(match.group().upper(), allow_temporary=True) else match.group()
        ),
        text,
    )
    text = EMAIL.sub(MASK, text)
    # Finnish numbers without a country code (040 123 4567) as well as international ones.
    found = phonenumbers.PhoneNumberMatcher(text, "FI", leniency=phonenumbers.Leniency.VALID)
    for match in reversed(list(found)):
        text = text[: match.start] + MASK + text[match.end :]
    return text


def url_personal_data_masked(url: str) -> str:
    """A link (an Open311 `media_url`) with the personal data in it masked, percent-encoded
    ones too, and still a link: the mask itself is percent-encoded."""
    if not url:
        return url
    text = unquote(url)
    masked = personal_data_masked(text)
    if masked == text:
        return url
    return quote(masked, safe=":/?#@!$&'()*+,;=~")
