"""The access log says why in words: every context code the code base writes has a label in
the reader's language, and a code without one is shown as written."""

import re
from pathlib import Path

import pytest
from django.urls import reverse
from django.utils import translation

from luukku.cases.models import Channel
from luukku.customers.tests.factories import CustomerFactory
from luukku.privacy.contexts import LABELS, context_label, context_parts
from luukku.privacy.services import access_log_record

SOURCE = Path(__file__).resolve().parents[2]
CHANNELS = dict(Channel.choices)
# context="customer_page", context=context or "case_reply", context=f"attachment:{pk}"
WRITTEN = re.compile(r'context=(?:context or )?(f?)"([^"]+)"')


def _codes_written() -> set[str]:
    """Every context the code base writes, with each f-string's fields as a channel or an id."""
    codes = set()
    for path in SOURCE.rglob("*.py"):
        if "tests" in path.parts or "migrations" in path.parts:
            continue
        for is_format, code in WRITTEN.findall(path.read_text()):
            if is_format:
                code = re.sub(r"\{channel\}", "web", code)
                code = re.sub(r"\{[^}]+\}", "42", code)
            codes.add(code)
    return codes


def test_a_code_passed_on_by_position_has_a_label_too():
    # `_stop_waiting_for_expert(case, "consultation_withdraw")` escapes the scan; the DPO's
    # access log showed it as written.
    with translation.override("sv"):
        assert context_label("consultation_withdraw") != "consultation_withdraw"


def test_the_scan_finds_the_codes_of_every_kind():
    codes = _codes_written()
    assert {"case_page", "case_reply", "web_request", "attachment:42", "api:search"} <= codes
    assert len(codes) > 30


@pytest.mark.parametrize("code", sorted(_codes_written()))
def test_every_code_the_code_base_writes_has_a_label(code):
    name, _detail = context_parts(code, CHANNELS)
    assert code in LABELS or name in LABELS
    with translation.override("sv"):
        assert context_label(code, CHANNELS) != code


@pytest.mark.parametrize(
    ("language", "code", "label"),
    [
        ("fi", "customer_page", "Asiakkaan sivu"),
        ("sv", "customer_page", "Kundens sida"),
        ("en", "customer_page", "Customer page"),
        ("fi", "web_request", "Pyyntö (Verkkolomake)"),
        (
            "sv",
            "contact_log:phone",
            "Registrering av kontakt vid disken eller per telefon (Telefon)",
        ),
        ("en", "attachment:42", "Attachment opened (42)"),
        ("fi", "something_new:7", "something_new:7"),
    ],
)
def test_a_code_reads_as_a_label_in_the_readers_language(language, code, label):
    with translation.override(language):
        assert context_label(code, CHANNELS) == label


@pytest.mark.django_db
def test_the_customers_access_log_shows_labels(client, supervisor):
    customer = CustomerFactory()
    access_log_record(actor=supervisor, action="view", customer=customer, context="customer_page")
    access_log_record(actor=None, action="create", customer=customer, context="web_request")
    access_log_record(actor=None, action="view", customer=customer, context="later_code")
    client.force_login(supervisor)
    page = client.get(reverse("web:customer_log", args=[customer.pk])).content.decode()
    assert "<td>Asiakkaan sivu</td>" in page and "<td>Pyyntö (Verkkolomake)</td>" in page
    assert "customer_page" not in page and "web_request" not in page
    assert "<td>later_code</td>" in page
    page = client.get("/sv" + reverse("web:customer_log", args=[customer.pk])).content.decode()
    assert "<td>Kundens sida</td>" in page
