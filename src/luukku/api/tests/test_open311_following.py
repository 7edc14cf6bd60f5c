"""Following requests through Open311: `GET requests` and `GET requests/{id}`. Which requests
are public, what of them is shown (never names or contact details), the filters and the
CitySDK/6Aika extensions."""

import datetime as dt
import json
import xml.etree.ElementTree as ET

import pytest
import time_machine
from django.utils import timezone

from luukku.api.selectors import RequestQuery, requests_find
from luukku.cases.models import Channel, Status
from luukku.cases.services import case_assign, case_change_status, case_forward
from luukku.cases.tests.factories import make_case
from luukku.catalogue.tests.factories import ServiceFactory
from luukku.channels.citizen_request import CitizenRequest
from luukku.channels.models import ApiKey
from luukku.core.testing.clock import at
from luukku.customers.tests.factories import CustomerFactory
from luukku.organisation.models import Organisation
from luukku.organisation.tests.factories import UserFactory
from luukku.servicelevels.models import Target

pytestmark = pytest.mark.django_db


@pytest.fixture
def streets(department):
    return ServiceFactory(
        code="street-maintenance",
        responsible_unit__department=department,
        requests_public=True,
        processing_time_en="Usually within a week.",
    )


@pytest.fixture
def key(db):
    return ApiKey.objects.create(name="Korjaussovellus")


def _customer():
    return CustomerFactory(
        first_name="Maija",
        last_name="Meikäläinen",
        email="maija.m@example.fi",
        phone="+358401234567",
    )


def _get(client, path, fmt="json", **params):
    response = client.get(f"/open311/v2/{path}.{fmt}", params)
    if fmt == "json":
        return response, json.loads(response.content)
    return response, ET.fromstring(response.content)


def _ids(documents):
    return [document["service_request_id"] for document in documents]


def test_the_case_page_says_published_exactly_when_open311_lists_the_request(
    streets, service, sensitive_service
):
    from luukku.cases.models import Case
    from luukku.channels.selectors import PUBLISHED, request_is_published

    cases = [
        make_case(service=chosen, customer=_customer(), channel=channel)
        for chosen in (streets, service, sensitive_service)
        for channel in (Channel.WEB, Channel.OPEN311, Channel.PHONE, Channel.EMAIL)
    ]
    marked = make_case(service=streets, customer=_customer(), channel=Channel.WEB)
    marked.sensitive = True
    marked.save()
    listed = set(Case.objects.filter(PUBLISHED).values_list("pk", flat=True))
    assert len(listed) == 2
    for case in [*cases, marked]:
        assert request_is_published(case=case) == (case.pk in listed)


def test_only_published_requests_are_listed(client, streets, service, sensitive_service, key):
    published = make_case(service=streets, customer=_customer(), channel=Channel.WEB)
    by_phone = make_case(service=streets, customer=_customer(), channel=Channel.PHONE)
    marked = make_case(service=streets, customer=_customer(), channel=Channel.WEB)
    marked.sensitive = True
    marked.save()
    not_public = make_case(service=service, channel=Channel.WEB)
    make_case(service=sensitive_service, channel=Channel.WEB)
    response, documents = _get(client, "requests")
    assert response.status_code == 200
    assert _ids(documents) == [published.reference]
    for hidden in (by_phone, marked, not_public):
        response, errors = _get(client, f"requests/{hidden.reference}")
        assert response.status_code == 404
        assert errors == [
            {"code": 404, "description": f"Unknown service_request_id: {hidden.reference}"}
        ]


def test_a_client_follows_the_requests_it_filed_even_when_not_public(client, service, key):
    response = client.post(
        "/open311/v2/requests.json",
        {
            "api_key": key.key,
            "service_code": service.code,
            "description": "Kysymys",
            "email": "a@example.fi",
        },
    )
    token = json.loads(response.content)[0]["token"]
    reference = _get(client, f"tokens/{token}")[1][0]["service_request_id"]
    assert _get(client, f"requests/{reference}")[0].status_code == 404
    response, [document] = _get(client, f"requests/{reference}", api_key=key.key)
    assert response.status_code == 200 and document["status"] == "open"
    other = ApiKey.objects.create(name="Toinen sovellus")
    assert _get(client, f"requests/{reference}", api_key=other.key)[0].status_code == 404
    assert _ids(_get(client, "requests", api_key=key.key)[1]) == [reference]
    response, errors = _get(client, "requests", api_key="wrong")
    assert response.status_code == 403 and errors[0]["code"] == 403


def test_what_a_request_shows_and_what_it_never_shows(client, streets):
    case = make_case(
        service=streets,
        customer=_customer(),
        subject="Kuoppa, soita 040 123 4567",
        body="Iso kuoppa Koskikadulla. Maija, maija.m@example.fi, hetu 131052-308T, 131052-9085",
        address="Koskikatu 12, Vuoksela",
        latitude="61.171900",
        longitude="28.764000",
        message_data={"media_url": "https://example.fi/kuva.jpg?owner=maija.m@example.fi"},
    )
    response, [document] = _get(client, f"requests/{case.reference}", extensions="true")
    body = response.content.decode()
    for personal in ("Meikäläinen", "maija.m@example.fi", "123 4567", "+358401234567", "131052"):
        assert personal not in body
    assert document["description"] == "Iso kuoppa Koskikadulla. Maija, […], hetu […], […]"
    masked_url = "https://example.fi/kuva.jpg?owner=%5B%E2%80%A6%5D"
    assert document["media_url"] == masked_url
    assert document["extended_attributes"]["media_urls"] == [masked_url]
    assert document["service_code"] == "street-maintenance"
    assert document["status"] == "open"
    assert document["status_notes"] == "Received, waiting to be handled."
    assert document["agency_responsible"] == case.department.name
    assert document["service_notice"] == "Usually within a week."
    assert document["requested_datetime"] == timezone.localtime(case.created_at).isoformat(
        timespec="seconds"
    )
    assert (document["lat"], document["long"]) == (61.1719, 28.764)
    assert document["address"] == "Koskikatu 12, Vuoksela"
    assert document["extended_attributes"]["title"] == "Kuoppa, soita […]"


def test_status_notes_agency_and_history_follow_the_case(client, streets, agent):
    kela = Organisation.objects.create(name="Kela", kind=Organisation.Kind.STATE)
    case = make_case(service=streets, customer=_customer())
    case_assign(case=case, actor=agent, assignee=agent)
    case_change_status(case=case, actor=agent, status=Status.WAITING_CUSTOMER)
    _, [document] = _get(client, f"requests/{case.reference}", extensions="true", locale="fi")
    assert document["status_notes"] == "Odottaa lisätietoja lähettäjältä."
    assert document["extended_attributes"]["detailed_status"] == "IN_PROCESS,WAITING_FOR_SENDER"
    case_forward(case=case, actor=agent, organisation=kela, message="Hei Maija, Kela hoitaa.")
    case.refresh_from_db()
    response, [document] = _get(client, f"requests/{case.reference}", extensions="true")
    assert "Hei Maija" not in response.content.decode()
    assert document["status"] == "closed"
    assert document["status_notes"] == "Forwarded to Kela, which handles this matter."
    assert document["agency_responsible"] == "Kela"
    assert document["updated_datetime"] == timezone.localtime(case.resolved_at).isoformat(
        timespec="seconds"
    )
    assert "expected_datetime" not in document
    extended = document["extended_attributes"]
    assert extended["detailed_status"] == "PROCESSED,FORWARDED"
    history = [(entry["status"], entry.get("note", "")) for entry in extended["request_history"]]
    assert history == [
        ("received", ""),
        ("allocated", ""),
        ("handling", "Waiting for more information from the sender."),
        ("done", "Forwarded to Kela."),
    ]
    assert agent.get_full_name() not in response.content.decode()


def test_expected_datetime_is_the_resolution_target(client, streets):
    Target.objects.create(first_response_hours=8, resolution_hours=16)
    with time_machine.travel(at(2026, 3, 2, 9), tick=False):  # a Monday, 9 o'clock
        case = make_case(service=streets, customer=_customer())
        _, [document] = _get(client, f"requests/{case.reference}")
    # 16 business hours of 8–16: seven on Monday from nine, eight on Tuesday, one on Wednesday.
    assert document["expected_datetime"] == "2026-03-04T09:00:00+02:00"


def test_filters_window_and_formats(client, streets, department):
    parks = ServiceFactory(
        code="parks", responsible_unit__department=department, requests_public=True
    )
    with time_machine.travel(timezone.now() - dt.timedelta(days=120)):
        old = make_case(service=streets, customer=_customer())
    first = make_case(service=streets, customer=_customer())
    second = make_case(service=parks, customer=_customer())
    case_change_status(case=second, actor=None, status=Status.RESOLVED)
    assert _ids(_get(client, "requests")[1]) == [second.reference, first.reference]
    assert _ids(_get(client, "requests", service_code="parks")[1]) == [second.reference]
    assert _ids(_get(client, "requests", status="open")[1]) == [first.reference]
    assert _ids(_get(client, "requests", status="open,closed")[1]) == [
        second.reference,
        first.reference,
    ]
    ids = f"{old.reference},{first.reference}"
    assert _ids(_get(client, "requests", service_request_id=ids)[1]) == [
        first.reference,
        old.reference,
    ]
    start = (timezone.now() - dt.timedelta(days=130)).strftime("%Y-%m-%dT%H:%M:%SZ")
    end = (timezone.now() - dt.timedelta(days=110)).strftime("%Y-%m-%d")
    assert _ids(_get(client, "requests", start_date=start, end_date=end)[1]) == [old.reference]
    response, root = _get(client, "requests", "xml", status="closed")
    assert response["Content-Type"] == "text/xml; charset=utf-8"
    assert root.tag == "service_requests"
    assert [element.findtext("service_request_id") for element in root] == [second.reference]
    assert root.find("request/status").text == "closed"


def test_a_search_around_a_point(client, streets):
    near = make_case(service=streets, customer=_customer(), latitude="61.1719", longitude="28.7640")
    make_case(service=streets, customer=_customer(), latitude="61.1900", longitude="28.7640")
    make_case(service=streets, customer=_customer())  # no location
    found = _get(client, "requests", lat="61.1720", long="28.7645", radius="500")[1]
    assert _ids(found) == [near.reference]  # the other is two kilometres north


def test_the_default_limit_keeps_the_newest(streets):
    cases = [make_case(service=streets, customer=_customer()) for _ in range(4)]
    found = requests_find(query=RequestQuery(), api_key=None, now=timezone.now(), limit=3)
    assert found == cases[:0:-1]


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"start_date": "eilen"}, "start_date: Not a date and time in W3C format"),
        (
            {"start_date": "2026-01-01T00:00:00Z", "end_date": "2026-06-01T00:00:00Z"},
            "end_date: The range may not span more than 90 days.",
        ),
        ({"start_date": "2026-02-01", "end_date": "2026-01-01"}, "end_date: end_date is before"),
        ({"status": "pending"}, "status: Give open or closed."),
        ({"lat": "61.1", "long": "28.7"}, "radius: Give lat, long and a radius"),
        ({"jurisdiction_id": "elsewhere.example"}, "Unknown jurisdiction_id: elsewhere.example"),
    ],
)
def test_bad_parameters_get_the_specs_error(client, params, message):
    response, errors = _get(client, "requests", **params)
    assert response.status_code in {400, 404}
    assert errors[0]["code"] == response.status_code
    assert errors[0]["description"].startswith(message)


def test_errors_are_translated(client):
    _, errors = _get(client, "requests", status="pending", locale="sv")
    assert errors[0]["description"] == "status: Ange open eller closed."


def test_the_case_page_says_a_request_is_public_and_marking_it_sensitive_withdraws_it(
    client, streets, department
):
    expert = UserFactory(role="expert", departments=[department])
    case = make_case(service=streets, customer=_customer(), body="Kuoppa, soita Maijalle")
    client.force_login(expert)
    page = client.get(f"/staff/cases/{case.reference}/").content.decode()
    assert "Julkinen pyyntö" in page
    response = client.post(
        f"/staff/cases/{case.reference}/update/",
        {
            "update-service": streets.pk,
            "update-priority": case.priority,
            "update-sensitive": "on",
        },
    )
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.sensitive
    assert case.events.get(kind="update").data == {"sensitive": [False, True]}
    client.logout()
    assert _get(client, "requests")[1] == []
    assert _get(client, f"requests/{case.reference}")[0].status_code == 404


def test_a_callback_or_a_booking_asked_on_a_public_service_s_page_is_never_published(
    client, streets
):
    """The request form tells its sender that the request is shown to others; the callback
    and booking forms on the same service's page do not, and their cases stay private."""
    from luukku.appointments.selectors import callback_windows
    from luukku.appointments.services import callback_request_online
    from luukku.channels.services import web_request_submit

    with time_machine.travel(at(2026, 11, 23, 8, 0), tick=False):
        window = callback_windows(service=streets)[0]
        callback = callback_request_online(
            service=streets,
            window_start=window.starts_at,
            window_end=window.ends_at,
            first_name="Maija",
            last_name="Meikäläinen",
            phone="040 123 4567",
            description="Soittakaa minulle kuopasta pihatiellä.",
        )
    request = web_request_submit(
        request=CitizenRequest(
            service=streets,
            subject="Kuoppa",
            description="Koskikadulla on kuoppa.",
            email="maija.m@example.fi",
            address="Koskikatu 12",
        )
    )
    assert _ids(_get(client, "requests")[1]) == [request.reference]
    response, _errors = _get(client, f"requests/{callback.case.reference}")
    assert response.status_code == 404
