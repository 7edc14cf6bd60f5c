"""WCAG 1.4.10 (reflow) in the staff workspace: no page scrolls sideways on a 320 px wide
screen in any language; wide tables scroll inside their own box."""

import pytest
from playwright.sync_api import expect

from luukku.appointments.models import Appointment, Callback
from luukku.cases.models import OPEN_STATUSES, Case
from luukku.cases.services import consultation_ask, consultation_take_over
from luukku.channels.services import mail_receive
from luukku.core.testing.reflow import WIDTH, reflow_problems
from luukku.demo.loader import DEMO_PASSWORD
from luukku.knowledge.models import Article, ReplyTemplate
from luukku.organisation.models import Department, User

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LANGUAGES = {"fi": "", "sv": "/sv", "en": "/en"}


def test_no_staff_page_scrolls_sideways_at_320_px(demo_city, new_page, screenshot):
    demo_city(cases=60, customers=20)
    case = Case.objects.filter(customer__isnull=False, status__in=OPEN_STATUSES).first()
    # The longest department name: a long Finnish compound ("Kaupunkikehitystoimiala") must
    # wrap, not widen the page.
    department = max(
        Department.objects.filter(cases__isnull=False).distinct(),
        key=lambda department: max(len(word) for word in department.name.split()),
    )
    long_named = Case.objects.filter(department=department, status__in=OPEN_STATUSES).first()
    # A consultation the expert took over: its badge is the longest on the case page.
    taken = consultation_ask(
        case=long_named,
        actor=User.objects.get(username="aino"),
        expert=User.objects.get(username="sari"),
        question="Hoidatko tämän?",
    )
    consultation_take_over(consultation=taken, actor=taken.expert, note="Hoidan itse.")
    customer = case.customer
    held = mail_receive(raw=b"Subject: no sender\r\n\r\nthis cannot be read as mail")
    article = Article.objects.first()
    consultation = consultation_ask(
        case=case,
        actor=User.objects.get(username="aino"),
        expert=User.objects.get(username="sari"),
        question="Kenelle?",
    )
    pages = {
        "inbox": "/staff/",
        "inbox-filtered": "/staff/?status=open&sort=due&per_page=50",
        "case": f"/staff/cases/{case.reference}/",
        "case-long-department": f"/staff/cases/{long_named.reference}/",
        "contact": "/staff/contacts/new/",
        "customers": "/staff/customers/?q=a",
        "customer": f"/staff/customers/{customer.pk}/",
        "customer-edit": f"/staff/customers/{customer.pk}/edit/",
        "customer-log": f"/staff/customers/{customer.pk}/log/",
        "quarantine": "/staff/mail/quarantine/",
        "quarantined-message": f"/staff/mail/quarantine/{held.pk}/",
        "knowledge": "/staff/knowledge/?q=katuvalo",
        "article": f"/staff/knowledge/articles/{article.pk}/",
        "templates": "/staff/knowledge/templates/?language=fi",
        "template-edit": f"/staff/knowledge/templates/{ReplyTemplate.objects.first().pk}/edit/",
        "requests": "/staff/requests/",
        "consultation": f"/staff/consultations/{consultation.pk}/",
        "handlers": "/staff/handlers/",
        "calendar": "/staff/calendar/",
        "calendar-day": "/staff/calendar/?view=day",
        "availability": "/staff/calendar/availability/",
        "callbacks": "/staff/callbacks/?scope=all",
        "callback": f"/staff/callbacks/{Callback.objects.first().pk}/",
        "callback-new": f"/staff/callbacks/new/?case={case.reference}",
        "appointment": f"/staff/appointments/{Appointment.objects.first().pk}/",
        "book": f"/staff/appointments/book/?case={case.reference}",
        "metrics": "/staff/metrics/?preset=365",
        "metrics-services": "/staff/metrics/?preset=365&theme=services",
        "metrics-trend": "/staff/metrics/?preset=365&theme=trend",
        "metrics-queue": "/staff/metrics/?preset=30&theme=queue",
        "customer-export": f"/staff/customers/{customer.pk}/export/",
        "customer-erase": f"/staff/customers/{customer.pk}/erase/",
        "retention": "/staff/retention/",
        "metrics-cases": "/staff/metrics/cases/?preset=365&measure=open",
        "staffing": "/staff/staffing/",
        "404": "/staff/no-such-page/",
    }
    page = new_page(width=WIDTH, height=640)
    page.goto("/staff/login/")
    problems = reflow_problems(page, "login")
    page.locator("#id_username").fill("liisa")
    page.locator("#id_password").fill(DEMO_PASSWORD)
    page.locator("main form button[type=submit]").click()
    expect(page.locator("main h1")).to_be_visible()
    for language, prefix in LANGUAGES.items():
        for name, path in pages.items():
            response = page.goto(prefix + path)
            assert response.status == (404 if name == "404" else 200), (language, name)
            problems += reflow_problems(page, f"{language} {name}")
    page.goto(f"/staff/cases/{case.reference}/")
    screenshot(page, "fi-320-staff-case")
    assert not problems, "\n".join(problems)
