"""First-contact resolution: resolved by the front line, without an expert, in one contact."""

import pytest

from luukku.cases.models import Status
from luukku.cases.services import (
    case_add_note,
    case_change_status,
    case_customer_message,
    case_reply,
)
from luukku.cases.tests.factories import make_case

pytestmark = pytest.mark.django_db


def _resolved(case, actor):
    event = case_reply(case=case, actor=actor, body="Näin se hoituu.", status_after=Status.RESOLVED)
    event.case.refresh_from_db()
    return event.case


def test_an_agent_answering_and_resolving_at_once_is_first_contact(service, agent, supervisor):
    assert _resolved(make_case(service=service), agent).first_contact_resolution
    assert _resolved(make_case(service=service), supervisor).first_contact_resolution


def test_waiting_for_an_expert_is_not_first_contact(service, agent):
    case = make_case(service=service)
    case_change_status(case=case, actor=agent, status=Status.WAITING_EXPERT)
    case_change_status(case=case, actor=agent, status=Status.OPEN)
    assert not _resolved(case, agent).first_contact_resolution


def test_an_experts_note_is_not_first_contact(service, agent, expert):
    case = make_case(service=service)
    case_add_note(case=case, actor=expert, body="Korjataan viikolla 48.")
    assert not _resolved(case, agent).first_contact_resolution


def test_an_expert_resolving_is_not_first_contact(service, expert):
    assert not _resolved(make_case(service=service), expert).first_contact_resolution


def test_a_customer_who_had_to_write_again_is_not_first_contact(service, agent):
    case = make_case(service=service)
    case_customer_message(case=case, body="Vieläkö tätä käsitellään?")
    assert not _resolved(case, agent).first_contact_resolution


def test_reopening_takes_the_mark_away(service, agent):
    case = _resolved(make_case(service=service), agent)
    case = case_change_status(case=case, actor=agent, status=Status.OPEN)
    assert not case.first_contact_resolution
