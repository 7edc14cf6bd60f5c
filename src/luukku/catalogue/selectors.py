"""Reads of the catalogue for citizens and staff."""

from django.db.models import Prefetch, Q, QuerySet
from django.utils.translation import get_language

from luukku.core.reference import ReferenceList
from luukku.organisation.models import Organisation

from .models import RequestField, RequestFieldOption, Service, ServiceChannel

# The choices of the staff pages' selects (see core.reference).
SERVICES = ReferenceList(
    "services", Service.objects.select_related("provider"), models=[Organisation]
)
PUBLISHED_SERVICES = ReferenceList("published-services", Service.objects.filter(is_published=True))
# The services that take requests, with their questions: the web form and Open311.
REQUESTABLE = ReferenceList(
    "requestable-services",
    Service.objects.filter(is_published=True, accepts_requests=True).prefetch_related(
        Prefetch("request_fields", queryset=RequestField.objects.prefetch_related("options"))
    ),
    models=[RequestField, RequestFieldOption],
)


def service_list(*, query: str = "", topic: str = "") -> QuerySet[Service]:
    """Published services, filtered by a free-text query in the reader's language and Finnish.

    A service matches when full-text search finds it (inflected words: "katuvaloja") or when
    every word is part of its name, summary or keywords (the start of a word: "kart").
    """
    from luukku.search.models import SearchDocument
    from luukku.search.selectors import search

    services = Service.objects.filter(is_published=True).select_related("provider", "topic")
    if topic:
        services = services.filter(topic__slug=topic)
    language = get_language() or "fi"
    languages = list(dict.fromkeys([language, "fi"]))
    if query.strip():
        every_word = Q()
        for word in query.split():
            condition = Q()
            for lang in languages:
                for field in ("name", "summary", "keywords"):
                    condition |= Q(**{f"{field}_{lang}__icontains": word})
            every_word &= condition
        found = search(
            text=query, languages=languages, kinds=[SearchDocument.Kind.SERVICE], limit=50
        )
        services = services.filter(every_word | Q(pk__in=[hit.object_id for hit in found]))
    return services.order_by(f"name_{language}" if language in {"fi", "sv", "en"} else "name")


def service_get_published(*, code: str) -> Service:
    return (
        Service.objects.filter(is_published=True)
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
    """Published services that take requests (the Open311 service list), by code."""
    return (
        Service.objects.filter(is_published=True, accepts_requests=True)
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
    """One requestable service with its request fields and their options."""
    return (
        Service.objects.filter(is_published=True, accepts_requests=True)
        .prefetch_related(
            Prefetch("request_fields", queryset=RequestField.objects.prefetch_related("options"))
        )
        .get(code=code)
    )
