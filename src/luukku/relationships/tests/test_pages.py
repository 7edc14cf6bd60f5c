import datetime as dt
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.urls import reverse

from luukku.cases.tests.factories import make_case
from luukku.customers.models import Customer
from luukku.customers.tests.factories import CustomerFactory
from luukku.organisation.tests.factories import UserFactory
from luukku.privacy.models import AccessLogEntry
from luukku.relationships.models import CustomerPlan
from luukku.relationships.selectors import customer_meetings

HKI = ZoneInfo("Europe/Helsinki")
NOW = dt.datetime(2026, 3, 2, 9, 0, tzinfo=HKI)


@pytest.fixture(autouse=True)
def clock():
    with time_machine.travel(NOW, tick=False) as traveller:
        yield traveller


@pytest.fixture
def handler(db):
    return UserFactory(role="agent")


@pytest.fixture
def club(handler):
    return CustomerFactory(
        kind=Customer.Kind.ORGANISATION, organisation_name="Imatran Shakkikerho ry", handler=handler
    )


PLAN = {
    "goals": "Vuorot kaudeksi",
    "valid_from": "2026-03-01",
    "contact-TOTAL_FORMS": "2",
    "contact-INITIAL_FORMS": "0",
    "contact-0-name": "Pekka Laine",
    "contact-0-role": "Puheenjohtaja",
    "contact-0-phone": "040 123 4501",
}


def test_the_handler_makes_a_plan_adds_a_meeting_and_records_minutes(client, handler, club, clock):
    client.force_login(handler)
    response = client.post(reverse("web:plan_edit", args=[club.pk]), PLAN)
    assert response.status_code == 302
    plan = CustomerPlan.objects.get(customer=club)
    assert plan.contacts.get().name == "Pekka Laine"
    response = client.post(
        reverse("web:plan_meeting_new", args=[club.pk]),
        {
            "title": "Seurantapalaveri",
            "kind": "follow_up",
            "frequency": "quarterly",
            "first_at": "2026-03-10T10:00",
        },
    )
    assert response.status_code == 302
    page = client.get(reverse("web:customer", args=[club.pk])).content.decode()
    assert "Pekka Laine" in page and "Seurantapalaveri" in page
    clock_page = client.get(reverse("web:annual_clock") + "?year=2026").content.decode()
    assert clock_page.count("Imatran Shakkikerho ry: Seurantapalaveri") == 4
    meeting = customer_meetings(club, NOW, NOW + dt.timedelta(days=30))[0]
    url = reverse("web:plan_meeting", args=[meeting.series.pk, meeting.key])
    clock.move_to(meeting.at)
    client.force_login(handler)  # days later: a new sign-in
    response = client.post(url, {"action": "minutes", "minutes-minutes": "Sovittiin kevät."})
    assert response.status_code == 302
    assert club.events.filter(kind="meeting", body="Sovittiin kevät.").exists()
    assert AccessLogEntry.objects.filter(context="annual_clock", action="list").exists()


def test_bad_input_shows_a_translated_error_and_saves_nothing(client, handler, club):
    client.force_login(handler)
    response = client.post(
        reverse("web:plan_edit", args=[club.pk]),
        {**PLAN, "valid_until": "2025-01-01", "contact-1-email": "rikki"},
        HTTP_ACCEPT_LANGUAGE="fi",
    )
    assert response.status_code == 400
    assert not CustomerPlan.objects.exists()
    assert "Yhteyshenkilö 2" in response.content.decode()
    errors = response.context["form"].non_field_errors()
    told = [e for e in errors if e == "Yhteyshenkilö 2: sähköpostiosoite ei kelpaa."]
    assert len(told) == 1, told  # once, not again among the other errors


def test_an_agent_sees_the_plan_but_an_expert_does_not_and_only_handlers_edit(client, club):
    other = UserFactory(role="agent")
    client.force_login(other)
    page = client.get(reverse("web:customer", args=[club.pk])).content.decode()
    assert reverse("web:plan_edit", args=[club.pk]) not in page and 'id="plan-heading"' in page
    assert client.get(reverse("web:plan_edit", args=[club.pk])).status_code == 403
    client.force_login(UserFactory(role="expert"))
    page = client.get(reverse("web:customer", args=[club.pk])).content.decode()
    assert 'id="plan-heading"' not in page


def test_the_reply_form_offers_a_callback_to_one_who_prefers_a_call(client, agent, service):
    case = make_case(service=service)
    customer = case.customer or CustomerFactory()
    customer.preferred_channel = "phone"
    customer.save()
    case.customer = customer
    case.save()
    client.force_login(
        UserFactory(role="supervisor", departments=[service.responsible_unit.department])
    )
    page = client.get(reverse("web:case", args=[case.reference])).content.decode()
    assert 'id="callback-instead"' in page
    assert f"{reverse('web:callback_new')}?case={case.reference}" in page


def test_a_person_is_offered_no_plan(client, db):
    person = CustomerFactory(first_name="Maija", last_name="Meikäläinen")
    client.force_login(UserFactory(role="supervisor"))
    page = client.get(reverse("web:customer", args=[person.pk])).content.decode()
    assert 'id="plan-heading"' not in page
    assert reverse("web:plan_edit", args=[person.pk]) not in page
    response = client.get(reverse("web:plan_edit", args=[person.pk]), follow=True)
    assert response.redirect_chain[-1][0] == reverse("web:customer", args=[person.pk])
    assert "organisaatioille ja sisäisille asiakkaille" in response.content.decode()
    assert not CustomerPlan.objects.exists()
