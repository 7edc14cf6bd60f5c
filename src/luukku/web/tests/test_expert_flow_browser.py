"""In Chromium, in Finnish, Swedish and English, at 1366 px and on a 320 px screen: an expert
opens their list, the first question, writes the answer and opens the next with one button;
an agent logs a counter contact afterwards at its time (a time ahead of the clock refused
first) and another on the same channel. Every page and state with
zero axe violations (WCAG 2.1 AA) and, on the narrow screen, no sideways scrolling."""

import datetime as dt

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from luukku.cases.models import Case, Consultation, Status
from luukku.cases.services import consultation_ask
from luukku.cases.tests.factories import make_case
from luukku.catalogue.tests.factories import ServiceFactory
from luukku.core.testing.reflow import WIDTH, reflow_problems
from luukku.organisation.tests.factories import DepartmentFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LANGUAGES = {"fi": "", "sv": "/sv", "en": "/en"}
SIGN_IN = {"fi": "Kirjaudu", "sv": "Logga in", "en": "Sign in"}
ANSWER_NEXT = {
    "fi": "Vastaa ja avaa seuraava",
    "sv": "Svara och öppna nästa",
    "en": "Answer and open next",
}
WHEN = {"fi": "Milloin", "sv": "När", "en": "When"}
LOG_ANOTHER = {
    "fi": "Tallenna ja kirjaa seuraava",
    "sv": "Spara och registrera nästa",
    "en": "Save and log another",
}
PASSWORD = "Asiantuntija-2026-testi"


def _person(role, name, **extra):
    person = UserFactory(role=role, username=name, **extra)
    person.set_password(PASSWORD)
    person.save()
    return person


def _sign_in(page, prefix, language, person):
    page.goto(prefix + "/staff/login/")
    page.locator("#id_username").fill(person.username)
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("button", name=SIGN_IN[language], exact=True).click()
    expect(page.locator("main h1")).to_be_visible()


def _check(page, label, width, accessibility_violations, screenshot):
    screenshot(page, f"staff-expert-flow-{label.replace(' ', '-')}")
    problems = accessibility_violations(page, label)
    return problems + (reflow_problems(page, label) if width == WIDTH else [])


@pytest.mark.parametrize("language", LANGUAGES)
def test_answer_a_consultation_and_log_a_counter_contact(
    new_page, accessibility_violations, screenshot, language
):
    prefix = LANGUAGES[language]
    department = DepartmentFactory()
    service = ServiceFactory(responsible_unit__department=department)
    agent = _person("agent", f"aino-{language}")
    problems = []
    for width in (1366, WIDTH):
        expert = _person("expert", f"sari-{language}-{width}", departments=[department])
        asked = []
        for hours, question in ((30, "Kuka poistaa aurausvallin?"), (-2, "Onko katu kaupungin?")):
            consultation = consultation_ask(
                case=make_case(service=service, subject="Aurausvalli ajoliittymässä"),
                actor=agent,
                expert=expert,
                question=question,
            )
            due = timezone.now() + dt.timedelta(hours=hours)
            Consultation.objects.filter(pk=consultation.pk).update(due_at=due)
            asked.append(consultation)
        later, overdue = asked

        page = new_page(width=width)
        _sign_in(page, prefix, language, expert)
        page.goto(prefix + "/staff/requests/")
        problems += _check(
            page, f"{language} {width} list", width, accessibility_violations, screenshot
        )
        # The overdue question is first: open it.
        first = page.locator("main table a[data-shortcut=j]")
        expect(first).to_have_text("Onko katu kaupungin?")
        first.click()
        expect(page.get_by_text("Onko katu kaupungin?")).to_be_visible()
        expect(page.get_by_text("Koskikadun valot eivät pala.").first).to_be_visible()
        problems += _check(
            page, f"{language} {width} consultation", width, accessibility_violations, screenshot
        )
        page.locator("[data-shortcut=r]").fill("- kyllä, katu on kaupungin")
        page.get_by_role("button", name=ANSWER_NEXT[language], exact=True).click()
        expect(page.get_by_text("Kuka poistaa aurausvallin?")).to_be_visible()
        expect(page.locator(".message")).to_be_visible()
        problems += _check(
            page, f"{language} {width} next", width, accessibility_violations, screenshot
        )
        overdue.refresh_from_db()
        assert overdue.answer == "- kyllä, katu on kaupungin"
        assert page.url.endswith(f"/staff/consultations/{later.pk}/")

        counter = new_page(width=width)
        _sign_in(counter, prefix, language, agent)
        problems += _counter_contacts(
            counter, prefix, language, width, service, accessibility_violations, screenshot
        )
    assert problems == []


def _counter_contacts(
    counter, prefix, language, width, service, accessibility_violations, screenshot
) -> list:
    """Log a counter contact (first at a time ahead of the clock), then another."""
    problems = []
    counter.goto(prefix + "/staff/contacts/new/")
    expect(counter.locator("input[name=channel][value=counter]")).to_be_checked()
    expect(counter.locator("input[name=resolved]")).to_be_checked()
    counter.locator("input[name=channel][value=phone]").check()
    counter.locator("select[name=service]").select_option(str(service.pk))
    counter.locator("textarea[name=note]").fill("Kysyi aurausvallin poistosta")
    problems += _check(
        counter, f"{language} {width} contact", width, accessibility_violations, screenshot
    )
    # A walk-in logged afterwards: first a time ahead of the clock (refused), then the
    # time it was.
    when = counter.get_by_label(WHEN[language], exact=True)
    now = timezone.localtime().replace(second=0, microsecond=0)
    when.fill(f"{now + dt.timedelta(days=1):%Y-%m-%dT%H:%M}")
    counter.get_by_role("button", name=LOG_ANOTHER[language], exact=True).click()
    expect(counter.locator("#id_contacted_at_error")).to_be_visible()
    problems += _check(
        counter,
        f"{language} {width} contact-error",
        width,
        accessibility_violations,
        screenshot,
    )
    earlier = now - dt.timedelta(hours=2)
    counter.get_by_label(WHEN[language], exact=True).fill(f"{earlier:%Y-%m-%dT%H:%M}")
    counter.get_by_role("button", name=LOG_ANOTHER[language], exact=True).click()
    expect(counter.locator(".message")).to_be_visible()
    # Log another: the form is empty again, on the same channel.
    expect(counter.locator("input[name=channel][value=phone]")).to_be_checked()
    expect(counter.locator("textarea[name=note]")).to_have_value("")
    expect(counter.get_by_label(WHEN[language], exact=True)).not_to_have_value(
        f"{earlier:%Y-%m-%dT%H:%M}"
    )
    problems += _check(
        counter,
        f"{language} {width} contact-saved",
        width,
        accessibility_violations,
        screenshot,
    )
    case = Case.objects.filter(subject="Kysyi aurausvallin poistosta").latest("pk")
    assert (case.channel, case.status) == ("phone", Status.RESOLVED)
    assert case.created_at == case.resolved_at == earlier
    return problems
