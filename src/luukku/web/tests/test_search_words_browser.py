"""The words citizens search with, in Chromium: the empty result page of the citizens'
search, the catalogue keeper's page of searches that found nothing (a word added to a
service in one step) and a service's search words; WCAG 2.1 AA (axe-core) and no sideways
scrolling at 320 px, in Finnish, Swedish and English, with their error states."""

import pytest
from playwright.sync_api import expect

from luukku.cases.tests.factories import make_case
from luukku.catalogue.tests.factories import ServiceFactory
from luukku.core.testing.reflow import WIDTH, reflow_problems
from luukku.organisation.tests.factories import UserFactory
from luukku.search.models import SearchMiss

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LANGUAGES = {"fi": "", "sv": "/sv", "en": "/en"}
SIGN_IN = {"fi": "Kirjaudu", "sv": "Logga in", "en": "Sign in"}
NOTHING = {
    "fi": "Haullasi ei löytynyt mitään",
    "sv": "Din sökning gav inga träffar",
    "en": "Nothing matched your search",
}
MISSED = {"fi": "xylofonikurssi", "sv": "xylofonkurs", "en": "xylophone course"}
ADD = {"fi": "Lisää sana", "sv": "Lägg till ordet", "en": "Add the word"}
SAVE = {"fi": "Tallenna", "sv": "Spara", "en": "Save"}
PASSWORD = "Luettelo-2026-testi"


@pytest.fixture
def catalogue(db):
    lights = ServiceFactory(
        code="street-lighting", name_fi="Katuvalot", name_sv="Gatubelysning", name_en="Lighting"
    )
    ServiceFactory(code="feedback", name_fi="Palaute", name_sv="Respons", name_en="Feedback")
    parks = ServiceFactory(code="parks", name_fi="Puistot", name_sv="Parker", name_en="Parks")
    for _ in range(2):
        make_case(service=parks)
    make_case(service=lights)
    return lights


def _sign_in(page, prefix: str, language: str, name: str) -> None:
    keeper = UserFactory(role="supervisor", username=f"liisa-{name}", first_name="Liisa")
    keeper.set_password(PASSWORD)
    keeper.save()
    page.goto(prefix + "/staff/login/")
    page.locator("#id_username").fill(keeper.username)
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("button", name=SIGN_IN[language], exact=True).click()
    expect(page.locator("main h1")).to_be_visible()


def _check(page, label: str, width: int, accessibility_violations, screenshot) -> list[str]:
    problems = accessibility_violations(page, label)
    if width == WIDTH:
        problems += reflow_problems(page, label)
    screenshot(page, label.replace(" ", "-"))
    return problems


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_missed_search_becomes_a_word_that_finds_the_service(
    new_page, accessibility_violations, screenshot, catalogue, language
):
    prefix, missed = LANGUAGES[language], MISSED[language]
    problems = []
    for width in (1280, WIDTH):
        label = f"search-words {language} {width}"
        citizen = new_page(width=width)
        citizen.goto(f"{prefix}/services/?q={missed}")
        expect(citizen.get_by_role("heading", name=NOTHING[language])).to_be_visible()
        expect(citizen.locator("main a[href$='/services/parks/']")).to_be_visible()
        expect(citizen.locator("main a[href$='/services/feedback/request/']")).to_be_visible()
        problems += _check(
            citizen, f"{label} nothing-found", width, accessibility_violations, screenshot
        )

        keeper = new_page(width=width)
        _sign_in(keeper, prefix, language, f"{language}{width}")
        miss = SearchMiss.objects.get(query=missed, language=language)
        keeper.goto(f"{prefix}/staff/catalogue/misses/")
        expect(keeper.locator(f"#miss-{miss.pk} h2")).to_have_text(missed)
        problems += _check(keeper, f"{label} misses", width, accessibility_violations, screenshot)
        row = keeper.locator(f"#miss-{miss.pk}")
        row.get_by_role("button", name=ADD[language]).click()  # no service chosen
        expect(keeper.locator("#error-summary")).to_be_visible()
        problems += _check(
            keeper, f"{label} misses-error", width, accessibility_violations, screenshot
        )
        keeper.locator(f"#id_miss{miss.pk}_service").select_option(value=str(catalogue.pk))
        keeper.locator(f"#miss-{miss.pk}").get_by_role("button", name=ADD[language]).click()
        expect(keeper.locator(f"#miss-{miss.pk}")).to_have_count(0)

        keeper.goto(f"{prefix}/staff/catalogue/services/street-lighting/keywords/")
        expect(keeper.locator(f"#id_keywords_{language}")).to_contain_text(missed)
        problems += _check(keeper, f"{label} keywords", width, accessibility_violations, screenshot)
        keeper.locator(f"#id_keywords_{language}").fill(f"{missed}, x")
        keeper.get_by_role("button", name=SAVE[language], exact=True).click()
        expect(keeper.locator("#error-summary")).to_be_visible()
        problems += _check(
            keeper, f"{label} keywords-error", width, accessibility_violations, screenshot
        )

        citizen.goto(f"{prefix}/services/?q={missed}")
        expect(citizen.locator("main a[href$='/services/street-lighting/']")).to_be_visible()
        SearchMiss.objects.filter(pk=miss.pk).update(resolved=False)
        catalogue.refresh_from_db()
        setattr(catalogue, f"keywords_{language}", "")
        catalogue.save()
    assert problems == []
