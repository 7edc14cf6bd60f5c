"""Every list or search that shows personal data is written to the access log once per page
view, with what was asked (the search and filters) and how many rows the page showed, never
one entry per row: the staff pages, the REST API's lists and the Django admin's pages."""

import pytest
import time_machine
from django.urls import reverse

from luukku.api.models import ApiToken
from luukku.appointments.services import callback_create
from luukku.cases.tests.factories import make_case
from luukku.channels.services import mail_receive
from luukku.core.testing.clock import at
from luukku.customers.tests.factories import CustomerFactory
from luukku.organisation.tests.factories import UserFactory
from luukku.privacy.models import AccessLogEntry
from luukku.privacy.selectors import access_log_verify

pytestmark = pytest.mark.django_db

NOW = at(2026, 11, 23, 9)


@pytest.fixture(autouse=True)
def _monday():
    with time_machine.travel(NOW, tick=False):
        yield


def _lists(actor, context):
    return list(AccessLogEntry.objects.filter(actor=actor, context=context, action="list"))


def test_customer_search_writes_one_entry_per_page_with_the_search_and_count(client, agent):
    for number in range(30):
        CustomerFactory(first_name="Aino", last_name=f"Virtanen{number}")
    CustomerFactory(first_name="Pekka", last_name="Korhonen")
    client.force_login(agent)
    before = AccessLogEntry.objects.count()
    client.get(reverse("web:customers"), {"q": "virtanen"})
    client.get(reverse("web:customers"), {"q": "virtanen", "page": 2})
    entries = sorted(_lists(agent, "customer_search"), key=lambda entry: entry.pk)
    assert [(entry.query, entry.count) for entry in entries] == [
        ({"q": "virtanen"}, 25),
        ({"q": "virtanen", "page": "2"}, 5),
    ]
    # Two pages of 30 customers: two entries, not one per customer shown.
    assert AccessLogEntry.objects.count() == before + 2
    assert all(entry.customer_id is None for entry in entries)
    assert access_log_verify()[1] is None


def test_an_empty_customer_search_lists_nobody_and_is_not_logged(client, agent):
    CustomerFactory()
    client.force_login(agent)
    client.get(reverse("web:customers"))
    assert _lists(agent, "customer_search") == []


def test_an_identity_code_searched_is_masked_in_the_log(client, agent):
    CustomerFactory(identity_code="131052-308T")
    client.force_login(agent)
    client.get(reverse("web:customers"), {"q": "131052-308T"})
    (entry,) = _lists(agent, "customer_search")
    assert entry.query == {"q": "[…]"} and entry.count == 1


def test_inbox_writes_one_entry_with_its_filters_and_count(client, agent, service):
    for _ in range(3):
        make_case(service=service)
    client.force_login(agent)
    before = AccessLogEntry.objects.count()
    client.get(reverse("web:inbox"), {"status": "all_open", "q": "katuvalo", "per_page": 50})
    assert AccessLogEntry.objects.count() == before + 1
    (entry,) = _lists(agent, "inbox")
    assert entry.query == {"status": "all_open", "q": "katuvalo", "per_page": "50"}
    assert entry.count == 3


def test_quarantine_list_is_logged(client, agent):
    mail_receive(
        raw=b"From: maija@example.fi\r\nSubject: Kuoppa\r\nMessage-ID: <q1@example.fi>\r\n\r\nX\r\n"
    )
    client.force_login(agent)
    client.get(reverse("web:quarantine"))
    (entry,) = _lists(agent, "quarantine_list")
    assert entry.count == 1


def test_callbacks_and_the_calendar_are_logged(client, agent, service):
    case = make_case(service=service)
    callback_create(
        actor=agent,
        case=case,
        window_start=at(2026, 11, 24, 10),
        window_end=at(2026, 11, 24, 12),
        phone="040 123 4567",
        assignee=agent,
    )
    client.force_login(agent)
    client.get(reverse("web:callbacks"), {"scope": "all"})
    (entry,) = _lists(agent, "callbacks")
    assert entry.query == {"scope": "all", "status": "waiting"} and entry.count == 1
    client.get(reverse("web:calendar"), {"date": "2026-11-24"})
    (entry,) = _lists(agent, "calendar")
    assert entry.query == {"staff": agent.pk, "view": "week", "date": "2026-11-23"}
    assert entry.count == 1


def test_the_requests_page_is_logged(client, agent):
    client.force_login(agent)
    client.get(reverse("web:requests"))
    (entry,) = _lists(agent, "requests")
    assert entry.count == 0


def test_metrics_drill_down_is_logged(client, supervisor, service):
    with time_machine.travel(at(2026, 11, 17, 10), tick=False):
        make_case(service=service)
    client.force_login(supervisor)
    response = client.get(
        reverse("web:dashboard_cases"),
        {"start": "2026-11-16", "end": "2026-11-22", "measure": "cases"},
    )
    assert response.status_code == 200
    (entry,) = _lists(supervisor, "metrics_cases")
    assert entry.query["measure"] == "cases" and entry.query["start"] == "2026-11-16"
    assert entry.count == 1


def test_a_customers_access_log_read_by_a_supervisor_is_logged(client, supervisor):
    customer = CustomerFactory()
    client.force_login(supervisor)
    client.get(reverse("web:customer_log", args=[customer.pk]))
    (entry,) = _lists(supervisor, "customer_log")
    assert entry.customer == customer


def test_the_rest_api_case_list_writes_one_entry_per_page(client, agent, service):
    for _ in range(3):
        make_case(service=service)
    token = ApiToken(user=agent, name="Puhelinjärjestelmä")
    key = token.issue()
    token.save()
    response = client.get("/api/v1/cases/", {"status": "open"}, HTTP_AUTHORIZATION=f"Bearer {key}")
    assert response.status_code == 200 and response.json()["count"] == 3
    (entry,) = _lists(agent, "api:cases")
    assert entry.query == {"status": "open"} and entry.count == 3


def test_admin_lists_and_records_of_personal_data_are_logged(client, service):
    admin = UserFactory(role="administrator", is_staff=True, is_superuser=True)
    held = mail_receive(
        raw=b"From: maija@example.fi\r\nSubject: Kuoppa\r\nMessage-ID: <q2@example.fi>\r\n\r\nX\r\n"
    )
    client.force_login(admin)
    assert client.get("/en/admin/channels/inboundmessage/", {"q": "maija"}).status_code == 200
    (entry,) = _lists(admin, "admin_list:channels.inboundmessage")
    assert entry.query == {"q": "maija"} and entry.count == 1
    client.get(f"/en/admin/channels/inboundmessage/{held.pk}/change/")
    opened = AccessLogEntry.objects.get(actor=admin, context="admin_change:channels.inboundmessage")
    assert opened.action == "view" and opened.query == {"record": held.pk}
    for model in ("appointments/appointment", "appointments/callback", "channels/submission"):
        assert client.get(f"/en/admin/{model}/").status_code == 200
        label = model.replace("/", ".")
        assert len(_lists(admin, f"admin_list:{label}")) == 1


def test_a_page_of_many_rows_is_one_entry_not_one_per_row(client, agent, service):
    for _ in range(12):
        make_case(service=service, customer=CustomerFactory())
    client.force_login(agent)
    before = AccessLogEntry.objects.count()
    client.get(reverse("web:inbox"), {"queue": ""})  # every case, not the agent's own work
    assert AccessLogEntry.objects.count() == before + 1
    (entry,) = _lists(agent, "inbox")
    assert entry.count == 12 and entry.at == NOW


def test_possible_duplicates_shown_when_adding_a_customer_are_logged(client, agent):
    CustomerFactory(email="sama@example.fi")
    client.force_login(agent)
    data = {
        "kind": "person",
        "first_name": "Uusi",
        "last_name": "Asiakas",
        "email": "sama@example.fi",
        "preferred_language": "fi",
        "preferred_channel": "email",
    }
    assert client.post(reverse("web:customer_new"), data).status_code == 400
    (entry,) = _lists(agent, "customer_form")
    assert entry.count == 1 and entry.query == {}


def test_forms_that_show_a_case_s_contact_details_are_logged(client, agent, service):
    case = make_case(service=service, contact_phone="040 123 4567")
    client.force_login(agent)
    client.get(reverse("web:callback_new"), {"case": case.reference})
    entry = AccessLogEntry.objects.get(actor=agent, context="callback")
    assert entry.case == case and entry.fields == ["contact_phone"]
    client.get(reverse("web:appointment_book"), {"case": case.reference})
    assert AccessLogEntry.objects.filter(
        actor=agent, case=case, context="appointment_booking", action="view"
    ).exists()
