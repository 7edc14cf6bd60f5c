"""The `open311` 1.1 client from PyPI, unmodified, over real HTTP: it lists the services,
reads a definition from the singular `service/{code}.xml`, files a request with the key and
jurisdiction in the query string of its POST, and follows it. The client runs only on
Python 2.7; the package is installed from PyPI on first use (bench/open311_client.py), and
the test is skipped, saying why, on a machine without Python 2.7 or without PyPI."""

import importlib.util
import json
from pathlib import Path

import pytest

from luukku.cases.models import Case, Channel
from luukku.catalogue.models import RequestField
from luukku.catalogue.tests.factories import RequestFieldFactory, ServiceFactory
from luukku.channels.models import ApiKey

BENCH = Path(__file__).resolve().parents[4] / "bench" / "open311_client.py"


def _bench():
    spec = importlib.util.spec_from_file_location("open311_client_bench", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def open311_client():
    bench = _bench()
    try:
        env = bench.py27_environment()
    except bench.Unavailable as error:
        pytest.skip(f"the open311 client cannot run here: {error}")
    return bench, env


@pytest.fixture
def streetlight(transactional_db, department):
    service = ServiceFactory(
        code="street-lighting",
        responsible_unit__department=department,
        requests_public=True,
        requires_location=True,
    )
    RequestFieldFactory(service=service, code="pole_number", label_en="Pole number")
    RequestFieldFactory(
        service=service,
        code="fault",
        datatype=RequestField.DataType.SINGLE_CHOICE,
        required=True,
        options=["dark", "flickering"],
    )
    ServiceFactory(code="parks")
    return service


def test_the_open311_client_lists_reads_files_and_follows(
    open311_client, live_server, streetlight, settings
):
    bench, env = open311_client
    key = ApiKey.objects.create(name="open311 1.1")
    done = bench.run_client(
        env,
        endpoint=f"{live_server.url}/open311/v2",
        key=key.key,
        jurisdiction=settings.OPEN311_JURISDICTION_ID,
        service="street-lighting",
    )
    assert done.returncode == 0, done.stderr
    lines = dict(line.split(": ", 1) for line in done.stdout.splitlines())
    assert json.loads(lines["service_list"]) == ["parks", "street-lighting"]
    assert json.loads(lines["service_definition"]) == [
        ["pole_number", "text", "false"],
        ["fault", "singlevaluelist", "true"],
    ]
    assert json.loads(lines["post_service_request"]) == ["account_id", "service_notice", "token"]
    case = Case.objects.get()
    assert json.loads(lines["request_id_from_token"]) == case.reference
    assert json.loads(lines["get_service_request"]) == {
        "service_code": "street-lighting",
        "service_request_id": case.reference,
        "status": "open",
    }
    # An ordinary case, from this client, with the answer to the required attribute.
    assert case.channel == Channel.OPEN311 and case.open311.api_key == key
    assert case.answers == {"fault": "dark"} and case.address == "Koskikatu 12"
    assert case.customer.email == "open311-client@example.fi"
