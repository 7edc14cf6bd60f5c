"""SQLite: an FTS5 table of Snowball-stemmed words (the same stemmers PostgreSQL uses),
matched by stem prefix, with misspelt words corrected against the index's vocabulary."""

import difflib
import re
from collections.abc import Iterable
from functools import cache, lru_cache
from pathlib import Path

import snowballstemmer
from django.db import connection
from django.db.models import QuerySet

from .base import Match, SearchBackend

STEMMERS = {"fi": "finnish", "sv": "swedish", "en": "english"}
WORD = re.compile(r"\w+", re.UNICODE)
TABLE = "search_fts"
VOCABULARY = "search_fts_vocabulary"
CANDIDATES = 500
DATA = Path(__file__).resolve().parent.parent / "data"


@cache
def stopwords(language: str) -> frozenset[str]:
    """The words PostgreSQL's configuration for the language leaves out (Snowball's lists)."""
    path = DATA / f"{STEMMERS.get(language, 'english')}.stop"
    return frozenset(path.read_text(encoding="utf-8").split())


@cache
def _stemmer(language: str):
    return snowballstemmer.stemmer(STEMMERS.get(language, "english"))


@lru_cache(maxsize=200_000)
def _stem(language: str, word: str) -> str:
    # Words repeat (a language's words are Zipf-distributed): stemming is the costly part of
    # indexing, so each word is stemmed once.
    return _stemmer(language).stemWord(word)


def stems(text: str, language: str, *, query: bool = False) -> list[str]:
    words = [word.lower() for word in WORD.findall(text or "")]
    if query:
        words = [word for word in words if word not in stopwords(language)]
    return [stem for stem in (_stem(language, word) for word in words) if stem]


def word_stems(text: str, language: str) -> list[tuple[str, str]]:
    """(stem, word) for each word of the text that is not a stop word or a number."""
    words = [
        word.lower()
        for word in WORD.findall(text or "")
        if len(word) > 2 and not word.isdigit() and word.lower() not in stopwords(language)
    ]
    return [(stem, word) for word in words if (stem := _stem(language, word))]


def create_tables(cursor) -> None:
    cursor.execute(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5("
        "title, body, tokenize = 'unicode61 remove_diacritics 0')"
    )
    cursor.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS {VOCABULARY} USING fts5vocab({TABLE}, row)")


class SqliteBackend(SearchBackend):
    def index(self, document_ids: Iterable[int]) -> None:
        from luukku.search.models import SearchDocument

        self.index_documents(SearchDocument.objects.filter(pk__in=list(document_ids)))

    def index_documents(self, documents: Iterable) -> None:
        stemmed = [
            (
                document.pk,
                " ".join(stems(document.title, document.language)),
                " ".join(stems(document.body, document.language)),
            )
            for document in documents
        ]
        if not stemmed:
            return
        with connection.cursor() as cursor:
            cursor.executemany(
                f"DELETE FROM {TABLE} WHERE rowid = %s", [[row[0]] for row in stemmed]
            )
            cursor.executemany(
                f"INSERT INTO {TABLE} (rowid, title, body) VALUES (%s, %s, %s)", stemmed
            )

    def remove(self, document_ids: Iterable[int]) -> None:
        with connection.cursor() as cursor:
            for pk in document_ids:
                cursor.execute(f"DELETE FROM {TABLE} WHERE rowid = %s", [pk])

    def _known(self, cursor, terms: list[str]) -> set[str]:
        if not terms:
            return set()
        marks = ", ".join(["%s"] * len(terms))
        cursor.execute(f"SELECT term FROM {VOCABULARY} WHERE term IN ({marks})", terms)
        return {row[0] for row in cursor.fetchall()}

    def _corrected(self, cursor, term: str) -> str | None:
        """The indexed word closest to a word the index does not know (a typo)."""
        cursor.execute(
            f"SELECT term FROM {VOCABULARY} WHERE term >= %s AND term < %s",
            [term[:2], term[:2] + "\U0010ffff"],
        )
        close = difflib.get_close_matches(term, [row[0] for row in cursor.fetchall()], n=1)
        return close[0] if close else None

    def _expression(self, cursor, text: str, language: str, any_word: bool) -> str:
        terms = list(dict.fromkeys(stems(text, language, query=True)))
        known = self._known(cursor, terms)
        parts = []
        for term in terms:
            if term not in known and len(term) >= 4:
                term = self._corrected(cursor, term) or term
            quoted = '"' + term.replace('"', '""') + '"'
            # Stems are matched as prefixes: "katuvalo" finds "katuvalopylvä" too.
            parts.append(quoted + "*" if len(term) >= 4 else quoted)
        return (" OR " if any_word else " AND ").join(parts)

    def match(
        self, *, text: str, language: str, documents: QuerySet, any_word: bool, limit: int
    ) -> list[Match]:
        with connection.cursor() as cursor:
            expression = self._expression(cursor, text, language, any_word)
            if not expression:
                return []
            cursor.execute(
                f"SELECT rowid, -bm25({TABLE}, 3.0, 1.0) FROM {TABLE} "
                f"WHERE {TABLE} MATCH %s ORDER BY rank LIMIT %s",
                [expression, CANDIDATES],
            )
            scores = dict(cursor.fetchall())
        if not scores:
            return []
        allowed = documents.filter(pk__in=list(scores), language=language).values_list(
            "pk", flat=True
        )
        ranked = sorted(allowed, key=lambda pk: (-scores[pk], pk))
        return [Match(pk, scores[pk]) for pk in ranked[:limit]]
