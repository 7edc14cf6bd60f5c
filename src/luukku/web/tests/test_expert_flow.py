"""The expert's flow (the list soonest due first, "answer and open next") and the counter's
(a contact logged with the defaults of the last one, "save and log another")."""

import datetime as dt
import re

import pytest
import time_machine
from django.urls import reverse

from luukku.cases.models import Case, Consultation, Status
from luukku.cases.services import consultation_answer, consultation_ask
from luukku.cases.tests.factories import make_case
from luukku.catalogue.tests.factories import ServiceFactory
from luukku.core.testing.clock import at
from luukku.customers.tests.factories import CustomerFactory

pytestmark = pytest.mark.django_db

NOW = at(2026, 11, 24, 10)


@pytest.fixture(autouse=True)
def _frozen():
    with time_machine.travel(NOW, tick=False):
        yield


def _ask(service, agent, expert, question, due_in_hours, subject="Katuvalo pimeänä"):
    consultation = consultation_ask(
        case=make_case(service=service, subject=subject),
        actor=agent,
        question=question,
        expert=expert,
    )
    Consultation.objects.filter(pk=consultation.pk).update(
        due_at=NOW + dt.timedelta(hours=due_in_hours)
    )
    return consultation


def _answer(client, consultation, text="- ei kuulu meille", **extra):
    return client.post(
        reverse("web:consultation_answer", args=[consultation.pk]), {"answer-answer": text, **extra}
    )


def test_the_list_counts_the_questions_soonest_first_with_their_case(
    client, agent, expert, service
):
    _ask(service, agent, expert, "Myöhemmin erääntyvä?", 5, subject="Lumikasa")
    _ask(service, agent, expert, "Jo myöhässä oleva?", -2, subject="Roskis")
    client.force_login(expert)
    page = client.get(reverse("web:requests")).content.decode()
    assert page.index("Jo myöhässä oleva?") < page.index("Myöhemmin erääntyvä?")
    assert "2 kysymystä odottaa, aikaisin erääntyvä ensin." in page
    assert "1 on myöhässä." in page
    assert "Lumikasa" in page and "Roskis" in page and service.name in page
    assert 'data-shortcut="j"' in page


def test_answer_and_open_next_opens_the_next_in_the_list(client, agent, expert, service):
    first = _ask(service, agent, expert, "Ensimmäinen?", -1)
    second = _ask(service, agent, expert, "Toinen?", 3)
    client.force_login(expert)
    page = client.get(reverse("web:consultation", args=[first.pk])).content.decode()
    assert f'href="{reverse("web:consultation", args=[second.pk])}" data-shortcut="j"' in page
    assert 'data-shortcut="r"' in page and 'name="and_next" value="1"' in page

    response = _answer(client, first, and_next="1")
    assert response.status_code == 302
    assert response.url == reverse("web:consultation", args=[second.pk])
    first.refresh_from_db()
    assert first.status == Consultation.Status.ANSWERED
    page = client.get(response.url).content.decode()
    assert "Vastaus lähetettiin asiakaspalvelulle." in page
    assert f'href="{reverse("web:consultation", args=[first.pk])}"' not in page  # answered


def test_answering_the_last_returns_to_the_list_with_a_word(client, agent, expert, service):
    only = _ask(service, agent, expert, "Ainoa?", 2)
    client.force_login(expert)
    response = _answer(client, only, and_next="1")
    assert response.url == reverse("web:requests")
    page = client.get(response.url).content.decode()
    assert "Muita kysymyksiä ei odota vastaustasi." in page
    assert "Vastaus lähetettiin asiakaspalvelulle." in page


def test_the_plain_answer_still_returns_to_the_list(client, agent, expert, service):
    first = _ask(service, agent, expert, "Ensimmäinen?", 1)
    _ask(service, agent, expert, "Toinen?", 2)
    client.force_login(expert)
    assert _answer(client, first).url == reverse("web:requests")


def test_an_empty_answer_and_next_shows_the_error_and_changes_nothing(
    client, agent, expert, service
):
    first = _ask(service, agent, expert, "Ensimmäinen?", 1)
    _ask(service, agent, expert, "Toinen?", 2)
    client.force_login(expert)
    response = _answer(client, first, text="  ", and_next="1")
    assert response.status_code == 400
    assert "Tämä kenttä vaaditaan." in response.content.decode()
    first.refresh_from_db()
    assert first.status == Consultation.Status.OPEN and first.answer == ""


def test_an_answered_consultation_cannot_be_answered_again_with_next(
    client, agent, expert, service
):
    first = _ask(service, agent, expert, "Ensimmäinen?", 1)
    consultation_answer(consultation=first, actor=expert, answer="Ensimmäinen vastaus")
    client.force_login(expert)
    response = _answer(client, first, text="Toinen vastaus", and_next="1")
    assert response.status_code == 400
    first.refresh_from_db()
    assert first.answer == "Ensimmäinen vastaus"


# -- the counter ----------------------------------------------------------------------------


def _checked(page, channel):
    return re.search(rf'name="channel" value="{channel}"[^>]*checked', page)


def _log(client, service, **fields):
    data = {"channel": "counter", "service": service.pk, "note": "Kysyi aukioloja", **fields}
    return client.post(reverse("web:contact_new"), data)


def test_a_counter_contact_starts_resolved_with_the_most_asked_services_first(client, agent):
    asked, other = ServiceFactory(name_fi="Pysäköinti"), ServiceFactory(name_fi="Aaltoallas")
    for _ in range(2):
        make_case(service=asked)
    client.force_login(agent)
    page = client.get(reverse("web:contact_new")).content.decode()
    assert _checked(page, "counter") and not _checked(page, "phone")
    assert re.search(r'name="resolved"[^>]*checked', page)
    most_asked = page.index('<optgroup label="Kysytyimmät">')
    everything = page.index('<optgroup label="Kaikki palvelut">')
    assert most_asked < page.index("Pysäköinti") < everything < page.index("Aaltoallas")
    assert other.name not in page[most_asked:everything]


def test_the_next_contact_keeps_the_channel_and_log_another_comes_back(client, agent, service):
    customer = CustomerFactory()
    client.force_login(agent)
    response = _log(client, service, channel="phone", customer=customer.pk, and_another="1")
    assert response.url == reverse("web:contact_new")
    page = client.get(response.url).content.decode()
    assert _checked(page, "phone") and not _checked(page, "counter")
    assert Case.objects.get().reference in page  # "Contact logged as ..."
    # Without "log another", a contact with a customer goes to the customer's page.
    response = _log(client, service, channel="phone", customer=customer.pk)
    assert response.url == reverse("web:customer", args=[customer.pk])


def test_a_bad_channel_is_refused_and_changes_nothing(client, agent, service):
    client.force_login(agent)
    _log(client, service, channel="phone", resolved="on")
    response = _log(client, service, channel="email", resolved="on")
    assert response.status_code == 400
    page = response.content.decode()
    assert "Valitse oikea vaihtoehto." in page
    assert Case.objects.count() == 1
    assert Case.objects.get().status == Status.RESOLVED
    # The remembered channel is still the last one saved.
    page = client.get(reverse("web:contact_new")).content.decode()
    assert _checked(page, "phone") and not _checked(page, "counter")


def _when(page):
    field = re.search(r'<input type="datetime-local" name="contacted_at"[^>]*>', page).group(0)
    return re.search(r'value="([^"]*)"', field).group(1)


def test_a_contact_is_logged_at_the_time_given_and_the_next_form_is_now_again(
    client, agent, service
):
    client.force_login(agent)
    page = client.get(reverse("web:contact_new")).content.decode()
    # Labelled, with the format in its hint, and now in Finnish time to begin with.
    assert _when(page) == "2026-11-24T10:00"
    assert '<label for="id_contacted_at">Milloin</label>' in page
    assert 'aria-describedby="id_contacted_at_helptext"' in page
    assert "Suomen aikaa, esimerkiksi 5.12.2026 14.30." in page
    response = _log(client, service, contacted_at="2026-11-24T08:45", and_another="1")
    assert response.url == reverse("web:contact_new")
    case = Case.objects.get()
    assert case.created_at == at(2026, 11, 24, 8, 45)
    assert case.resolved_at is None and case.events.order_by("pk").last().at == case.created_at
    # Typed by hand the Finnish way when the browser has no date picker.
    _log(client, service, contacted_at="23.11.2026 16.05")
    assert Case.objects.latest("pk").created_at == at(2026, 11, 23, 16, 5)
    with time_machine.travel(at(2026, 11, 24, 10, 7), tick=False):
        assert _when(client.get(reverse("web:contact_new")).content.decode()) == (
            "2026-11-24T10:07"
        )


@pytest.mark.parametrize(
    ("language", "contacted_at", "error"),
    [
        ("fi", "2026-11-24T10:05", "Yhteydenotto ei voi olla tulevaisuudessa."),
        ("fi", "2026-11-17T09:59", "enintään 7 päivää jälkikäteen"),
        ("sv", "2026-11-24T10:05", "Kontakten kan inte vara i framtiden."),
        ("en", "2026-11-17T09:59", "at most 7 days afterwards"),
        ("fi", "huomenna", "Syötä oikea pvm/kellonaika."),
    ],
)
def test_a_contact_time_ahead_or_too_far_back_is_refused_on_the_form(
    client, agent, service, language, contacted_at, error
):
    client.force_login(agent)
    prefix = "" if language == "fi" else f"/{language}"
    response = client.post(
        prefix + reverse("web:contact_new"),
        {"channel": "counter", "service": service.pk, "note": "Kävi", "contacted_at": contacted_at},
    )
    page = response.content.decode()
    assert response.status_code == 400
    assert error in page
    assert 'id="id_contacted_at_error"' in page and _when(page) == contacted_at
    assert not Case.objects.exists()
