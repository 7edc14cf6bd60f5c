"""What the interfaces read: the service requests an Open311 client may see.

Which requests are published (`PUBLISHED`, `request_is_published`) is the channels' rule,
since the staff's case page shows it too; it is named here as well for Open311's code."""

import datetime as dt
import math
from dataclasses import dataclass, field
from decimal import Decimal

from django.contrib.admin.models import LogEntry
from django.db.migrations.recorder import MigrationRecorder
from django.db.models import Max, Prefetch, Q, QuerySet

from luukku.cases.merges import case_surviving
from luukku.cases.models import Case, CaseEvent, Status
from luukku.channels.models import ApiKey
from luukku.channels.selectors import PUBLISHED

OPEN311_STATUSES = {
    "open": [Status.NEW, Status.OPEN, Status.WAITING_EXPERT, Status.WAITING_CUSTOMER],
    "closed": [Status.RESOLVED, Status.CLOSED],
}
# The timeline entries a request document is made of; none of them is shown as such.
DOCUMENT_EVENTS = [
    CaseEvent.Kind.CREATED,
    CaseEvent.Kind.MESSAGE_IN,
    CaseEvent.Kind.MESSAGE_OUT,
    CaseEvent.Kind.STATUS,
    CaseEvent.Kind.ASSIGNMENT,
    CaseEvent.Kind.FORWARDED,
]
LIMIT = 200
WINDOW = dt.timedelta(days=90)
EARTH_RADIUS_M = 6_371_000


@dataclass
class RequestQuery:
    """GeoReport v2 `GET requests` parameters, with the CitySDK ones Luukku supports."""

    ids: list[str] = field(default_factory=list)
    service_codes: list[str] = field(default_factory=list)
    start: dt.datetime | None = None
    end: dt.datetime | None = None
    statuses: list[str] = field(default_factory=list)
    updated_after: dt.datetime | None = None
    updated_before: dt.datetime | None = None
    near: tuple[Decimal, Decimal, int] | None = None  # lat, long, radius in metres


def requests_visible(*, api_key: ApiKey | None) -> QuerySet[Case]:
    """Published requests, and the ones this client filed itself."""
    visible = PUBLISHED
    if api_key is not None:
        visible |= Q(open311__api_key=api_key)
    events = CaseEvent.objects.filter(kind__in=DOCUMENT_EVENTS).order_by("at", "pk")
    return (
        Case.objects.filter(visible)
        .select_related("service", "service__provider", "department", "forwarded_to")
        .prefetch_related(Prefetch("events", queryset=events, to_attr="document_events"))
    )


def request_get(*, reference: str, api_key: ApiKey | None) -> Case:
    """One request; a request merged into another answers with the one that handles it
    now (its own service_request_id), if the client may see that one."""
    case = requests_visible(api_key=api_key).get(reference=reference)
    survivor = case_surviving(case=case)
    if survivor.pk == case.pk:
        return case
    return requests_visible(api_key=api_key).filter(pk=survivor.pk).first() or case


def _distance_m(lat1, long1, lat2, long2) -> float:
    """Great-circle distance (haversine) between two WGS84 points."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    d_phi, d_lambda = phi2 - phi1, math.radians(long2 - long1)
    a = math.sin(d_phi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(d_lambda / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(math.sqrt(a))


def requests_find(
    *, query: RequestQuery, api_key: ApiKey | None, now: dt.datetime, limit: int = LIMIT
) -> list[Case]:
    """The newest `limit` visible requests matching the query. Listed ids override every
    other criterion; otherwise the window is the 90 days before `end` (now by default)."""
    cases = requests_visible(api_key=api_key).order_by("-created_at", "-pk")
    if query.ids:
        return list(cases.filter(reference__in=query.ids)[:limit])
    end = query.end or now
    start = query.start or end - WINDOW
    cases = cases.filter(created_at__gte=start, created_at__lte=end)
    if query.service_codes:
        cases = cases.filter(service__code__in=query.service_codes)
    if query.statuses:
        wanted = [status for name in query.statuses for status in OPEN311_STATUSES[name]]
        cases = cases.filter(status__in=wanted)
    if query.updated_after:
        cases = cases.filter(updated_at__gte=query.updated_after)
    if query.updated_before:
        cases = cases.filter(updated_at__lte=query.updated_before)
    if query.near is None:
        return list(cases[:limit])
    # A box around the circle narrows the rows in the database; the circle itself is exact.
    lat, long, radius = query.near
    d_lat = Decimal(radius / 111_320)
    d_long = Decimal(radius / (111_320 * max(math.cos(math.radians(lat)), 0.01)))
    cases = cases.filter(
        latitude__range=(lat - d_lat, lat + d_lat), longitude__range=(long - d_long, long + d_long)
    )
    found = []
    for case in cases.iterator(chunk_size=500):
        if _distance_m(lat, long, case.latitude, case.longitude) <= radius:
            found.append(case)
            if len(found) == limit:
                break
    return found


def catalogue_changed_at() -> dt.datetime | None:
    """When the services or their definitions last changed, for the discovery document's
    changeset: the latest edit of the catalogue in the admin, or the latest migration of
    the catalogue (a catalogue loaded by a command, as the demo's, counts from then)."""
    edited = LogEntry.objects.filter(content_type__app_label="catalogue").aggregate(
        at=Max("action_time")
    )["at"]
    migrated = MigrationRecorder.Migration.objects.filter(app="catalogue").aggregate(
        at=Max("applied")
    )["at"]
    return max((moment for moment in (edited, migrated) if moment), default=None)
