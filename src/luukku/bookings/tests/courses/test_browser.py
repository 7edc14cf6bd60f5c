"""A full course in Chromium (docs/bookings.md, "Registrations"): a citizen joins its
waiting list without JavaScript, the registrant holding the only place cancels it on their
private page, the waiting citizen gets the offer by e-mail, takes the place and pays at the
(local sandbox of the) payment provider; the course pages, the registration page and the
staff's course pages have no axe violations in Finnish, Swedish and English at 1280 and
320 px."""

import datetime as dt
import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from luukku.cases.models import OutboundMail
from luukku.commerce.paytrail.sandbox import serve_in_thread
from luukku.commerce.services.cash import register_day_open
from luukku.commerce.services.payments import Tender, counter_pay
from luukku.commerce.tests.factories import RegisterFactory
from luukku.core.calendar import HELSINKI
from luukku.organisation.tests.factories import UserFactory

from ...models import Registration
from ...services.registrations import registration_start, registration_submit
from .conftest import course_make, person

pytestmark = [pytest.mark.browser, pytest.mark.servers, pytest.mark.django_db(transaction=True)]

PASSWORD = "secret-pass-123"
LANGUAGES = ("fi", "sv", "en")
PREFIX = {"fi": "", "sv": "/sv", "en": "/en"}  # Finnish, the default, has none


@pytest.fixture
def sandbox(settings):
    _sandbox, base_url, stop = serve_in_thread()
    settings.PAYTRAIL_BASE_URL = base_url
    yield base_url
    stop()


@pytest.fixture
def full_course(service, point, fee):
    """One place, taken and paid at the counter by Eero; two places on the waiting list."""
    now = timezone.now()
    course = course_make(
        service=service,
        point=point,
        product=fee,
        capacity=1,
        code="KO-9",
        terms="Ilmoittautuminen on sitova.",
    )
    course.__class__.objects.filter(pk=course.pk).update(
        enrolment_opens=now - dt.timedelta(days=1),
        enrolment_closes=now + dt.timedelta(days=10),
        free_cancellation_until=(now + dt.timedelta(days=7)).date(),
        decision_date=None,
    )
    course.sessions.all().delete()
    # At 18.00 on their days, whatever the time the test runs at (not across midnight).
    for week in (2, 3, 4):
        day = timezone.localdate(now) + dt.timedelta(weeks=week)
        starts = dt.datetime.combine(day, dt.time(18), HELSINKI)
        course.sessions.create(starts_at=starts, ends_at=starts + dt.timedelta(minutes=90))
    course.refresh_from_db()
    agent = UserFactory(username="aino-test", role="agent", first_name="Aino")
    who = person(9, terms_accepted=True)
    eero = registration_submit(registration=registration_start(course=course), who=who)
    day = register_day_open(
        register=RegisterFactory(service_point=point), opening_float_cents=0, by=agent
    )
    counter_pay(order=eero.order, day=day, tenders=[Tender("cash", 6000)], by=agent)
    return course


def _axe(page, label, accessibility_violations, screenshot) -> list[str]:
    problems = []
    for width in (1280, 320):
        page.set_viewport_size({"width": width, "height": 900})
        problems += accessibility_violations(page, f"{label} {width}")
        screenshot(page, f"courses-{label}-{width}")
        if page.evaluate("document.documentElement.scrollWidth") > width:
            problems.append(f"{label} {width}: the page scrolls sideways")
    page.set_viewport_size({"width": 1280, "height": 900})
    return problems


def _private_path(mail: OutboundMail) -> str:
    return re.search(r"https?://[^/\s]+(/\S*/registrations/\S+/)", mail.body).group(1)


def test_a_place_from_the_waiting_list_taken_and_paid(new_page, full_course, sandbox, screenshot):
    """Without JavaScript, as the pages must work (axe, which needs it, in the next test)."""
    citizen = new_page(javascript=False)
    citizen.goto("/en/courses/")
    citizen.get_by_role("link", name="Espanjan alkeet").click()
    expect(citizen.locator("#course-places")).to_have_text("Full: you can join the waiting list.")
    citizen.get_by_role("button", name="Join the waiting list").click()
    citizen.get_by_label("First name").fill("Helmi")
    citizen.get_by_label("Last name").fill("Laine")
    citizen.get_by_label("E-mail").fill("helmi@example.fi")
    citizen.get_by_label("I have read and accept the registration terms.").check()
    citizen.get_by_role("button", name="Join the waiting list").click()
    expect(citizen.locator("#registration-status")).to_have_text(
        "You are number 1 on the waiting list."
    )

    # Eero cancels his place on his private page: it is offered to Helmi.
    eero = Registration.objects.get(email="aino9@example.fi")
    other = new_page(javascript=False)
    other.goto(_private_path(OutboundMail.objects.filter(recipient=eero.email).earliest("pk")))
    other.get_by_role("button", name="Cancel the registration").click()
    expect(other.locator("#registration-status")).to_contain_text("The registration is cancelled.")

    offer = OutboundMail.objects.filter(recipient="helmi@example.fi").latest("pk")
    assert "free for you" in offer.subject
    citizen.goto(_private_path(offer))
    expect(citizen.locator("#registration-status")).to_contain_text("A place is offered to you")
    citizen.get_by_role("button", name="Take the place").click()
    citizen.get_by_role("button", name="Pay 60.00 €").click()
    citizen.get_by_role("button", name="Approve the payment").click()
    expect(citizen.locator("#registration-status")).to_have_text("Your place is confirmed.")
    screenshot(citizen, "courses-en-confirmed-nojs")
    helmi = Registration.objects.get(email="helmi@example.fi")
    assert helmi.status == Registration.Status.CONFIRMED
    assert helmi.order.status == "paid"


def test_the_course_pages_in_three_languages(
    new_page, full_course, accessibility_violations, screenshot
):
    problems = []
    page = new_page()
    held = registration_start(course=full_course)  # on the waiting list, its form to fill in
    waiting = registration_submit(
        registration=registration_start(course=full_course), who=person(2, terms_accepted=True)
    )
    confirmed = Registration.objects.get(status=Registration.Status.CONFIRMED)
    pages = {"list": "courses/", "course": f"courses/{full_course.code}/"}
    for label, registration in (("form", held), ("waiting", waiting), ("confirmed", confirmed)):
        pages[label] = f"registrations/{registration.token}/"
    for language in LANGUAGES:
        for label, path in pages.items():
            page.goto(f"{PREFIX[language]}/{path}")
            problems += _axe(page, f"{language}-{label}", accessibility_violations, screenshot)
    staff = new_page()
    staff.goto("/en/staff/login/")
    staff.locator("#id_username").fill("aino-test")
    staff.locator("#id_password").fill(PASSWORD)
    staff.get_by_role("button", name="Sign in", exact=True).click()
    for language in LANGUAGES:
        for label, path in (
            ("staff-list", ""),
            ("staff-course", f"{full_course.pk}/"),
            ("staff-attendance", f"{full_course.pk}/attendance/"),
            ("staff-new", "new/"),
            ("staff-edit", f"{full_course.pk}/edit/"),
            ("staff-decision", f"{full_course.pk}/decision/?runs=0"),
        ):
            staff.goto(f"{PREFIX[language]}/staff/courses/{path}")
            problems += _axe(staff, f"{language}-{label}", accessibility_violations, screenshot)
        staff.goto(f"{PREFIX[language]}/staff/registrations/{confirmed.pk}/cancel/")
        problems += _axe(staff, f"{language}-staff-cancel", accessibility_violations, screenshot)
    assert problems == []


def _sign_in(page):
    page.goto("/en/staff/login/")
    page.locator("#id_username").fill("aino-test")
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in", exact=True).click()


def test_staff_set_up_a_course_and_cancel_it_after_confirming(
    new_page, full_course, service, point, screenshot
):
    """A course made on the form with weekly sessions (Independence Day skipped), then the
    full course's places raised (the waiting list moves) and its cancellation confirmed
    with a reason."""
    waiting = registration_submit(
        registration=registration_start(course=full_course), who=person(2, terms_accepted=True)
    )
    page = new_page()
    _sign_in(page)
    page.goto("/en/staff/courses/")
    page.get_by_role("link", name="New course or event").click()
    page.get_by_label("Name (in Finnish)").fill("Saksan alkeet")
    page.get_by_label("Venue (in Swedish)").fill("Klassrum 3")
    page.get_by_label("From").fill("2027-11-24")
    page.get_by_label("Weekday").select_option("0")
    page.get_by_label("Starts at").fill("18:00")
    page.get_by_label("Length in minutes").fill("90")
    page.get_by_label("How many sessions").fill("3")
    page.get_by_role("button", name="Generate the sessions").click()
    expect(page.locator("#generated")).to_contain_text("6.12.2027")
    page.get_by_label("Course code").fill("KO-777")
    page.locator("#id_service").select_option(str(service.pk))
    page.locator("#id_service_point").select_option(str(point.pk))
    page.get_by_label("Registration opens").fill("2027-10-01T09:00")
    page.get_by_label("Registration closes").fill("2027-11-20T00:00")
    page.locator("#id_capacity").fill("10")
    page.get_by_role("button", name="Save the course").click()
    expect(page.locator("h1")).to_have_text("KO-777 Saksan alkeet")
    screenshot(page, "courses-en-staff-created")

    page.goto(f"/en/staff/courses/{full_course.pk}/edit/")
    page.locator("#id_capacity").fill("2")
    page.get_by_role("button", name="Save the course").click()
    expect(page).to_have_url(re.compile(rf"/staff/courses/{full_course.pk}/$"))
    waiting.refresh_from_db()
    assert waiting.status == Registration.Status.OFFERED

    page.get_by_label("The course is cancelled").check()
    page.get_by_role("button", name="Continue").click()
    expect(page.locator("#decision-outcome")).to_contain_text("2 registrations end")
    page.get_by_role("button", name="Confirm: cancel the course").click()
    expect(page.locator("#error-summary")).to_be_visible()
    page.get_by_label("Reason").fill("The teacher fell ill")
    page.get_by_role("button", name="Confirm: cancel the course").click()
    expect(page.locator("#course-decision")).to_contain_text("The teacher fell ill")
