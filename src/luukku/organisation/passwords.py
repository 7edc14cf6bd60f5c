"""A password validator against the weak and breached passwords people in Finland choose:
first names, months, seasons, places and common words in Finnish, Swedish and English, alone,
together, or followed (or preceded) by digits and symbols — `aino1234`, `Kesä2026`,
`Tammikuu2027!`. The list ships in the package (data/weak-passwords.txt.gz); a city can point
PASSWORD_LIST_FILE at a longer one (one password or word a line, plain or gzip)."""

import functools
import gzip
import re
from pathlib import Path

from django.conf import settings
from django.contrib.auth import password_validation
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

DEFAULT_LIST = Path(__file__).resolve().parent / "data" / "weak-passwords.txt.gz"
# Digits and symbols around the word: "2026!", "!!", "#1".
_AROUND = re.compile(r"^[\d\W_]*(.*?)[\d\W_]*$", re.DOTALL)
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a"})
# How many list words a password may be made of and still be refused ("ainokesä").
_MAX_PARTS = 3


@functools.cache
def _words(path: str) -> frozenset[str]:
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as lines:
        return frozenset(
            line.strip().lower() for line in lines if line.strip() and not line.startswith("#")
        )


class BreachedPasswordValidator:
    def __init__(self, path: str | None = None):
        self.path = path

    def _list(self) -> frozenset[str]:
        path = self.path or getattr(settings, "PASSWORD_LIST_FILE", "") or str(DEFAULT_LIST)
        return _words(str(path))

    def is_weak(self, password: str) -> bool:
        words = self._list()
        lowered = password.strip().lower()
        if lowered in words:
            return True
        core = _AROUND.match(lowered).group(1)
        candidates = {core, core.translate(_LEET), lowered.translate(_LEET)}
        return any(c and (c in words or self._made_of_words(c, words)) for c in candidates)

    @staticmethod
    def _made_of_words(text: str, words: frozenset[str]) -> bool:
        """Whether the text is nothing but up to three list words (digits between allowed)."""
        text = re.sub(r"[\d\W_]+", "", text)

        @functools.cache
        def parts(start: int) -> int | None:
            if start == len(text):
                return 0
            best = None
            for end in range(len(text), start + 2, -1):
                if text[start:end] in words and (rest := parts(end)) is not None:
                    best = rest + 1 if best is None else min(best, rest + 1)
            return best

        count = parts(0)
        return count is not None and count <= _MAX_PARTS

    def validate(self, password: str, user=None) -> None:
        if self.is_weak(password):
            raise ValidationError(
                _(
                    "This password is too easy to guess: it is built from a common word, name, "
                    "month or season, or it is known from data breaches."
                ),
                code="password_breached",
            )

    def get_help_text(self) -> str:
        return _(
            "Your password cannot be a common word, name, month or season followed by numbers."
        )


class MinimumLengthValidator(password_validation.MinimumLengthValidator):
    """Django's, with messages that Luukku's catalogue translates (Django's own Finnish and
    Swedish catalogues lack them)."""

    def get_error_message(self) -> str:
        return ngettext(
            "This password is too short. It must be at least %(min_length)d character long.",
            "This password is too short. It must be at least %(min_length)d characters long.",
            self.min_length,
        ) % {"min_length": self.min_length}

    def get_help_text(self) -> str:
        return ngettext(
            "Your password must be at least %(min_length)d character long.",
            "Your password must be at least %(min_length)d characters long.",
            self.min_length,
        ) % {"min_length": self.min_length}
