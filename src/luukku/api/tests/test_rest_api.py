"""The REST API at /api/v1/: personal tokens, the person's own rights, the privacy log,
errors that change nothing, and one whole journey over real HTTP with `requests`."""

import datetime as dt
import re

import pytest
import requests
from django.contrib.staticfiles import finders
from django.utils import timezone

from luukku.api.models import ApiToken
from luukku.api.rest.pagination import CasePagination
from luukku.cases.models import Case, CaseEvent, Channel, Status
from luukku.cases.tests.factories import make_case
from luukku.customers.tests.factories import CustomerFactory
from luukku.knowledge.tests.factories import ArticleFactory, ReplyTemplateFactory
from luukku.organisation.tests.factories import UserFactory
from luukku.privacy.models import AccessLogEntry

pytestmark = pytest.mark.django_db


def _token(user, **fields) -> str:
    token = ApiToken(user=user, name="Puhelinjärjestelmä", **fields)
    key = token.issue()
    token.save()
    return key


def _auth(key: str) -> dict:
    return {"HTTP_AUTHORIZATION": f"Bearer {key}"}


def _post(client, url: str, data: dict, key: str):
    return client.post(url, data, content_type="application/json", **_auth(key))


def test_a_token_is_needed_and_only_its_digest_is_kept(client, agent):
    response = client.get("/api/v1/cases/")
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == 'Bearer realm="api"'
    key = _token(agent)
    token = ApiToken.objects.get()
    assert key.startswith("lk_") and key not in (token.digest, token.prefix)
    assert token.prefix == key[:8]
    assert client.get("/api/v1/cases/", **_auth(key)).status_code == 200
    token.refresh_from_db()
    assert token.last_used_at is not None
    assert client.get("/api/v1/cases/", **_auth(key + "x")).status_code == 401
    assert client.get("/api/v1/cases/", HTTP_AUTHORIZATION="Bearer").status_code == 401


def test_retired_expired_and_departed_tokens_stop_working(client, agent):
    retired = _token(agent, is_active=False)
    expired = _token(agent, expires_at=timezone.now() - dt.timedelta(minutes=1))
    departed_user = UserFactory(is_active=False)
    departed = _token(departed_user)
    for key in (retired, expired, departed):
        response = client.get("/api/v1/services/", **_auth(key))
        assert response.status_code == 401
        assert response.json() == {"detail": "Tunniste ei kelpaa."}


def test_the_admin_shows_a_new_key_once(admin_client, agent):
    response = admin_client.post(
        "/admin/api/apitoken/add/",
        {"user": agent.pk, "name": "Puhelinjärjestelmä", "is_active": "on"},
        follow=True,
    )
    token = ApiToken.objects.get()
    [message] = [str(m) for m in response.context["messages"] if "Bearer" in str(m)]
    [key] = set(re.findall(r"lk_[\w-]+", message))
    assert key.startswith("lk_") and token.prefix == key[:8]
    page = admin_client.get(f"/admin/api/apitoken/{token.pk}/change/").content.decode()
    assert key not in page


def test_cases_follow_the_persons_rights(client, sensitive_service, department, agent):
    secret = make_case(service=sensitive_service, subject="Lastensuojelu")
    open_case = make_case(subject="Katuvalo")
    outsider, insider = _token(agent), _token(UserFactory(role="expert", departments=[department]))
    listed = client.get("/api/v1/cases/", **_auth(outsider)).json()
    assert [case["reference"] for case in listed["results"]] == [open_case.reference]
    assert client.get(f"/api/v1/cases/{secret.reference}/", **_auth(outsider)).status_code == 404
    note = client.post(f"/api/v1/cases/{secret.reference}/notes/", {"body": "x"}, **_auth(outsider))
    assert note.status_code == 404
    assert not secret.events.filter(kind=CaseEvent.Kind.NOTE).exists()
    listed = client.get("/api/v1/cases/", **_auth(insider)).json()
    assert {case["reference"] for case in listed["results"]} == {
        secret.reference,
        open_case.reference,
    }


def test_the_case_list_counts_only_up_to_its_cap(client, supervisor, service, monkeypatch):
    for _ in range(5):
        make_case(service=service)
    key = _token(supervisor)
    listed = client.get("/api/v1/cases/", {"per_page": 2}, **_auth(key)).json()
    assert (listed["count"], listed["count_capped"]) == (5, False)
    monkeypatch.setattr(CasePagination, "COUNT_CAP", 3)
    listed = client.get("/api/v1/cases/", {"per_page": 2}, **_auth(key)).json()
    assert (listed["count"], listed["count_capped"]) == (3, True)
    assert len(listed["results"]) == 2 and listed["next"]
    second = client.get(listed["next"], **_auth(key)).json()
    assert len(second["results"]) == 2  # pages within the cap are whole


def test_the_inbox_filters_and_bad_ones(client, agent, service):
    mine = make_case(service=service)
    mine.assignee = agent
    mine.save()
    other = make_case()
    key = _token(agent)

    def references(**params):
        response = client.get("/api/v1/cases/", params, **_auth(key))
        assert response.status_code == 200, response.content
        return [case["reference"] for case in response.json()["results"]]

    assert references(assignee="me") == [mine.reference]
    assert references(service=service.code) == [mine.reference]
    assert references(sort="oldest") == [mine.reference, other.reference]
    assert references(service="no-such-service") == []
    response = client.get("/api/v1/cases/", {"status": "lost", "sort": "x"}, **_auth(key))
    assert response.status_code == 400
    assert set(response.json()) == {"status", "sort"}


def test_viewing_a_case_is_logged_and_shows_its_timeline(client, agent):
    case = make_case(body="Koskikadun valot eivät pala.")
    response = client.get(f"/api/v1/cases/{case.reference}/", **_auth(_token(agent)))
    document = response.json()
    assert document["reference"] == case.reference
    assert document["customer"] == {"id": case.customer_id, "name": case.customer.display_name}
    assert [event["kind"] for event in document["events"]] == ["created", "message_in"]
    assert document["events"][1]["body"] == "Koskikadun valot eivät pala."
    entry = AccessLogEntry.objects.filter(case=case, context="api").get()
    assert entry.actor == agent and entry.action == "view"


def test_creating_a_case_goes_through_the_one_write_path(client, agent, service):
    customer = CustomerFactory()
    key = _token(agent)
    response = client.post(
        "/api/v1/cases/",
        {
            "service": service.code,
            "channel": "phone",
            "subject": "Soitto: katuvalo",
            "body": "Asiakas soitti Koskikadun valoista.",
            "customer": customer.pk,
            "priority": 3,
        },
        content_type="application/json",
        **_auth(key),
    )
    assert response.status_code == 201, response.content
    case = Case.objects.get(reference=response.json()["reference"])
    assert case.channel == Channel.PHONE and case.customer == customer and case.priority == 3
    created = case.events.get(kind=CaseEvent.Kind.CREATED)
    assert created.author == agent
    assert case.events.get(kind=CaseEvent.Kind.NOTE).body == "Asiakas soitti Koskikadun valoista."


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"channel": "phone", "subject": "x", "service": "no-such"}, "service"),
        ({"channel": "web", "subject": "x"}, "channel"),
        ({"channel": "phone", "subject": ""}, "subject"),
        ({"channel": "phone", "subject": "x", "customer": 999999}, "customer"),
        ({"channel": "phone", "subject": "x", "priority": 9}, "priority"),
    ],
)
def test_bad_input_is_refused_and_changes_nothing(client, agent, service, body, field):
    payload = {"service": service.code, **body}
    response = client.post(
        "/api/v1/cases/", payload, content_type="application/json", **_auth(_token(agent))
    )
    assert response.status_code == 400
    assert field in response.json()
    assert not Case.objects.exists()


def test_errors_come_in_the_asked_language(client, agent, service):
    key = _token(agent)
    payload = {"service": service.code, "channel": "phone"}
    for language, message in (
        ("fi", "Tämä kenttä vaaditaan."),
        ("sv", "Det här fältet är obligatoriskt."),
        ("en", "This field is required."),
    ):
        response = client.post(
            "/api/v1/cases/",
            payload,
            content_type="application/json",
            HTTP_ACCEPT_LANGUAGE=language,
            **_auth(key),
        )
        assert response.json()["subject"] == [message]
    response = client.post(
        "/api/v1/cases/",
        {**payload, "subject": "x", "service": "nope"},
        content_type="application/json",
        HTTP_ACCEPT_LANGUAGE="sv",
        **_auth(key),
    )
    assert response.json() == {"service": ["Ingen sådan tjänst."]}


def test_status_message_and_note(client, agent, service):
    case = make_case(service=service)
    key = _token(agent)
    url = f"/api/v1/cases/{case.reference}"
    response = _post(client, f"{url}/status/", {"status": "open"}, key)
    assert response.status_code == 200 and response.json()["status"] == "open"
    response = _post(client, f"{url}/status/", {"status": "new"}, key)
    assert response.status_code == 400 and "status" in response.json()
    response = _post(
        client, f"{url}/messages/", {"body": "Korjaus on tilattu.", "status_after": "resolved"}, key
    )
    assert response.status_code == 201
    assert response.json()["status"] == Status.RESOLVED
    assert case.outbound_mail.filter(kind="reply").exists()
    response = _post(client, f"{url}/notes/", {"body": ""}, key)
    assert response.status_code == 400
    response = _post(client, f"{url}/notes/", {"body": "Tilattu urakoitsijalta."}, key)
    assert client.post(f"{url}/notes/", {"body": "lomake"}, **_auth(key)).status_code == 415
    note = case.events.get(kind=CaseEvent.Kind.NOTE)
    assert response.status_code == 201 and not note.public and note.author == agent


def test_customers_are_searched_not_listed_and_every_page_shown_is_logged(client, agent):
    found = CustomerFactory(first_name="Aino", last_name="Virtanen", identity_code="131052-308T")
    CustomerFactory(first_name="Pekka", last_name="Virtanen")
    CustomerFactory(first_name="Liisa", last_name="Korhonen")
    key = _token(agent)
    response = client.get("/api/v1/customers/", **_auth(key))
    assert response.status_code == 400 and "q" in response.json()
    response = client.get("/api/v1/customers/", {"q": "virtanen"}, **_auth(key))
    assert response.json()["count"] == 2
    # One entry for the page, with the search and the number of customers shown.
    entry = AccessLogEntry.objects.get(context="api:search", actor=agent)
    assert (entry.action, entry.query, entry.count) == ("list", {"q": "virtanen"}, 2)
    document = client.get(f"/api/v1/customers/{found.pk}/", **_auth(key)).json()
    assert document["identity_code"] == found.masked_identity_code != "131052-308T"
    assert AccessLogEntry.objects.filter(customer=found, context="api").exists()
    assert client.get("/api/v1/customers/999999/", **_auth(key)).status_code == 404


def test_services_articles_and_templates(client, agent, service):
    article = ArticleFactory(service=service)
    template = ReplyTemplateFactory(language="sv", service=service)
    ReplyTemplateFactory(language="fi")
    key = _token(agent)
    services = client.get("/api/v1/services/", **_auth(key)).json()["results"]
    assert [entry["code"] for entry in services] == [service.code]
    assert client.get(f"/api/v1/services/{service.code}/", **_auth(key)).json()["code"] == (
        service.code
    )
    articles = client.get("/api/v1/articles/", {"service": service.code}, **_auth(key)).json()
    assert [entry["id"] for entry in articles["results"]] == [article.pk]
    assert client.get(f"/api/v1/articles/{article.pk}/", **_auth(key)).status_code == 200
    assert client.get("/api/v1/articles/999999/", **_auth(key)).status_code == 404
    templates = client.get("/api/v1/templates/", {"language": "sv"}, **_auth(key)).json()
    assert [entry["id"] for entry in templates["results"]] == [template.pk]


def test_a_whole_journey_over_http(live_server, agent, service):
    """An integration with `requests`: log a call, add a note, answer, read it back."""
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {_token(agent)}"
    base = f"{live_server.url}/api/v1"
    created = session.post(
        f"{base}/cases/",
        json={"service": service.code, "channel": "phone", "subject": "Soitto", "body": "Asia"},
        timeout=30,
    )
    assert created.status_code == 201
    reference = created.json()["reference"]
    assert session.post(f"{base}/cases/{reference}/notes/", json={"body": "Muistiin"}).ok
    case = session.get(f"{base}/cases/{reference}/", timeout=30).json()
    assert [event["kind"] for event in case["events"]][-1] == "note"
    assert case["status"] == "new"


def test_the_schema_and_its_documentation_page_need_no_network(client):
    schema = client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    document = schema.json()
    assert document["openapi"].startswith("3.")
    assert "/api/v1/cases/{reference}/notes/" in document["paths"]
    assert document["components"]["securitySchemes"]["personalToken"]["scheme"] == "bearer"
    page = client.get("/api/docs/").content.decode()
    # Swagger UI comes with Luukku (drf-spectacular-sidecar), not from a CDN.
    assert "drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js" in page
    assert "cdn" not in page.lower()
    assert finders.find("drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js")


@pytest.mark.parametrize("where", ["cases/", "cases/{reference}/notes/"])
def test_deeply_nested_json_is_a_translated_400(client, agent, service, where):
    """1,100 levels of nesting used to overflow the parser's stack (a 500); now it is refused
    before anything reads it, in the client's language, and nothing is made."""
    case = make_case(service=service, subject="Katuvalo")
    path = "/api/v1/" + where.format(reference=case.reference)
    events = case.events.count()
    key = _token(agent)
    deep = '{"subject": ' + "[" * 1100 + "]" * 1100 + "}"
    response = client.post(path, deep, content_type="application/json", **_auth(key))
    assert response.status_code == 400
    assert response.json() == {"detail": "JSON-rakenne on liian syvä (enintään 32 tasoa)."}
    response = client.post(
        path, deep, content_type="application/json", HTTP_ACCEPT_LANGUAGE="sv", **_auth(key)
    )
    assert response.json() == {"detail": "JSON-strukturen är för djup (högst 32 nivåer)."}
    assert Case.objects.get() == case and case.events.count() == events


def test_json_is_read_up_to_32_levels_deep(client, agent, service):
    key = _token(agent)

    def post(levels: int):
        body = '{"subject": ' + "[" * (levels - 1) + "]" * (levels - 1) + "}"
        return client.post("/api/v1/cases/", body, content_type="application/json", **_auth(key))

    # Read, and refused for what it says rather than for its shape.
    assert "subject" in post(32).json()
    # One level deeper is refused, though the decoder itself would have managed it.
    assert post(33).json() == {"detail": "JSON-rakenne on liian syvä (enintään 32 tasoa)."}
    assert not Case.objects.exists()
