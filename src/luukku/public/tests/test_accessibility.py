"""WCAG 2.1 AA in a real browser: axe-core on every citizen page in every language,
and the request form by keyboard alone."""

import pytest
from playwright.sync_api import expect

from luukku.cases.services import case_reply
from luukku.catalogue.models import Service
from luukku.channels.citizen_request import CitizenRequest
from luukku.channels.models import Submission
from luukku.channels.services import request_take_in, web_request_submit
from luukku.organisation.models import User

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LANGUAGES = {"fi": "", "sv": "/sv", "en": "/en"}
SEND = {"fi": "Lähetä", "sv": "Skicka", "en": "Send request"}


@pytest.fixture
def case(demo_city):
    demo_city(cases=20, customers=10)
    service = Service.objects.get(code="street-lighting")
    case = web_request_submit(
        request=CitizenRequest(
            service=service,
            subject="Katuvalo pimeänä",
            description="Koskikatu 12",
            email="a@example.fi",
            address="Koskikatu 12",
            answers={"fault": "dark"},
        )
    )
    case_reply(case=case, actor=User.objects.get(username="aino"), body="Korjataan.")
    return case


@pytest.fixture
def delayed(db):
    """A request taken in that the worker could not register: its page says so."""
    submission = request_take_in(
        request=CitizenRequest(
            service=Service.objects.get(code="digital-support"),
            subject="Tulostin ei toimi",
            description="Kirjaston tulostin",
            email="b@example.fi",
        )
    )
    Submission.objects.filter(pk=submission.pk).update(state=Submission.State.FAILED)
    return submission


@pytest.mark.parametrize("language", LANGUAGES)
def test_citizen_pages_have_no_wcag_violations(
    case, delayed, new_page, accessibility_violations, screenshot, language
):
    from luukku.knowledge.models import Article

    prefix = LANGUAGES[language]
    page = new_page()
    article = Article.objects.filter(visibility="public", service__code="street-lighting").first()
    pages = {
        "home": "/",
        "services": "/services/",
        "search": "/services/?q=katu",
        "answers-search": "/services/?q=katuvalot",
        "article": f"/answers/{article.pk}/",
        "topic": "/services/?topic=streets",
        "service": "/services/street-lighting/",
        "service-with-fields": "/services/early-education/",
        "request-form": "/services/street-lighting/request/",
        "status": f"/requests/{case.token}/",
        "received": f"/requests/{delayed.case_token}/",
        "booking": "/services/early-education/book/",
        "callback": "/services/street-maintenance/callback/",
        "accessibility": "/accessibility/",
        "lost-link": "/requests/",
        "lost-link-sent": "/requests/?sent=1",
        "chat-start": "/chat/?service=street-lighting",
    }
    problems = []
    for name, path in pages.items():
        response = page.goto(prefix + path)
        assert response.status == 200, path
        assert page.locator("html").get_attribute("lang") == language
        problems += accessibility_violations(page, f"{language} {name}")
        if name in {"home", "service", "request-form", "status", "received", "article"}:
            screenshot(page, f"{language}-{name}-desktop")
    page.goto(prefix + "/services/street-lighting/request/")
    page.get_by_role("button", name=SEND[language], exact=True).click()
    expect(page.locator("#error-summary")).to_be_visible()
    problems += accessibility_violations(page, f"{language} request-form-errors")
    screenshot(page, f"{language}-request-form-errors")
    page.goto(prefix + "/requests/")
    page.locator("main form button[type=submit]").click()
    expect(page.locator("#error-summary")).to_be_visible()
    problems += accessibility_violations(page, f"{language} lost-link-errors")
    problems += _booking_time_zones(page, prefix, language, accessibility_violations)
    for path in ("/no-such-page/", "/staff/no-such-page/"):
        assert page.goto(prefix + path).status == 404
        assert page.locator("html").get_attribute("lang") == language
        problems += accessibility_violations(page, f"{language} 404 {path}")
        screenshot(page, f"{language}-404{path.rstrip('/').replace('/', '-')}")
    assert problems == []


STOCKHOLM = {"fi": "Tukholma", "sv": "Stockholm", "en": "Stockholm"}


def _booking_time_zones(page, prefix: str, language: str, accessibility_violations) -> list:
    """The booking page's time zones searched by a city's name, and a zone not on the list,
    at 1366 and at 320 px."""
    problems = []
    for width in (1366, 320):
        page.set_viewport_size({"width": width, "height": 800})
        page.goto(prefix + "/services/early-education/book/?tz=Europe/Helsinki")
        # Finnish time: the choice is folded below the filters until opened.
        expect(page.locator("#id_tz")).to_be_hidden()
        page.locator(".zone-choice > summary").click()
        page.get_by_role("searchbox").fill(STOCKHOLM[language])
        shown = page.locator("#id_tz").evaluate(
            "s => Array.from(s.options).filter(o => !o.hidden).map(o => o.value)"
        )
        assert set(shown) == {"Europe/Stockholm"}, shown
        expect(page.locator("#id_tz")).to_have_value("Europe/Stockholm")
        problems += accessibility_violations(page, f"{language} booking-zone-search-{width}")
        page.locator(".zone-choice button[type=submit]").click()
        page.wait_for_url("**tz=Europe%2FStockholm**")
        expect(page.locator("#id_tz")).to_be_visible()  # another zone: the choice open
        response = page.goto(prefix + "/services/early-education/book/?tz=Mars/Olympus")
        assert response.status == 400
        expect(page.locator("#id_tz_error")).to_be_visible()
        problems += accessibility_violations(page, f"{language} booking-zone-error-{width}")
    page.set_viewport_size({"width": 1280, "height": 900})
    return problems


@pytest.mark.parametrize(
    "path", ["/", "/services/street-lighting/", "/services/street-lighting/request/"]
)
def test_citizen_pages_on_a_phone(case, new_page, accessibility_violations, screenshot, path):
    page = new_page(width=390, height=844)
    page.goto(path)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert accessibility_violations(page, f"mobile {path}") == []
    screenshot(page, "fi-mobile-" + (path.strip("/").replace("/", "-") or "home"))


def test_request_form_by_keyboard_alone(case, new_page):
    page = new_page(javascript=False)
    page.goto("/services/street-lighting/request/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    focused = []
    for _ in range(40):
        page.keyboard.press("Tab")
        element = page.evaluate(
            "(() => { const e = document.activeElement;"
            " const s = getComputedStyle(e);"
            " return {id: e.id, tag: e.tagName,"
            " outline: s.outlineStyle, width: s.outlineWidth}; })()"
        )
        assert element["outline"] != "none" and element["width"] != "0px", element
        focused.append(element["id"] or element["tag"])
        if element["tag"] == "BUTTON":
            break
    form_order = [i for i in focused if i.startswith("id_")]
    assert form_order == [
        "id_subject",
        "id_description",
        "id_answer_pole_number",
        "id_answer_fault",
        "id_address",
        "id_attachments",
        "id_first_name",
        "id_last_name",
        "id_email",
        "id_phone",
        "id_preferred_channel_0",
    ]
    page.keyboard.press("Enter")
    # Without JavaScript the error summary takes focus, is announced (role=alert),
    # and each error links to its field, which names the error in its description.
    summary = page.locator("#error-summary")
    expect(summary).to_be_focused()
    expect(summary).to_have_attribute("role", "alert")
    assert page.title().startswith("Virhe")
    link = summary.get_by_role("link").first
    target = link.get_attribute("href")
    link.focus()
    page.keyboard.press("Enter")
    expect(page.locator(target)).to_be_focused()
    described = page.locator(target).get_attribute("aria-describedby")
    error_id = next(part for part in described.split() if part.endswith("_error"))
    expect(page.locator(f"#{error_id}")).to_be_visible()
    expect(page.locator(target)).to_have_attribute("aria-invalid", "true")


def test_the_checker_reports_a_known_violation(new_page, accessibility_violations):
    """Guard against a silent checker: a page with known faults must fail."""
    page = new_page()
    page.set_content(
        '<html><head><title>x</title></head><body><main><img src="x.png">'
        '<input type="text"><p style="color:#bbb;background:#fff">low contrast</p>'
        "</main></body></html>"
    )
    rules = {line.split(": ")[1].split(" ")[0] for line in accessibility_violations(page, "bad")}
    assert {"image-alt", "label", "color-contrast", "html-has-lang"} <= rules
