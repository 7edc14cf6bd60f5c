"""HTTP answers that carry personal data are never stored by a browser or a proxy; the
server's own time on an answer, for benchmarks."""

import time

from django.conf import settings
from django.utils.cache import add_never_cache_headers


def private_answer(request) -> bool:
    """Whether the answer may show personal data: every page of the namespaces in
    PRIVATE_URL_NAMESPACES (the staff workspace, the admin, the REST API), every address that
    holds a private token (a citizen's case or appointment link, a calendar feed), and every
    answer to a form sent (it may repeat what was typed)."""
    if request.method not in ("GET", "HEAD", "OPTIONS"):
        return True
    match = getattr(request, "resolver_match", None)
    if match is None:
        return False
    if set(match.namespaces) & set(settings.PRIVATE_URL_NAMESPACES):
        return True
    if match.url_name in settings.PRIVATE_URL_NAMES:
        return True
    return bool(set(match.kwargs) & set(settings.PRIVATE_URL_ARGUMENTS))


class PrivateAnswerMiddleware:
    """Cache-Control: no-store (and Pragma: no-cache for HTTP/1.0 caches) on private answers,
    so that a shared computer's browser history or a proxy keeps no copy; the catalogue and
    other public pages stay cacheable."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if private_answer(request):
            add_never_cache_headers(response)
            response["Pragma"] = "no-cache"
        return response


class ServerTimingMiddleware:
    """`Server-Timing: app;dur=<ms>, cpu;dur=<ms>` on every answer: how long the server took,
    from the first middleware in to the last out, and how much of it the answering thread
    spent on the processor (SQLite's work included: it runs in that thread), so that a
    benchmark driving a browser (bench/workspace_journeys.py) reads the server's share of a
    page apart from the network and the browser, and apart from waiting for a busy machine's
    processor. Installed only when the LUUKKU_SERVER_TIMING setting is on."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started, started_cpu = time.perf_counter(), time.thread_time()
        response = self.get_response(request)
        elapsed = (time.perf_counter() - started) * 1000
        cpu = (time.thread_time() - started_cpu) * 1000
        response["Server-Timing"] = f"app;dur={elapsed:.1f}, cpu;dur={cpu:.1f}"
        return response
