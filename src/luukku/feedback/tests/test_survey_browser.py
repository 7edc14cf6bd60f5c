"""In a real Chromium on the demo city: a resolved case sends its survey once through a real
SMTP server, the citizen answers by the link without signing in, and the answer shows on the
results page per handler; the new pages pass axe in Finnish, Swedish and English."""

import re
from email.header import decode_header, make_header
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from luukku.cases.models import Status
from luukku.cases.services import case_assign, case_change_status
from luukku.cases.tests.factories import make_case
from luukku.catalogue.models import Service
from luukku.demo.loader import DEMO_PASSWORD
from luukku.feedback.survey_models import Survey
from luukku.feedback.surveys import surveys_send_due
from luukku.organisation.models import User

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
LANGUAGES = {"fi": "", "sv": "/sv", "en": "/en"}
EMAIL = "vilma.vastaaja@example.fi"


def _resolved_case():
    aino = User.objects.get(username="aino")
    service = Service.objects.filter(
        sensitive=False, internal=False, request_fields__isnull=True
    ).order_by("code")[0]
    case = make_case(service=service, contact_email=EMAIL, subject="Katuvalo Vuoksenniskalla")
    case_assign(case=case, actor=aino, assignee=aino)
    case_change_status(case=case, actor=aino, status=Status.RESOLVED)
    return case, aino


def test_a_resolved_case_is_surveyed_once_and_the_answer_shows_per_handler(
    demo_city, new_page, screenshot, smtp_server, run_tasks, accessibility_violations, settings
):
    demo_city(cases=30, customers=15)
    settings.SURVEY_DELAY_MINUTES = 0
    run_tasks(limit=1000)  # the demo's own mail first
    case, aino = _resolved_case()
    surveys_send_due()
    run_tasks()
    # Reopened and resolved again: still one survey.
    case_change_status(case=case, actor=aino, status=Status.OPEN)
    case_change_status(case=case, actor=aino, status=Status.RESOLVED)
    surveys_send_due()
    run_tasks()
    (message,) = [m for m in smtp_server.messages if m["To"] == EMAIL]
    assert str(make_header(decode_header(message["Subject"]))).startswith("Miten onnistuimme?")
    body = message.get_payload(decode=True).decode()
    link = re.search(r"https?://\S+/surveys/\S+/", body).group()
    path = urlsplit(link).path

    citizen = new_page()
    problems = []
    for language, prefix in LANGUAGES.items():
        citizen.goto(prefix + path.removeprefix("/fi"))
        expect(citizen.get_by_role("heading", level=1)).to_be_visible()
        problems += accessibility_violations(citizen, f"{language} survey")
        screenshot(citizen, f"{language}-survey")
    citizen.goto(path)
    citizen.get_by_role("button", name="Lähetä vastaus").click()  # nothing chosen
    expect(citizen.locator("#id_score_error")).to_be_visible()
    problems += accessibility_violations(citizen, "fi survey-error")
    citizen.get_by_label("4 – Tyytyväinen").check()
    citizen.get_by_label("Haluatko kertoa lisää? (vapaaehtoinen)").fill(
        "Aino auttoi nopeasti, soita 040 765 4321"
    )
    citizen.get_by_role("button", name="Lähetä vastaus").click()
    expect(citizen.get_by_text("Kiitos vastauksestasi!")).to_be_visible()
    survey = Survey.objects.get(case=case)
    assert (survey.status, survey.score) == (Survey.Status.ANSWERED, 4)

    staff = new_page()
    staff.goto("/staff/login/")
    staff.locator("#id_username").fill("liisa")
    staff.locator("#id_password").fill(DEMO_PASSWORD)
    staff.get_by_role("button", name="Kirjaudu", exact=True).click()
    for language, prefix in LANGUAGES.items():
        staff.goto(prefix + "/staff/satisfaction/?group=handler")
        problems += accessibility_violations(staff, f"{language} satisfaction")
        screenshot(staff, f"{language}-satisfaction")
    staff.goto("/staff/satisfaction/?group=handler")
    row = staff.locator("table.survey-results tr", has_text=str(aino))
    expect(row).to_be_visible()
    comments = staff.locator(".survey-comments")
    expect(comments).to_contain_text("[…] auttoi nopeasti, soita […]")
    staff.set_viewport_size({"width": 320, "height": 800})
    screenshot(staff, "fi-satisfaction-narrow")
    problems += accessibility_violations(staff, "fi satisfaction narrow")
    assert problems == []
