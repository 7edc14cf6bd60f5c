"""What every staff request passes through for sign-in security: the session limits, the
required second factor, and django-axes's answer to a locked account."""

import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.forms import AuthenticationForm
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect, render
from django.urls import Resolver404, resolve
from django.utils.translation import gettext as _

from luukku.organisation import signin
from luukku.organisation.models import SecurityEvent

client_address = signin.client_address

# Seconds between writes of "last seen" into the session (not a write on every request).
_SEEN_RESOLUTION = 60
# Views a signed-in person may open before their second factor is in order.
_OPEN_VIEWS = {"web:login", "web:login_code", "web:logout", "web:two_factor"}


def account_lockout_message() -> str:
    if settings.AXES_COOLOFF_TIME:
        minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
        return _(
            "This account has been locked after too many failed sign-ins. Try again in "
            "%(minutes)d minutes, or ask a supervisor to unlock it."
        ) % {"minutes": minutes}
    return _(
        "This account has been locked after too many failed sign-ins. Ask a supervisor to "
        "unlock it."
    )


def lockout_response(request, original_response=None, credentials=None):
    """django-axes's answer to a locked account: the sign-in page again with the reason,
    429 (Too Many Requests)."""
    form = AuthenticationForm(request, initial={"username": request.POST.get("username", "")})
    return render(
        request,
        "web/login.html",
        {"form": form, "lockout": account_lockout_message(), "next": request.POST.get("next", "")},
        status=429,
    )


def _view_name(request) -> str:
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return ""
    return match.view_name


def _staff_request(request) -> bool:
    name = _view_name(request)
    return name.startswith(("web:", "admin:")) or request.path_info.startswith("/api/")


_ENROLLED = "two_factor_enrolled"


def session_started(sender, request, user, **kwargs) -> None:
    """A new session: when it started and was last used, and whether its person has an
    authenticator (read once here, not on every request)."""
    if request is None or not hasattr(request, "session"):
        return
    now = int(time.time())
    request.session["signed_in_at"] = now
    request.session["last_seen"] = now
    request.session[_ENROLLED] = signin.two_factor_enrolled(user)


def mark_enrolled(request) -> None:
    request.session[_ENROLLED] = True


def _enrolled(request) -> bool:
    if _ENROLLED not in request.session:
        request.session[_ENROLLED] = signin.two_factor_enrolled(request.user)
    return request.session[_ENROLLED]


class SessionLimitMiddleware:
    """Staff sessions end after SESSION_IDLE_MINUTES without a request and after
    SESSION_MAX_HOURS in all; the person is sent to the sign-in page with a notice."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated:
            now = int(time.time())
            session = request.session
            started = session.setdefault("signed_in_at", now)
            seen = session.get("last_seen", now)
            idle = now - seen > settings.SESSION_IDLE_MINUTES * 60
            too_long = now - started > settings.SESSION_MAX_HOURS * 3600
            if idle or too_long:
                return self._expire(request, idle=idle)
            if now - seen >= _SEEN_RESOLUTION or "last_seen" not in session:
                session["last_seen"] = now
        return self.get_response(request)

    def _expire(self, request, *, idle: bool):
        user = request.user
        signin.security_event_record(
            kind=SecurityEvent.Kind.SESSION_EXPIRED, request=request, user=user
        )
        logout(request)
        messages.info(
            request,
            _("You were signed out after %(minutes)d minutes without activity. Sign in again.")
            % {"minutes": settings.SESSION_IDLE_MINUTES}
            if idle
            else _("Your session reached its maximum length of %(hours)s hours. Sign in again.")
            % {"hours": f"{settings.SESSION_MAX_HOURS:g}"},
        )
        next_url = request.get_full_path() if request.method == "GET" else ""
        return redirect_to_login(next_url) if next_url else redirect(settings.LOGIN_URL)


class TwoFactorRequiredMiddleware:
    """Staff with an authenticator must have given its code in this session; roles listed in
    TWO_FACTOR_REQUIRED_ROLES must enrol one before any staff page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if user.is_authenticated and _staff_request(request):
            name = _view_name(request)
            if not user.is_verified() and _enrolled(request):
                # Signed in some other way than the code step: not good enough.
                if name not in _OPEN_VIEWS:
                    logout(request)
                    return redirect_to_login(request.get_full_path())
            elif (
                signin.two_factor_required(user)
                and not _enrolled(request)
                and name not in _OPEN_VIEWS
            ):
                messages.info(
                    request,
                    _("Your role requires two-factor sign-in. Set it up to continue."),
                )
                return redirect("web:two_factor")
        return self.get_response(request)
