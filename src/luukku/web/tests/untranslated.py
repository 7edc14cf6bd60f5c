"""Finding text that a reader of a page's language should not see.

`PageLanguageCheck(language)` reads a rendered page and names:

- UI text left in English on a Finnish or Swedish page: every message of the project's
  catalogue (and Django's own) that has a translation must not appear in the source
  language. Phrases of two words or more are looked for anywhere in a text; a single word
  only when it is the whole of a text or an attribute (a button's "Save"), so that a
  customer's message in English does not count;
- UI text in another of the site's languages: the Finnish or Swedish translation of a
  phrase on a page in another language;
- raw codes (`customer_page`, `waiting_expert`) where a person reads words;
- dates written as ISO `2026-12-05` where a person reads a date.

It reads the visible text and the attributes a person or a screen reader meets (`alt`,
`title`, `aria-label`, `placeholder`, a button's `value`), not scripts, styles, raw text
(`<pre>`), the `value` of fields a person fills in, URLs, e-mail addresses or a reply
template's `{placeholders}`, nor a part marked as another language (`lang`). A text that is
the whole of something people wrote (a case's message, an article, a name: `content`, given
by the caller) is theirs, in whatever language they wrote it, and is not read.
"""

import re
from bisect import bisect_left
from functools import cache
from html import unescape
from pathlib import Path

import django
import polib

LOCALE = Path(__file__).resolve().parents[2] / "locale"
DJANGO_LOCALE = Path(django.__file__).parent / "conf" / "locale"
TRANSLATED = ("fi", "sv")

WORD = re.compile(r"\w+(?:['’]\w+)*")
PLACEHOLDER = re.compile(r"%\(\w+\)[sdif]|%[sdif]|\{\w*\}|<[^>]*>|&\w+;")
RAW_CODE = re.compile(r"\b[a-z]+(?:_[a-z]+)+\b|\b[a-z]+(?:_[a-z]+)*:[\w-]+")
ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
ATTRIBUTES = {"alt", "title", "aria-label", "placeholder", "aria-description"}
BUTTONS = {"submit", "button", "reset"}
# E-mail addresses, URLs, file names and placeholders are not read as words.
NOT_WORDS = re.compile(r"\S+@\S+|\bhttps?://\S+|\S+\.(?:pdf|png|jpg|ics|csv|xlsx)\b|\{\w+\}")


def _words(text: str) -> tuple[str, ...]:
    return tuple(WORD.findall(text))


def _fragments(message: str) -> list[tuple[str, ...]]:
    """The runs of words of a message between its placeholders and markup."""
    return [words for part in PLACEHOLDER.split(message) if (words := _words(part))]


def _catalogue(language: str) -> list[tuple[str, list[str]]]:
    """(msgid, its translations) of the project's and Django's catalogues."""
    entries = []
    for path in (
        LOCALE / language / "LC_MESSAGES" / "django.po",
        DJANGO_LOCALE / language / "LC_MESSAGES" / "django.po",
    ):
        for entry in polib.pofile(str(path)):
            if entry.obsolete or entry.fuzzy:
                continue
            if entry.msgid_plural:
                texts = [text for text in entry.msgstr_plural.values() if text]
                entries.append((entry.msgid, texts))
                entries.append((entry.msgid_plural, texts))
            elif entry.msgstr:
                entries.append((entry.msgid, [entry.msgstr]))
    return entries


@cache
def _phrases(language: str) -> tuple[dict, dict]:
    """The English phrases that must not be left on a page in `language` (fi or sv), and
    the phrases of `language` that must not appear on a page in another language.

    Each is {first two words: {phrase}} (whole-text single words under (word,)). A phrase
    that is also a phrase of the translation (a name, "Open311", a word both languages
    share) says nothing and is left out."""
    entries = _catalogue(language)
    translated_texts = [_words(text) for _msgid, texts in entries for text in texts]
    translated_words = {word.lower() for words in translated_texts for word in words}
    translated_runs = "\n".join(f" {' '.join(words).lower()} " for words in translated_texts)
    source_texts = [_words(msgid) for msgid, _texts in entries]
    source_words = {word.lower() for words in source_texts for word in words}
    source_runs = "\n".join(f" {' '.join(words).lower()} " for words in source_texts)

    def index(messages, other_words, other_runs) -> dict:
        found: dict = {}
        for message in messages:
            for words in _fragments(message):
                joined = " ".join(words).lower()
                if len(words) == 1:
                    if len(words[0]) < 3 or words[0].lower() in other_words:
                        continue
                    found.setdefault(words[:1], set()).add(words)
                elif f" {joined} " not in other_runs:
                    found.setdefault(words[:2], set()).add(words)
        return found

    english = index([msgid for msgid, _ in entries], translated_words, translated_runs)
    # A word or phrase the other translation uses too (Finnish and Swedish "Kassa",
    # "Netto") does not tell the languages apart either.
    other = [
        _words(text)
        for _msgid, texts in _catalogue("sv" if language == "fi" else "fi")
        for text in texts
    ]
    other_words = source_words | {word.lower() for words in other for word in words}
    other_runs = source_runs + "\n" + "\n".join(f" {' '.join(w).lower()} " for w in other)
    own = index([text for _, texts in entries for text in texts], other_words, other_runs)
    return english, own


def normalised(text: str) -> str:
    return " ".join(text.split())


HIDDEN = re.compile(
    r"<!--.*?-->|<(script|style|textarea|template|pre)\b.*?</\1\s*>", re.DOTALL | re.IGNORECASE
)
TAG = re.compile(r"<(/?)([a-zA-Z][\w-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>")
ATTRIBUTE = re.compile(r"([\w-]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")


HTML_LANG = re.compile(r"<html\b[^>]*\blang=\"([^\"]*)\"", re.IGNORECASE)
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"}


def page_texts(html: str, language: str = "") -> list[str]:
    """The texts a person meets on a page: each text between tags, and each attribute that
    is read (a regular expression is enough for the pages Luukku writes, and quick). A part
    marked as another language than `language` (`<a lang="sv">svenska</a>`, an article's
    other versions) is left out: it is meant to be in that language."""
    texts = []
    position = 0
    open_elements: list[tuple[str, str]] = []  # (tag, its lang attribute)

    def foreign() -> bool:
        declared = next((lang for _tag, lang in reversed(open_elements) if lang), "")
        return bool(language and declared) and declared.split("-")[0] != language

    html = HIDDEN.sub(" ", html)
    for tag in TAG.finditer(html):
        if not foreign():
            texts.append(html[position : tag.start()])
        position = tag.end()
        closing, name, rest = tag.group(1), tag.group(2).lower(), tag.group(3)
        if closing:
            for index in range(len(open_elements) - 1, -1, -1):
                if open_elements[index][0] == name:
                    del open_elements[index:]
                    break
            continue
        attributes = {
            match.group(1).lower(): match.group(2) if match.group(2) is not None else match.group(3)
            for match in ATTRIBUTE.finditer(rest)
        }
        # The page's own language is the one it is read in (`problems` checks <html lang>).
        open_elements.append((name, "" if name == "html" else attributes.get("lang", "")))
        skipped = foreign()  # its attributes are in its own language
        if name in VOID or rest.rstrip().endswith("/"):
            open_elements.pop()
        if skipped:
            continue
        texts.extend(attributes[key] for key in ATTRIBUTES & attributes.keys())
        if name == "input" and attributes.get("type") in BUTTONS:
            texts.append(attributes.get("value", ""))
    if not foreign():
        texts.append(html[position:])
    return [normalised(unescape(text)) for text in texts if text.strip()]


def _longest(found: set[str]) -> list[str]:
    """Only the longest of overlapping finds ("Back to inbox", not also "Back to")."""
    return sorted(p for p in found if not any(p != o and f" {p} " in f" {o} " for o in found))


def _matches(words: tuple[str, ...], index: dict) -> set[str]:
    found = set()
    if len(words) == 1:
        for phrase in index.get(words[:1], ()):
            if len(phrase) == 1:
                found.add(phrase[0])
    for start in range(len(words) - 1):
        for phrase in index.get(words[start : start + 2], ()):
            if len(phrase) > 1 and words[start : start + len(phrase)] == phrase:
                found.add(" ".join(phrase))
    return found


class PageLanguageCheck:
    def __init__(self, language: str, content: frozenset[str] = frozenset()):
        self.language = language
        self.content = content
        self.content_sorted = sorted(content)
        self.english = _phrases(language)[0] if language in TRANSLATED else {}
        self.foreign = [_phrases(other)[1] for other in TRANSLATED if other != language]

    def _is_content(self, text: str) -> bool:
        """The whole of something people wrote, or the start of it, cut short with "…"."""
        if text in self.content:
            return True
        if not text.endswith("…"):
            return False
        start = text[:-1].rstrip()
        at = bisect_left(self.content_sorted, start)
        return at < len(self.content_sorted) and self.content_sorted[at].startswith(start)

    def problems(self, html: str) -> list[str]:
        """Readable lines, one a problem, each naming the text it was found in."""
        found = []
        declared = HTML_LANG.search(html)
        if declared and declared.group(1).split("-")[0] != self.language:
            found.append(f"the page says it is in {declared.group(1)!r}")
        for text in page_texts(html, self.language):
            if self._is_content(text):
                continue
            words = _words(NOT_WORDS.sub(" ", text))
            for phrase in _longest(_matches(words, self.english)):
                found.append(f"English {phrase!r} in {text[:120]!r}")
            for index in self.foreign:
                for phrase in _longest(_matches(words, index)):
                    found.append(f"other language {phrase!r} in {text[:120]!r}")
            for code in RAW_CODE.findall(NOT_WORDS.sub(" ", text)):
                found.append(f"raw code {code!r} in {text[:120]!r}")
            for date in ISO_DATE.findall(NOT_WORDS.sub(" ", text)):
                found.append(f"ISO date {date!r} in {text[:120]!r}")
        return found


# -- templates -----------------------------------------------------------------------------

TEMPLATE_CODE = re.compile(
    r"{%\s*comment\s*%}.*?{%\s*endcomment\s*%}|{#.*?#}"
    r"|{%\s*blocktrans(?:late)?\b.*?{%\s*endblocktrans(?:late)?\s*%}"
    r"|{%.*?%}|{{.*?}}",
    re.DOTALL,
)
DECLARATION = re.compile(r"<![^>]*>")


def template_texts(source: str, *, html: bool = True) -> list[str]:
    """The text a template shows that is not in a translation tag, a variable or a tag:
    each needs `{% translate %}`, unless it is a name or a symbol (`allowed`)."""
    text = TEMPLATE_CODE.sub(" ", source)
    if html:
        return page_texts(DECLARATION.sub(" ", text))
    return [normalised(line) for line in text.splitlines() if line.strip()]


def untranslated_template_texts(source: str, *, html: bool, allowed: set[str]) -> list[str]:
    return [
        text
        for text in template_texts(source, html=html)
        if any(not word.isdigit() and word not in allowed for word in _words(text))
    ]
