"""Reads of the catalogue for citizens and staff.

Citizens (the public pages, the web form, bookings and callbacks, Open311) see only the
published services that are not internal (`services_for_citizens`); staff see every service.
"""

from django.db.models import Case, IntegerField, Prefetch, Q, QuerySet, Value, When
from django.utils.translation import get_language

from luukku.core.reference import ReferenceList
from luukku.organisation.models import Organisation
from luukku.search.models import SearchDocument, SearchMiss
from luukku.search.selectors import search

from .models import RequestField, RequestFieldOption, Service, ServiceChannel


def services_for_citizens() -> QuerySet[Service]:
    """The services a citizen may see and use: published, and not internal to the city's
    staff (keys and access rights are requested by a supervisor, not by the public)."""
    return Service.objects.filter(is_published=True, internal=False)


# The choices of the staff pages' selects (see core.reference).
SERVICES = ReferenceList(
    "services", Service.objects.select_related("provider"), models=[Organisation]
)
PUBLISHED_SERVICES = ReferenceList("published-services", Service.objects.filter(is_published=True))
# The services that take requests from citizens, with their questions: the web form and
# Open311.
REQUESTABLE = ReferenceList(
    "requestable-services",
    services_for_citizens()
    .filter(accepts_requests=True)
    .prefetch_related(
        Prefetch("request_fields", queryset=RequestField.objects.prefetch_related("options"))
    ),
    models=[RequestField, RequestFieldOption],
)


RELATIVE_SCORE_FLOOR = 0.35


def service_list(*, query: str = "", topic: str = "") -> QuerySet[Service]:
    """The citizens' services, filtered by a free-text query in the reader's language and
    Finnish; with a query best first, otherwise by name.

    A service matches when full-text search finds it (inflected words: "katuvaloja") or when
    every word is part of its name, summary or keywords (the start of a word: "kart"). The
    search's matches come first in the order of its score, then the other matches by name.
    """
    services = services_for_citizens().select_related("provider", "topic")
    if topic:
        services = services.filter(topic__slug=topic)
    language = get_language() or "fi"
    by_name = f"name_{language}" if language in {"fi", "sv", "en"} else "name"
    languages = list(dict.fromkeys([language, "fi"]))
    if not query.strip():
        return services.order_by(by_name)
    every_word = Q()
    for word in query.split():
        condition = Q()
        for lang in languages:
            for field in ("name", "summary", "keywords"):
                condition |= Q(**{f"{field}_{lang}__icontains": word})
        every_word &= condition
    # Ranked by any word (BM25: the rarer a shared word, the more it counts), so a plain
    # question ("milloin aurataan", "päiväkotimaksu") finds the service that shares its
    # telling words even when some words are nowhere; matches far weaker than the best are
    # left out.
    found = search(
        text=query,
        languages=languages,
        kinds=[SearchDocument.Kind.SERVICE],
        any_word=True,
        limit=50,
    )
    if found:
        found = [hit for hit in found if hit.score >= found[0].score * RELATIVE_SCORE_FLOOR]
    rank: dict[int, int] = {}
    for hit in found:  # best first; a service found in two languages keeps its best place
        rank.setdefault(hit.object_id, len(rank))
    services = services.filter(every_word | Q(pk__in=list(rank)))
    if not rank:  # (an ORDER BY a constant alone would be read as a column's position)
        return services.order_by(by_name)
    place = Case(
        *(When(pk=pk, then=Value(position)) for pk, position in rank.items()),
        default=Value(len(rank)),
        output_field=IntegerField(),
    )
    return services.order_by(place, by_name)


def search_misses(*, resolved: bool = False) -> QuerySet[SearchMiss]:
    """The citizens' searches that found nothing, the most searched first, then the newest."""
    return SearchMiss.objects.filter(resolved=resolved).order_by("-count", "-last_seen", "pk")


def search_miss_get(*, pk: int) -> SearchMiss:
    return SearchMiss.objects.get(pk=pk)


def service_get(*, code: str) -> Service:
    """Any service, published or not, for the catalogue keeper's pages."""
    return Service.objects.get(code=code)


def service_get_published(*, code: str) -> Service:
    """One of the citizens' services, for its page, booking and callback."""
    return (
        services_for_citizens()
        .select_related("provider", "topic", "responsible_unit__department")
        .prefetch_related(
            Prefetch(
                "channels",
                queryset=ServiceChannel.objects.select_related("service_point").prefetch_related(
                    "service_point__opening_hours", "service_point__exceptional_hours"
                ),
            ),
            "materials",
            Prefetch("request_fields", queryset=RequestField.objects.prefetch_related("options")),
        )
        .get(code=code)
    )


def services_requestable() -> QuerySet[Service]:
    """The citizens' services that take requests (the Open311 service list), by code."""
    return (
        services_for_citizens()
        .filter(accepts_requests=True)
        .select_related("topic")
        .prefetch_related("request_fields")
        .order_by("code")
    )


def service_for_intake(*, code: str) -> Service:
    """`service_get_requestable`, from the list kept in each process (REQUESTABLE): the web
    form and Open311 read it on every request taken in. The worker checks the service again
    from the database when it registers the request."""
    try:
        return REQUESTABLE.by("code")[code]
    except KeyError:
        raise Service.DoesNotExist(code) from None


def service_get_requestable(*, code: str) -> Service:
    """One of the citizens' requestable services with its request fields and their options
    (an Open311 service definition)."""
    return (
        services_for_citizens()
        .filter(accepts_requests=True)
        .prefetch_related(
            Prefetch("request_fields", queryset=RequestField.objects.prefetch_related("options"))
        )
        .get(code=code)
    )
