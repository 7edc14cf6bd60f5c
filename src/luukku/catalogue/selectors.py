"""Reads of the catalogue for citizens and staff."""

from django.db.models import Prefetch, Q, QuerySet
from django.utils.translation import get_language

from .models import RequestField, Service, ServiceChannel


def service_list(*, query: str = "", topic: str = "") -> QuerySet[Service]:
    """Published services, filtered by a free-text query in the reader's language and Finnish."""
    services = Service.objects.filter(is_published=True).select_related("provider", "topic")
    if topic:
        services = services.filter(topic__slug=topic)
    words = query.split()
    language = get_language() or "fi"
    languages = list(dict.fromkeys([language, "fi"]))
    for word in words:
        condition = Q()
        for lang in languages:
            for field in ("name", "summary", "keywords"):
                condition |= Q(**{f"{field}_{lang}__icontains": word})
        services = services.filter(condition)
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
