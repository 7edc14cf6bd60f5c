"""How well a template fits a message: the no-answer floor's measure.

The search engine's scores cannot carry a floor: their scale depends on the database
(SQLite's FTS5 BM25, PostgreSQL's BM25 over candidates), on what else is indexed (cases
change the statistics) and it changes whenever the engine does. The fit is measured on a
scale of its own, 0..1: the share of the message that the template covers, each of the
message's distinct words weighted by its inverse document frequency among the language's
templates (BM25's IDF, log(1 + (N - n + 0.5) / (n + 0.5)); a word no template has weighs
most). A message about something the folder does not know is mostly such words, however
many common ones it shares with a template; a short answerable one ("katulamppu rikki") is
mostly covered. The statistics come from the indexed template documents only (never cases),
so the scale does not move with the number of cases or the database, but it does with the
index terms and the phrase folder: recalibrate with `luukku suggestions_evaluate
--calibrate` when those change.

Measured on the tuning sets (551 answerable messages, 114 that no demo template answers;
SQLite, Voikko terms, 2026-12-05), the share separated the answerable from the unanswerable
with ROC AUC 0.94, where the summed evidence of the shared words (in units of a word only
one template has) reached 0.76 and the engine's own BM25 score 0.74: a long message shares
many words with some template whether or not it is answered.
"""

import bisect
import math
from collections import Counter
from dataclasses import dataclass

from django.db.models import Count, Max

from luukku.search.models import SearchDocument
from luukku.search.morphology import names
from luukku.search.morphology import terms as index_terms
from luukku.search.selectors import query_word_groups


@dataclass(frozen=True)
class _Statistics:
    version: tuple
    terms: dict[int, frozenset[str]]  # object id -> its document's terms
    vocabulary: list[str]  # every term of every document, sorted
    frequency: Counter  # term -> number of documents that have it

    def matches(self, group: tuple[str, ...], terms: frozenset[str] | None = None) -> set[str]:
        """The vocabulary's terms that a query word's terms match (`search.morphology.
        query_group`: itself, or for a Snowball stem ending in "*" the longer words it begins,
        as both search backends match them)."""
        found = set()
        for term in group:
            if term.endswith("*"):
                start = bisect.bisect_left(self.vocabulary, term[:-1])
                end = bisect.bisect_left(self.vocabulary, term[:-1] + "\U0010ffff")
                found.update(self.vocabulary[start:end])
            elif term in self.frequency:
                found.add(term)
        return found if terms is None else found & terms

    def weight(self, group: tuple[str, ...]) -> float:
        """The query word's BM25 inverse document frequency among the templates."""
        matched = self.matches(group)
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
        object_id: frozenset(index_terms(f"{title}\n{body}", language))
        for object_id, title, body in documents.values_list("object_id", "title", "body")
    }
    frequency = Counter(term for document in terms.values() for term in document)
    statistics = _Statistics(version, terms, sorted(frequency), frequency)
    _cache[(kind, language)] = statistics
    return statistics


def fits(*, text: str, language: str, object_ids: list[int], kind: str = "template") -> list[float]:
    """How much of the message each document of `object_ids` covers, 0..1, in their order:
    the rarity-weighted share of the message's words it contains, each word weighted by its
    inverse document frequency among the language's templates (a word no template has weighs
    most). 0 when they share no word or the message has none. Names and numbers (a street, a
    person, a pole's number) say where and who, not what, and are not counted. The message's
    words and the statistics are read once for all the documents."""
    statistics = _statistics(kind, language)
    left_out = names(text, language)
    # The words as a search box matches them: a compound by its head (its other parts would
    # let a message share words with templates it has nothing to do with), a misspelt word
    # also as corrected.
    groups = [
        group
        for word, group in query_word_groups(text, language, every_part=False)
        if word not in left_out
    ]
    weights = [statistics.weight(group) for group in groups]
    total = sum(weights)
    if not total:
        return [0.0 for _ in object_ids]
    shares = []
    for object_id in object_ids:
        document = statistics.terms.get(object_id, frozenset())
        found = sum(
            weight
            for group, weight in zip(groups, weights, strict=True)
            if statistics.matches(group, document)
        )
        shares.append(found / total)
    return shares
