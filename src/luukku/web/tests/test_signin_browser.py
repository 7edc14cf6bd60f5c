"""In a real Chromium: two-factor enrolment and sign-in with a code computed from the secret
shown on the page, the lockout message and a supervisor unlocking; axe on every new page in
fi, sv and en, and at 320 px."""

import time

import pytest
from axes.utils import reset
from playwright.sync_api import expect

from luukku.core.testing.reflow import reflow_problems
from luukku.core.testing.totp import totp_code
from luukku.organisation.models import SecurityEvent
from luukku.organisation.tests.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "secret-pass-123"  # UserFactory's
LANGUAGES = {"fi": "", "sv": "/sv", "en": "/en"}
SIGN_IN = {"fi": "Kirjaudu", "sv": "Logga in", "en": "Sign in"}
CONFIRM = {"fi": "Vahvista", "sv": "Bekräfta", "en": "Confirm"}
UNLOCK = {"fi": "Avaa lukitus", "sv": "Lås upp", "en": "Unlock"}
LOCKED = {
    "fi": "Tunnus on lukittu liian monen",
    "sv": "Kontot har låsts efter för många",
    "en": "This account has been locked after too many",
}


def _password(page, prefix, username, password, language):
    page.goto(prefix + "/staff/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(password)
    page.get_by_role("button", name=SIGN_IN[language], exact=True).click()


@pytest.mark.parametrize("language", LANGUAGES)
def test_two_factor_enrolment_and_sign_in(
    db, new_page, accessibility_violations, screenshot, language
):
    prefix = LANGUAGES[language]
    supervisor = UserFactory(role="supervisor", username="esihenkilo", first_name="Liisa")
    page = new_page()
    problems = []
    _password(page, prefix, supervisor.username, PASSWORD, language)
    page.goto(prefix + "/staff/account/two-factor/")
    expect(page.locator(".qr-code svg")).to_be_visible()
    problems += accessibility_violations(page, f"{language} two-factor enrolment")
    screenshot(page, f"{language}-staff-two-factor")
    secret = page.locator("code.secret").inner_text()
    page.locator("#id_code").fill("000000")
    page.get_by_role("button", name=CONFIRM[language]).click()
    expect(page.locator("#error-summary")).to_be_visible()
    problems += accessibility_violations(page, f"{language} two-factor enrolment error")
    time.sleep(1.1)  # django-otp waits a second after a wrong code
    page.locator("#id_code").fill(totp_code(secret))
    page.get_by_role("button", name=CONFIRM[language]).click()
    codes = page.locator(".recovery-codes code")
    expect(codes).to_have_count(10)
    problems += accessibility_violations(page, f"{language} recovery codes")
    screenshot(page, f"{language}-staff-recovery-codes")

    # Signing in again: the password, then the code (the next step's code, so that it is not
    # the one just used to enrol, which django-otp refuses to take twice).
    signed_out = new_page()
    _password(signed_out, prefix, supervisor.username, PASSWORD, language)
    expect(signed_out.locator("#id_code")).to_be_visible()
    problems += accessibility_violations(signed_out, f"{language} sign-in code")
    screenshot(signed_out, f"{language}-staff-sign-in-code")
    signed_out.locator("#id_code").fill(totp_code(secret, at=time.time() + 30))
    signed_out.get_by_role("button", name=SIGN_IN[language], exact=True).click()
    expect(signed_out.locator(".nav-user")).to_contain_text("Liisa")
    signed_out.goto(prefix + "/staff/account/two-factor/")
    problems += accessibility_violations(signed_out, f"{language} two-factor on")
    assert problems == [], "\n".join(problems)
    assert SecurityEvent.objects.filter(kind="2fa_enrolled", user=supervisor).count() == 1


# One language (the CI's time): the enrolment above runs in all three, and the smoke test
# reads the lockout's pages in every language.
@pytest.mark.parametrize("language", ["sv"])
def test_lockout_and_a_supervisor_unlocking(
    db, new_page, accessibility_violations, screenshot, settings, language
):
    prefix = LANGUAGES[language]
    agent = UserFactory(role="agent", username="neuvoja")
    supervisor = UserFactory(role="supervisor", username="esihenkilo")
    page = new_page()
    for _ in range(settings.AXES_FAILURE_LIMIT):
        _password(page, prefix, agent.username, "wrong-guess", language)
    _password(page, prefix, agent.username, PASSWORD, language)
    expect(page.locator("#error-summary")).to_contain_text(LOCKED[language])
    problems = accessibility_violations(page, f"{language} locked")
    screenshot(page, f"{language}-staff-locked")

    boss = new_page()
    _password(boss, prefix, supervisor.username, PASSWORD, language)
    boss.goto(prefix + "/staff/security/")
    problems += accessibility_violations(boss, f"{language} sign-in security")
    screenshot(boss, f"{language}-staff-signin-security")
    boss.get_by_role("button", name=f"{UNLOCK[language]} {agent.username}").click()
    expect(boss.locator(".message-success")).to_contain_text(agent.username)
    boss.goto(prefix + "/staff/security/log/")
    problems += accessibility_violations(boss, f"{language} security log")
    screenshot(boss, f"{language}-staff-security-log")

    _password(page, prefix, agent.username, PASSWORD, language)
    expect(page.locator(".nav-user")).to_be_visible()
    assert problems == [], "\n".join(problems)


def test_the_new_pages_reflow_at_320_px(db, new_page, screenshot, settings):
    agent = UserFactory(role="agent", username="neuvoja")
    supervisor = UserFactory(role="supervisor", username="esihenkilo")
    for number in range(3):
        SecurityEvent.objects.create(
            at="2026-11-23T07:00:00Z",
            kind="failed",
            username=f"tuntematon-kayttajatunnus-{number}",
            ip_address="2001:db8:ffff:ffff:ffff:ffff:ffff:fff1",
            user_agent="Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko)",
        )
    problems = []
    for language, prefix in LANGUAGES.items():
        locked = new_page(width=320, height=640)
        for _ in range(settings.AXES_FAILURE_LIMIT + 1):
            _password(locked, prefix, agent.username, "wrong-guess", language)
        problems += reflow_problems(locked, f"{language} locked")
        page = new_page(width=320, height=640)
        _password(page, prefix, supervisor.username, PASSWORD, language)
        for name, path in [
            ("two-factor", "/staff/account/two-factor/"),
            ("security", "/staff/security/"),
            ("security-log", "/staff/security/log/"),
        ]:
            page.goto(prefix + path)
            problems += reflow_problems(page, f"{language} {name}")
            screenshot(page, f"{language}-320-staff-{name}")
        reset(username=agent.username)
    assert problems == [], "\n".join(problems)
