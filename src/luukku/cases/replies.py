"""A reply as the customer reads it: what the handler wrote, and one signature.

The signature is always Luukku's, never the handler's or a template's: a sign-off, the
handler's name and job title and the service centre's name, all in the case's language. A
sign-off typed at the end of a reply (with the name lines after it) gives way to it, so that
no reply is signed twice; reply templates may not carry one at all (`knowledge`). The mail,
the case page and the citizen's status page all show a reply through `reply_letter`.
"""

import re
from dataclasses import dataclass

from django.utils import translation
from django.utils.translation import gettext as _

from luukku.core.site import service_centre_name

from .models import CaseEvent

# Sign-offs as a line of their own, lower case, without the punctuation after them.
SIGN_OFFS = frozenset(
    {
        # Finnish
        "ystävällisin terveisin",
        "ystävällisesti",
        "terveisin",
        "parhain terveisin",
        "lämpimin terveisin",
        "kiitos ja terveisin",
        "yst. terv",
        # Swedish
        "med vänliga hälsningar",
        "med vänlig hälsning",
        "vänliga hälsningar",
        "vänlig hälsning",
        "med bästa hälsningar",
        "hälsningar",
        "mvh",
        # English
        "kind regards",
        "best regards",
        "with kind regards",
        "with best regards",
        "warm regards",
        "regards",
        "best wishes",
        "yours sincerely",
        "yours faithfully",
        "sincerely",
    }
)
# Greetings that open a letter, lower case: a first word ("hei", "dear") or the first two.
GREETINGS = frozenset(
    {
        # Finnish
        "hei",
        "heippa",
        "moi",
        "terve",
        "hyvä",
        "arvoisa",
        "päivää",
        "hyvää päivää",
        "hyvää huomenta",
        "hyvää iltaa",
        # Swedish
        "hej",
        "hejsan",
        "hallå",
        "bästa",
        "kära",
        "god dag",
        "god morgon",
        "god kväll",
        # English
        "hello",
        "hi",
        "dear",
        "good morning",
        "good afternoon",
        "good evening",
    }
)
# A greeting line: the greeting and a name or title, at most this many words in all.
GREETING_WORDS = 5
# A typed signature: the sign-off and at most this many short lines after it (name, title,
# organisation).
SIGNATURE_LINES = 3
SIGNATURE_LINE_LENGTH = 60


def is_sign_off(line: str) -> bool:
    """Whether the line is a sign-off alone ("Ystävällisin terveisin," "Kind regards")."""
    return re.sub(r"[\s,.!]+$", "", " ".join(line.split())).lower() in SIGN_OFFS


def is_greeting(line: str) -> bool:
    """Whether the line is a greeting alone ("Hei Matti," "Hej!" "Hyvä asiakas," "Dear Ms
    Smith,"): a greeting word and a name, not a sentence that starts with one."""
    text = " ".join(line.split())
    words = [word.lower().strip(",!:") for word in text.split()]
    if not words or len(words) > GREETING_WORDS or text.endswith((".", "?")):
        return False
    return words[0] in GREETINGS or " ".join(words[:2]) in GREETINGS


def _signature_line(line: str) -> bool:
    """A name, title or organisation under a sign-off: short, not a sentence."""
    line = line.strip()
    return len(line) <= SIGNATURE_LINE_LENGTH and not (
        line.endswith(("?", "!", ".")) and len(line.split()) > 3
    )


def sign_off_removed(text: str) -> str:
    """`text` without a sign-off among its last lines, nor the signature lines after it."""
    lines = text.strip().split("\n")
    filled = [index for index, line in enumerate(lines) if line.strip()]
    for position in filled[-(SIGNATURE_LINES + 1) :]:
        after = [lines[index] for index in filled if index > position]
        if (
            position > filled[0]
            and is_sign_off(lines[position])
            and all(_signature_line(line) for line in after)
        ):
            return "\n".join(lines[:position]).strip()
    return text.strip()


@dataclass(frozen=True)
class Letter:
    body: str
    signature: list[str]


def reply_signature(*, author, language: str) -> list[str]:
    """The lines that sign a reply: sign-off, name, job title, the centre, in `language`."""
    with translation.override(language):
        lines = [_("Best regards,")]
        if author is not None:
            lines.append(author.get_full_name() or author.username)
            if author.title:
                lines.append(author.title)
        lines.append(service_centre_name(language))
    return lines


def reply_letter(event: CaseEvent) -> Letter:
    """A reply as its customer reads it, signed once in the case's language."""
    return Letter(
        body=sign_off_removed(event.body),
        signature=reply_signature(author=event.author, language=event.case.language),
    )
