"""Feedback in Chromium: a citizen sends a complaint on the public feedback form, an agent
sets its topic on the case page and answers it, and the supervisor sees it answered in time
on the feedback list; the new pages with no axe violations in fi/sv/en at 1280 and 320 px
(docs/feedback.md, "Feedback")."""

import pytest
from playwright.sync_api import expect

from luukku.cases.models import Case
from luukku.catalogue.tests.factories import RequestFieldFactory, ServiceFactory
from luukku.channels.services.submissions import submissions_register_waiting
from luukku.feedback.models import Feedback, FeedbackTopic
from luukku.organisation.tests.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "secret-pass-123"
LANGUAGES = {"fi": "/staff", "sv": "/sv/staff", "en": "/en/staff"}


@pytest.fixture
def city(settings):
    settings.FEEDBACK_SERVICES = ["feedback"]
    service = ServiceFactory(
        code="feedback",
        name_en="Feedback to the city",
        accepts_requests=True,
        allows_anonymous=True,
    )
    RequestFieldFactory(
        service=service,
        code="feedback_kind",
        label_en="Kind of feedback",
        datatype="single_choice",
        options=["praise", "complaint", "idea", "question"],
    )
    FeedbackTopic.objects.create(
        name="Aukioloajat", name_fi="Aukioloajat", name_sv="Öppettider", name_en="Opening hours"
    )
    for name, role in (("aino-test", "agent"), ("sari-test", "supervisor")):
        user = UserFactory(username=name, role=role)
        user.set_password(PASSWORD)
        user.save()
    return service


def _sign_in(page, username):
    page.goto("/en/staff/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in", exact=True).click()


def _check(page, label, accessibility_violations, screenshot) -> list[str]:
    problems = []
    for width in (1280, 320):
        page.set_viewport_size({"width": width, "height": 900})
        problems += accessibility_violations(page, f"{width} {label}")
        screenshot(page, f"feedback-{label}-{width}")
        if page.evaluate("document.documentElement.scrollWidth") > width:
            problems.append(f"{width}: the {label} page scrolls sideways")
    page.set_viewport_size({"width": 1280, "height": 900})
    return problems


def test_a_complaint_from_the_form_is_answered_in_time(
    new_page, city, accessibility_violations, screenshot
):
    citizen = new_page()
    citizen.goto("/en/services/feedback/request/")
    citizen.locator("#id_subject").fill("Library opening hours")
    citizen.locator("#id_description").fill("The library is closed whenever I could go.")
    citizen.locator("#id_answer_feedback_kind").select_option("complaint")
    citizen.locator("#id_email").fill("liisa@example.fi")
    citizen.locator("form button[type=submit]").last.click()
    submissions_register_waiting()
    case = Case.objects.get(service=city)
    assert Feedback.objects.get(case=case).kind == "complaint"

    agent = new_page()
    _sign_in(agent, "aino-test")
    agent.goto(f"/en/staff/cases/{case.reference}/")
    panel = agent.locator("#feedback")
    panel.get_by_label("Kind of feedback").select_option("complaint")
    panel.get_by_label("Topic").select_option(label="Opening hours")
    panel.get_by_role("button", name="Save the feedback").click()
    expect(agent.locator("#feedback")).to_contain_text("Opening hours")
    agent.locator("#id_reply-body").fill("Hello, the library will open earlier from May.")
    agent.locator("#id_reply-body").press("Control+Enter")
    expect(agent.locator("#feedback")).to_contain_text("answered in time")

    supervisor = new_page()
    _sign_in(supervisor, "sari-test")
    problems = []
    for language, prefix in LANGUAGES.items():
        supervisor.goto(f"{prefix}/feedback/")
        if language == "en":
            expect(supervisor.locator("#feedback-list")).to_contain_text("answered in time")
        problems += _check(supervisor, f"list-{language}", accessibility_violations, screenshot)
        supervisor.goto(f"{prefix}/feedback/topics/")
        problems += _check(supervisor, f"topics-{language}", accessibility_violations, screenshot)
        supervisor.goto(f"{prefix}/cases/{case.reference}/")
        supervisor.locator("#feedback summary").click() if not supervisor.locator(
            "#feedback[open]"
        ).count() else None
        problems += _check(supervisor, f"case-{language}", accessibility_violations, screenshot)
    assert problems == []
