"""Open311 GeoReport v2 at /open311/v2/: views translate HTTP to the catalogue and cases."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods

from luukku.cases.models import Case
from luukku.catalogue.models import Service
from luukku.catalogue.selectors import (
    service_for_intake,
    service_get_requestable,
    services_requestable,
)
from luukku.channels.models import Submission
from luukku.channels.services import submission_get_registered
from luukku.core.ratelimit import retry_after
from luukku.organisation.selectors import business_hours, service_centre

from .open311 import (
    attributes_read,
    client_key,
    definition_document,
    discovery_document,
    error_response,
    locale_language,
    request_document,
    request_query,
    request_read,
    respond,
    service_document,
    validation_errors,
)
from .selectors import catalogue_changed_at, request_get, requests_find
from .services import api_key_check, request_file


def _jurisdiction_error(request, fmt, data=None):
    """`jurisdiction_id` is optional; when given (in a posted form or the query string) it
    must be ours."""
    jurisdiction = (data or {}).get("jurisdiction_id") or request.GET.get("jurisdiction_id", "")
    jurisdiction = jurisdiction.strip()
    if jurisdiction and jurisdiction != settings.OPEN311_JURISDICTION_ID:
        return error_response(fmt, 404, _("Unknown jurisdiction_id: %s") % jurisdiction)
    return None


@csrf_exempt
@require_GET
def discovery(request, fmt: str):
    """`discovery.json|xml`: the Open311 service discovery document."""
    with translation.override(locale_language(request.GET.get("locale"))):
        document = discovery_document(changed_at=catalogue_changed_at(), centre=service_centre())
        return respond(fmt, document, root="discovery", item=None)


@csrf_exempt
@require_GET
def services(request, fmt: str):
    language = locale_language(request.GET.get("locale"))
    with translation.override(language):
        if error := _jurisdiction_error(request, fmt):
            return error
        documents = [service_document(service) for service in services_requestable()]
        return respond(fmt, documents, root="services", item="service")


@csrf_exempt
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
@require_http_methods(["GET", "POST"])
def requests(request, fmt: str):
    """`requests.json|xml`: GET lists requests, POST files one."""
    if request.method == "POST":
        return _request_create(request, fmt)
    return _requests_list(request, fmt)


def _reading_client(request, fmt):
    """The client reading, when it identifies itself with `api_key` (to see its own
    requests besides the published ones): (api_key, None) or (None, error response)."""
    key = client_key(request)
    if not key:
        return None, None
    api_key = api_key_check(key=key)
    if api_key is None:
        return None, error_response(fmt, 403, _("api_key is missing or not valid."))
    return api_key, None


def _documents(cases, request) -> list[dict]:
    extensions = request.GET.get("extensions", "").lower() in {"true", "1", "all"}
    hours, targets, now = business_hours(), {}, timezone.now()
    return [
        request_document(case, extensions=extensions, hours=hours, targets=targets, now=now)
        for case in cases
    ]


def _requests_read(request, fmt: str, find):
    """The list and the single request alike: `locale`, `jurisdiction_id`, the reading
    client; `find(api_key)` gives the cases, or an error response."""
    with translation.override(locale_language(request.GET.get("locale"))):
        if error := _jurisdiction_error(request, fmt):
            return error
        api_key, error = _reading_client(request, fmt)
        if error:
            return error
        found = find(api_key)
        if isinstance(found, HttpResponse):
            return found
        return respond(fmt, _documents(found, request), root="service_requests", item="request")


def _requests_list(request, fmt: str):
    def find(api_key):
        try:
            query = request_query(request.GET)
        except ValidationError as problem:
            return validation_errors(fmt, problem, {})
        return requests_find(query=query, api_key=api_key, now=timezone.now())

    return _requests_read(request, fmt, find)


@csrf_exempt
@require_GET
def request_detail(request, reference: str, fmt: str):
    """`requests/{service_request_id}.json|xml`: one request, as a list of one (the spec)."""

    def find(api_key):
        try:
            return [request_get(reference=reference, api_key=api_key)]
        except Case.DoesNotExist:
            return error_response(fmt, 404, _("Unknown service_request_id: %s") % reference)

    return _requests_read(request, fmt, find)


def _request_create(request, fmt: str):
    """File a service request. Form-encoded, with the client's `api_key` in the form or in
    the query string (as the `open311` client sends it); the request is
    checked and taken in at once, and becomes an ordinary case through the one write path
    (with the acknowledgement e-mailed) when the worker registers it."""
    data = request.POST
    language = locale_language(data.get("locale") or request.GET.get("locale"))
    with translation.override(language):
        api_key, refused = _filing_client(request, fmt, data)
        if refused:
            return refused
        service, refused = _filing_service(fmt, data)
        if refused:
            return refused
        answers = attributes_read(data)
        try:
            # The case's language (its e-mails): the locale asked for, Finnish by default.
            filed = request_read(
                data,
                service=service,
                answers=answers,
                language=language if data.get("locale") else "fi",
            )
            submission = request_file(api_key=api_key, request=filed)
        except ValidationError as error:
            return validation_errors(fmt, error, answers)
        # Taken in and checked; the worker registers it in a moment. GeoReport v2 answers
        # such a request with a token, which `tokens/{token}` turns into the request's id.
        notice = service.processing_time
        created = [{"token": submission.token, "service_notice": notice, "account_id": None}]
        return respond(fmt, created, root="service_requests", item="request", status=201)


def _filing_client(request, fmt, data):
    """The client filing, in our jurisdiction, with a valid key and within its rate:
    (api_key, None) or (None, error response)."""
    if error := _jurisdiction_error(request, fmt, data):
        return None, error
    api_key = api_key_check(key=client_key(request))
    if api_key is None:
        return None, error_response(fmt, 403, _("api_key is missing or not valid."))
    wait = retry_after(
        request,
        group="open311:requests",
        rate=settings.OPEN311_RATE_LIMIT,
        key=lambda group, request: str(api_key.pk),
    )
    if wait is not None:
        message = ngettext(
            "Too many requests from this client. Try again in %(count)d second.",
            "Too many requests from this client. Try again in %(count)d seconds.",
            wait,
        )
        response = error_response(fmt, 429, message % {"count": wait})
        response["Retry-After"] = str(wait)
        return None, response
    return api_key, None


def _filing_service(fmt, data):
    """The service a request is filed to (`service_code`): (service, None) or (None, error
    response)."""
    code = data.get("service_code", "").strip()
    if not code:
        return None, error_response(fmt, 400, _("service_code: required."))
    try:
        return service_for_intake(code=code), None
    except Service.DoesNotExist:
        return None, error_response(fmt, 404, _("Unknown service_code: %s") % code)


@csrf_exempt
@require_GET
def token_detail(request, token: str, fmt: str):
    """`tokens/{token}.json|xml`: the service_request_id of a request filed with a token,
    registering it now if the worker has not yet; without the id while it is waiting."""
    with translation.override(locale_language(request.GET.get("locale"))):
        if error := _jurisdiction_error(request, fmt):
            return error
        try:
            submission = submission_get_registered(token=token)
        except Submission.DoesNotExist:
            return error_response(fmt, 404, _("Unknown token: %s") % token)
        found = {"token": submission.token}
        if submission.case_id:
            found = {"service_request_id": submission.case.reference, **found}
        return respond(fmt, [found], root="service_requests", item="request")
