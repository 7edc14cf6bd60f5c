"""The words the index holds and the queries look for, the same on both databases.

Finnish is agglutinative and compounding: "katulampuista" is "katulamppu", which is a kind of
"lamppu" on a "katu". Voikko (Debian's `libvoikko1` and `voikko-fi`, the `libvoikko`
bindings) gives each Finnish word its base forms and, for a compound, the base forms of its
parts; a document and a query meet on those. A word Voikko does not know (a name, a typo, a
new word) and Swedish and English words are stemmed with Snowball, and so is Finnish when
Voikko is missing (`voikko_missing()`, a startup warning) or turned off (`SEARCH_VOIKKO=0`).
Switching between the two changes the index's words: `luukku search_rebuild` afterwards.
"""

import logging
import re
import threading
from functools import cache, lru_cache
from pathlib import Path

import snowballstemmer
from django.conf import settings

logger = logging.getLogger(__name__)

STEMMERS = {"fi": "finnish", "sv": "swedish", "en": "english"}
# Letters and digits; an underscore, a hyphen or an apostrophe separates words, as PostgreSQL's
# parser and FTS5's unicode61 tokenizer separate them.
WORD = re.compile(r"[^\W_]+", re.UNICODE)
# A Voikko WORDBASES part: "+katu(katu)", "+ja(+ja)" (a derivational suffix), or "+m".
WORDBASE = re.compile(r"\+([^+(]*)(?:\(([^)]*)\))?")
# Snowball stems this long match as prefixes ("gatlamp" finds "gatlampsstolpe"); Voikko's
# compound parts make that unnecessary for the Finnish words it knows.
PREFIX_LENGTH = 4
DATA = Path(__file__).resolve().parent / "data"

_local = threading.local()


@cache
def stopwords(language: str) -> frozenset[str]:
    """The words left out of queries (Snowball's lists, as PostgreSQL ships them)."""
    path = DATA / f"{STEMMERS.get(language, 'english')}.stop"
    return frozenset(path.read_text(encoding="utf-8").split())


@cache
def _stemmer(language: str):
    return snowballstemmer.stemmer(STEMMERS.get(language, "english"))


def _voikko_open():
    """A Finnish Voikko, or the reason there is none."""
    try:
        import libvoikko
    except ImportError as error:  # pragma: no cover - a pinned dependency
        return None, f"the libvoikko Python package is missing ({error})"
    try:
        return libvoikko.Voikko("fi"), ""
    except (OSError, libvoikko.VoikkoException) as error:
        return None, f"libvoikko1 or the Finnish dictionary voikko-fi is missing ({error})"


@cache
def voikko_missing() -> str:
    """Why Finnish falls back to Snowball here ("" when Voikko works): checked once."""
    voikko, reason = _voikko_open()
    if voikko is not None:
        voikko.terminate()
    return reason


def voikko_enabled() -> bool:
    return getattr(settings, "SEARCH_VOIKKO", True) and not voikko_missing()


def voikko():
    """This thread's Voikko (an instance must not be shared between threads), or None."""
    if not voikko_enabled():
        return None
    instance = getattr(_local, "voikko", None)
    if instance is None:
        instance, _reason = _voikko_open()
        _local.voikko = instance
    return instance


def _parts(wordbases: str) -> list[str]:
    """The base forms of a compound's parts, derivational suffixes ("+ja") left out."""
    return [base for _surface, base in WORDBASE.findall(wordbases) if base and base[0] != "+"]


def _normal(term: str) -> str:
    return "".join(WORD.findall(term.lower()))


# Words repeat (a language's words are Zipf-distributed): analysing is the costly part of
# indexing, so each word is analysed once per process.
@lru_cache(maxsize=200_000)
def _finnish(word: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The terms of a Finnish word for the index and for a query; empty when Voikko does not
    know the word. The index holds the base forms of every analysis and every compound part
    ("katulamppu", "katu", "lamppu"), so a query for any part finds the compound. A query
    looks for the base forms and the compound's last part, its head: a "katulamppu" is a
    "lamppu", found with "lamppu" or "katulamppu" but not with every "katu"."""
    analyses = voikko().analyze(word)
    bases = [analysis.get("BASEFORM", "") for analysis in analyses]
    parts = [_parts(analysis.get("WORDBASES", "")) for analysis in analyses]
    heads = [found[-1] for found in parts if found]
    every_part = [part for found in parts for part in found]

    def normal(found: list[str]) -> tuple[str, ...]:
        return tuple(term for term in dict.fromkeys(map(_normal, found)) if term)

    return normal(bases + every_part), normal(bases + heads)


@lru_cache(maxsize=200_000)
def snowball_stem(language: str, word: str) -> str:
    return _stemmer(language).stemWord(word)


def _known(word: str, language: str) -> bool:
    return language == "fi" and voikko_enabled() and not word.isdigit() and bool(_finnish(word)[0])


def word_terms(word: str, language: str, *, query: bool = False) -> tuple[str, ...]:
    """The terms of one lower-case word, for the index or (`query`) for a query."""
    if _known(word, language):
        return _finnish(word)[1 if query else 0]
    stem = snowball_stem(language, word)
    return (stem,) if stem else ()


def _words(text: str, language: str, query: bool) -> list[str]:
    words = [word.lower() for word in WORD.findall(text or "")]
    if query:
        words = [word for word in words if word not in stopwords(language)]
    return words


def terms(text: str, language: str, *, query: bool = False) -> list[str]:
    """The index's terms for a text, each word's in order; or (`query`) a query's: stop words
    left out, a compound's head but not its other parts. Both database backends index and
    search these, so they match alike."""
    return [
        term
        for word in _words(text, language, query)
        for term in word_terms(word, language, query=query)
    ]


def query_words(text: str, language: str) -> list[str]:
    """A query's words (lower case, stop words out, each once), in order."""
    return list(dict.fromkeys(_words(text, language, query=True)))


def query_group(word: str, language: str, *, every_part: bool = False) -> tuple[str, ...]:
    """The terms any of which match a query word; a Snowball stem matched as a prefix ends
    in "*". A compound's head stands for it (a "katulamppu" is a "lamppu"); with
    `every_part`, for a ranking by any word (BM25 weighs each term by its rarity), its other
    parts too: a "päiväkotimaksu" is about a "päiväkoti" as much as about a "maksu"."""
    found = word_terms(word, language, query=not every_part)
    if _known(word, language) or not found or len(found[0]) < PREFIX_LENGTH:
        return found
    return (found[0] + "*",)


NAME_CLASSES = frozenset({"etunimi", "sukunimi", "paikannimi", "nimi"})
SENTENCE_END = re.compile(r"[.!?:\n]\s*$")


def _a_name(word: str, language: str, after: str) -> bool:
    if any(ch.isdigit() for ch in word):
        return True
    inside = word[:1].isupper() and bool(after.strip()) and not SENTENCE_END.search(after)
    if language == "fi" and voikko_enabled():
        classes = {analysis.get("CLASS") for analysis in voikko().analyze(word)}
        if classes:
            # Only a name ("Virtanen"), or also a name where capitalised mid-sentence ("Matti").
            return classes <= NAME_CLASSES or (bool(classes & NAME_CLASSES) and inside)
    # Capitalised inside a sentence: a name Voikko does not know, or in Swedish or English.
    return inside


def names(text: str, language: str) -> set[str]:
    """The text's words (lower case) that name a person, a place or a number rather than
    say what the text is about: Voikko's first names, surnames and place names in Finnish,
    capitalised words inside a sentence otherwise, and words with digits ("Koivukuja 4",
    "1142")."""
    found = set()
    for match in WORD.finditer(text or ""):
        if _a_name(match.group(), language, text[: match.start()]):
            found.add(match.group().lower())
    return found
