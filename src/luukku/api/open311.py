"""Open311 GeoReport v2 documents: services and their definitions, errors, in JSON or XML.

Written to the GeoReport v2 specification and the Finnish Six Cities' (6Aika) profile of it:
element names, the attribute datatypes, and the error list `[{"code", "description"}]`
(`<errors><error>…</error></errors>` in XML).
"""

import datetime as dt
import json
import re
import xml.etree.ElementTree as ET
from decimal import Decimal, InvalidOperation
from email.utils import parseaddr

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator, URLValidator
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext as _
from django.views.decorators.debug import sensitive_variables

from luukku.cases.models import Case, CaseEvent, Status
from luukku.catalogue.models import RequestField, Service
from luukku.channels.citizen_request import CitizenRequest
from luukku.channels.services import REQUEST_LIMITS
from luukku.core.service_errors import errors_by_field
from luukku.privacy.masking import personal_data_masked, url_personal_data_masked
from luukku.servicelevels.selectors import case_service_level

from .selectors import OPEN311_STATUSES, WINDOW, RequestQuery

# GeoReport v2: a description "may contain up to 4,000 characters". The case would hold more
# (REQUEST_LIMITS, the web form's); an Open311 client is held to the specification.
DESCRIPTION_LIMIT = min(4_000, REQUEST_LIMITS["description"])
_DESCRIPTION_WITHIN_LIMIT = MaxLengthValidator(DESCRIPTION_LIMIT)
MEDIA_URL = URLValidator(schemes=["http", "https"])
FORMATS = {"json": "application/json; charset=utf-8", "xml": "text/xml; charset=utf-8"}
MIME_TYPES = {"xml": "text/xml", "json": "application/json"}
LANGUAGES = ("fi", "sv", "en")
# What XML 1.0 cannot carry (outside its `Char` production): the C0 control characters but
# tab, line feed and carriage return, lone surrogates, U+FFFE and U+FFFF. One of them in a
# document makes it unparseable for every client, so none is ever written, in either format.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Our request fields' types as GeoReport v2 attribute datatypes.
DATATYPES = {
    RequestField.DataType.TEXT: "text",
    RequestField.DataType.NUMBER: "number",
    RequestField.DataType.DATE: "datetime",
    RequestField.DataType.SINGLE_CHOICE: "singlevaluelist",
    RequestField.DataType.MULTIPLE_CHOICE: "multivaluelist",
}


def locale_language(value: str | None) -> str:
    """The language for names and descriptions from the `locale` parameter (fi, sv_FI, en_GB);
    English by default, as the CitySDK extension says."""
    language = (value or "").replace("-", "_").split("_")[0].lower()
    return language if language in LANGUAGES else "en"


def service_document(service: Service) -> dict:
    return {
        "service_code": service.code,
        "service_name": service.name,
        "description": service.summary,
        "metadata": bool(service.request_fields.all()),
        "type": "realtime",
        "keywords": ",".join(word.strip() for word in service.keywords.split(",") if word.strip()),
        "group": service.topic.name if service.topic_id else "",
    }


SPECIFICATION = "http://wiki.open311.org/GeoReport_v2"


def discovery_document(*, changed_at: dt.datetime | None, centre) -> dict:
    """The Open311 service discovery document: who to contact, how to get a key, and this
    one GeoReport v2 endpoint with its formats; `changeset` tells clients when to read the
    services and their definitions again."""
    name, email = parseaddr(settings.DEFAULT_FROM_EMAIL)
    if centre is not None:
        name, email = centre.name, centre.email or email
    details = [part for part in (name, email, centre.phone if centre else "") if part]
    endpoint = reverse("open311:discovery", kwargs={"fmt": "json"}).rsplit("/", 1)[0]
    changeset = w3c(changed_at or timezone.now())
    return {
        "changeset": changeset,
        "contact": ", ".join(details),
        "key_service": _(
            "An API key, needed to file requests, is given by the service centre: %(email)s. "
            "Reading public requests needs no key."
        )
        % {"email": email},
        "endpoints": [
            {
                "specification": SPECIFICATION,
                "url": settings.SITE_URL + endpoint,
                "changeset": changeset,
                "type": "test" if settings.DEBUG else "production",
                "formats": list(MIME_TYPES.values()),
            }
        ],
    }


def definition_document(service: Service) -> dict:
    attributes = []
    for field in service.request_fields.all():
        attribute = {
            "variable": True,
            "code": field.code,
            "datatype": DATATYPES[field.datatype],
            "required": field.required,
            "datatype_description": field.help_text,
            "order": field.order + 1,
            "description": field.label,
        }
        if field.is_choice:
            attribute["values"] = [
                {"key": option.key, "name": option.label} for option in field.options.all()
            ]
        attributes.append(attribute)
    return {"service_code": service.code, "attributes": attributes}


def w3c(moment: dt.datetime | None) -> str | None:
    """ISO 8601 / W3C date and time in Finnish time, with its offset."""
    return timezone.localtime(moment).isoformat(timespec="seconds") if moment else None


def status_notes(case: Case) -> str:
    """Where the request stands, in words made by Luukku: the replies themselves are
    addressed to a person and are never published."""
    if case.forwarded_to_id:
        return _("Forwarded to %(organisation)s, which handles this matter.") % {
            "organisation": case.forwarded_to.name
        }
    return {
        Status.NEW: _("Received, waiting to be handled."),
        Status.OPEN: _("Being handled."),
        Status.WAITING_EXPERT: _("Being handled with an expert."),
        Status.WAITING_CUSTOMER: _("Waiting for more information from the sender."),
        Status.RESOLVED: _("Handled."),
        Status.CLOSED: _("Handled."),
    }[case.status]


# Helsinki's detailed status values, with FORWARDED and WAITING_FOR_SENDER added by Luukku.
DETAILED_STATUS = {
    Status.NEW: "RECEIVED",
    Status.OPEN: "IN_PROCESS",
    Status.WAITING_EXPERT: "IN_PROCESS",
    Status.WAITING_CUSTOMER: "IN_PROCESS,WAITING_FOR_SENDER",
    Status.RESOLVED: "PROCESSED",
    Status.CLOSED: "ARCHIVED",
}
HISTORY_STATUS = {
    Status.NEW: "received",
    Status.OPEN: "handling",
    Status.WAITING_EXPERT: "handling",
    Status.WAITING_CUSTOMER: "handling",
    Status.RESOLVED: "done",
    Status.CLOSED: "done",
}


def request_history(case: Case, events: list[CaseEvent]) -> list[dict]:
    """The 6Aika `request_history`: received → allocated → handling → done, with no names."""
    history: list[dict] = []

    def add(event, status, note=""):
        entry = {"time": w3c(event.at), "status": status}
        if note:
            entry["note"] = note
        previous = history[-1] if history else {}
        repeated = {**previous, "time": None} == {**entry, "time": None}
        if not repeated and not (status == previous.get("status") == "done"):
            history.append(entry)

    for event in events:
        if event.kind == CaseEvent.Kind.CREATED:
            add(event, "received")
        elif event.kind == CaseEvent.Kind.ASSIGNMENT:
            add(event, "allocated")
        elif event.kind == CaseEvent.Kind.STATUS:
            to = event.data.get("to")
            note = _("Waiting for more information from the sender.")
            add(
                event,
                HISTORY_STATUS.get(to, "handling"),
                note if to == Status.WAITING_CUSTOMER else "",
            )
        elif event.kind == CaseEvent.Kind.FORWARDED:
            add(
                event,
                "done",
                _("Forwarded to %(organisation)s.") % {"organisation": event.data.get("name", "")},
            )
    return history


def request_document(
    case: Case, *, extensions: bool, hours, targets: dict, now: dt.datetime
) -> dict:
    """One service request as GeoReport v2 (and, with `extensions`, CitySDK and 6Aika)
    publishes it: never the sender's name or contact details, and free text masked."""
    events = case.document_events
    first_message = next((e for e in events if e.kind == CaseEvent.Kind.MESSAGE_IN), None)
    media_url = (first_message.data or {}).get("media_url", "") if first_message else ""
    media_url = url_personal_data_masked(media_url)
    closed = case.status in {Status.RESOLVED, Status.CLOSED}
    expected = None
    if not closed:
        level = case_service_level(case=case, hours=hours, now=now, events=events, targets=targets)
        expected = level.resolution.due_at if level else case.due_at
    document = {
        "service_request_id": case.reference,
        "status": "closed" if closed else "open",
        "status_notes": status_notes(case),
        "service_name": case.service.name,
        "service_code": case.service.code,
        "description": personal_data_masked(first_message.body if first_message else ""),
        "agency_responsible": (
            case.forwarded_to.name
            if case.forwarded_to_id
            else (case.department.name if case.department_id else case.service.provider.name)
        ),
        "service_notice": case.service.processing_time,
        "requested_datetime": w3c(case.created_at),
        "updated_datetime": w3c(
            case.resolved_at if closed and case.resolved_at else case.updated_at
        ),
        "expected_datetime": w3c(expected),
        "address": personal_data_masked(case.address),
        "lat": float(case.latitude) if case.latitude is not None else None,
        "long": float(case.longitude) if case.longitude is not None else None,
        "media_url": media_url,
    }
    document = {key: value for key, value in document.items() if value is not None}
    if extensions:
        document["extended_attributes"] = {
            "title": personal_data_masked(case.subject),
            "media_urls": [media_url] if media_url else [],
            "detailed_status": DETAILED_STATUS[case.status]
            + (",FORWARDED" if case.forwarded_to_id else ""),
            "request_history": request_history(case, events),
        }
    return document


def _xml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


# GeoReport v2 XML names list items by the singular: values → value, media_urls → media_url.
SINGULAR = {"request_history": "entry"}


def _xml_element(parent: ET.Element, name: str, value) -> None:
    element = ET.SubElement(parent, name)
    if isinstance(value, dict):
        for key, item in value.items():
            _xml_element(element, key, item)
    elif isinstance(value, list):
        singular = SINGULAR.get(name, name[:-1] if name.endswith("s") else name)
        for item in value:
            _xml_element(element, singular, item)
    else:
        element.text = _xml_value(value)


def xml_document(root: str, item: str | None, content) -> bytes:
    """`root` holding one `item` element per entry of a list, or the fields of a dict."""
    element = ET.Element(root)
    if item is None:
        for key, value in content.items():
            _xml_element(element, key, value)
    else:
        for entry in content:
            _xml_element(element, item, entry)
    return ET.tostring(element, encoding="utf-8", xml_declaration=True)


def xml_safe(content):
    """`content` (strings in dicts and lists) without the characters XML cannot carry: text
    that came in through other channels (e-mail, the web form, the staff) may hold them."""
    if isinstance(content, str):
        return NOT_XML.sub("", content)
    if isinstance(content, dict):
        return {key: xml_safe(value) for key, value in content.items()}
    if isinstance(content, list):
        return [xml_safe(value) for value in content]
    return content


def respond(fmt: str, content, *, root: str, item: str | None, status: int = 200) -> HttpResponse:
    content = xml_safe(content)
    if fmt == "xml":
        body = xml_document(root, item, content)
    else:
        body = json.dumps(content, ensure_ascii=False).encode()
    return HttpResponse(body, status=status, content_type=FORMATS[fmt])


def error_response(fmt: str, status: int, description: str) -> HttpResponse:
    """The GeoReport v2 error list, with the HTTP status as its code."""
    errors = [{"code": status, "description": description}]
    return respond(fmt, errors, root="errors", item="error", status=status)


# -- the edges: the client's key, and errors that did not come from the views --------------

PREFIX = "/open311/"


@sensitive_variables("keys")
def query_key_taken(request: HttpRequest) -> None:
    """Take `api_key` out of the query string (clients such as `open311` 1.1 send it there,
    also when posting) into `request.open311_api_key`, so that no error report or log line
    made from the request records it; and mark it sensitive in a posted form."""
    request.sensitive_post_parameters = ["api_key"]
    request.open311_api_key = ""
    if "api_key" in request.GET:
        query = request.GET.copy()
        keys = query.pop("api_key")
        request.open311_api_key = keys[0]
        request.GET = query
        request.META["QUERY_STRING"] = query.urlencode()


def client_key(request: HttpRequest) -> str:
    """The client's `api_key`, from the posted form or the query string."""
    return request.POST.get("api_key", "") or getattr(request, "open311_api_key", "")


def requested_format(request: HttpRequest) -> str:
    """The format the path asks for (its extension); otherwise JSON for a client that
    accepts only JSON, and XML, the format the specification requires, for the rest."""
    name = request.path_info.rsplit("/", 1)[-1]
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if extension in FORMATS:
        return extension
    accept = request.headers.get("Accept", "")
    return "json" if "json" in accept and "xml" not in accept else "xml"


def is_document(response: HttpResponse) -> bool:
    return response.get("Content-Type") in FORMATS.values()


def error_replacing(request: HttpRequest, response: HttpResponse) -> HttpResponse:
    """The spec's error list for an error answered outside the views (an unknown path or
    format, a method not allowed, a server error): never an HTML page or an empty body."""
    fmt = requested_format(request)
    status = response.status_code
    name = request.path_info.rsplit("/", 1)[-1]
    extension = name.rsplit(".", 1)[-1] if "." in name else ""
    with translation.override(locale_language(request.GET.get("locale"))):
        if status == 404 and extension and extension.lower() not in FORMATS:
            description = _("Format %(format)s is not supported: use .xml or .json.") % {
                "format": extension
            }
        elif status == 404:
            description = _(
                "Nothing at %(path)s. The resources of this interface are listed in %(discovery)s."
            ) % {
                "path": request.path,
                "discovery": reverse("open311:discovery", kwargs={"fmt": fmt}),
            }
        elif status == 405:
            description = _("Method %(method)s is not allowed here; use %(allowed)s.") % {
                "method": request.method,
                "allowed": response.get("Allow", "GET"),
            }
        elif status >= 500:
            description = _("Server error. It has been recorded; try again later.")
        elif status == 403:
            description = _("Not allowed.")
        else:
            description = _("The request could not be handled.")
        replacement = error_response(fmt, status, description)
    for header in ("Allow", "Retry-After"):
        if header in response:
            replacement[header] = response[header]
    # Django logs (and mails) an error response once; the replacement is the same error.
    replacement._has_been_logged = getattr(response, "_has_been_logged", False)
    return replacement


ATTRIBUTE = re.compile(r"^attribute\[(?P<code>[-\w]+)\](?P<many>\[\])?$")
# Our field names in errors, as the Open311 parameters a client sent.
PARAMETERS = {
    "subject": "title",
    "description": "description",
    "email": "email",
    "phone": "phone",
    "address": "address_string",
    "latitude": "lat",
    "longitude": "long",
    "service": "service_code",
    "last_name": "last_name",
    "first_name": "first_name",
}


def attributes_read(data) -> dict:
    """`attribute[code]=value` and `attribute[code][]=value` (repeated for multivaluelist)."""
    answers: dict = {}
    for name in data:
        match = ATTRIBUTE.match(name)
        if match is None:
            continue
        values = data.getlist(name)
        if match["many"] or len(values) > 1:
            answers[match["code"]] = values
        else:
            answers[match["code"]] = values[0]
    return answers


def parameters_not_xml(data) -> dict[str, list[str]]:
    """The parameters whose values hold characters XML cannot carry, refused when filing: the
    request would be published with them."""
    return {
        name: [_("Contains control characters, which are not allowed.")]
        for name, values in data.lists()
        if any(NOT_XML.search(value) for value in values)
    }


def request_read(data, *, service: Service, answers: dict, language: str) -> CitizenRequest:
    """A filed request's parameters as the request they make, `answers` being its
    `attribute[…]`s; ValidationError naming each parameter no request may have (what the
    case itself refuses is checked when it is taken in)."""
    problems = parameters_not_xml(data)
    latitude, longitude = _location_read(data, problems)
    media_url = data.get("media_url", "").strip()
    if media_url:
        try:
            MEDIA_URL(media_url)
        except ValidationError:
            problems["media_url"] = [_("Not an http or https address.")]
    description = data.get("description", "").strip()
    try:
        _DESCRIPTION_WITHIN_LIMIT(description)
    except ValidationError as error:
        problems.setdefault("description", error.messages)
    if problems:
        raise ValidationError(problems)
    return CitizenRequest(
        service=service,
        subject=data.get("title", "").strip() or description.split("\n")[0][:80],
        description=description,
        first_name=data.get("first_name", ""),
        last_name=data.get("last_name", ""),
        email=data.get("email", ""),
        phone=data.get("phone", ""),
        language=language,
        answers=answers,
        address=data.get("address_string", ""),
        latitude=latitude,
        longitude=longitude,
        media_url=media_url,
    )


def _location_read(data, problems: dict) -> tuple[Decimal | None, Decimal | None]:
    """`lat` and `long`, both or neither; what is wrong with them added to `problems`."""
    latitude = longitude = None
    try:
        latitude = coordinate(data.get("lat", ""), -90, 90)
    except ValueError:
        problems["latitude"] = [_("Not a latitude.")]
    try:
        longitude = coordinate(data.get("long", ""), -180, 180)
    except ValueError:
        problems["longitude"] = [_("Not a longitude.")]
    if not problems and (latitude is None) != (longitude is None):
        problems["latitude"] = [_("Give both lat and long.")]
    return latitude, longitude


def coordinate(value: str, low: float, high: float) -> Decimal | None:
    """A WGS84 coordinate in range, or None when absent; ValueError when it is not one."""
    value = (value or "").strip()
    if not value:
        return None
    try:
        number = Decimal(value)
    except InvalidOperation as error:
        raise ValueError(value) from error
    if not number.is_finite() or not low <= number <= high:
        raise ValueError(value)
    return number.quantize(Decimal("0.000001"))


def validation_errors(fmt: str, error, answers: dict) -> HttpResponse:
    """A 400 with one GeoReport error per problem, named by the parameter the client sent."""
    errors = []
    for field, messages in errors_by_field(error).items():
        parameter = f"attribute[{field}]" if field in answers else PARAMETERS.get(field, field)
        for message in messages:
            errors.append({"code": 400, "description": f"{parameter}: {message}"})
    return respond(fmt, errors, root="errors", item="error", status=400)


def _moment(value: str, *, end: bool = False) -> dt.datetime:
    """A W3C date and time (2010-01-01T00:00:00Z) or a date; a date's end when `end`."""
    value = value.strip()
    try:
        moment = parse_datetime(value)
        if moment is None:
            day = parse_date(value)
            if day is None:
                raise ValueError(value)
            moment = dt.datetime.combine(day, dt.time.max if end else dt.time.min)
    except ValueError as error:
        raise ValueError(value) from error
    return timezone.make_aware(moment) if timezone.is_naive(moment) else moment


def _listed(params, name: str) -> list[str]:
    """Comma-delimited values, which may also be given several times."""
    return [
        part.strip() for value in params.getlist(name) for part in value.split(",") if part.strip()
    ]


def request_query(params) -> RequestQuery:
    """`GET requests` parameters read and checked; ValidationError names each bad one."""
    problems: dict[str, list[str]] = {}
    query = RequestQuery(
        ids=_listed(params, "service_request_id"), service_codes=_listed(params, "service_code")
    )
    for name, attribute, end in (
        ("start_date", "start", False),
        ("end_date", "end", True),
        ("updated_after", "updated_after", False),
        ("updated_before", "updated_before", True),
    ):
        if params.get(name, "").strip():
            try:
                setattr(query, attribute, _moment(params[name], end=end))
            except ValueError:
                problems[name] = [
                    _("Not a date and time in W3C format, e.g. 2026-01-31T12:00:00Z.")
                ]
    if query.start and query.end:
        if query.end < query.start:
            problems["end_date"] = [_("end_date is before start_date.")]
        elif query.end - query.start > WINDOW:
            problems["end_date"] = [_("The range may not span more than 90 days.")]
    query.statuses = [status.lower() for status in _listed(params, "status")]
    if any(status not in OPEN311_STATUSES for status in query.statuses):
        problems["status"] = [_("Give open or closed.")]
    near = [params.get(name, "").strip() for name in ("lat", "long", "radius")]
    if any(near):
        try:
            latitude = coordinate(near[0], -90, 90)
            longitude = coordinate(near[1], -180, 180)
            radius = int(near[2])
            if latitude is None or longitude is None or not 0 < radius <= 100_000:
                raise ValueError
            query.near = (latitude, longitude, radius)
        except ValueError:
            problems["radius"] = [
                _("Give lat, long and a radius in metres (at most 100000) together.")
            ]
    if problems:
        raise ValidationError(problems)
    return query
