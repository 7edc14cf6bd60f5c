"""The case page's panels: whether a case has rows in each, read with the case."""

import pytest

from luukku.cases.models import OutboundMail
from luukku.cases.panels import case_has, panels_present
from luukku.cases.selectors import case_get_for_view
from luukku.cases.services import consultation_ask

from .factories import make_case

pytestmark = pytest.mark.django_db

PANELS = ("consultations", "mail_attention", "inbound_mail", "orders")


def _read(case, viewer):
    return case_get_for_view(
        reference=case.reference, viewer=viewer, context="test", present=PANELS
    )


def _mail(case, status):
    return OutboundMail.objects.create(
        case=case,
        kind=OutboundMail.Kind.REPLY,
        message_id=f"<{status}-{case.pk}@luukku.test>",
        recipient="asiakas@example.fi",
        subject="Vastaus",
        body="Hei",
        status=status,
    )


def test_a_case_with_nothing_has_no_panel_and_one_with_rows_has_it(agent, expert, service):
    case = make_case(service=service)
    read = _read(case, agent)
    assert {name: case_has(read, name) for name in PANELS} == dict.fromkeys(PANELS, False)

    consultation_ask(case=case, actor=agent, question="Kuka korjaa?", expert=expert)
    assert case_has(_read(case, agent), "consultations")


def test_mail_counts_only_when_the_panel_shows_it(agent, service):
    # The panel shows the mail needing attention: sent mail leaves it empty.
    case = make_case(service=service)
    _mail(case, OutboundMail.Status.SENT)
    assert not case_has(_read(case, agent), "mail_attention")
    _mail(case, OutboundMail.Status.FAILED)
    assert case_has(_read(case, agent), "mail_attention")


def test_a_case_read_without_asking_reads_every_panel(agent, service):
    case = make_case(service=service)
    plain = case_get_for_view(reference=case.reference, viewer=agent, context="test")
    assert case_has(plain, "consultations") and case_has(plain, "orders")


def test_an_unknown_relation_is_refused():
    with pytest.raises(KeyError):
        panels_present(["no_such_relation"])
