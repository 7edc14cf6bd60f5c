"""In a real Chromium (issue 27): an agent answers a routine message with a suggested template
and resolves it from the keyboard, without a reload, without losing what was typed and without
a second greeting; Escape leaves the reply box; the shortcuts' help opens with "?" and closes
with Escape; Ctrl+Shift+Enter sends and opens the next case; turned off, the keys do nothing. In
Finnish, Swedish and English, at 1366 px and 320 px, with no axe violations."""

import pytest
from playwright.sync_api import expect

from luukku.cases.models import Status
from luukku.cases.tests.factories import make_case
from luukku.customers.tests.factories import CustomerFactory
from luukku.knowledge.models import TemplateUse
from luukku.knowledge.tests.factories import ReplyTemplateFactory
from luukku.organisation.tests.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "pitkä-ja-hyvä-salasana"
SAVED = {"": "Vastaus tallennettiin.", "/sv": "Svaret sparades.", "/en": "The reply was saved."}


@pytest.fixture
def routine(service):
    """A routine message, a template that fits it, and an agent who may answer it."""
    agent = UserFactory(role="agent", username="aino")
    agent.set_password(PASSWORD)
    agent.save()
    customer = CustomerFactory(first_name="Maija", last_name="M", email="maija@example.fi")
    # A long word and a long address for the narrow details column.
    service.responsible_unit.department.name = "Kaupunkikehitystoimiala"
    service.responsible_unit.department.save()
    case = make_case(service=service, customer=customer, body="Katuvalo on pimeänä.")
    case.contact_email = "maija.meikalainen-virtanen@kaupunkikehitys.example.fi"
    case.save()
    template = ReplyTemplateFactory(
        title="Katuvalon vika",
        body="Hei {customer_name},\n\nKatuvalo korjataan viikon kuluessa. Tunnus {reference}.",
        service=service,
    )
    return agent, case, template


# The words of the case's facts that the browser broke across two lines (an e-mail address may
# break: it has no other place to).
BROKEN_WORDS = """() => {
  const broken = [];
  document.querySelectorAll(".columns > aside dl.facts").forEach((list) => {
    const walker = document.createTreeWalker(list, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const match of node.data.matchAll(/\\S+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        if (lines.size > 1 && !match[0].includes("@")) { broken.push(match[0]); }
      }
    }
  });
  return broken;
}"""


def _sign_in(page, prefix: str, username: str = "aino"):
    page.goto(f"{prefix}/staff/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("main button[type=submit]").click()


@pytest.mark.parametrize("prefix", ["", "/sv", "/en"])
def test_agent_answers_with_a_template_and_resolves_by_keyboard(
    routine, new_page, accessibility_violations, screenshot, prefix
):
    _agent, case, template = routine
    page = new_page(width=1366, height=900)
    _sign_in(page, prefix)
    page.goto(f"{prefix}/staff/cases/{case.reference}/?list=status%3Dopen")
    expect(page.locator("html[data-shortcuts=on]")).to_have_count(1)
    page.evaluate("window.journeyMarker = 'not reloaded'")
    problems = accessibility_violations(page, f"{prefix or '/fi'} case 1366")
    # The details column is narrow at this width: its words wrap whole.
    assert page.evaluate(BROKEN_WORDS) == []
    screenshot(page, f"case-workspace{prefix.replace('/', '-') or '-fi'}-1366")

    box = page.locator("#id_reply-body")
    page.keyboard.press("r")
    expect(box).to_be_focused()
    page.keyboard.type("Hei Maija,")
    # The template greets too: the box keeps the one greeting typed.
    use = page.locator(".case-side button.use-template").first
    use.focus()
    page.keyboard.press("Enter")
    filled = f"Katuvalo korjataan viikon kuluessa. Tunnus {case.reference}."
    expect(box).to_have_value(f"Hei Maija,\n\n{filled}")
    assert page.evaluate("window.journeyMarker") == "not reloaded"
    expect(page.locator("input[name='reply-template']")).to_have_value(str(template.pk))
    expect(page.locator("#template-status")).not_to_be_empty()

    # Escape leaves the reply box, so that "?" opens the help, which lists this page's keys;
    # Escape closes it.
    page.keyboard.press("Escape")
    expect(box).not_to_be_focused()
    page.keyboard.press("?")
    dialog = page.locator("#shortcut-help")
    expect(dialog).to_be_visible()
    expect(dialog.locator("kbd", has_text="j")).to_have_count(1)
    problems += accessibility_violations(page, f"{prefix or '/fi'} shortcut help")
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()

    page.set_viewport_size({"width": 320, "height": 800})
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    assert page.evaluate(BROKEN_WORDS) == []
    problems += accessibility_violations(page, f"{prefix or '/fi'} case 320")
    screenshot(page, f"case-workspace{prefix.replace('/', '-') or '-fi'}-320")
    assert problems == []

    page.locator("select[name='reply-status_after']").select_option(Status.RESOLVED)
    box.focus()
    if prefix == "/en":
        # Ctrl+Shift+Enter sends and opens the next case: none is left, so the list.
        page.keyboard.press("Control+Shift+Enter")
        expect(page.get_by_text(f"The reply was saved in case {case.reference}.")).to_be_visible()
        assert page.url.endswith("/en/staff/?status=open")
    else:
        page.keyboard.press("Control+Enter")
        expect(page.get_by_text(SAVED[prefix])).to_be_visible()
        assert "list=status%3Dopen" in page.url
    case.refresh_from_db()
    assert case.status == Status.RESOLVED
    reply = case.events.get(kind="message_out")
    assert reply.body.replace("\r\n", "\n").startswith(f"Hei Maija,\n\n{filled}")
    assert TemplateUse.objects.get(case=case).suggested_rank == 1


def test_shortcuts_turned_off_do_nothing(routine, new_page):
    agent, case, _template = routine
    agent.keyboard_shortcuts = False
    agent.save()
    page = new_page(width=1366, height=900)
    _sign_in(page, "")
    page.goto(f"/staff/cases/{case.reference}/")
    page.locator("h1").click()
    page.keyboard.press("r")
    expect(page.locator("#id_reply-body")).not_to_be_focused()
    page.keyboard.press("?")
    expect(page.locator("dialog")).to_have_count(0)
    page.keyboard.press("u")
    assert f"/staff/cases/{case.reference}/" in page.url
