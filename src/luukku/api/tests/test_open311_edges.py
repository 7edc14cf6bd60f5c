"""Open311 as real clients use it: the key and jurisdiction in the query string of a POST and
the singular `service/{code}` path (as the `open311` client from PyPI sends them), errors in
the spec's format for everything under /open311/, and the key never in a log or report."""

import json
import logging
from pathlib import Path

import pytest
import xmlschema
from django.core import mail
from django.test import Client
from jsonschema import Draft202012Validator

from luukku.api import views
from luukku.catalogue.tests.factories import RequestFieldFactory, ServiceFactory
from luukku.channels.models import ApiKey, Submission

pytestmark = pytest.mark.django_db

SPEC = Path(__file__).parent / "spec"
XSD = xmlschema.XMLSchema(SPEC / "georeport-v2.xsd")
ERRORS = Draft202012Validator(
    {**json.loads((SPEC / "georeport-v2.schema.json").read_text()), "$ref": "#/$defs/errors"}
)


@pytest.fixture
def key(db):
    return ApiKey.objects.create(name="Korjaussovellus")


@pytest.fixture
def streetlight(db):
    service = ServiceFactory(code="street-lighting", allows_anonymous=True)
    RequestFieldFactory(service=service, code="pole", label_en="Pole number")
    return service


@pytest.fixture
def strict_client():
    """A client as real ones are: no CSRF cookie, and server errors answered, not raised."""
    return Client(enforce_csrf_checks=True, raise_request_exception=False)


def _errors(response, fmt: str) -> list[dict]:
    """The spec's error list, checked against the schemas written from the specification."""
    if fmt == "xml":
        assert response["Content-Type"] == "text/xml; charset=utf-8"
        XSD.validate(response.content.decode())
        document = XSD.to_dict(response.content.decode())["error"]
        return [{"code": error["code"], "description": error["description"]} for error in document]
    assert response["Content-Type"] == "application/json; charset=utf-8"
    errors = json.loads(response.content)
    assert not list(ERRORS.iter_errors(errors))
    return errors


def test_the_key_and_jurisdiction_may_come_in_the_query_string_of_a_post(
    strict_client, key, streetlight, settings
):
    response = strict_client.post(
        f"/open311/v2/requests.xml?jurisdiction_id={settings.OPEN311_JURISDICTION_ID}"
        f"&api_key={key.key}",
        {"service_code": "street-lighting", "description": "Valo ei pala"},
    )
    assert response.status_code == 201
    assert Submission.objects.get().api_key == key


def test_a_wrong_key_or_jurisdiction_in_the_query_string_is_refused(
    strict_client, key, streetlight
):
    filing = {"service_code": "street-lighting", "description": "Valo ei pala"}
    response = strict_client.post("/open311/v2/requests.json?api_key=wrong", filing)
    assert response.status_code == 403
    response = strict_client.post(
        f"/open311/v2/requests.json?jurisdiction_id=elsewhere&api_key={key.key}", filing
    )
    assert _errors(response, "json") == [
        {"code": 404, "description": "Unknown jurisdiction_id: elsewhere"}
    ]
    assert not Submission.objects.exists()


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_the_singular_service_path_gives_the_definition(strict_client, streetlight, fmt):
    singular = strict_client.get(f"/open311/v2/service/street-lighting.{fmt}")
    plural = strict_client.get(f"/open311/v2/services/street-lighting.{fmt}")
    assert singular.status_code == 200
    assert singular.content == plural.content
    missing = strict_client.get(f"/open311/v2/service/nothing.{fmt}")
    assert _errors(missing, fmt) == [{"code": 404, "description": "Unknown service_code: nothing"}]


@pytest.mark.parametrize(
    ("method", "path", "headers", "status", "fmt", "description"),
    [
        (
            "get",
            "/open311/v2/nothing.xml",
            {},
            404,
            "xml",
            "Nothing at /open311/v2/nothing.xml. The resources of this interface are listed "
            "in /open311/v2/discovery.xml.",
        ),
        (
            "get",
            "/open311/v2/requests/a/b.json",
            {},
            404,
            "json",
            "Nothing at /open311/v2/requests/a/b.json. The resources of this interface are "
            "listed in /open311/v2/discovery.json.",
        ),
        (
            "get",
            "/open311/",
            {},
            404,
            "xml",
            "Nothing at /open311/. The resources of this interface are listed in "
            "/open311/v2/discovery.xml.",
        ),
        (
            "get",
            "/open311/v2/",
            {"HTTP_ACCEPT": "application/json"},
            404,
            "json",
            "Nothing at /open311/v2/. The resources of this interface are listed in "
            "/open311/v2/discovery.json.",
        ),
        (
            "get",
            "/open311/v2/services.html",
            {},
            404,
            "xml",
            "Format html is not supported: use .xml or .json.",
        ),
        (
            "post",
            "/open311/v2/services.json",
            {},
            405,
            "json",
            "Method POST is not allowed here; use GET.",
        ),
        (
            "delete",
            "/open311/v2/requests.xml",
            {},
            405,
            "xml",
            "Method DELETE is not allowed here; use GET, POST.",
        ),
        (
            "put",
            "/open311/v2/tokens/abc.json",
            {},
            405,
            "json",
            "Method PUT is not allowed here; use GET.",
        ),
    ],
)
def test_every_error_under_open311_is_in_the_spec_format(
    strict_client, streetlight, method, path, headers, status, fmt, description
):
    response = getattr(strict_client, method)(path, **headers)
    assert response.status_code == status
    assert _errors(response, fmt) == [{"code": status, "description": description}]
    if status == 405:
        assert response["Allow"]


def test_errors_outside_the_views_follow_the_locale(strict_client):
    response = strict_client.post("/open311/v2/services.json?locale=sv")
    assert _errors(response, "json")[0]["description"] == (
        "Metoden POST är inte tillåten här; använd GET."
    )


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_a_server_error_is_in_the_spec_format_and_its_report_has_no_key(
    strict_client, key, streetlight, settings, monkeypatch, fmt
):
    """A fault in the middle of a request (here: the database of requests failing) is
    reported to the administrators, as Django reports errors, without the client's key."""
    settings.ADMINS = [("Ylläpito", "yllapito@vuoksela.example")]

    def failing(**kwargs):
        raise RuntimeError("the request database failed")

    monkeypatch.setattr(views, "requests_find", failing)
    monkeypatch.setattr(views, "request_file", failing)
    read = strict_client.get(f"/open311/v2/requests.{fmt}?api_key={key.key}&status=open")
    filed = strict_client.post(
        f"/open311/v2/requests.{fmt}",
        {"api_key": key.key, "service_code": "street-lighting", "description": "Valo"},
    )
    queried = strict_client.post(
        f"/open311/v2/requests.{fmt}?api_key={key.key}",
        {"service_code": "street-lighting", "description": "Valo"},
    )
    for response in (read, filed, queried):
        assert response.status_code == 500
        assert _errors(response, fmt) == [
            {"code": 500, "description": "Server error. It has been recorded; try again later."}
        ]
    assert len(mail.outbox) == 3
    for report in mail.outbox:
        text = report.body + "".join(str(part[0]) for part in report.alternatives)
        assert "the request database failed" in text  # the report itself, with the request
        assert "street-lighting" in text or "status" in text
        assert key.key not in text


def test_the_servers_request_log_never_shows_the_key():
    """The development server (`make run`, the demo) and gunicorn log each request line."""
    lines = []

    class Kept(logging.Handler):
        def emit(self, record):
            lines.append(record.getMessage())

    kept = Kept()
    for name in ("django.server", "gunicorn.access"):
        logging.getLogger(name).addHandler(kept)
    try:
        logging.getLogger("django.server").info(
            '"%s" %s %s',
            "POST /open311/v2/requests.xml?jurisdiction_id=&api_key=s3cr3t-KEY HTTP/1.1",
            "201",
            "180",
        )
        logging.getLogger("gunicorn.access").info(
            "%(r)s %(q)s",
            {
                "r": "GET /open311/v2/requests.json?api_key=s3cr3t-KEY HTTP/1.1",
                "q": "api_key=s3cr3t-KEY&status=open",
            },
        )
    finally:
        for name in ("django.server", "gunicorn.access"):
            logging.getLogger(name).removeHandler(kept)
    assert lines == [
        '"POST /open311/v2/requests.xml?jurisdiction_id=&api_key=[…] HTTP/1.1" 201 180',
        "GET /open311/v2/requests.json?api_key=[…] HTTP/1.1 api_key=[…]&status=open",
    ]
