from django.utils import translation

from .open311 import PREFIX, error_replacing, is_document, locale_language, query_key_taken


class ApiLanguageMiddleware:
    """The REST API's language comes from the client's Accept-Language (Finnish by default).

    Its URLs have no language prefix, for which the page middleware always picks Finnish;
    integrations say what they want in the header instead.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith("/api/"):
            language = translation.get_language_from_request(request, check_path=False)
            translation.activate(language)
            request.LANGUAGE_CODE = language
        return self.get_response(request)


class Open311Middleware:
    """Everything under /open311/ answers as GeoReport v2 does: errors in the spec's error
    list, in XML or JSON, even where no view of ours answered (an unknown path or format, a
    method not allowed, a server error). And the client's `api_key` is taken out of the
    query string before anything can log or report it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path_info.startswith(PREFIX):
            return self.get_response(request)
        query_key_taken(request)
        response = self.get_response(request)
        if response.status_code >= 400 and not is_document(response):
            response = error_replacing(request, response)
        # The language the documents are in: `locale`, English by default (LocaleMiddleware
        # would name the site's default, Finnish).
        locale = request.GET.get("locale") or (
            request.POST.get("locale") if request.method == "POST" else None
        )
        response["Content-Language"] = locale_language(locale)
        return response
