from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import QuerySet


@dataclass(frozen=True)
class Match:
    document_id: int
    score: float


class SearchBackend:
    def index(self, document_ids: Iterable[int]) -> None:
        """Bring the backend's index up to date with these documents (created or changed)."""
        raise NotImplementedError

    def index_documents(self, documents: Iterable) -> None:
        """`index` for documents just written (`SearchDocument` rows with their pk, language,
        title and body), without reading them again."""
        self.index([document.pk for document in documents])

    def remove(self, document_ids: Iterable[int]) -> None:
        raise NotImplementedError

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
        """The documents (of `language` and `kinds`, among `documents`) that match the query,
        best first (with `each_kind`, at least `limit` of each kind, each ranked as if
        searched alone).

        `groups` holds a query's words, each as the terms any of which match it
        (`search.morphology.query_group`, with the spelling correction's): a term ending in
        "*" matches as a prefix. `any_word=False` wants every word (a search box);
        `any_word=True` ranks by how many and how rare the shared terms are (suggestions for
        a whole message).
        """
        raise NotImplementedError
