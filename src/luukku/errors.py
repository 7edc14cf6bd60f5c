"""The error pages of the citizen site and the staff workspace (400, 403, 404, 500 and a
failed CSRF check), in the language of the address like every other page.

The interfaces for other systems (`/open311/`, `/api/`) keep their own error formats: their
errors are passed on to Django's plain defaults here, for their own code to answer.

The 500 page is drawn without the database (no signed-in menu, no session): it must show
when the database is what failed.
"""

import re

from django.http import HttpResponse
from django.template.loader import get_template
from django.utils.translation import gettext_lazy as _
from django.views import csrf, defaults
from django.views.decorators.csrf import requires_csrf_token

from luukku.core.context_processors import site

# Paths answered by the interfaces' own formats, not by these pages.
INTERFACES = re.compile(r"^/(open311|api|calendar)/")
# The staff workspace (and the Django admin), under an optional language prefix.
STAFF = re.compile(r"^/(?:[a-z]{2}/)?(staff|admin)/")

PAGES = {
    400: (
        _("The request could not be read"),
        _("The address or the form that was sent is not in a form we can handle."),
    ),
    403: (
        _("You may not open this page"),
        _("You do not have the rights to this page or action."),
    ),
    404: (
        _("Page not found"),
        _(
            "We could not find the page you were looking for. The address may be mistyped or "
            "incomplete, or the page may have been removed."
        ),
    ),
    500: (
        _("Something went wrong"),
        _(
            "An error occurred on our side and the page could not be shown. Try again in a "
            "moment; if it happens again, contact customer service."
        ),
    ),
    "csrf": (
        _("The form had expired"),
        _(
            "For your security a form can be sent only from a page opened a moment ago, with "
            "cookies allowed. Go back, load the page again and send the form once more."
        ),
    ),
}


def _template(request) -> str:
    return "web/error.html" if STAFF.match(request.path) else "public/error.html"


def _page(request, status: int, *, kind=None, with_user: bool = True):
    """The error page in the site's own layout. Without `with_user` no context processor
    runs (no session, no database): only the request and the service centre's name."""
    title, message = PAGES[kind or status]
    context = {"status": status, "title": title, "message": message, "kind": kind or status}
    template = get_template(_template(request))
    if with_user:
        body = template.render(context, request)
    else:
        body = template.render({**context, **site(request), "request": request})
    return HttpResponse(body, status=status)


@requires_csrf_token
def bad_request(request, exception):
    if INTERFACES.match(request.path):
        return defaults.bad_request(request, exception)
    return _page(request, 400)


@requires_csrf_token
def permission_denied(request, exception):
    if INTERFACES.match(request.path):
        return defaults.permission_denied(request, exception)
    return _page(request, 403)


@requires_csrf_token
def page_not_found(request, exception):
    if INTERFACES.match(request.path):
        return defaults.page_not_found(request, exception)
    return _page(request, 404)


@requires_csrf_token
def server_error(request):
    if INTERFACES.match(request.path):
        return defaults.server_error(request)
    return _page(request, 500, with_user=False)


def csrf_failure(request, reason=""):
    if INTERFACES.match(request.path):
        return csrf.csrf_failure(request, reason)
    return _page(request, 403, kind="csrf")
