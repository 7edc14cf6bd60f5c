"""PostgreSQL: tsvector with the language's text search configuration, plus trigram
similarity of the title for misspelt words.

Stems of four letters or more match as prefixes ("katuvalo" finds "katuvalopylväs"), as on
SQLite. A search box wants every word and ranks with `ts_rank`; suggestions for a whole message
(`any_word`) want the rarest shared words to count most, which `ts_rank` cannot do (it knows no
document frequencies), so those candidates are ranked with BM25 computed from their vectors,
the same formula SQLite's FTS5 uses.
"""

import math
import re
from collections.abc import Iterable
from functools import lru_cache

from django.contrib.postgres.search import (
    SearchQuery,
    SearchRank,
    SearchVector,
    TrigramWordSimilarity,
)
from django.db import connection
from django.db.models import F, QuerySet, TextField
from django.db.models.functions import Cast

from luukku.search.models import SearchDocument

from .base import Match, SearchBackend


@lru_cache(maxsize=1024)
def _stems(text: str, config: str) -> tuple[str, ...]:
    """Kept per process: the same text is stemmed for templates and then for articles on
    every case page, and a configuration's stemming does not change while it runs."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT DISTINCT lexeme FROM unnest(to_tsvector(%s::regconfig, %s))", [config, text]
        )
        stems = sorted(row[0] for row in cursor.fetchall())
    return tuple(stem + "*" if len(stem) >= PREFIX_LENGTH else stem for stem in stems)


CONFIGS = {"fi": "finnish", "sv": "swedish", "en": "english"}
TYPO_SIMILARITY = 0.45
PREFIX_LENGTH = 4
CANDIDATES = 500
# BM25's usual constants; a title word counts as much as three in the text (as on SQLite).
K1 = 1.2
B = 0.75
TITLE_WEIGHT = 3
LEXEME = re.compile(r"'((?:[^']|'')*)'(?::([0-9A-D,]+))?")


def _lexemes(vector: str) -> dict[str, int]:
    """A tsvector's text form as {lexeme: weighted count}; title (A) positions count more."""
    counts = {}
    for lexeme, positions in LEXEME.findall(vector or ""):
        marks = positions.split(",") if positions else [""]
        counts[lexeme.replace("''", "'")] = sum(
            TITLE_WEIGHT if mark.endswith("A") else 1 for mark in marks
        )
    return counts


def _bm25(terms: list[str], vectors: dict[int, dict[str, int]], total: int) -> dict[int, float]:
    """BM25 of each candidate; a term is a stem matched as a prefix when it ends in `*`."""

    def frequency(lexemes: dict[str, int], term: str) -> int:
        if term.endswith("*"):
            stem = term[:-1]
            return sum(count for lexeme, count in lexemes.items() if lexeme.startswith(stem))
        return lexemes.get(term, 0)

    lengths = {pk: sum(lexemes.values()) for pk, lexemes in vectors.items()}
    average = (sum(lengths.values()) / len(lengths)) or 1
    scores = dict.fromkeys(vectors, 0.0)
    for term in terms:
        found = {pk: frequency(lexemes, term) for pk, lexemes in vectors.items()}
        having = sum(1 for count in found.values() if count)
        if not having:
            continue
        idf = math.log(1 + (total - having + 0.5) / (having + 0.5))
        for pk, count in found.items():
            if count:
                norm = count + K1 * (1 - B + B * lengths[pk] / average)
                scores[pk] += idf * count * (K1 + 1) / norm
    return scores


class PostgresBackend(SearchBackend):
    def index(self, document_ids: Iterable[int]) -> None:
        ids = list(document_ids)
        languages = set(
            SearchDocument.objects.filter(pk__in=ids).values_list("language", flat=True)
        )
        self._vectors_write(ids, languages)

    def index_documents(self, documents: Iterable) -> None:
        documents = list(documents)
        self._vectors_write(
            [document.pk for document in documents], {document.language for document in documents}
        )

    def _vectors_write(self, ids: list[int], languages: set[str]) -> None:
        for language, config in CONFIGS.items():
            if language not in languages:
                continue
            SearchDocument.objects.filter(pk__in=ids, language=language).update(
                vector=SearchVector("title", weight="A", config=config)
                + SearchVector("body", weight="B", config=config)
            )

    def remove(self, document_ids: Iterable[int]) -> None:
        """The rows carry their own vectors; nothing else to remove."""

    def _terms(self, text: str, config: str) -> list[str]:
        """The query's stems, as the language's configuration makes them; prefixes end in `*`."""
        return list(_stems(text, config))

    def _query(self, terms: list[str], config: str, any_word: bool) -> SearchQuery:
        quoted = [
            "'" + term.rstrip("*").replace("'", "''") + "'" + (":*" if term.endswith("*") else "")
            for term in terms
        ]
        joined = (" | " if any_word else " & ").join(quoted)
        return SearchQuery(joined, config=config, search_type="raw")

    def match(
        self, *, text: str, language: str, documents: QuerySet, any_word: bool, limit: int
    ) -> list[Match]:
        config = CONFIGS.get(language, "simple")
        terms = self._terms(text, config)
        if not terms:
            return []
        documents = documents.filter(language=language)
        if any_word:
            found = self._ranked_by_bm25(terms, config, documents, limit)
            return [Match(pk, float(score)) for pk, score in found]
        query = self._query(terms, config, any_word=False)
        matching = documents.filter(vector=query)
        # Services, articles and templates are few: rank every match. Cases can be a million,
        # a common word matching a hundred thousand: rank only the newest that match (found
        # newest first along an index), which is also what staff look for.
        newest_cases = matching.filter(kind=SearchDocument.Kind.CASE).order_by("-object_id")
        found = list(
            self._ranked(matching.exclude(kind=SearchDocument.Kind.CASE), query)[:limit]
        ) + list(
            self._ranked(
                SearchDocument.objects.filter(pk__in=newest_cases.values("pk")[:limit]), query
            )
        )
        return [Match(pk, float(score)) for pk, score in found]

    def _ranked(self, documents: QuerySet, query: SearchQuery) -> QuerySet:
        return (
            documents.annotate(score=SearchRank(F("vector"), query))
            .order_by("-score", "pk")
            .values_list("pk", "score")
        )

    def similar(self, *, text: str, language: str, documents: QuerySet, limit: int) -> list[Match]:
        """Titles with a word spelt like the text: the `%>` operator, so that the trigram
        index finds them, with the threshold set for this connection."""
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT set_config('pg_trgm.word_similarity_threshold', %s, false)",
                [str(TYPO_SIMILARITY)],
            )
        found = (
            documents.filter(language=language, title__trigram_word_similar=text)
            .annotate(score=TrigramWordSimilarity(text, "title"))
            .order_by("-score", "pk")
            .values_list("pk", "score")[:limit]
        )
        return [Match(pk, float(score)) for pk, score in found]

    def _ranked_by_bm25(
        self, terms: list[str], config: str, documents: QuerySet, limit: int
    ) -> list[tuple[int, float]]:
        query = self._query(terms, config, any_word=True)
        candidates = (
            documents.filter(vector=query)
            .annotate(rank=SearchRank(F("vector"), query))
            .order_by("-rank", "pk")
            .annotate(text=Cast("vector", TextField()))
            .values_list("pk", "text")[:CANDIDATES]
        )
        vectors = {pk: _lexemes(text) for pk, text in candidates}
        if not vectors:
            return []
        scores = _bm25(terms, vectors, total=documents.count())
        ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
        return [(pk, score) for pk, score in ranked[:limit] if score > 0]
