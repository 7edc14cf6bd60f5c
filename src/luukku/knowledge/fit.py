"""How well a template fits a message: the no-answer floor's measure.

The search engine's scores cannot carry a floor: their scale depends on the database
(SQLite's FTS5 BM25, PostgreSQL's BM25 over candidates), on what else is indexed (cases
change the statistics) and it changes whenever the engine does. The fit is measured on a
scale of its own: the evidence the template gives for the message, the sum over the
message's distinct words that the template contains of each word's inverse document frequency
among the language's templates (BM25's IDF, log(1 + (N - n + 0.5) / (n + 0.5))), counted in
units of the weight of a word only one template has: 1.0 is one word as telling as a word
only one template has, or several commoner ones. The statistics come from the indexed
template documents only (never cases), so the scale does not move with the number of cases or
the database, nor much with the size of the phrase folder (the unit grows with it), but it
does with the index terms themselves (Snowball stems, or Voikko base forms): recalibrate with
`luukku suggestions_evaluate --calibrate` when those change.

Measured on the tuning set plus 40 messages no demo template answers (SQLite, Snowball
stems), this evidence separated the answerable from the unanswerable better (ROC AUC 0.84)
than the rarity-weighted share of the message's words found (0.81) or the same share over
the words the phrase folder knows (0.68); the engine's own BM25 score separates a little
better (0.88) but on a scale that moves with the database and the engine.
"""

import bisect
import math
from collections import Counter
from dataclasses import dataclass

from django.db.models import Count, Max

from luukku.search.models import SearchDocument

from luukku.search.morphology import terms as _terms

PREFIX_LENGTH = 4  # like the SQLite index, a stem of 4+ letters also matches longer words


@dataclass(frozen=True)
class _Statistics:
    version: tuple
    terms: dict[int, frozenset[str]]  # object id -> its document's terms
    vocabulary: list[str]  # every term of every document, sorted
    frequency: Counter  # term -> number of documents that have it

    def matches(self, term: str, terms: frozenset[str] | None = None) -> set[str]:
        """The vocabulary's terms that a query term matches (itself, or longer words it
        begins, for a stem of PREFIX_LENGTH letters or more)."""
        if len(term) < PREFIX_LENGTH:
            found = {term} if term in self.frequency else set()
        else:
            start = bisect.bisect_left(self.vocabulary, term)
            end = bisect.bisect_left(self.vocabulary, term + "\U0010ffff")
            found = set(self.vocabulary[start:end])
        return found if terms is None else found & terms

    def weight(self, term: str) -> float:
        """The term's BM25 inverse document frequency among the templates."""
        matched = self.matches(term)
        documents = sum(1 for terms in self.terms.values() if not matched.isdisjoint(terms))
        total = len(self.terms)
        return math.log(1 + (total - documents + 0.5) / (documents + 0.5))

    def unique_weight(self) -> float:
        """The weight of a word only one template has: the fit's unit."""
        return math.log(1 + (len(self.terms) - 0.5) / 1.5)


_cache: dict[tuple[str, str], _Statistics] = {}


def _statistics(kind: str, language: str) -> _Statistics:
    documents = SearchDocument.objects.filter(kind=kind, language=language)
    version = tuple(
        documents.aggregate(count=Count("pk"), last=Max("updated_at"), top=Max("pk")).values()
    )
    cached = _cache.get((kind, language))
    if cached is not None and cached.version == version:
        return cached
    terms = {
        object_id: frozenset(_terms(f"{title}\n{body}", language))
        for object_id, title, body in documents.values_list("object_id", "title", "body")
    }
    frequency = Counter(term for document in terms.values() for term in document)
    statistics = _Statistics(version, terms, sorted(frequency), frequency)
    _cache[(kind, language)] = statistics
    return statistics


def fit(*, text: str, language: str, object_id: int, kind: str = "template") -> float:
    """The evidence the document of `object_id` gives for the message: the summed inverse
    document frequency of the message's words it contains, in units of a word only one
    document has (0: no word in common)."""
    statistics = _statistics(kind, language)
    document = statistics.terms.get(object_id, frozenset())
    query = list(dict.fromkeys(_terms(text, language, query=True)))
    evidence = sum(statistics.weight(term) for term in query if statistics.matches(term, document))
    return evidence / statistics.unique_weight()
