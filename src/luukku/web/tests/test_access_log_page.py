"""The data protection officer reads the whole access log on a staff page: filtered by
person, staff member, days, context and action, paginated; reading it is itself logged; the
role alone opens no case and no quarantined mail."""

import pytest
import time_machine
from django.urls import reverse

from luukku.cases.tests.factories import make_case
from luukku.core.testing.clock import at
from luukku.customers.tests.factories import CustomerFactory
from luukku.organisation.tests.factories import UserFactory
from luukku.privacy.models import AccessLogEntry
from luukku.privacy.services import access_log_record

pytestmark = pytest.mark.django_db

URL = reverse("web:access_log")


@pytest.fixture
def dpo(db):
    return UserFactory(role="dpo", first_name="Paula", last_name="Rantanen")


@pytest.fixture
def history(agent, supervisor):
    """Entries on three days by two people about two customers."""
    first, second = CustomerFactory(first_name="Eeva"), CustomerFactory(first_name="Olli")
    with time_machine.travel(at(2026, 11, 20, 10), tick=False):
        access_log_record(actor=agent, action="view", customer=first, context="customer_page")
    with time_machine.travel(at(2026, 11, 23, 10), tick=False):
        access_log_record(actor=agent, action="view", customer=second, context="customer_page")
        access_log_record(
            actor=supervisor, action="list", context="inbox", query={"q": "valo"}, count=7
        )
    with time_machine.travel(at(2026, 11, 25, 23, 30), tick=False):
        access_log_record(
            actor=supervisor, action="change", customer=first, context="customer_form"
        )
    return first, second


def _shown(response) -> list[str]:
    return [entry.context for entry in response.context["page_obj"]]


def test_the_dpo_reads_every_entry_and_the_reading_is_logged(client, dpo, history):
    client.force_login(dpo)
    response = client.get(URL)
    assert response.status_code == 200
    assert _shown(response) == ["customer_form", "inbox", "customer_page", "customer_page"]
    # What each list showed: its query as asked (no language of its own) and the rows.
    assert "Saapuneiden lista" in response.text and "7 riviä" in response.text
    assert '<code class="muted" lang="zxx">q=valo</code>' in response.text
    entry = AccessLogEntry.objects.get(actor=dpo, context="access_log")
    assert entry.action == "list" and entry.count == 4 and entry.customer is None


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"start": "2026-11-23", "end": "2026-11-25"}, ["customer_form", "inbox", "customer_page"]),
        ({"end": "2026-11-22"}, ["customer_page"]),
        ({"context": "inbox"}, ["inbox"]),
        ({"action": "change"}, ["customer_form"]),
    ],
)
def test_the_dpo_filters_by_days_context_and_action(client, dpo, history, query, expected):
    client.force_login(dpo)
    assert _shown(client.get(URL, query)) == expected


def test_the_dpo_filters_by_person_and_staff_member_and_the_person_s_log_shows_it(
    client, dpo, history, supervisor
):
    first, _second = history
    client.force_login(dpo)
    response = client.get(URL, {"customer": first.pk})
    assert _shown(response) == ["customer_form", "customer_page"]
    assert "Eeva" in response.text
    # The person asked about: their own log says the data protection officer read it.
    assert AccessLogEntry.objects.filter(customer=first, actor=dpo, context="access_log").exists()
    response = client.get(URL, {"actor": supervisor.pk})
    assert _shown(response) == ["customer_form", "inbox"]


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_bad_filters_get_translated_errors_and_list_nothing(client, dpo, history, language):
    client.force_login(dpo)
    prefix = "" if language == "fi" else f"/{language}"
    before = AccessLogEntry.objects.count()
    response = client.get(
        f"{prefix}{URL}", {"customer": 999999, "start": "2026-11-25", "end": "2026-11-20"}
    )
    assert response.status_code == 400
    assert response.context["page_obj"] is None
    errors = {
        "fi": ("Tällä numerolla ei ole asiakasta.", "Loppupäivä on ennen alkupäivää."),
        "sv": ("Ingen kund har det här numret.", "Slutdatumet är före startdatumet."),
        "en": ("No customer has this number.", "The end date is before the start date."),
    }[language]
    for error in errors:
        assert error in response.text
    assert AccessLogEntry.objects.count() == before


def test_the_page_is_paginated(client, dpo, agent):
    customer = CustomerFactory()
    for _ in range(60):
        access_log_record(actor=agent, action="view", customer=customer, context="customer_page")
    client.force_login(dpo)
    assert len(client.get(URL).context["page_obj"]) == 50
    # 60 entries and the first page read: the reading is an entry too.
    assert len(client.get(URL, {"page": 2}).context["page_obj"]) == 11


@pytest.mark.parametrize("role", ["agent", "expert", "supervisor"])
def test_other_roles_may_not_read_the_whole_log(client, role, history):
    client.force_login(UserFactory(role=role))
    assert client.get(URL).status_code == 403


def test_supervisors_keep_the_per_customer_log(client, supervisor, history):
    client.force_login(supervisor)
    assert client.get(reverse("web:customer_log", args=[history[0].pk])).status_code == 200


def test_the_dpo_role_alone_opens_no_case_and_no_quarantined_mail(client, dpo, service):
    case = make_case(service=service)
    client.force_login(dpo)
    assert client.get(reverse("web:case", args=[case.reference])).status_code == 404
    assert case.reference not in client.get(reverse("web:inbox")).text
    assert client.get(reverse("web:quarantine")).status_code == 403
