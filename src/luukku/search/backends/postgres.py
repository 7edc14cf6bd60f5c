"""PostgreSQL: tsvector with the language's text search configuration, plus trigram
similarity of the title for misspelt words."""

from collections.abc import Iterable

from django.contrib.postgres.search import (
    SearchQuery,
    SearchRank,
    SearchVector,
    TrigramWordSimilarity,
)
from django.db import connection
from django.db.models import F, QuerySet

from .base import Match, SearchBackend

CONFIGS = {"fi": "finnish", "sv": "swedish", "en": "english"}
TYPO_SIMILARITY = 0.45


class PostgresBackend(SearchBackend):
    def index(self, document_ids: Iterable[int]) -> None:
        from luukku.search.models import SearchDocument

        ids = list(document_ids)
        for language, config in CONFIGS.items():
            SearchDocument.objects.filter(pk__in=ids, language=language).update(
                vector=SearchVector("title", weight="A", config=config)
                + SearchVector("body", weight="B", config=config)
            )

    def remove(self, document_ids: Iterable[int]) -> None:
        """The rows carry their own vectors; nothing else to remove."""

    def _query(self, text: str, config: str, any_word: bool) -> SearchQuery | None:
        with connection.cursor() as cursor:
            cursor.execute("SELECT plainto_tsquery(%s::regconfig, %s)::text", [config, text])
            terms = cursor.fetchone()[0]
        if not terms:
            return None
        if any_word:
            terms = terms.replace(" & ", " | ")
        return SearchQuery(terms, config=config, search_type="raw")

    def match(
        self, *, text: str, language: str, documents: QuerySet, any_word: bool, limit: int
    ) -> list[Match]:
        config = CONFIGS.get(language, "simple")
        query = self._query(text, config, any_word)
        found = []
        if query is not None:
            found = list(
                documents.filter(language=language, vector=query)
                .annotate(score=SearchRank(F("vector"), query))
                .order_by("-score", "pk")
                .values_list("pk", "score")[:limit]
            )
        if not found and not any_word:
            # Nothing matched as written: try the titles for words spelt a little differently.
            found = list(
                documents.filter(language=language)
                .annotate(score=TrigramWordSimilarity(text, "title"))
                .filter(score__gte=TYPO_SIMILARITY)
                .order_by("-score", "pk")
                .values_list("pk", "score")[:limit]
            )
        return [Match(pk, float(score)) for pk, score in found]
