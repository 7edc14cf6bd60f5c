"""Misspelt words, corrected from a fixed vocabulary: the words of the services, articles and
templates (what the city wrote) and, for Finnish, Voikko's speller. Never from case text, so
a correction does not change as cases come in, and one citizen's typo is never offered to
another as a suggestion.
"""

import bisect
import difflib
import threading
from dataclasses import dataclass, field

from django.db.models import Count, Max

from . import morphology
from .models import SearchDocument

# Shorter words are too often another word spelt right; words with digits are references.
MIN_LENGTH = 4
CLOSENESS = 0.8
CLOSE_MIN_LENGTH = 6
# The shortest part a compound is split into ("snö", "bil").
MIN_PART = 3


@dataclass(frozen=True)
class Vocabulary:
    terms: tuple[str, ...]  # sorted, for prefix look-ups
    words: frozenset[str]  # the words as written (lower case), the corrections offered
    # A word's correction, once found (Voikko's suggestions take a millisecond or two).
    corrected: dict = field(default_factory=dict, compare=False, hash=False)

    def knows(self, group: tuple[str, ...]) -> bool:
        return any(self._has(term) for term in group)

    def _has(self, term: str) -> bool:
        stem = term.rstrip("*")
        at = bisect.bisect_left(self.terms, stem)
        if at == len(self.terms):
            return False
        found = self.terms[at]
        return found == stem or (term.endswith("*") and found.startswith(stem))


_cache: dict[str, tuple[tuple, Vocabulary]] = {}
_lock = threading.Lock()


def _curated(language: str):
    # Named kinds, not "all but cases": the (kind, language) index then finds the few curated
    # rows without reading a million cases' (this runs before every search).
    curated = [kind for kind in SearchDocument.Kind.values if kind != SearchDocument.Kind.CASE]
    return SearchDocument.objects.filter(language=language, kind__in=curated)


def vocabulary(language: str) -> Vocabulary:
    """The curated documents' words in a language, kept per process until one of them
    changes (their count and newest `updated_at`, one small query, tell)."""
    documents = _curated(language)
    latest = documents.aggregate(count=Count("pk"), newest=Max("updated_at"))
    key = (latest["count"], latest["newest"], morphology.voikko_enabled())
    cached = _cache.get(language)
    if cached and cached[0] == key:
        return cached[1]
    terms, words = set(), set()
    for title, body in documents.values_list("title", "body").iterator(chunk_size=1000):
        for word in morphology.WORD.findall(f"{title} {body}".lower()):
            if len(word) >= MIN_LENGTH and not any(ch.isdigit() for ch in word):
                words.add(word)
    for word in words:
        terms.update(morphology.word_terms(word, language))
    built = Vocabulary(terms=tuple(sorted(terms)), words=frozenset(words))
    with _lock:
        _cache[language] = (key, built)
    return built


def _close(word: str, words: frozenset[str]) -> str | None:
    """The nearest written word beginning with the same letter (a typo rarely changes it);
    none for a short word, which is too often another word inflected ("snöat" is not
    "snart")."""
    if len(word) < CLOSE_MIN_LENGTH:
        return None
    same_start = [known for known in words if known[0] == word[0]]
    found = difflib.get_close_matches(word, same_start, n=1, cutoff=CLOSENESS)
    return found[0] if found else None


def correction(word: str, language: str, known: Vocabulary) -> str | None:
    """The word meant by a lower-case query word, or None when it needs no correcting: it is
    in the vocabulary, or a Finnish word Voikko accepts, or nothing close is known."""
    if word not in known.corrected:
        known.corrected[word] = _correction(word, language, known)
    return known.corrected[word]


def _correction(word: str, language: str, known: Vocabulary) -> str | None:
    if len(word) < MIN_LENGTH or any(ch.isdigit() for ch in word):
        return None
    if known.knows(morphology.query_group(word, language)):
        return None
    voikko = morphology.voikko() if language == "fi" else None
    if voikko is not None:
        if voikko.spell(word):
            return None
        suggested = [found.lower() for found in voikko.suggest(word)]
        # A word the city wrote as suggested, else one of the same base form.
        for found in suggested:
            if found in known.words:
                return found
        for found in suggested:
            if known.knows(morphology.query_group(found, language)):
                return found
    return _close(word, known.words)


def corrections(text: str, language: str, known: Vocabulary | None = None) -> dict[str, str]:
    """{query word: corrected word} for the misspelt words of a query."""
    known = known or vocabulary(language)
    found = {}
    for word in morphology.query_words(text, language):
        corrected = correction(word, language, known)
        if corrected and corrected != word:
            found[word] = corrected
    return found


def compound_parts(word: str, language: str, known: Vocabulary | None = None) -> tuple[str, ...]:
    """The parts of a compound the vocabulary does not know but whose parts it does
    ("busstidtabell": "buss", "tidtabell"; a Swedish linking "s" dropped: "skolinskrivning"),
    by dictionary decompounding against the fixed vocabulary, as Voikko splits the Finnish
    words it knows; () for a known word or one that splits into no two known words. The
    split with the longest shorter part wins (the likeliest, and the least often a chance)."""
    known = known or vocabulary(language)
    if len(word) < 2 * MIN_PART or known.knows(morphology.query_group(word, language)):
        return ()
    best: tuple[str, ...] = ()
    for at in range(MIN_PART, len(word) - MIN_PART + 1):
        head = word[at:]
        for modifier in (word[:at], word[: at - 1] if word[at - 1] == "s" else ""):
            if len(modifier) < MIN_PART:
                continue
            wider = min(len(modifier), len(head)) > min(map(len, best), default=0)
            if wider and all(
                known.knows(morphology.query_group(part, language)) for part in (modifier, head)
            ):
                best = (modifier, head)
    return best


def did_you_mean(text: str, language: str) -> str | None:
    """The query with its misspelt words corrected (for the "did you mean" link of an empty
    result page), or None when every word is known."""
    found = corrections(text, language)
    if not found:
        return None
    # Rebuild the text word by word, keeping what stood between the words.
    between = morphology.WORD.split(text)
    out = [between[0]]
    for word, after in zip(morphology.WORD.findall(text), between[1:], strict=True):
        out += [found.get(word.lower(), word), after]
    return "".join(out).strip()
