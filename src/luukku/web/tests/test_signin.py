"""Staff sign-in that resists attack: lockout per account, guessing from one address."""

import datetime as dt
import time

import pytest
import time_machine
from django.conf import settings
from django.urls import reverse

from luukku.core.testing.clock import at
from luukku.organisation.models import SecurityEvent
from luukku.organisation.tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "secret-pass-123"  # UserFactory's


def _sign_in(client, username, password, address="192.0.2.10"):
    return client.post(
        reverse("web:login"),
        {"username": username, "password": password},
        REMOTE_ADDR=address,
        HTTP_USER_AGENT="Testiselain/1.0",
    )


def test_thirty_wrong_passwords_lock_the_account_so_the_right_one_no_longer_signs_in(client, agent):
    for _ in range(30):
        _sign_in(client, agent.username, "wrong-guess")
    response = _sign_in(client, agent.username, PASSWORD)
    assert "_auth_user_id" not in client.session
    assert response.status_code == 429
    assert "lukittu" in response.content.decode()


def test_a_locked_account_does_not_lock_out_a_colleague_behind_the_same_address(client, agent):
    colleague = UserFactory(role="agent")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        _sign_in(client, agent.username, "wrong-guess")
    assert _sign_in(client, agent.username, PASSWORD).status_code == 429
    response = _sign_in(client, colleague.username, PASSWORD)
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(colleague.pk)


def test_the_lockout_message_is_in_the_readers_language(client, agent):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        _sign_in(client, agent.username, "wrong-guess")
    page = client.post(
        "/sv/staff/login/", {"username": agent.username, "password": PASSWORD}
    ).content.decode()
    assert "Kontot har låsts efter för många misslyckade inloggningar" in page


def test_failures_and_the_lock_are_in_the_security_log_with_address_and_browser(client, agent):
    for _ in range(settings.AXES_FAILURE_LIMIT + 1):
        _sign_in(client, agent.username, "wrong-guess")
    kinds = list(
        SecurityEvent.objects.filter(username=agent.username)
        .order_by("pk")
        .values_list("kind", flat=True)
    )
    assert kinds == ["failed"] * settings.AXES_FAILURE_LIMIT + ["locked", "refused_locked"]
    event = SecurityEvent.objects.filter(kind="locked").get()
    assert (event.user, event.ip_address, event.user_agent) == (
        agent,
        "192.0.2.10",
        "Testiselain/1.0",
    )


def test_a_supervisor_unlocks_an_account_and_the_unlock_is_logged(client, agent, supervisor):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        _sign_in(client, agent.username, "wrong-guess")
    client.force_login(supervisor)
    page = client.get(reverse("web:signin_security")).content.decode()
    assert agent.username in page
    response = client.post(reverse("web:account_unlock"), {"username": agent.username})
    assert response.status_code == 302
    unlocked = SecurityEvent.objects.get(kind="unlocked")
    assert (unlocked.user, unlocked.actor) == (agent, supervisor)
    client.logout()
    assert _sign_in(client, agent.username, PASSWORD).status_code == 302


def test_unlocking_an_account_that_is_not_locked_is_refused_and_changes_nothing(client, supervisor):
    client.force_login(supervisor)
    response = client.post(reverse("web:account_unlock"), {"username": "nobody"})
    assert response.status_code == 400
    assert "Tunnus ei ole lukittu." in response.content.decode()
    assert not SecurityEvent.objects.filter(kind="unlocked").exists()


def test_only_supervisors_see_and_unlock(client, agent):
    client.force_login(agent)
    assert client.get(reverse("web:signin_security")).status_code == 403
    assert client.get(reverse("web:security_log")).status_code == 403
    assert client.post(reverse("web:account_unlock"), {"username": "x"}).status_code == 403


def test_the_lock_ends_after_the_cool_off_time(client, agent):
    with time_machine.travel(at(2026, 11, 23, 9), tick=False) as traveller:
        for _ in range(settings.AXES_FAILURE_LIMIT):
            _sign_in(client, agent.username, "wrong-guess")
        assert _sign_in(client, agent.username, PASSWORD).status_code == 429
        traveller.shift(settings.AXES_COOLOFF_TIME + dt.timedelta(seconds=1))
        assert _sign_in(client, agent.username, PASSWORD).status_code == 302


def test_an_address_guessing_unknown_usernames_gets_slow_failures_but_a_right_password_is_quick(
    client, agent, settings
):
    settings.LOGIN_ADDRESS_UNKNOWN_LIMIT = 3
    settings.LOGIN_ADDRESS_DELAY_MAX = 4
    client.post(reverse("web:login"), {})  # the first request of a process is slow to answer

    def seconds(username, password, address="192.0.2.10"):
        started = time.monotonic()
        response = _sign_in(client, username, password, address)
        return time.monotonic() - started, response

    for number in range(3):
        assert seconds(f"guess{number}", "wrong-guess")[0] < 1
    # Past the limit each unknown name doubles the wait: 0.25, 0.5, 1, 2 s.
    for number, wait in enumerate([0.25, 0.5, 1, 2]):
        assert seconds(f"more{number}", "wrong-guess")[0] >= wait
    assert SecurityEvent.objects.filter(kind="address_guessing").count() == 1
    # A wrong password for a real account from that address waits as long; the right one not.
    assert seconds(agent.username, "wrong-guess")[0] >= 2
    elapsed, response = seconds(agent.username, PASSWORD)
    assert response.status_code == 302 and elapsed < 1
    client.logout()
    # Another address is not slowed.
    assert seconds("guess-elsewhere", "wrong-guess", address="198.51.100.7")[0] < 1


def test_the_django_admin_signs_in_through_the_staff_sign_in(client):
    response = client.get("/admin/login/?next=/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("web:login"))
