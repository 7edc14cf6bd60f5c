"""PostgreSQL: a tsvector of the documents' terms (`search.morphology`: Voikko base forms and
compound parts for Finnish, Snowball stems for Swedish and English), built in Python and
stored with the 'simple' configuration, so it holds exactly the terms SQLite's FTS5 holds and
both databases match alike.

A search box wants every word and ranks with `ts_rank`; suggestions for a whole message
(`any_word`) want the rarest shared words to count most, which `ts_rank` cannot do (it knows no
document frequencies), so those candidates are ranked with BM25 computed from their vectors,
the same formula SQLite's FTS5 uses, over the kinds asked for only (never the cases, for
suggestions), so the ranking does not move as cases accumulate.
"""

import math
import re
from collections.abc import Iterable

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import connection
from django.db.models import Count, F, QuerySet, TextField
from django.db.models.functions import Cast

from luukku.search.models import SearchDocument
from luukku.search.morphology import terms

from .base import Match, SearchBackend

CONFIG = "simple"
CANDIDATES = 500
# Up to this many matching cases are sorted newest first in Python (`_newest_cases`).
FEW_CASES = 2000
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


def _candidates_each_kind(matching: QuerySet, query, kinds) -> list[tuple[int, str, str]]:
    """Each kind's best CANDIDATES by `ts_rank` (pk, vector as text, kind), in one statement:
    the kinds' own queries joined by UNION ALL."""
    parts = [
        matching.filter(kind=kind)
        .annotate(rank=SearchRank(F("vector"), query), text=Cast("vector", TextField()))
        .order_by("-rank", "pk")
        .values_list("pk", "text", "kind")[:CANDIDATES]
        for kind in sorted(kinds)
    ]
    return list(parts[0].union(*parts[1:], all=True))


VECTOR = (
    "UPDATE search_searchdocument SET vector = "
    "setweight(to_tsvector('simple', %s), 'A') || setweight(to_tsvector('simple', %s), 'B') "
    "WHERE id = %s"
)


def _quoted(term: str) -> str:
    prefix = term.endswith("*")
    return "'" + term.rstrip("*").replace("'", "''") + "'" + (":*" if prefix else "")


def _query(groups: list[tuple[str, ...]], any_word: bool) -> SearchQuery:
    """A tsquery: any term of a word, and every word (or, `any_word`, any)."""
    if any_word:
        unique = dict.fromkeys(term for group in groups for term in group)
        raw = " | ".join(_quoted(term) for term in unique)
    else:
        raw = " & ".join(
            "(" + " | ".join(_quoted(term) for term in group) + ")" for group in groups if group
        )
    return SearchQuery(raw, config=CONFIG, search_type="raw")


class PostgresBackend(SearchBackend):
    def index(self, document_ids: Iterable[int]) -> None:
        self.index_documents(
            SearchDocument.objects.filter(pk__in=list(document_ids)).only(
                "pk", "language", "title", "body"
            )
        )

    def index_documents(self, documents: Iterable) -> None:
        rows = [
            (
                " ".join(terms(document.title, document.language)),
                " ".join(terms(document.body, document.language)),
                document.pk,
            )
            for document in documents
        ]
        if rows:
            with connection.cursor() as cursor:
                cursor.executemany(VECTOR, rows)

    def remove(self, document_ids: Iterable[int]) -> None:
        """The rows carry their own vectors; nothing else to remove."""

    def match(
        self,
        *,
        groups: list[tuple[str, ...]],
        language: str,
        documents: QuerySet,
        kinds: frozenset[str],
        any_word: bool,
        limit: int,
        each_kind: bool = False,
    ) -> list[Match]:
        if not any(groups):
            return []
        documents = documents.filter(language=language, kind__in=list(kinds))
        if any_word and each_kind and len(kinds) > 1:
            found = self._ranked_by_bm25_each_kind(groups, documents, kinds, limit)
            return [Match(pk, float(score)) for pk, score in found]
        if any_word:
            found = self._ranked_by_bm25(groups, documents, limit)
            return [Match(pk, float(score)) for pk, score in found]
        query = _query(groups, any_word=False)
        matching = documents.filter(vector=query)
        # Services, articles and templates are few: rank every match. Cases can be a million,
        # a common word matching a hundred thousand: rank only the newest that match (found
        # newest first along an index), which is also what staff look for.
        found = []
        if kinds - {SearchDocument.Kind.CASE}:
            found += self._ranked(matching.exclude(kind=SearchDocument.Kind.CASE), query)[:limit]
        if SearchDocument.Kind.CASE in kinds:
            found += self._ranked(
                SearchDocument.objects.filter(pk__in=self._newest_cases(matching, limit)), query
            )
        return [Match(pk, float(score)) for pk, score in found]

    def _newest_cases(self, matching: QuerySet, limit: int) -> list[int]:
        """The newest matching cases' documents. Found along the `(kind, language,
        object_id)` index newest first when many match (a common word: the first are found at
        once); but the planner cannot tell how many match two words together, and when few
        or none do, that walk reads every case (half a second at a million). So the GIN index
        is asked first, unordered, for up to FEW_CASES matches: fewer, and they are sorted
        here."""
        cases = matching.filter(kind=SearchDocument.Kind.CASE)
        few = list(cases.values_list("pk", "object_id")[: FEW_CASES + 1])
        if len(few) <= FEW_CASES:
            return [pk for pk, _object in sorted(few, key=lambda row: -row[1])[:limit]]
        return list(cases.order_by("-object_id").values_list("pk", flat=True)[:limit])

    def _ranked(self, documents: QuerySet, query: SearchQuery) -> QuerySet:
        return (
            documents.annotate(score=SearchRank(F("vector"), query))
            .order_by("-score", "pk")
            .values_list("pk", "score")
        )

    def _ranked_by_bm25(
        self, groups: list[tuple[str, ...]], documents: QuerySet, limit: int
    ) -> list[tuple[int, float]]:
        query = _query(groups, any_word=True)
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
        unique = list(dict.fromkeys(term for group in groups for term in group))
        scores = _bm25(unique, vectors, total=documents.count())
        ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
        return [(pk, score) for pk, score in ranked[:limit] if score > 0]

    def _ranked_by_bm25_each_kind(
        self, groups: list[tuple[str, ...]], documents: QuerySet, kinds, limit: int
    ) -> list[tuple[int, float]]:
        """`_ranked_by_bm25` for several kinds at once, each ranked on its own documents'
        statistics and `limit` of each, as if searched alone (the case page's templates and
        articles): the candidates in one statement and the kinds' sizes in another."""
        query = _query(groups, any_word=True)
        found = []
        unique = list(dict.fromkeys(term for group in groups for term in group))
        candidates = _candidates_each_kind(documents.filter(vector=query), query, kinds)
        if not candidates:
            return []
        totals = dict(documents.values_list("kind").annotate(count=Count("pk")).order_by())
        for kind in kinds:
            vectors = {pk: _lexemes(text) for pk, text, of in candidates if of == kind}
            if not vectors:
                continue
            scores = _bm25(unique, vectors, total=totals.get(kind, 0))
            ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
            found += [(pk, score) for pk, score in ranked[:limit] if score > 0]
        return found
