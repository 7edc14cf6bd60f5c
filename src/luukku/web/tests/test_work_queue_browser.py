"""The next five cases in a row, in a real browser: My work, a search, the first case, then
next four times (the `j` key where the keyboard shortcuts are loaded, the Next link
otherwise), and back to the list with its filters; fi/sv/en at 1366 and 320 px, no axe
violations."""

import datetime as dt
from urllib.parse import parse_qs, urlsplit

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from luukku.cases.models import Case
from luukku.cases.tests.factories import make_case
from luukku.catalogue.tests.factories import ServiceFactory
from luukku.organisation.tests.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LANGUAGES = {"fi": "", "sv": "/sv", "en": "/en"}
SIGN_IN = {"fi": "Kirjaudu", "sv": "Logga in", "en": "Sign in"}
PASSWORD = "secret-pass-123"
CHOSEN = {
    "fi": ("3 asiaa valittu", "6 asiaa valittu"),
    "sv": ("3 ärenden valda", "6 ärenden valda"),
    "en": ("3 cases chosen", "6 cases chosen"),
}


def _my_work():
    """Six street-light cases of the agent's, due one day after another, and one more of
    theirs due first that the search leaves out."""
    agent = UserFactory(username="aino-test", role="agent")
    service = ServiceFactory()
    now = timezone.now()

    def mine(subject, days):
        case = make_case(service=service, subject=subject)
        Case.objects.filter(pk=case.pk).update(assignee=agent, due_at=now + dt.timedelta(days))
        return case.reference

    mine("Roska-astia kaatunut", 0)
    return [mine(f"Katuvalo pimeänä {n}", n + 1) for n in range(6)]


# Each language once and each width at least once (the CI's time; the untranslated-text and
# reflow checks of the smoke and narrow-screen tests cover every page in every language).
@pytest.mark.parametrize(("language", "width"), [("fi", 1366), ("sv", 320), ("en", 1366)])
def test_the_next_five_cases_in_a_row(
    new_page, accessibility_violations, screenshot, language, width
):
    references = _my_work()
    prefix = LANGUAGES[language]
    page = new_page(width=width)
    page.goto(prefix + "/staff/login/")
    page.locator("#id_username").fill("aino-test")
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("button", name=SIGN_IN[language], exact=True).click()
    expect(page.locator(".queues a[aria-current=page]")).to_contain_text("7")
    if width == 1366:
        # The list starts on the first screen: the filters and bulk actions are folded.
        row = page.locator("table.inbox tbody tr").first.bounding_box()
        assert row["y"] + row["height"] <= 900
    page.locator("#id_q").fill("Katuvalo")
    page.locator("#id_q").press("Enter")
    expect(page.locator("table.inbox tbody tr")).to_have_count(6)
    # The bulk bar above the list counts the cases ticked, and "all on this page".
    boxes = page.locator("table.inbox input[name=cases]")
    for index in range(3):
        boxes.nth(index).check()
    expect(page.locator("#bulk-count[aria-live=polite]")).to_have_text(CHOSEN[language][0])
    expect(page.locator("#bulk-actions")).to_have_attribute("open", "")
    page.locator("#id_all_on_page").check()
    expect(page.locator("#bulk-count")).to_have_text(CHOSEN[language][1])
    problems = accessibility_violations(page, f"{language} {width} inbox")
    screenshot(page, f"{language}-staff-inbox-chosen-{width}")
    page.locator("#id_all_on_page").uncheck()
    inbox_query = parse_qs(urlsplit(page.url).query)

    page.locator("table.inbox tbody tr").first.get_by_role("link").click()
    expect(page.locator("main h1")).to_contain_text(references[0])
    problems += accessibility_violations(page, f"{language} {width} case")
    keyboard = page.locator("script[src*='shortcuts']").count() > 0
    for reference in references[1:5]:
        if keyboard:
            page.keyboard.press("j")
        else:
            page.locator("a[data-shortcut=j]").click()
        expect(page.locator("main h1")).to_contain_text(reference)

    page.locator("a[data-shortcut=u]").click()
    expect(page.locator("#id_q")).to_have_value("Katuvalo")
    assert parse_qs(urlsplit(page.url).query) == inbox_query
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert problems == []
