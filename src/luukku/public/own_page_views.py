"""The citizen's own page (docs/relationships.md): a one-time link mailed to an address
opens, for `SESSION_LIFETIME`, a page listing everything given that address; and “tell me
when it's fixed” on a request's page. No JavaScript is needed."""

import datetime as dt

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from luukku.cases.models import Case
from luukku.cases.selectors import case_get_by_token
from luukku.core.http import found_or_404
from luukku.core.ratelimit import retry_after
from luukku.core.service_errors import form_errors_add
from luukku.privacy.services import access_log_record
from luukku.relationships.models import SignInLink
from luukku.relationships.own_page import (
    SESSION_LIFETIME,
    SIGN_IN_VALID,
    sign_in_link_ask,
    sign_in_link_use,
    sign_in_link_valid,
)
from luukku.relationships.own_page_selectors import own_items
from luukku.relationships.resolved_notices import (
    resolved_notice_cancel,
    resolved_notice_request,
)

from .own_page_forms import OwnPageForm, ResolvedNoticeForm
from .views import _retry_after, _show_wait

SESSION_EMAIL = "own_page_email"
SESSION_UNTIL = "own_page_until"


def signed_in_email(request) -> str:
    """The address proven in this browser session, while the sign-in lasts; else ""."""
    email = request.session.get(SESSION_EMAIL, "")
    until = request.session.get(SESSION_UNTIL)
    if not email or not until:
        return ""
    if dt.datetime.fromisoformat(until) <= timezone.now():
        _sign_out(request)
        return ""
    return email


def _sign_out(request) -> None:
    for key in (SESSION_EMAIL, SESSION_UNTIL):
        request.session.pop(key, None)


@require_http_methods(["GET", "POST"])
def own_page(request):
    """Signed in: the list. Otherwise the form asking for a link (the answer is the same
    whether or not the address has anything)."""
    email = signed_in_email(request)
    if email and request.method == "GET":
        return _own_list(request, email)
    if request.method == "GET":
        context = {"form": OwnPageForm(), "sent": "sent" in request.GET}
        return render(request, "public/own_page_ask.html", context)
    form = OwnPageForm(request.POST)
    wait = retry_after(request, group="public:forms", rate=settings.FORM_RATE_LIMIT, key="ip")
    if wait:
        _show_wait(form, wait)
        return _retry_after(render(request, "public/own_page_ask.html", {"form": form}), wait)
    if not form.is_valid():
        return render(request, "public/own_page_ask.html", {"form": form}, status=400)
    sign_in_link_ask(email=form.cleaned_data["email"], language=get_language())
    return HttpResponseRedirect(reverse("public:own_page") + "?sent=1")


def _own_list(request, email: str):
    items = own_items(email=email)
    access_log_record(
        actor=None, action="list", context="own_page", query={"email": email}, count=len(items)
    )
    context = {
        "email": email,
        "open_items": [item for item in items if item.is_open],
        "closed_items": [item for item in items if not item.is_open],
        "until": dt.datetime.fromisoformat(request.session[SESSION_UNTIL]),
    }
    return render(request, "public/own_page.html", context)


@require_http_methods(["GET", "POST"])
def own_page_sign_in(request, token: str):
    """The link from the mail: a button that signs in (a mail program opening the link to
    look at it does not use it up). An unknown, used or expired link: a page saying so."""
    if request.method == "GET":
        try:
            sign_in_link_valid(token=token)
        except SignInLink.DoesNotExist:
            return _link_not_valid(request)
        return render(request, "public/own_page_sign_in.html", {})
    try:
        email = sign_in_link_use(token=token)
    except ValidationError:
        return _link_not_valid(request)
    request.session.cycle_key()
    request.session[SESSION_EMAIL] = email
    request.session[SESSION_UNTIL] = (timezone.now() + SESSION_LIFETIME).isoformat()
    return redirect("public:own_page")


def _link_not_valid(request):
    context = {"minutes": int(SIGN_IN_VALID.total_seconds() // 60)}
    return render(request, "public/own_page_link_invalid.html", context, status=404)


@require_POST
def own_page_sign_out(request):
    _sign_out(request)
    messages.success(request, _("You have signed out of your own page."))
    return redirect("public:own_page")


@require_POST
def case_resolved_notice(request, token: str):
    """Ask to be told when the request is resolved, or (`cancel`) cancel it."""
    case = found_or_404(case_get_by_token, token=token)
    back = reverse("public:case_status", args=[case.token]) + "#resolved-notice"
    if "cancel" in request.POST:
        if resolved_notice_cancel(case=case):
            messages.success(request, _("We will not tell you when the request is resolved."))
        return HttpResponseRedirect(back)
    form = ResolvedNoticeForm(request.POST)
    if wait := retry_after(request, group="public:forms", rate=settings.FORM_RATE_LIMIT, key="ip"):
        _show_wait(form, wait)
        return _retry_after(_notice_form_page(request, case, form), wait)
    if form.is_valid():
        try:
            resolved_notice_request(case=case, **form.cleaned_data)
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            messages.success(
                request, _("Thank you. We will tell you when the request is resolved.")
            )
            return HttpResponseRedirect(back)
    return _notice_form_page(request, case, form, status=400)


def _notice_form_page(request, case: Case, form, status: int = 400):
    from .views import case_status_page

    return case_status_page(request, case, notice_form=form, status=status)
