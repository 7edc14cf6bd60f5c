"""WCAG 1.4.10 (reflow): no citizen page scrolls sideways on a 320 px wide screen, in any
language, in any state — every page of public/urls.py with the demo's data, forms with their
errors, the confirmation with its long private link, a request with a long reference and a
long unbroken word, appointments, answers and the error pages. Nothing sticks out either
(a table may scroll inside its own box)."""

import pytest
from playwright.sync_api import expect

from luukku.appointments.models import BookableService
from luukku.cases.models import Case
from luukku.cases.services import case_customer_message, case_reply
from luukku.catalogue.models import Service
from luukku.catalogue.selectors import services_for_citizens
from luukku.channels.citizen_request import CitizenRequest
from luukku.channels.models import Submission
from luukku.channels.services import request_take_in, web_request_submit
from luukku.core.testing.reflow import WIDTH, reflow_problems
from luukku.knowledge.models import Article
from luukku.organisation.models import User

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LANGUAGES = {"fi": "", "sv": "/sv", "en": "/en"}
LONG_WORD = "Katuvalaistusjärjestelmänkunnossapitovastuualueselvityspyyntö" * 3
LONG_LINK = "https://www.vuoksela.example/" + "kartta/" * 12 + "?kohde=" + "x" * 80


@pytest.fixture
def city(demo_city):
    """The demo city, a request with long words and a long reference, and one taken in that
    the worker has not registered."""
    demo_city(cases=20, customers=10)
    service = Service.objects.get(code="street-lighting")
    case = web_request_submit(
        request=CitizenRequest(
            service=service,
            subject=LONG_WORD[:200],
            description=f"{LONG_WORD} {LONG_LINK}",
            email="maija.meikalainen-virtanen.pitka.osoite@example.fi",
            address="Koskikatu 12",
            answers={"fault": "dark"},
        )
    )
    case_reply(case=case, actor=User.objects.get(username="aino"), body=f"Korjataan. {LONG_LINK}")
    case_customer_message(case=case, body=LONG_WORD, files=[])
    # The longest reference there is (eight digits, once a year has a million requests).
    Case.objects.filter(pk=case.pk).update(reference="LK-2026-12345678")
    delayed = request_take_in(
        request=CitizenRequest(
            service=Service.objects.get(code="digital-support"),
            subject=LONG_WORD[:200],
            description="Kirjaston tulostin",
            email="b@example.fi",
        )
    )
    Submission.objects.filter(pk=delayed.pk).update(state=Submission.State.FAILED)
    case.refresh_from_db()
    return {"case": case, "delayed": delayed}


def _submit_empty(page, problems, label):
    """Send the page's main form empty: the page again with its errors."""
    page.locator("main form[method=post] button[type=submit]").last.click()
    expect(page.locator("#error-summary")).to_be_visible()
    problems += reflow_problems(page, f"{label} with errors")


def _citizen_pages(city) -> dict[str, str]:
    """Every page of public/urls.py with the demo's data: name -> path."""
    case, delayed = city["case"], city["delayed"]
    services = list(services_for_citizens().order_by("code"))
    bookable = [booking.service.code for booking in BookableService.objects.order_by("pk")]
    article = Article.objects.filter(visibility="public", is_published=True).first()
    return {
        "home": "/",
        "services": "/services/",
        "search": "/services/?q=katu",
        "search-nothing": "/services/?q=" + LONG_WORD,
        "topic": "/services/?topic=streets",
        "article": f"/answers/{article.pk}/",
        "status": f"/requests/{case.token}/",
        "confirmation": f"/requests/{case.token}/?sent=1",
        "received": f"/requests/{delayed.case_token}/",
        "lost-link": "/requests/",
        "lost-link-sent": "/requests/?sent=1",
        "accessibility": "/accessibility/",
        "chat-start": "/chat/",
        "chat-start-service": "/chat/?service=street-lighting",
        "taken-time": f"/services/{bookable[0]}/book/details/?slot=taken",
        **{f"service {s.code}": f"/services/{s.code}/" for s in services},
        **{
            f"request {s.code}": f"/services/{s.code}/request/"
            for s in services
            if s.accepts_requests
        },
        **{f"booking {code}": f"/services/{code}/book/" for code in bookable},
        **{f"callback {s.code}": f"/services/{s.code}/callback/" for s in services},
    }


def _forms_with_errors(page, prefix: str, language: str, pages: dict) -> list[str]:
    """The request, lost-link, status, callback and article feedback forms sent empty."""
    problems = []
    for name in ("request street-lighting", "lost-link", "status"):
        page.goto(prefix + pages[name])
        _submit_empty(page, problems, f"{language} {name}")
    for service in services_for_citizens().order_by("code"):  # the first whose times are open
        page.goto(prefix + f"/services/{service.code}/callback/")
        if page.locator("main form[method=post]").count():
            _submit_empty(page, problems, f"{language} callback")
            break
    page.goto(prefix + pages["article"])
    page.evaluate(
        "document.querySelectorAll('#feedback button').forEach(b => b.removeAttribute('name'))"
    )
    page.locator("#feedback button").first.click()
    expect(page.locator("#feedback-error")).to_be_visible()
    problems += reflow_problems(page, f"{language} article feedback with errors")
    return problems


def _appointment_booked(page, prefix: str, language: str, screenshot) -> list[str]:
    """An appointment booked as a citizen books it (a service without questions of its own):
    the details with their errors, the booked appointment with its private link, and changing
    the time."""
    problems = []
    page.goto(prefix + "/services/digital-support/book/")
    page.locator("#slots button[name=slot]").first.click()
    expect(page.locator("#chosen-slot")).to_be_visible()
    problems += reflow_problems(page, f"{language} booking details")
    _submit_empty(page, problems, f"{language} booking details")
    page.locator("#id_first_name").fill("Maija")
    page.locator("#id_last_name").fill("Meikäläinen-Virtanen")
    page.locator("#id_email").fill("maija.meikalainen-virtanen@example.fi")
    page.locator("#id_phone").fill("+358 40 123 4567")
    page.locator("#id_description").fill(LONG_WORD)
    page.locator("main form[method=post] button[type=submit]").last.click()
    expect(page.locator("#appointment-details")).to_be_visible()
    problems += reflow_problems(page, f"{language} appointment booked")
    screenshot(page, f"{language}-320-appointment")
    token = page.url.rstrip("/").rsplit("/", 1)[-1]
    for name, path in {
        "appointment": f"/appointments/{token}/",
        "appointment change": f"/appointments/{token}/change/",
    }.items():
        page.goto(prefix + path)
        problems += reflow_problems(page, f"{language} {name}")
    return problems


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_citizen_page_scrolls_sideways_at_320_px(city, new_page, screenshot, language):
    prefix = LANGUAGES[language]
    pages = _citizen_pages(city)
    page = new_page(width=WIDTH, height=640)
    problems = []
    for name, path in pages.items():
        response = page.goto(prefix + path)
        assert response.status in {200, 409}, (name, response.status)
        problems += reflow_problems(page, f"{language} {name}")
    page.goto(prefix + pages["confirmation"])
    screenshot(page, f"{language}-320-confirmation")
    problems += _forms_with_errors(page, prefix, language, pages)
    problems += _appointment_booked(page, prefix, language, screenshot)
    # The error pages.
    response = page.goto(prefix + "/" + LONG_WORD + "/")
    assert response.status == 404
    problems += reflow_problems(page, f"{language} 404")
    assert not problems, "\n".join(problems)
