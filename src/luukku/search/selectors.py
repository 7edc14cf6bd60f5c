"""Searching: one entry point for the staff workspace, the citizen pages and suggestions."""

from collections.abc import Iterable
from dataclasses import dataclass

from . import morphology, spelling
from .backends import backend
from .models import SearchDocument
from .registry import INDEXED

LANGUAGES = ("fi", "sv", "en")
SAME_SERVICE_BOOST = 1.5
SNIPPET_LENGTH = 220


@dataclass(frozen=True)
class SearchHit:
    kind: str
    object_id: int
    language: str
    title: str
    snippet: str
    service_id: int | None
    score: float


def _snippet(body: str) -> str:
    text = " ".join(body.split())
    return text if len(text) <= SNIPPET_LENGTH else text[:SNIPPET_LENGTH].rsplit(" ", 1)[0] + " …"


def _documents_for(viewer, kinds: Iterable[str] | None, public_only: bool):
    documents = SearchDocument.objects.all()
    if kinds:
        documents = documents.filter(kind__in=list(kinds))
    if viewer is None or not viewer.is_authenticated:
        documents = documents.exclude(kind=SearchDocument.Kind.CASE)
        return documents.filter(public=True) if public_only else documents
    return documents


def _visible(matches: list, rows: dict, viewer) -> list:
    """Staff see the documents of a kind registered with a `visible` rule (cases: within
    their access) only where it lets them: checked on the matched objects only (a condition
    on every case in the index would cost more than the search)."""
    if viewer is None or not viewer.is_authenticated:
        return matches
    for kind, entry in INDEXED.items():
        if entry.visible is None:
            continue
        ids = {rows[m.document_id].object_id for m in matches if rows[m.document_id].kind == kind}
        if not ids:
            continue
        visible = set(entry.visible(viewer, ids))
        matches = [
            m
            for m in matches
            if rows[m.document_id].kind != kind or rows[m.document_id].object_id in visible
        ]
    return matches


def query_word_groups(
    text: str, language: str, *, every_part: bool = False
) -> list[tuple[str, tuple[str, ...]]]:
    """(word, the terms any of which match it) for each of a query's words
    (`morphology.query_group`): a misspelt word matches as written or as corrected from the
    fixed vocabulary (`spelling`), so a name only cases hold is still found; with
    `every_part` (a ranking by any word), a compound by all its parts, also one that only
    splits into words the city wrote."""
    known = spelling.vocabulary(language)
    corrected = spelling.corrections(text, language, known)
    found = []
    for word in morphology.query_words(text, language):
        group = morphology.query_group(word, language, every_part=every_part)
        if word in corrected:
            also = morphology.query_group(corrected[word], language, every_part=every_part)
            group = tuple(dict.fromkeys(group + also))
        elif every_part:
            for part in spelling.compound_parts(word, language, known):
                group = tuple(dict.fromkeys(group + morphology.query_group(part, language)))
        if group:
            found.append((word, group))
    return found


def query_groups(text: str, language: str, *, every_part: bool = False) -> list[tuple[str, ...]]:
    """The query's words as `query_word_groups` matches them, without the words."""
    return [group for _word, group in query_word_groups(text, language, every_part=every_part)]


def search(
    *,
    text: str,
    viewer=None,
    public_only: bool = True,
    languages: Iterable[str] = LANGUAGES,
    kinds: Iterable[str] | None = None,
    service_id: int | None = None,
    any_word: bool = False,
    limit: int = 20,
    each_kind: bool = False,
) -> list[SearchHit]:
    """Search services, articles, templates and cases, best first.

    Citizens (`viewer` None or anonymous) find only public documents; staff find cases only
    within their access. Luukku itself (suggestions: no viewer, `public_only=False`) finds
    every document but cases. Each language's documents are matched with that language's
    terms (`morphology`: Voikko's base forms and compound parts for Finnish), misspelt words
    also as corrected (`spelling`). `service_id` ranks the service's own documents higher.
    `each_kind`: `limit` of each kind, each ranked as if searched alone (the case page's
    templates and articles from one search).
    """
    text = (text or "").strip()[:2000]
    if not text:
        return []
    documents = _documents_for(viewer, kinds, public_only)
    allowed = frozenset(kinds or SearchDocument.Kind.values)
    if viewer is None or not viewer.is_authenticated:
        allowed -= {SearchDocument.Kind.CASE}
    search_backend = backend()
    matches = []
    for language in languages:
        groups = query_groups(text, language, every_part=any_word)
        if not groups:
            continue
        matches += search_backend.match(
            groups=groups,
            language=language,
            documents=documents,
            kinds=allowed,
            any_word=any_word,
            limit=limit * 3,
            each_kind=each_kind,
        )
    if not matches:
        return []
    rows = SearchDocument.objects.defer("vector").in_bulk([m.document_id for m in matches])
    matches = _visible(matches, rows, viewer)
    hits = []
    for match in matches:
        row = rows[match.document_id]
        score = match.score
        if service_id is not None and row.service_id == service_id:
            score *= SAME_SERVICE_BOOST
        hits.append(
            SearchHit(
                kind=row.kind,
                object_id=row.object_id,
                language=row.language,
                title=row.title,
                snippet=_snippet(row.body),
                service_id=row.service_id,
                score=score,
            )
        )
    hits.sort(key=lambda hit: (-hit.score, hit.kind, hit.object_id))
    if each_kind:  # each kind's best `limit`, kind by kind
        return [hit for kind in sorted(allowed) for hit in _of_kind(hits, kind)[:limit]]
    return hits[:limit]


def _of_kind(hits: list[SearchHit], kind: str) -> list[SearchHit]:
    return [hit for hit in hits if hit.kind == kind]
