"""First-contact resolution: resolved by the front line, without an expert, in one contact."""

import datetime as dt

import pytest
from django.utils import timezone

from luukku.cases.models import Status
from luukku.cases.selectors import first_contact_resolution_by_service
from luukku.cases.services import (
    case_add_note,
    case_change_status,
    case_customer_message,
    case_reply,
)
from luukku.cases.tests.factories import make_case
from luukku.catalogue.tests.factories import ServiceFactory

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


def test_the_figure_per_service_for_a_period(agent, expert):
    lights, parks = ServiceFactory(), ServiceFactory()
    _resolved(make_case(service=lights), agent)
    _resolved(make_case(service=lights), agent)
    _resolved(make_case(service=lights), expert)
    _resolved(make_case(service=parks), expert)
    make_case(service=parks)  # open: not counted
    now = timezone.now()
    figures = first_contact_resolution_by_service(
        start=now - dt.timedelta(days=1), end=now + dt.timedelta(minutes=1)
    )
    assert (figures[lights.pk].resolved, figures[lights.pk].first_contact) == (3, 2)
    assert figures[lights.pk].rate == pytest.approx(2 / 3)
    assert (figures[parks.pk].resolved, figures[parks.pk].rate) == (1, 0.0)
    assert first_contact_resolution_by_service(start=now + dt.timedelta(days=1), end=now) == {}
