"""Reading the phrase folder: suggestions for a case, templates filled in, review lists."""

import datetime as dt
from dataclasses import dataclass, replace

from django.db.models import Count, Q, QuerySet
from django.utils import formats, timezone, translation

from luukku.cases.models import Case, CaseEvent
from luukku.cases.replies import is_greeting, is_sign_off, sign_off_removed
from luukku.cases.services import reply_due
from luukku.customers.models import Customer
from luukku.organisation.models import User
from luukku.search.models import SearchDocument
from luukku.search.selectors import search

from .fit import fits
from .models import Article, ReplyTemplate, TemplateUse

SUGGESTION_TEXT_LIMIT = 3000
# A suggestion far weaker than the best one is noise, not an answer.
RELATIVE_SCORE_FLOOR = 0.35
# A template that fits the message less than this (knowledge.fit: the rarity-weighted share of
# the message it covers, names and numbers left out) is not suggested, and when none fits the
# case page says so instead of suggesting. Calibrated with `luukku suggestions_evaluate
# --calibrate` on the tuning sets (591 answerable messages, 112 unanswerable; SQLite, Voikko,
# 2026-12-05) as the floor that refuses the most unanswerable messages with at least 90 %
# precision for at most 2 points of top-3 on the answerable: 0.17 refuses 45 % of them with
# 94 % precision (top-3 95.3 -> 93.7 %, 0.5 % refused); 0.20 would refuse 56 % with 90 % for
# 2.8 points. Calibrate again when the index terms or the phrase folder change.
NO_ANSWER_FLOOR = 0.17


@dataclass(frozen=True)
class Suggestion:
    rank: int
    kind: str  # "template" or "article"
    object: ReplyTemplate | Article
    score: float


def _message_text(case: Case, events: list[CaseEvent] | None = None) -> str:
    """What the customer asked: the subject and their latest message (from the timeline
    in time order, when the caller has it already)."""
    if events is None:
        messages = case.events.filter(kind=CaseEvent.Kind.MESSAGE_IN)
        latest = messages.order_by("-at", "-pk").first()
    else:
        latest = next((e for e in reversed(events) if e.kind == CaseEvent.Kind.MESSAGE_IN), None)
    return f"{case.subject}\n{latest.body if latest else ''}"[:SUGGESTION_TEXT_LIMIT]


def _found(
    limits: dict[str, int],
    *,
    text: str,
    language: str,
    any_word: bool = False,
    service_id: int | None = None,
) -> dict[str, list[tuple[float, ReplyTemplate | Article]]]:
    """Templates and articles matching the text, best first, as (score, object): at most
    `limits[kind]` of each kind asked for, from one search (the case page asks for both).

    For a whole message (`any_word`), matches far weaker than the best of their kind are left
    out.
    """
    hits = search(
        text=text[:SUGGESTION_TEXT_LIMIT],
        viewer=None,
        public_only=False,
        languages=[language],
        kinds=list(limits),
        service_id=service_id,
        any_word=any_word,
        limit=max(limits.values()),
        each_kind=True,  # each kind ranked as if searched alone, and its own `limit`
    )
    found = {}
    for kind, limit in limits.items():
        own = [hit for hit in hits if hit.kind == kind][:limit]
        if any_word and own:
            own = [hit for hit in own if hit.score >= own[0].score * RELATIVE_SCORE_FLOOR]
        objects = FOUND_OBJECTS[kind]().in_bulk([hit.object_id for hit in own])
        found[kind] = [
            (hit.score, objects[hit.object_id]) for hit in own if hit.object_id in objects
        ]
    return found


FOUND_OBJECTS = {
    SearchDocument.Kind.TEMPLATE: lambda: ReplyTemplate.objects.filter(is_active=True),
    SearchDocument.Kind.ARTICLE: lambda: Article.objects.filter(is_published=True),
}


def _suggestions(kind: str, found: list[tuple[float, ReplyTemplate | Article]]) -> list[Suggestion]:
    return [Suggestion(rank, kind, obj, score) for rank, (score, obj) in enumerate(found, start=1)]


def _fitting(text: str, suggestions: list[Suggestion], floor: float) -> list[Suggestion]:
    """The suggested templates fitting the message at least `floor` (NO_ANSWER_FLOOR)."""
    if floor <= 0:
        return suggestions
    shares = template_fits(text=text, suggestions=suggestions)
    fitting = [s for s, share in zip(suggestions, shares, strict=True) if share >= floor]
    return [replace(s, rank=rank) for rank, s in enumerate(fitting, start=1)]


def templates_suggested(
    *,
    text: str,
    language: str,
    service_id: int | None = None,
    limit: int = 3,
    floor: float = NO_ANSWER_FLOOR,
) -> list[Suggestion]:
    """The reply templates most likely to answer a message, best first, each fitting the
    message at least `floor` (see NO_ANSWER_FLOOR): none when no template does."""
    kind = SearchDocument.Kind.TEMPLATE
    found = _found(
        {kind: limit}, text=text, language=language, service_id=service_id, any_word=True
    )
    return _fitting(text, _suggestions(kind, found[kind]), floor)


def template_fits(*, text: str, suggestions: list[Suggestion]) -> list[float]:
    """How well each suggested template fits the message (knowledge.fit), 0..1, in order."""
    text = text[:SUGGESTION_TEXT_LIMIT]
    shares = {}
    for language in {s.object.language for s in suggestions}:
        ids = [s.object.pk for s in suggestions if s.object.language == language]
        shares.update(zip(ids, fits(text=text, language=language, object_ids=ids), strict=True))
    return [shares[s.object.pk] for s in suggestions]


def articles_suggested(
    *, text: str, language: str, service_id: int | None = None, limit: int = 2
) -> list[Suggestion]:
    """The articles most likely to answer a message, best first."""
    kind = SearchDocument.Kind.ARTICLE
    found = _found(
        {kind: limit}, text=text, language=language, service_id=service_id, any_word=True
    )
    return _suggestions(kind, found[kind])


def case_suggestions(
    *, case: Case, events: list[CaseEvent] | None = None
) -> dict[str, list[Suggestion]]:
    """What the phrase folder offers for the case's latest message, in the case's language
    (three templates and two articles at most, from one search); `events`, the timeline in
    time order if the caller has read it."""
    text = _message_text(case, events)
    template, article = SearchDocument.Kind.TEMPLATE, SearchDocument.Kind.ARTICLE
    found = _found(
        {template: 3, article: 2},
        text=text,
        language=case.language,
        service_id=case.service_id,
        any_word=True,
    )
    return {
        "templates": _fitting(text, _suggestions(template, found[template]), NO_ANSWER_FLOOR),
        "articles": _suggestions(article, found[article]),
    }


def templates_find(*, text: str, language: str, limit: int = 10) -> list[ReplyTemplate]:
    """Templates for the agent's own search on the case page (every word must match)."""
    kind = SearchDocument.Kind.TEMPLATE
    found = _found({kind: limit}, text=text, language=language)
    return [template for _score, template in found[kind]]


class _Placeholders(dict):
    def __missing__(self, key):
        return "{" + key + "}"


def reply_promised(*, case: Case, now: dt.datetime | None = None) -> dt.datetime:
    """The date a reply may promise (`{expected_date}`): the case's due time while it is still
    ahead, else a fresh one from now with the service's reply target in business days
    (`reply_due`), so that a reply to an overdue case never promises a day already past. A
    due time still ahead is kept: the customer was told it, and it is not moved later."""
    now = now or timezone.now()
    if case.due_at is not None and case.due_at >= now:
        return case.due_at
    return reply_due(service=case.service, received_at=now)


def customer_addressed(customer: Customer | None) -> str:
    """The name a reply greets the customer by (`{customer_name}`): a person's first and last
    name only (an internal customer's title or unit is not part of it), an organisation's
    name, nothing for an anonymous contact."""
    if customer is None:
        return ""
    if customer.kind == Customer.Kind.ORGANISATION:
        return customer.organisation_name
    return f"{customer.first_name} {customer.last_name}".strip()


def template_render(*, template: ReplyTemplate, case: Case, user: User) -> str:
    """The template's text with the case's details in place of its placeholders."""
    from luukku.cases.notifications import case_private_url

    handler = case.assignee or user
    promised = timezone.localtime(reply_promised(case=case))
    with translation.override(template.language):
        values = _Placeholders(
            reference=case.reference,
            customer_name=customer_addressed(case.customer),
            expected_date=formats.date_format(promised, "DATE_FORMAT"),
            handler=handler.get_full_name() or handler.username,
            service=case.service.name,
            status_link=case_private_url(case),
        )
    # A sign-off in a template saved before they were refused: the reply is signed anyway.
    body = sign_off_removed(template.body)
    try:
        text = body.format_map(values)
    except (ValueError, IndexError, AttributeError):
        return body  # a template saved past its validation: show it as written
    # "Hei {customer_name}," for a customer without a name reads "Hei,".
    return text.replace(" ,", ",")


def _filled(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]


def template_text_to_insert(*, text: str, typed: str) -> str:
    """What of a template's filled-in `text` goes into a reply box that already holds `typed`:
    all of it into an empty box; else only what is not there yet, so that the reply never
    greets or signs off twice: without the template's greeting line when the box already
    opens with a greeting, without a sign-off when the box already has one. The one rule for
    "Use" with and without JavaScript."""
    text = text.replace("\r\n", "\n").strip()
    typed_lines = _filled(typed.replace("\r\n", "\n"))
    if not typed_lines:
        return text
    lines = text.split("\n")
    if is_greeting(typed_lines[0]) and lines and is_greeting(lines[0]):
        text = "\n".join(lines[1:]).strip()
    if any(is_sign_off(line) for line in typed_lines):
        text = sign_off_removed(text)
    return text


def paragraph_break(before: str) -> str:
    """What goes between the text before the insertion point and a template's text put there,
    so that the template starts a paragraph of its own: nothing in an empty box or after a
    blank line, one line break after a line break, else a blank line. `web/case.js` follows
    the same rule at the cursor."""
    before = before.replace("\r\n", "\n").rstrip(" \t")
    if not before.strip() or before.endswith("\n\n"):
        return ""
    return "\n" if before.endswith("\n") else "\n\n"


def reply_with_template(*, text: str, typed: str) -> str:
    """The reply box after "Use" without JavaScript (no cursor to go by): what was typed with
    the template's new part (`template_text_to_insert`) after it as a paragraph of its own
    (`paragraph_break`), or before the typed sign-off and the lines under it when the box
    ends with one."""
    typed = typed.replace("\r\n", "\n").rstrip()
    inserted = template_text_to_insert(text=text, typed=typed)
    if not typed or not inserted:
        return typed or inserted
    kept = sign_off_removed(typed)
    if kept != typed.strip() and kept:
        signature = typed.strip()[len(kept) :].strip("\n")
        return f"{kept}{paragraph_break(kept)}{inserted}\n\n{signature}"
    return f"{typed}{paragraph_break(typed)}{inserted}"


STAFF_GROUPS = [
    (SearchDocument.Kind.TEMPLATE, "templates"),
    (SearchDocument.Kind.ARTICLE, "articles"),
    (SearchDocument.Kind.SERVICE, "services"),
    (SearchDocument.Kind.CASE, "cases"),
]
STAFF_GROUP_SIZE = 15


def knowledge_search(*, text: str, viewer: User) -> dict[str, list]:
    """The staff phrase folder's search, grouped: templates, articles and services as hits,
    cases (within the viewer's access) as Case rows.

    A case is listed by its reference and subject only: its messages are personal data, seen
    (and logged) on the case page.
    """
    # Cases are searched apart: a common word matches thousands of them, which would
    # otherwise push every template, article and service out of the hits.
    curated = [kind for kind, _name in STAFF_GROUPS if kind != SearchDocument.Kind.CASE]
    hits = search(text=text, viewer=viewer, public_only=False, kinds=curated, limit=60)
    hits += search(
        text=text,
        viewer=viewer,
        public_only=False,
        kinds=[SearchDocument.Kind.CASE],
        limit=STAFF_GROUP_SIZE,
    )
    found = {
        name: [hit for hit in hits if hit.kind == kind][:STAFF_GROUP_SIZE]
        for kind, name in STAFF_GROUPS
    }
    cases = Case.objects.in_bulk([hit.object_id for hit in found["cases"]])
    found["cases"] = [cases[hit.object_id] for hit in found["cases"] if hit.object_id in cases]
    return found


def article_get(*, pk: int) -> Article:
    """Any article, for staff; raises Article.DoesNotExist."""
    return Article.objects.select_related("owner", "service").get(pk=pk)


def _public_articles() -> QuerySet[Article]:
    return Article.objects.filter(visibility=Article.Visibility.PUBLIC, is_published=True)


def articles_public_search(
    *, text: str, language: str, limit: int = 5, services: list[int] | None = None
) -> list[Article]:
    """Public answers for a citizen's search, in their language or Finnish, best first.

    Ranked by the words they share with the search (any word: a question such as "miten
    haen päiväkotipaikkaa" has words no answer has), keeping those at least 35 % as strong
    as the best. `services`, the services the same search found best first: their answers
    come first, in that order, since a word shared with another service's answer by chance
    ("kortti" of a library card for "bussikortti hukassa") matters less than the service.
    """
    languages = list(dict.fromkeys([language, "fi"]))
    hits = search(
        text=text,
        viewer=None,
        public_only=True,
        languages=languages,
        kinds=[SearchDocument.Kind.ARTICLE],
        any_word=True,
        limit=limit * 2,
    )
    hits = [hit for hit in hits if hit.score >= hits[0].score * RELATIVE_SCORE_FLOOR]
    place = {service_id: order for order, service_id in enumerate(services or [])}
    ranked = sorted(
        enumerate(hits), key=lambda item: (place.get(item[1].service_id, len(place)), item[0])
    )
    ids = list(dict.fromkeys(hit.object_id for _order, hit in ranked))[:limit]
    articles = _public_articles().in_bulk(ids)
    return [articles[pk] for pk in ids if pk in articles]


def article_get_public(*, pk: int) -> Article:
    """A published public article; raises Article.DoesNotExist otherwise."""
    return _public_articles().select_related("service").get(pk=pk)


def service_public_articles(*, service_id: int) -> QuerySet[Article]:
    return _public_articles().filter(service_id=service_id)


def articles_due_for_review(*, owner: User | None) -> QuerySet[Article]:
    """The owner's articles (everyone's for None) whose review date has come, soonest first."""
    articles = Article.objects.filter(review_due__lte=timezone.localdate())
    if owner is not None:
        articles = articles.filter(owner=owner)
    return articles.select_related("owner", "service").order_by("review_due", "pk")


def articles_list(
    *, service_id: int | None = None, service_code: str = "", visibility: str = ""
) -> QuerySet[Article]:
    articles = Article.objects.select_related("owner", "service")
    if service_id:
        articles = articles.filter(service_id=service_id)
    if service_code:
        articles = articles.filter(service__code=service_code)
    if visibility:
        articles = articles.filter(visibility=visibility)
    return articles.order_by("title_fi", "pk")


def templates_list(
    *, language: str = "", service_id: int | None = None, service_code: str = ""
) -> QuerySet[ReplyTemplate]:
    """Reply templates, the most used first."""
    templates = ReplyTemplate.objects.select_related("service")
    if language:
        templates = templates.filter(language=language)
    if service_id:
        templates = templates.filter(service_id=service_id)
    if service_code:
        templates = templates.filter(service__code=service_code)
    return templates.order_by("-is_active", "-usage_count", "title", "pk")


def share(part: int, whole: int) -> float:
    """part / whole, or 0 when there is nothing to divide."""
    return part / whole if whole else 0.0


@dataclass(frozen=True)
class HitRates:
    """How replies written from templates found their template, over a period."""

    uses: int
    first: int  # the first suggestion
    top3: int  # one of the three suggestions
    searched: int  # found by the agent's own search

    @property
    def first_rate(self) -> float:
        return share(self.first, self.uses)

    @property
    def top3_rate(self) -> float:
        return share(self.top3, self.uses)


def suggestion_hit_rates(*, since) -> HitRates:
    """The live hit rate of suggestions, from the templates agents actually used."""
    uses = TemplateUse.objects.filter(at__gte=since).aggregate(
        uses=Count("pk"),
        first=Count("pk", filter=Q(suggested_rank=1)),
        top3=Count("pk", filter=Q(suggested_rank__lte=3)),
        searched=Count("pk", filter=Q(suggested_rank__isnull=True)),
    )
    return HitRates(**uses)
