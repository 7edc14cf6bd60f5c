"""Two-factor sign-in (TOTP and recovery codes), its requirement per role, its reset, and the
session limits."""

import datetime as dt
import os
import re
import subprocess
import sys

import pytest
import time_machine
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

from luukku.core.testing.clock import at
from luukku.core.testing.totp import totp_code
from luukku.organisation.models import SecurityEvent

pytestmark = pytest.mark.django_db

PASSWORD = "secret-pass-123"
START = at(2026, 11, 23, 9)


def _enrol(client, user) -> list[str]:
    """Enrol through the page: read the secret as the person would, answer with its code."""
    client.force_login(user)
    page = client.get(reverse("web:two_factor")).content.decode()
    # The QR code is an inline SVG: no script draws it (the page loads only static files).
    assert "<svg" in page and re.search(r"<script(?![^>]*\bsrc=)", page) is None
    secret = re.search(r'<code class="secret">([A-Z2-7 ]+)</code>', page).group(1)
    response = client.post(reverse("web:two_factor"), {"code": totp_code(secret)})
    assert response.status_code == 200
    codes = re.findall(r"<li><code>([a-z2-7]{8})</code></li>", response.content.decode())
    client.logout()
    return secret, codes


def _password(client, user):
    return client.post(reverse("web:login"), {"username": user.username, "password": PASSWORD})


@time_machine.travel(START, tick=False)
def test_enrolment_shows_ten_recovery_codes_once_and_is_logged(client, agent):
    _secret, codes = _enrol(client, agent)
    assert len(set(codes)) == 10
    assert TOTPDevice.objects.get(user=agent).confirmed
    assert SecurityEvent.objects.filter(kind="2fa_enrolled", user=agent).count() == 1
    client.force_login(agent)
    page = client.get(reverse("web:two_factor")).content.decode()
    assert not any(code in page for code in codes)


@time_machine.travel(START, tick=False)
def test_a_wrong_enrolment_code_is_refused_and_enrols_nothing(client, agent):
    client.force_login(agent)
    client.get(reverse("web:two_factor"))
    response = client.post(reverse("web:two_factor"), {"code": "000000"})
    assert response.status_code == 400
    assert "Koodi ei täsmännyt" in response.content.decode()
    assert not TOTPDevice.objects.filter(user=agent, confirmed=True).exists()


def test_with_an_authenticator_the_password_alone_does_not_sign_in(client, agent):
    with time_machine.travel(START, tick=False) as traveller:
        secret, _codes = _enrol(client, agent)
        traveller.shift(dt.timedelta(seconds=60))
        response = _password(client, agent)
        assert response["Location"] == reverse("web:login_code")
        assert "_auth_user_id" not in client.session
        assert client.get(reverse("web:inbox")).status_code == 302
        wrong = client.post(reverse("web:login_code"), {"code": "123456"})
        assert wrong.status_code == 400
        assert "_auth_user_id" not in client.session
        # At once: a right code just after a mistyped one signs in (no pause that would call
        # it "not right"; the account's lockout stops guessing).
        right = client.post(reverse("web:login_code"), {"code": totp_code(secret)})
        assert right.status_code == 302
        assert client.get(reverse("web:inbox")).status_code == 200
    kinds = list(SecurityEvent.objects.order_by("pk").values_list("kind", flat=True))
    assert kinds[-2:] == ["code_failed", "signed_in"]


def test_a_recovery_code_signs_in_once(client, agent):
    with time_machine.travel(START, tick=False):
        _secret, codes = _enrol(client, agent)
        _password(client, agent)
        assert client.post(reverse("web:login_code"), {"code": codes[0]}).status_code == 302
        client.logout()
        _password(client, agent)
        assert client.post(reverse("web:login_code"), {"code": codes[0]}).status_code == 400
    assert SecurityEvent.objects.filter(kind="recovery_code_used", user=agent).count() == 1


def test_wrong_codes_count_towards_the_lockout(client, agent, settings):
    with time_machine.travel(START, tick=False):
        _enrol(client, agent)
        _password(client, agent)
        for _ in range(settings.AXES_FAILURE_LIMIT):
            client.post(reverse("web:login_code"), {"code": "000000"})
        assert _password(client, agent).status_code == 429


def test_a_required_role_must_enrol_before_any_staff_page(client, supervisor, settings):
    settings.TWO_FACTOR_REQUIRED_ROLES = ["supervisor", "administrator"]
    client.force_login(supervisor)
    for name in ("web:inbox", "web:customers", "web:signin_security"):
        response = client.get(reverse(name))
        assert response["Location"] == reverse("web:two_factor")
    assert client.get(reverse("web:two_factor")).status_code == 200
    assert client.get("/admin/")["Location"] == reverse("web:two_factor")


def test_a_role_not_listed_may_work_without(client, agent, settings):
    settings.TWO_FACTOR_REQUIRED_ROLES = ["supervisor", "administrator"]
    client.force_login(agent)
    assert client.get(reverse("web:inbox")).status_code == 200


def test_a_session_without_the_code_is_not_enough_once_enrolled(client, agent):
    with time_machine.travel(START, tick=False):
        _enrol(client, agent)
        client.force_login(agent)  # as Django's admin sign-in would, without the code
        response = client.get(reverse("web:inbox"))
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("web:login"))
        assert "_auth_user_id" not in client.session


def test_a_supervisor_resets_someones_two_factor_and_it_is_logged(client, agent, supervisor):
    with time_machine.travel(START, tick=False):
        _enrol(client, agent)
    client.force_login(supervisor)
    response = client.post(reverse("web:two_factor_reset"), {"user": agent.pk})
    assert response.status_code == 302
    assert not TOTPDevice.objects.filter(user=agent).exists()
    reset = SecurityEvent.objects.get(kind="2fa_reset")
    assert (reset.user, reset.actor) == (agent, supervisor)
    client.logout()
    assert _password(client, agent).status_code == 302
    assert client.session["_auth_user_id"] == str(agent.pk)


def test_resetting_nobody_is_refused(client, supervisor, agent):
    client.force_login(supervisor)
    assert client.post(reverse("web:two_factor_reset"), {"user": "x"}).status_code == 400
    client.force_login(agent)
    assert client.post(reverse("web:two_factor_reset"), {"user": agent.pk}).status_code == 403


# -- session limits ----------------------------------------------------------------------------


def test_an_idle_session_ends_with_a_notice(client, agent, settings):
    with time_machine.travel(START, tick=False) as traveller:
        _password(client, agent)
        traveller.shift(dt.timedelta(minutes=settings.SESSION_IDLE_MINUTES - 1))
        assert client.get(reverse("web:inbox")).status_code == 200
        traveller.shift(dt.timedelta(minutes=settings.SESSION_IDLE_MINUTES + 1))
        response = client.get(reverse("web:inbox"), follow=True)
    assert response.request["PATH_INFO"] == reverse("web:login")
    assert "toimettomana" in response.content.decode()
    assert SecurityEvent.objects.filter(kind="session_expired", user=agent).count() == 1


def test_a_busy_session_still_ends_at_its_maximum_length(client, agent, settings):
    with time_machine.travel(START, tick=False) as traveller:
        _password(client, agent)
        for _ in range(int(settings.SESSION_MAX_HOURS * 60 / 20)):
            traveller.shift(dt.timedelta(minutes=20))
            assert client.get(reverse("web:inbox")).status_code == 200
        traveller.shift(dt.timedelta(minutes=20))
        response = client.get(reverse("web:inbox"), follow=True)
    assert response.request["PATH_INFO"] == reverse("web:login")
    assert "enimmäispituutensa" in response.content.decode()


def _roles_required(tmp_path, **environment) -> str:
    """The setting as a fresh process computes it from this environment."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"SECRET_KEY", "DEBUG", "TWO_FACTOR_REQUIRED_ROLES"}
    }
    env.update(environment, LUUKKU_DATA_DIR=str(tmp_path), STATIC_ROOT=str(tmp_path / "static"))
    code = "from luukku import settings; print(','.join(settings.TWO_FACTOR_REQUIRED_ROLES))"
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    return result.stdout.strip()


def test_two_factor_is_required_of_supervisors_and_administrators_in_production(tmp_path):
    assert _roles_required(tmp_path, SECRET_KEY="x" * 50) == "supervisor,administrator"
    assert _roles_required(tmp_path, DEBUG="1") == ""  # development: DEBUG on, no key
    # As `make run` serves the demo: production-like, with the requirement turned off.
    assert _roles_required(tmp_path, SECRET_KEY="x" * 50, TWO_FACTOR_REQUIRED_ROLES="") == ""
