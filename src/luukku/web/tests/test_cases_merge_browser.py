"""Merging duplicate cases in Chromium: the page side by side, the merge, the case pages'
pointers and the undo, with zero axe (WCAG 2.1 AA) violations in Finnish, Swedish and
English at 1366 and 320 px."""

import pytest
from playwright.sync_api import expect

from luukku.cases.models import CaseMerge, Status
from luukku.cases.tests.factories import make_case
from luukku.customers.tests.factories import CustomerFactory
from luukku.organisation.tests.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LANGUAGES = {"fi": "", "sv": "/sv", "en": "/en"}
PASSWORD = "Yhdista-2026-testi"


def test_merge_journey_is_accessible_in_three_languages_and_two_widths(
    new_page, accessibility_violations, screenshot, service
):
    first = make_case(service=service, customer=CustomerFactory(), body="Valo ei pala.")
    second = make_case(service=service, customer=CustomerFactory(), body="Sama valo.")
    agent = UserFactory(role="agent", username="aino-merge")
    agent.set_password(PASSWORD)
    agent.save()
    problems = []
    merge_url = f"/staff/cases/merge/?cases={first.reference}&cases={second.reference}"
    for width in (1366, 320):
        page = new_page(width=width)
        page.goto("/en/staff/login/")
        page.locator("#id_username").fill(agent.username)
        page.locator("#id_password").fill(PASSWORD)
        page.get_by_role("button", name="Sign in", exact=True).click()
        for language, prefix in LANGUAGES.items():
            page.goto(prefix + merge_url)
            problems += accessibility_violations(page, f"merge page {language} {width}")
            # "Merge with…" from the first case: its likely duplicates, a short number
            # found, and a search that finds nothing.
            number = second.reference.rsplit("-", 1)[1].lstrip("0")
            for text, label in (("", "duplicates"), (number, "found"), ("zzz", "nothing")):
                page.goto(f"{prefix}/staff/cases/merge/?cases={first.reference}&q={text}")
                expect(page.locator(f"a[href*='cases={second.reference}']").first).to_be_visible(
                    visible=True
                )
                problems += accessibility_violations(page, f"merge {label} {language} {width}")
                screenshot(page, f"{language}-staff-merge-{label}-{width}")
        if width == 1366:
            # Different customers: refused until the handler confirms.
            page.goto("/en" + merge_url)
            page.get_by_label(second.reference).check()
            page.get_by_role("button", name="Merge the cases").click()
            expect(page.get_by_text("Confirm that they are about the same matter")).to_be_visible()
            page.get_by_label(second.reference).check()
            page.get_by_label("The cases are about the same matter").check()
            page.get_by_role("button", name="Merge the cases").click()
            expect(page.get_by_text("The cases were merged.")).to_be_visible()
            expect(page.get_by_text(f"from case {first.reference}").first).to_be_visible()
        for language, prefix in LANGUAGES.items():
            for case in (first, second):
                page.goto(f"{prefix}/staff/cases/{case.reference}/")
                problems += accessibility_violations(page, f"{case} {language} {width}")
        screenshot(page, f"en-staff-case-merged-{width}")
    page.goto(f"/en/staff/cases/{second.reference}/")
    page.get_by_role("button", name=f"Undo the merge of {first.reference}").click()
    expect(page.get_by_text(f"The merge of case {first.reference} was undone.")).to_be_visible()
    assert problems == []
    first.refresh_from_db()
    assert first.status != Status.CLOSED
    assert CaseMerge.objects.get().undone_at is not None
