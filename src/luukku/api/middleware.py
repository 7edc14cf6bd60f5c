from django.utils import translation


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
