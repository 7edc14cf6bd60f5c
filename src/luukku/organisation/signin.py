"""Writes of staff sign-in security: the security log, lockouts and their unlocking, guessing
from one address, two-factor enrolment and its reset.

The lockout itself is django-axes's (keyed on the username only); the second factor is
django-otp's (TOTP devices and one-time recovery codes). docs/operations.md explains the design.
"""

from base64 import b32encode

from axes.handlers.proxy import AxesProxyHandler
from axes.utils import reset as axes_reset
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _
from django_otp import user_has_device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from .models import SecurityEvent, User

RECOVERY_CODE_COUNT = 10
_USER_AGENT_LENGTH = SecurityEvent._meta.get_field("user_agent").max_length


def client_address(request: HttpRequest) -> str | None:
    """The client's address: the connection's own, or behind a reverse proxy the header named
    by CLIENT_IP_HEADER (the same one the rate limits read)."""
    key = settings.RATELIMIT_IP_META_KEY or "REMOTE_ADDR"
    value = (request.META.get(key) or "").split(",")[0].strip()
    return value or None


def security_event_record(
    *,
    kind: str,
    request: HttpRequest | None = None,
    user: User | None = None,
    username: str = "",
    actor: User | None = None,
) -> SecurityEvent:
    """Write one sign-in event with the address and browser it came from."""
    return SecurityEvent.objects.create(
        at=timezone.now(),
        kind=kind,
        user=user,
        username=(username or (user.username if user else ""))[:150],
        actor=actor,
        ip_address=client_address(request) if request is not None else None,
        user_agent=(request.META.get("HTTP_USER_AGENT", "") if request is not None else "")[
            :_USER_AGENT_LENGTH
        ],
    )


# -- lockout per account ----------------------------------------------------------------------


def account_is_locked(request: HttpRequest, username: str) -> bool:
    AxesProxyHandler.update_request(request)
    return AxesProxyHandler.is_locked(request, {settings.AXES_USERNAME_FORM_FIELD: username})


def sign_in_succeeded(*, request: HttpRequest, user: User) -> None:
    security_event_record(kind=SecurityEvent.Kind.SIGNED_IN, request=request, user=user)


def sign_in_failed(*, request: HttpRequest, username: str, was_locked: bool) -> float:
    """Record a refused sign-in (its lock, if this failure locked the account) and count it
    against the address when the username does not exist. Returns how many seconds to wait
    before answering: 0 unless the address has been guessing usernames."""
    user = User.objects.filter(username=username).first() if username else None
    if was_locked:
        security_event_record(
            kind=SecurityEvent.Kind.REFUSED_LOCKED, request=request, user=user, username=username
        )
        return 0
    security_event_record(
        kind=SecurityEvent.Kind.FAILED, request=request, user=user, username=username
    )
    if getattr(request, "axes_locked_out", False):
        security_event_record(
            kind=SecurityEvent.Kind.LOCKED, request=request, user=user, username=username
        )
    return _address_failure(request=request, unknown_username=user is None, username=username)


def _address_key(request: HttpRequest) -> str:
    return f"signin-unknown-names:{client_address(request)}"


def _address_failure(*, request: HttpRequest, unknown_username: bool, username: str) -> float:
    """Guessing across many accounts from one address. Colleagues behind one address type
    their own, existing usernames; an address that keeps trying names that do not exist is
    guessing. Past the limit, every failed answer to it is slowed, doubling up to the maximum.
    The password is always checked first, so a right one is never slowed or refused."""
    key = _address_key(request)
    window = settings.LOGIN_ADDRESS_WINDOW_MINUTES * 60
    if unknown_username:
        cache.add(key, 0, window)
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, window)
            count = 1
        if count == settings.LOGIN_ADDRESS_UNKNOWN_LIMIT + 1:
            security_event_record(
                kind=SecurityEvent.Kind.ADDRESS_GUESSING, request=request, username=username
            )
    else:
        count = cache.get(key, 0)
    over = count - settings.LOGIN_ADDRESS_UNKNOWN_LIMIT
    if over <= 0:
        return 0
    return min(settings.LOGIN_ADDRESS_DELAY_MAX, 0.25 * 2 ** min(over - 1, 16))


@transaction.atomic
def account_unlock(*, actor: User, username: str, request: HttpRequest) -> int:
    """Unlock an account locked by failed sign-ins (supervisors and administrators)."""
    if not actor.sees_everything:
        raise PermissionDenied
    removed = axes_reset(username=username)
    if removed:
        security_event_record(
            kind=SecurityEvent.Kind.UNLOCKED,
            request=request,
            user=User.objects.filter(username=username).first(),
            username=username,
            actor=actor,
        )
    return removed


# -- two-factor sign-in -----------------------------------------------------------------------


def two_factor_required(user: User) -> bool:
    return user.is_authenticated and user.role in settings.TWO_FACTOR_REQUIRED_ROLES


def two_factor_enrolled(user: User) -> bool:
    return user_has_device(user, confirmed=True)


def two_factor_enrol_start(*, user: User) -> TOTPDevice:
    """A new, unconfirmed authenticator for the user (an earlier unconfirmed one is dropped)."""
    TOTPDevice.objects.filter(user=user, confirmed=False).delete()
    return TOTPDevice.objects.create(user=user, name=_("Authenticator app"), confirmed=False)


def two_factor_pending_device(user: User) -> TOTPDevice | None:
    return TOTPDevice.objects.filter(user=user, confirmed=False).order_by("-pk").first()


def totp_secret(device: TOTPDevice) -> str:
    """The secret as people type it into an authenticator app: base32, in groups of four."""
    secret = b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


@transaction.atomic
def two_factor_enrol_confirm(
    *, user: User, device: TOTPDevice, code: str, request: HttpRequest
) -> list[str]:
    """Confirm the authenticator with a code it shows; replaces any earlier devices and
    returns ten new one-time recovery codes (shown once, never again)."""
    if device.user_id != user.pk or device.confirmed:
        raise PermissionDenied
    if not device.verify_token(_digits(code)):
        raise ValidationError(
            {"code": _("The code did not match. Check the time on your phone and try again.")}
        )
    TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
    StaticDevice.objects.filter(user=user).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    recovery = StaticDevice.objects.create(user=user, name=_("Recovery codes"), confirmed=True)
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=recovery, token=c) for c in codes)
    security_event_record(kind=SecurityEvent.Kind.TWO_FACTOR_ENROLLED, request=request, user=user)
    return codes


def two_factor_verify(*, user: User, code: str, request: HttpRequest):
    """The device a code belongs to (an authenticator's code, or a recovery code, which is used
    up), or None. A wrong code is recorded."""
    code = (code or "").strip()
    for device in TOTPDevice.objects.filter(user=user, confirmed=True):
        if device.verify_token(_digits(code)):
            return device
    recovery_code = code.replace(" ", "").replace("-", "").lower()
    for device in StaticDevice.objects.filter(user=user, confirmed=True):
        if device.verify_token(recovery_code):
            security_event_record(
                kind=SecurityEvent.Kind.RECOVERY_CODE_USED, request=request, user=user
            )
            return device
    security_event_record(kind=SecurityEvent.Kind.CODE_FAILED, request=request, user=user)
    return None


def recovery_codes_left(user: User) -> int:
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


@transaction.atomic
def two_factor_reset(*, actor: User, user: User, request: HttpRequest) -> None:
    """Remove someone's authenticator and recovery codes (a lost phone): they enrol again at
    their next sign-in. Supervisors and administrators only."""
    if not actor.sees_everything:
        raise PermissionDenied
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()
    security_event_record(
        kind=SecurityEvent.Kind.TWO_FACTOR_RESET, request=request, user=user, actor=actor
    )


def _digits(code: str) -> str:
    return "".join(ch for ch in (code or "") if not ch.isspace())
