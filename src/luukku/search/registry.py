"""What the index holds, as the content apps register it (`services.search_register`).

`search` is a foundation below the apps whose things it finds, so it imports none of them:
each content app registers, in its `AppConfig.ready()`, the kind of document it makes, the
model it makes it from and the function that builds its documents, the way Wagtail's search
registers indexed models.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from .documents import Document


@dataclass(frozen=True)
class Indexed:
    kind: str  # a `SearchDocument.Kind`
    model: str  # "app_label.ModelName"
    documents: Callable[[Any], list[Document]]
    # For documents staff may see only some of: the ids, among those given, of the objects
    # the viewer may see (checked on the matched objects only, after the search).
    visible: Callable[[Any, Iterable[int]], Iterable[int]] | None = None


INDEXED: dict[str, Indexed] = {}


def indexed(kind: str) -> Indexed:
    """The registration of a kind of document (KeyError if no app registered it)."""
    return INDEXED[kind]
