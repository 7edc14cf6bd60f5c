"""Staff sign-in: the password, the second factor, enrolment, and the supervisors' pages of
locked accounts and the security log. The work is done in luukku.organisation.signin."""

import time

import segno
from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth import login as auth_login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.signals import user_login_failed
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from django_otp import login as otp_login

from luukku.organisation import signin
from luukku.organisation.selectors import locked_accounts, security_events, staff_two_factor

from .signin import account_lockout_message, mark_enrolled

# How long the code step waits after the right password (seconds).
_PENDING_SECONDS = 300
_PENDING = "signin_pending"


class CodeForm(forms.Form):
    code = forms.CharField(
        label=gettext_lazy("Code"),
        max_length=40,
        help_text=gettext_lazy(
            "The six digits your authenticator app shows, or one of your recovery codes."
        ),
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "text"}),
    )


class EnrolForm(forms.Form):
    code = forms.CharField(
        label=gettext_lazy("Code from the app"),
        max_length=10,
        help_text=gettext_lazy("The six digits the app shows now."),
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )


class SignInView(auth_views.LoginView):
    """The password step. With an authenticator, the person is not signed in yet: the code
    step follows. Failures are logged and counted (per account by django-axes, per address
    for usernames that do not exist)."""

    template_name = "web/login.html"

    def post(self, request, *args, **kwargs):
        username = request.POST.get("username", "").strip()
        self._was_locked = bool(username) and signin.account_is_locked(request, username)
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        user = form.get_user()
        if signin.two_factor_enrolled(user):
            self.request.session.cycle_key()
            self.request.session[_PENDING] = {
                "user": user.pk,
                "backend": user.backend,
                "at": int(time.time()),
                "next": self.get_success_url(),
            }
            return redirect("web:login_code")
        response = super().form_valid(form)
        signin.sign_in_succeeded(request=self.request, user=user)
        return response

    def form_invalid(self, form):
        data = form.data
        username = data.get("username", "").strip()
        if username and data.get("password"):
            delay = signin.sign_in_failed(
                request=self.request, username=username, was_locked=self._was_locked
            )
            if delay:
                time.sleep(delay)
        return super().form_invalid(form)


@never_cache
def sign_in_code(request):
    """The second step: a code from the authenticator app or a recovery code."""
    pending = request.session.get(_PENDING)
    if not pending or time.time() - pending["at"] > _PENDING_SECONDS:
        request.session.pop(_PENDING, None)
        if pending:
            messages.info(request, _("The sign-in took too long. Sign in again."))
        return redirect("web:login")
    user = get_object_or_404(get_user_model(), pk=pending["user"], is_active=True)
    form = CodeForm(request.POST or None)
    lockout = ""
    status = 200
    if request.method == "POST" and form.is_valid():
        if signin.account_is_locked(request, user.username):
            lockout, status = account_lockout_message(), 429
            request.session.pop(_PENDING, None)
        else:
            device = signin.two_factor_verify(
                user=user, code=form.cleaned_data["code"], request=request
            )
            if device is not None:
                del request.session[_PENDING]
                auth_login(request, user, backend=pending["backend"])
                otp_login(request, device)
                signin.sign_in_succeeded(request=request, user=user)
                if signin.recovery_codes_left(user) <= 3:
                    messages.warning(
                        request,
                        _("Only %(count)d recovery codes left. Set up two-factor sign-in again.")
                        % {"count": signin.recovery_codes_left(user)},
                    )
                return redirect(pending["next"])
            # A wrong code counts against the account like a wrong password.
            user_login_failed.send(
                sender=__name__,
                credentials={settings.AXES_USERNAME_FORM_FIELD: user.username},
                request=request,
            )
            form.add_error("code", _("The code is not right. Try again."))
            status = 400
    elif request.method == "POST":
        status = 400
    return render(request, "web/login_code.html", {"form": form, "lockout": lockout}, status=status)


def _qr_svg(url: str) -> str:
    """The enrolment link as an SVG QR code, made on the server (no script)."""
    svg = segno.make(url, error="m").svg_inline(scale=4, border=4, dark="#000", light="#fff")
    label = format_html('<svg role="img" aria-label="{}" ', _("QR code for your authenticator app"))
    return mark_safe(svg.replace("<svg ", label, 1))


@never_cache
@login_required
def two_factor(request):
    """Set up (or replace) the authenticator: a QR code and the secret as text, confirmed
    with a code; then the ten recovery codes, shown once."""
    user = request.user
    enrolled = signin.two_factor_enrolled(user)
    if request.method == "POST" and request.POST.get("action") == "new":
        signin.two_factor_enrol_start(user=user)
        return redirect("web:two_factor")
    device = signin.two_factor_pending_device(user)
    if device is None and not enrolled:
        device = signin.two_factor_enrol_start(user=user)
    form = EnrolForm(request.POST or None)
    status = 200
    if request.method == "POST":
        status = 400
        if device is not None and form.is_valid():
            try:
                codes = signin.two_factor_enrol_confirm(
                    user=user, device=device, code=form.cleaned_data["code"], request=request
                )
            except ValidationError as error:
                for message in error.message_dict.get("code", []):
                    form.add_error("code", message)
            else:
                otp_login(request, device)
                mark_enrolled(request)
                return render(request, "web/two_factor_codes.html", {"codes": codes})
    context = {
        "enrolled": enrolled,
        "device": device,
        "form": form,
        "required": signin.two_factor_required(user),
        "codes_left": signin.recovery_codes_left(user) if enrolled else 0,
    }
    if device is not None:
        context["qr"] = _qr_svg(device.config_url)
        context["secret"] = signin.totp_secret(device)
    return render(request, "web/two_factor.html", context, status=status)


def _supervisor(request) -> None:
    if not request.user.sees_everything:
        raise PermissionDenied


@never_cache
@login_required
def signin_security(request, status: int = 200):
    """Locked accounts with their unlock buttons, and who has two-factor sign-in."""
    _supervisor(request)
    return render(
        request,
        "web/signin_security.html",
        {"locked": locked_accounts(), "staff": staff_two_factor()},
        status=status,
    )


@login_required
@require_POST
def account_unlock(request):
    _supervisor(request)
    username = request.POST.get("username", "").strip()
    if not username or not signin.account_unlock(
        actor=request.user, username=username, request=request
    ):
        messages.error(request, _("That account is not locked."))
        return signin_security(request, status=400)
    messages.success(request, _("The account %(username)s is unlocked.") % {"username": username})
    return redirect("web:signin_security")


@login_required
@require_POST
def two_factor_reset(request):
    _supervisor(request)
    pk = request.POST.get("user", "")
    user = get_user_model().objects.filter(pk=pk).first() if pk.isdigit() else None
    if user is None:
        messages.error(request, _("Choose whose two-factor sign-in to reset."))
        return signin_security(request, status=400)
    signin.two_factor_reset(actor=request.user, user=user, request=request)
    messages.success(
        request,
        _(
            "Two-factor sign-in of %(name)s was reset: they sign in with their password "
            "alone until they set it up again (at once, if their role requires it)."
        )
        % {"name": user},
    )
    return redirect("web:signin_security")


@never_cache
@login_required
def security_log(request):
    """Sign-in events with address and browser, newest first: for supervisors and
    administrators, and for the data protection officer, who audits them."""
    if not request.user.reads_access_log:
        _supervisor(request)
    username = request.GET.get("username", "").strip()[:150]
    page = Paginator(security_events(username=username), 50).get_page(request.GET.get("page"))
    return render(request, "web/security_log.html", {"page_obj": page, "username": username})


def admin_sign_in(request):
    """The Django admin's sign-in is the staff sign-in, so that nothing skips its checks."""
    return redirect_to_login(request.GET.get("next") or reverse("admin:index"))
