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
        self, *, text: str, language: str, documents: QuerySet, any_word: bool, limit: int
    ) -> list[Match]:
        """The documents (of `language`, among `documents`) that match `text`, best first.

        `any_word=False` wants every word (a search box); `any_word=True` ranks by how many
        and how rare the shared words are (suggestions for a whole message).
        """
        raise NotImplementedError

    def similar(self, *, text: str, language: str, documents: QuerySet, limit: int) -> list[Match]:
        """Documents whose titles are spelt like `text`: asked when nothing matched at all (a
        typo). Backends that correct words while matching need nothing more."""
        return []
