"""Open311 GeoReport v2 at /open311/v2/: views translate HTTP to the catalogue and cases."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods

from luukku.cases.models import Channel
from luukku.catalogue.models import Service
from luukku.catalogue.selectors import service_get_requestable, services_requestable
from luukku.channels.services import web_request_submit

from .open311 import (
    attributes_read,
    coordinate,
    definition_document,
    error_response,
    locale_language,
    respond,
    service_document,
    validation_errors,
)
from .services import api_key_check


def _jurisdiction_error(request, fmt, data=None):
    """`jurisdiction_id` is optional; when given it must be ours."""
    jurisdiction = (data or request.GET).get("jurisdiction_id", "").strip()
    if jurisdiction and jurisdiction != settings.OPEN311_JURISDICTION_ID:
        return error_response(fmt, 404, _("Unknown jurisdiction_id: %s") % jurisdiction)
    return None


@require_GET
def services(request, fmt: str):
    language = locale_language(request.GET.get("locale"))
    with translation.override(language):
        if error := _jurisdiction_error(request, fmt):
            return error
        documents = [service_document(service) for service in services_requestable()]
        return respond(fmt, documents, root="services", item="service")


@require_GET
def service_definition(request, code: str, fmt: str):
    language = locale_language(request.GET.get("locale"))
    with translation.override(language):
        if error := _jurisdiction_error(request, fmt):
            return error
        try:
            service = service_get_requestable(code=code)
        except Service.DoesNotExist:
            return error_response(fmt, 404, _("Unknown service_code: %s") % code)
        return respond(fmt, definition_document(service), root="service_definition", item=None)


@csrf_exempt
@require_http_methods(["POST"])
def requests(request, fmt: str):
    """`requests.json|xml`: POST files a request (listing with GET comes next)."""
    return _request_create(request, fmt)


def _request_create(request, fmt: str):
    """File a service request. Form-encoded, with the client's `api_key`; the request becomes
    an ordinary case through the one write path, with the acknowledgement e-mailed."""
    data = request.POST
    language = locale_language(data.get("locale") or request.GET.get("locale"))
    with translation.override(language):
        if error := _jurisdiction_error(request, fmt, data):
            return error
        if api_key_check(key=data.get("api_key", "")) is None:
            return error_response(fmt, 403, _("api_key is missing or not valid."))
        code = data.get("service_code", "").strip()
        if not code:
            return error_response(fmt, 400, _("service_code: required."))
        try:
            service = service_get_requestable(code=code)
        except Service.DoesNotExist:
            return error_response(fmt, 404, _("Unknown service_code: %s") % code)
        answers = attributes_read(data)
        problems = {}
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
        if problems:
            return validation_errors(fmt, ValidationError(problems), answers)
        description = data.get("description", "").strip()
        title = data.get("title", "").strip() or description.split("\n")[0][:80]
        media_url = data.get("media_url", "").strip()
        try:
            case = web_request_submit(
                service=service,
                subject=title,
                description=description,
                first_name=data.get("first_name", ""),
                last_name=data.get("last_name", ""),
                email=data.get("email", ""),
                phone=data.get("phone", ""),
                # The case's language (its e-mails): the locale asked for, Finnish by default.
                language=language if data.get("locale") else "fi",
                answers=answers,
                address=data.get("address_string", ""),
                latitude=latitude,
                longitude=longitude,
                channel=Channel.OPEN311,
                message_data={"media_url": media_url} if media_url else None,
            )
        except ValidationError as error:
            return validation_errors(fmt, error, answers)
        created = [
            {
                "service_request_id": case.reference,
                "service_notice": service.processing_time,
                "account_id": None,
            }
        ]
        return respond(fmt, created, root="service_requests", item="request", status=201)
