"""SQLite: FTS5 tables of the documents' terms (`search.morphology`, as PostgreSQL indexes
them), one for the curated documents (services, articles, templates) and one for cases.

Two tables, because FTS5 ranks with BM25 over the whole table it searches: with one table a
suggestion's candidates were the first matches among every case too, and a word's rarity
counted the cases, so the suggestions changed as cases accumulated (with 50,000 cases the
first template came 3,144th). The curated table's statistics do not move with the cases.
"""

from collections.abc import Iterable

from django.db import connection
from django.db.models import QuerySet

from luukku.search.morphology import WORD, snowball_stem, stopwords, terms

from .base import Match, SearchBackend

CURATED = "search_fts_curated"
CASES = "search_fts_cases"
CASE = "case"
# Staff search ranks the cases FTS5 finds best, up to this many (a common word can match a
# hundred thousand); the curated documents are few and are ranked all.
CANDIDATES = 500


def word_stems(text: str, language: str) -> list[tuple[str, str]]:
    """(Snowball stem, word) for each word of the text that is not a stop word or a number
    (the metrics' keywords)."""
    words = [
        word.lower()
        for word in WORD.findall(text or "")
        if len(word) > 2 and not word.isdigit() and word.lower() not in stopwords(language)
    ]
    return [(stem, word) for word in words if (stem := snowball_stem(language, word))]


def create_tables(cursor) -> None:
    for table in (CURATED, CASES):
        cursor.execute(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {table} USING fts5("
            "title, body, tokenize = 'unicode61 remove_diacritics 0')"
        )


def _table(kind: str) -> str:
    return CASES if kind == CASE else CURATED


def _quoted(term: str) -> str:
    prefix = term.endswith("*")
    term = term.rstrip("*")
    return '"' + term.replace('"', '""') + '"' + ("*" if prefix else "")


def expression(groups: list[tuple[str, ...]], any_word: bool) -> str:
    """An FTS5 query: any term of a word, and every word (or, `any_word`, any)."""
    if any_word:
        unique = dict.fromkeys(term for group in groups for term in group)
        return " OR ".join(_quoted(term) for term in unique)
    return " AND ".join(
        "(" + " OR ".join(_quoted(term) for term in group) + ")" for group in groups if group
    )


class SqliteBackend(SearchBackend):
    def index(self, document_ids: Iterable[int]) -> None:
        from luukku.search.models import SearchDocument

        self.index_documents(SearchDocument.objects.filter(pk__in=list(document_ids)))

    def index_documents(self, documents: Iterable) -> None:
        rows = {CURATED: [], CASES: []}
        for document in documents:
            rows[_table(document.kind)].append(
                (
                    document.pk,
                    " ".join(terms(document.title, document.language)),
                    " ".join(terms(document.body, document.language)),
                )
            )
        with connection.cursor() as cursor:
            for table, written in rows.items():
                if not written:
                    continue
                # A document never changes kind: it is only ever in its kind's table.
                cursor.executemany(
                    f"DELETE FROM {table} WHERE rowid = %s", [[row[0]] for row in written]
                )
                cursor.executemany(
                    f"INSERT INTO {table} (rowid, title, body) VALUES (%s, %s, %s)", written
                )

    def remove(self, document_ids: Iterable[int]) -> None:
        ids = [[pk] for pk in document_ids]
        if not ids:
            return
        with connection.cursor() as cursor:
            for table in (CURATED, CASES):
                cursor.executemany(f"DELETE FROM {table} WHERE rowid = %s", ids)

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
        # FTS5's BM25 takes its statistics from the whole table whatever the kinds asked for,
        # so `each_kind` needs only `limit` counted per kind.
        query = expression(groups, any_word)
        if not query:
            return []
        scores = {}
        with connection.cursor() as cursor:
            for table, wanted, candidates in (
                (CURATED, bool(kinds - {CASE}), None),
                (CASES, CASE in kinds, CANDIDATES),
            ):
                if not wanted:
                    continue
                cursor.execute(
                    f"SELECT rowid, -bm25({table}, 3.0, 1.0) FROM {table} "
                    f"WHERE {table} MATCH %s ORDER BY rank LIMIT %s",
                    [query, -1 if candidates is None else candidates],
                )
                scores.update(cursor.fetchall())
        if not scores:
            return []
        allowed = dict(
            documents.filter(
                pk__in=list(scores), language=language, kind__in=list(kinds)
            ).values_list("pk", "kind")
        )
        ranked = sorted(allowed, key=lambda pk: (-scores[pk], pk))
        if each_kind:
            ranked = [
                pk for kind in kinds for pk in [p for p in ranked if allowed[p] == kind][:limit]
            ]
            ranked.sort(key=lambda pk: (-scores[pk], pk))
        else:
            ranked = ranked[:limit]
        return [Match(pk, scores[pk]) for pk in ranked]
