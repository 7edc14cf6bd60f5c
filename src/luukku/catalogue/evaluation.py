"""How well the citizens' service search finds the right service, on a labelled set.

A labelled set is a CSV file with the columns `query`, `language` (fi, sv, en) and
`services`: the codes of the services that count as a right answer, separated by `|`. Each
query goes through `service_list`, the function the citizens' search page uses, with the
query's language active, in the order it gives.
"""

from dataclasses import dataclass, field
from pathlib import Path

from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.translation import gettext as _

from luukku.core.labelled_sets import answers, labelled_rows
from luukku.search.documents import LANGUAGES

from .models import Service
from .selectors import service_list

QUERIES = Path(__file__).parent / "data" / "search-queries.csv"
COLUMNS = ("query", "language", "services")


@dataclass(frozen=True)
class LabelledQuery:
    line: int
    query: str
    language: str
    services: tuple[str, ...]


@dataclass
class SearchTally:
    queries: int = 0
    first: int = 0
    top3: int = 0
    zero: int = 0

    def add(self, services: tuple[str, ...], found: list[str]) -> None:
        self.queries += 1
        self.first += bool(found) and found[0] in services
        self.top3 += any(code in services for code in found[:3])
        self.zero += not found

    def figures(self) -> dict:
        def rate(part: int) -> float | None:
            return round(part / self.queries, 4) if self.queries else None

        return {
            "queries": self.queries,
            "first": self.first,
            "top3": self.top3,
            "zero_results": self.zero,
            "first_rate": rate(self.first),
            "top3_rate": rate(self.top3),
            "zero_result_rate": rate(self.zero),
        }


@dataclass
class SearchEvaluation:
    overall: SearchTally = field(default_factory=SearchTally)
    by_language: dict[str, SearchTally] = field(default_factory=dict)
    # (query, the codes found, first three) for each query whose right service was not first
    misses: list[tuple[LabelledQuery, list[str]]] = field(default_factory=list)

    def figures(self, *, misses: bool = False) -> dict:
        figures = {
            "overall": self.overall.figures(),
            "by_language": {
                language: tally.figures() for language, tally in sorted(self.by_language.items())
            },
        }
        if misses:
            figures["misses"] = [
                {
                    "line": labelled.line,
                    "language": labelled.language,
                    "query": labelled.query,
                    "services": list(labelled.services),
                    "found": found,
                }
                for labelled, found in self.misses
            ]
        return figures


def labelled_queries_read(path: Path) -> list[LabelledQuery]:
    """The labelled queries in `path`, checked: every row complete, every service known."""
    queries = [
        LabelledQuery(
            line=line,
            query=row["query"],
            language=row["language"],
            services=answers(row["services"]),
        )
        for line, row in labelled_rows(path, COLUMNS)
    ]
    _check(queries)
    return queries


def _check(queries: list[LabelledQuery]) -> None:
    known = set(Service.objects.values_list("code", flat=True))
    errors = []
    for labelled in queries:
        if not labelled.query or labelled.language not in LANGUAGES or not labelled.services:
            errors.append(
                _("Line %(line)d: a query, a language (fi, sv or en) and a service are needed.")
                % {"line": labelled.line}
            )
            continue
        for code in labelled.services:
            if code not in known:
                errors.append(
                    _("Line %(line)d: no service “%(code)s”.")
                    % {"line": labelled.line, "code": code}
                )
    if not queries:
        errors.append(_("The file has no queries."))
    if errors:
        raise ValidationError(errors)


def search_evaluate(*, queries: list[LabelledQuery]) -> SearchEvaluation:
    """Run each query through the citizens' service search and count where the right one came."""
    evaluation = SearchEvaluation()
    for labelled in queries:
        with translation.override(labelled.language):
            found = [service.code for service in service_list(query=labelled.query)]
        evaluation.overall.add(labelled.services, found)
        tally = evaluation.by_language.setdefault(labelled.language, SearchTally())
        tally.add(labelled.services, found)
        if not found or found[0] not in labelled.services:
            evaluation.misses.append((labelled, found[:3]))
    return evaluation
