"""An application's case and the service-level clocks: written at a past moment (as the
demo's history is) nothing falls due at the wall clock; while the round is open its box
shows targets counting from the close, after the close they count from it, however late the
worker comes by; the results never make it a resolution at first contact."""

import datetime as dt

import pytest
import time_machine

from luukku.cases.models import Case, Status
from luukku.core.testing.clock import at
from luukku.organisation.selectors import business_hours
from luukku.organisation.tests.factories import UserFactory
from luukku.servicelevels.models import Alert, Escalation, EscalationStep, Target
from luukku.servicelevels.selectors import case_service_level
from luukku.servicelevels.services import service_levels_check

from ..services.rounds import round_cases_resume, round_results_send, wish_decline
from .rounds import CLOSES, apply, round_make, wish

WEEKS_LATER = at(2026, 4, 20, 12, 0)


@pytest.fixture
def spring(hall):
    return round_make(hall)


@pytest.fixture
def targets(service, department):
    Target.objects.create(service=service, first_response_hours=4, resolution_hours=16)
    EscalationStep.objects.create(
        department=department,
        position=1,
        title="Tiimiesimies",
        person=UserFactory(role="supervisor"),
        response_hours=4,
    )


def test_history_written_at_past_moments_is_never_escalated_at_the_wall_clock(
    spring, hall, targets
):
    agent = UserFactory(role="agent")
    with time_machine.travel(WEEKS_LATER, tick=False):
        application = apply(spring, [wish(hall[0])], now=at(2026, 3, 5, 11, 0))
        assert round_cases_resume(now=CLOSES) == 1
        wish_decline(
            wish=application.wishes.get(), by=agent, reason="Täynnä.", now=at(2026, 3, 23, 9, 0)
        )
        round_results_send(application_round=spring, by=agent, now=at(2026, 3, 23, 10, 0))
        service_levels_check()

    case = Case.objects.get(pk=application.case_id)
    assert case.status == Status.RESOLVED
    assert not Escalation.objects.filter(case=case).exists()
    assert not Alert.objects.filter(case=case).exists()
    assert case.sla_state == "met"


@pytest.mark.usefixtures("clock")
def test_while_the_round_is_open_the_targets_count_from_the_close(spring, hall, targets):
    application = apply(spring, [wish(hall[0])])
    case = Case.objects.get(pk=application.case_id)
    hours = business_hours()

    level = case_service_level(case=case, now=at(2026, 3, 12, 10, 0))
    assert level.paused
    assert level.first_response.due_at == hours.add(CLOSES, dt.timedelta(hours=4))
    assert level.resolution.due_at == hours.add(CLOSES, dt.timedelta(hours=16))
    assert level.first_response.due_at > CLOSES

    late_worker = at(2026, 3, 24, 9, 0)  # the worker came by days after the close
    assert round_cases_resume(now=late_worker) == 1
    case.refresh_from_db()
    level = case_service_level(case=case, now=late_worker)
    assert not level.paused
    assert level.first_response.due_at == hours.add(CLOSES, dt.timedelta(hours=4))


@pytest.mark.usefixtures("clock")
def test_the_results_are_no_resolution_at_first_contact(spring, hall):
    agent = UserFactory(role="agent")
    application = apply(spring, [wish(hall[0])])
    after = at(2026, 3, 23, 9, 0)
    round_cases_resume(now=after)
    wish_decline(wish=application.wishes.get(), by=agent, reason="Täynnä.", now=after)
    round_results_send(application_round=spring, by=agent, now=after)

    case = Case.objects.get(pk=application.case_id)
    assert case.status == Status.RESOLVED
    assert case.first_contact_resolution is False
