"""In a real Chromium: a supervisor makes a segment, writes an announcement in Finnish and
Swedish, sees whom it reaches and sends it; it arrives through a real SMTP server in each
recipient's language, and the Swedish-speaking one unsubscribes through the link in the
mail without signing in. axe-core on every new page in Finnish, Swedish and English."""

import re
from email.header import decode_header, make_header
from urllib.parse import urlsplit

import pytest
from django.test import Client
from playwright.sync_api import expect

from luukku.customers.tests.factories import CustomerFactory
from luukku.organisation.tests.factories import UserFactory
from luukku.relationships.models import Announcement, Segment, Unsubscription

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LANGUAGES = {"fi": "", "sv": "/sv", "en": "/en"}


def _signed_in(new_page, live_server, user, **options):
    client = Client()
    client.force_login(user)
    page = new_page(**options)
    cookie = client.cookies["sessionid"].value
    page.context.add_cookies([{"name": "sessionid", "value": cookie, "url": live_server.url}])
    return page


def _subject(message) -> str:
    return str(make_header(decode_header(message["Subject"])))


def _make_segment(page, problems, accessibility_violations):
    page.goto("/en/staff/segments/")
    page.get_by_role("link", name="New segment").click()
    page.get_by_label("Name in Finnish").fill("Henkilöasiakkaat")
    page.get_by_label("Name in Swedish").fill("Personkunder")
    page.get_by_role("button", name="Save the segment").click()
    expect(page.locator("#id_rule_error")).to_be_visible()  # no rule chosen: refused
    problems += accessibility_violations(page, "segment form with errors")
    page.get_by_label("Customers of a kind").check()
    page.get_by_label("Kind of customer").select_option("person")
    page.get_by_role("button", name="Save the segment").click()
    expect(page.locator("#segment-count")).to_have_text("2")
    problems += accessibility_violations(page, "segment")


def _write_and_send(page, problems, accessibility_violations):
    page.get_by_role("link", name="Write an announcement").click()
    page.get_by_label("Subject in Finnish").fill("Kirjasto suljettu maanantaina")
    page.get_by_label("Text in Finnish").fill("Pääkirjasto on suljettu maanantaina.")
    page.get_by_label("Subject in Swedish").fill("Biblioteket stängt på måndag")
    page.get_by_label("Text in Swedish").fill("Huvudbiblioteket är stängt på måndag.")
    problems += accessibility_violations(page, "announcement form")
    page.get_by_role("button", name="Continue to confirm").click()
    expect(page.locator("#recipients")).to_have_text("2")
    problems += accessibility_violations(page, "announcement confirmation")
    page.get_by_role("button", name="Send to 2 customers").click()
    expect(page.locator(".messages")).to_contain_text("on its way to 2")


def test_a_segment_an_announcement_in_two_languages_and_unsubscribing(
    new_page,
    live_server,
    smtp_server,
    run_tasks,
    accessibility_violations,
    screenshot,
):
    CustomerFactory(first_name="Aino", last_name="Virtanen", email="aino@example.fi")
    stig = CustomerFactory(
        first_name="Stig", last_name="Lindqvist", email="stig@example.fi", preferred_language="sv"
    )
    supervisor = UserFactory(role="supervisor")
    page = _signed_in(new_page, live_server, supervisor)
    problems: list[str] = []
    _make_segment(page, problems, accessibility_violations)
    _write_and_send(page, problems, accessibility_violations)
    problems += accessibility_violations(page, "announcement sent")
    screenshot(page, "en-announcement-sent")

    assert run_tasks() == 2
    by_address = {m["To"]: m for m in smtp_server.messages}
    assert _subject(by_address["aino@example.fi"]) == "Kirjasto suljettu maanantaina"
    swedish = by_address["stig@example.fi"]
    assert _subject(swedish) == "Biblioteket stängt på måndag"
    body = swedish.get_payload(decode=True).decode()
    assert "Huvudbiblioteket är stängt på måndag." in body
    link = re.search(r"https?://\S+/unsubscribe/[\w-]+/", body).group(0)
    assert swedish["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    citizen = new_page(width=320, height=640)
    citizen.goto(urlsplit(link).path)
    expect(citizen.get_by_role("heading", level=1)).to_have_text("Avbeställ meddelanden")
    problems += accessibility_violations(citizen, "unsubscribe (sv)")
    citizen.get_by_role("button", name="Avbeställ").click()
    expect(citizen.get_by_role("status")).to_contain_text("Du får inga fler meddelanden")
    problems += accessibility_violations(citizen, "unsubscribed (sv)")
    screenshot(citizen, "sv-unsubscribed-320")
    assert Unsubscription.objects.filter(customer=stig).exists()

    # The link again: it says it is done rather than ask again.
    citizen.goto(urlsplit(link).path)
    expect(citizen.get_by_role("status")).to_contain_text("Du får inga fler meddelanden")
    expect(citizen.get_by_role("button", name="Avbeställ")).to_have_count(0)

    # The customer page shows it; when Stig tells the front line, they undo it.
    page.goto(f"/en/staff/customers/{stig.pk}/")
    expect(page.locator("#unsubscribed")).to_be_visible()
    problems += accessibility_violations(page, "customer unsubscribed (en)")
    page.get_by_role("button", name="They want announcements again").click()
    expect(page.locator("#unsubscribed")).to_have_count(0)
    assert not Unsubscription.objects.filter(customer=stig).exists()
    assert problems == []


def test_the_new_pages_are_accessible_in_three_languages(
    new_page, live_server, accessibility_violations, screenshot
):
    supervisor = UserFactory(role="supervisor")
    customer = CustomerFactory(first_name="Aino", last_name="Virtanen")
    segment = Segment.objects.create(
        name="Valitut",
        name_fi="Valitut",
        name_sv="Utvalda",
        name_en="Picked",
        rule="hand_picked",
        created_by=supervisor,
    )
    segment.members.create(customer=customer, added_by=supervisor, added_at=segment.created_at)
    announcement = Announcement.objects.create(
        segment=segment, subject_fi="Tiedote", body_fi="Teksti", created_by=supervisor
    )
    problems = []
    for language, prefix in LANGUAGES.items():
        for width in (1280, 320):
            page = _signed_in(new_page, live_server, supervisor, width=width)
            for name, path in (
                ("segments", "/staff/segments/"),
                ("segment form", "/staff/segments/new/"),
                ("segment", f"/staff/segments/{segment.pk}/?q=Virtanen"),
                ("announcement form", f"/staff/segments/{segment.pk}/announce/"),
                ("confirmation", f"/staff/announcements/{announcement.pk}/"),
            ):
                page.goto(prefix + path)
                problems += accessibility_violations(page, f"{name} ({language}, {width})")
                if width == 320:
                    overflow = page.evaluate(
                        "document.documentElement.scrollWidth > window.innerWidth + 1"
                    )
                    if overflow:
                        problems.append(f"{name} ({language}): wider than 320 px")
                if language == "fi":
                    screenshot(page, f"fi-{name.replace(' ', '-')}-{width}")
            page.context.close()
    assert problems == []
