"""In a real Chromium on the demo city: a citizen books, gets the e-mail with the calendar
file from a real SMTP server, cancels and books again; an agent books at the counter."""

import email
import re
from email.header import decode_header, make_header
from urllib.parse import urlsplit

import icalendar
import pytest
from playwright.sync_api import expect

from luukku.appointments.models import Appointment
from luukku.cases.models import Channel
from luukku.customers.models import Customer
from luukku.demo.loader import DEMO_PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo(demo_city):
    demo_city(cases=30, customers=15)


def calendar_of(message) -> icalendar.Calendar:
    parsed = email.message_from_bytes(message.as_bytes())
    (part,) = [p for p in parsed.walk() if p.get_content_type() == "text/calendar"]
    return icalendar.Calendar.from_ical(part.get_payload(decode=True))


def fill_details(page):
    page.get_by_label("Etunimi").fill("Maija")
    page.get_by_label("Sukunimi").fill("Meikäläinen")
    page.get_by_role("textbox", name="Sähköposti").fill("maija.meikalainen@example.fi")
    page.get_by_label("Puhelin").fill("040 123 4567")  # needed when the time is by phone
    page.get_by_label("Mitä asiasi koskee?").fill("Päiväkotipaikka elokuusta alkaen.")
    page.get_by_label("Toivottu aloituspäivä").fill("2027-08-01")


def test_a_citizen_books_gets_the_invitation_cancels_and_books_again(
    demo, new_page, screenshot, smtp_server, run_tasks, accessibility_violations
):
    citizen = new_page()
    citizen.goto("/services/early-education/")
    citizen.get_by_role("link", name="Varaa aika").click()
    expect(citizen.get_by_role("heading", level=1)).to_contain_text("Varaa aika")
    problems = accessibility_violations(citizen, "booking slots")
    screenshot(citizen, "fi-booking-slots")
    # Calendar weeks, Monday to Sunday, numbered; the week after and back again.
    first_week = citizen.locator("#week-label").inner_text()
    assert re.fullmatch(r"Viikko \d+: \d+\.\d+\.–\d+\.\d+\.\d{4}", first_week)
    citizen.get_by_role("link", name="Seuraava viikko →").click()
    expect(citizen.locator("#week-label")).not_to_have_text(first_week)
    problems += accessibility_violations(citizen, "booking next week")
    citizen.get_by_role("link", name="← Edellinen viikko").click()
    expect(citizen.locator("#week-label")).to_have_text(first_week)
    citizen.locator("#slots button.slot").first.click()
    expect(citizen.locator("#chosen-slot")).to_be_visible()
    fill_details(citizen)
    problems += accessibility_violations(citizen, "booking details")
    citizen.get_by_role("button", name="Varaa aika").click()
    expect(citizen.get_by_text("Aikasi on varattu.")).to_be_visible()
    problems += accessibility_violations(citizen, "appointment")
    screenshot(citizen, "fi-appointment-booked")
    assert problems == []

    run_tasks(limit=1000)  # the demo's own mails are queued before it
    (confirmation,) = [m for m in smtp_server.messages if m["To"] == "maija.meikalainen@example.fi"]
    subject = str(make_header(decode_header(confirmation["Subject"])))
    assert subject.startswith("Aika varattu: Varhaiskasvatuksen hakeminen")
    calendar = calendar_of(confirmation)
    (event,) = calendar.walk("VEVENT")
    appointment = Appointment.objects.get(customer__email="maija.meikalainen@example.fi")
    assert calendar["method"] == "REQUEST" and event.decoded("dtstart") == appointment.starts_at
    # The link in the invitation opens the appointment.
    citizen.goto(urlsplit(str(event["url"])).path)
    expect(citizen.locator("#appointment-status")).to_have_text("Varattu")

    citizen.get_by_role("button", name="Peru aika").click()
    expect(citizen.locator("#appointment-status")).to_have_text("Peruttu")
    run_tasks()
    cancellation = smtp_server.messages[-1]
    assert calendar_of(cancellation)["method"] == "CANCEL"

    citizen.get_by_role("link", name="Varaa uusi aika").click()
    citizen.locator("#slots button.slot").nth(1).click()
    fill_details(citizen)
    citizen.get_by_role("button", name="Varaa aika").click()
    expect(citizen.get_by_text("Aikasi on varattu.")).to_be_visible()
    booked = Appointment.objects.filter(
        customer__email="maija.meikalainen@example.fi", status=Appointment.Status.BOOKED
    )
    assert booked.count() == 1 and booked.get().starts_at != appointment.starts_at


def test_an_agent_books_for_a_customer_at_the_counter(demo, new_page, screenshot):
    customer = Customer.objects.exclude(email="").order_by("pk").first()
    agent = new_page()
    agent.goto("/staff/")
    agent.get_by_label("Käyttäjätunnus").fill("aino")
    agent.get_by_label("Salasana").fill(DEMO_PASSWORD)
    agent.get_by_role("button", name="Kirjaudu").click()
    agent.goto(f"/staff/customers/{customer.pk}/")
    agent.get_by_role("link", name="Varaa aika").click()
    agent.get_by_label("Palvelu").select_option(label="Digituki")
    agent.get_by_role("button", name="Näytä vapaat ajat").click()
    agent.get_by_label("Muistiinpano: mitä tapaaminen koskee").fill("Apua Omakannan käyttöön.")
    screenshot(agent, "fi-staff-booking")
    agent.locator("button.slot").first.click()
    expect(agent.get_by_text(re.compile("Aika varattu:"))).to_be_visible()
    screenshot(agent, "fi-staff-appointment")
    appointment = Appointment.objects.filter(customer=customer).latest("created_at")
    assert appointment.case.channel == Channel.COUNTER
    assert appointment.service.code == "digital-support"
    agent.get_by_role("link", name=appointment.case.reference).click()
    expect(agent.locator("#appointments")).to_contain_text(str(appointment.staff))
