"""Open311 GeoReport v2 at /open311/v2/: views translate HTTP to the catalogue and cases."""

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from luukku.catalogue.models import Service
from luukku.catalogue.selectors import service_get_requestable, services_requestable

from .open311 import (
    definition_document,
    error_response,
    locale_language,
    respond,
    service_document,
)


def _jurisdiction_error(request, fmt):
    """`jurisdiction_id` is optional; when given it must be ours."""
    jurisdiction = request.GET.get("jurisdiction_id", "").strip()
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
