"""The case row keeps its next due time; the worker records warnings and breaches once and
climbs the escalation ladder when a step's time runs out."""

import datetime as dt

import pytest
import time_machine
from django.core.exceptions import PermissionDenied, ValidationError

from luukku.cases.models import CaseEvent, Status
from luukku.cases.selectors import InboxFilters, inbox_cases
from luukku.cases.services import case_change_status, case_reply
from luukku.cases.tests.factories import make_case
from luukku.core.testing.clock import at, on
from luukku.organisation.tests.factories import UserFactory
from luukku.servicelevels.models import Alert, Escalation, EscalationStep, Target
from luukku.servicelevels.selectors import State
from luukku.servicelevels.services import (
    case_escalate,
    escalation_close,
    escalations_advance,
    service_levels_check,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def target(service):
    return Target.objects.create(
        service=service, first_response_hours=4, resolution_hours=16, warning_percent=75
    )


@pytest.fixture
def ladder(department, supervisor):
    head = UserFactory(role="expert", first_name="Tuula", last_name="Laine")
    lawyer = UserFactory(role="expert", first_name="Kalle", last_name="Lehtonen")
    return [
        EscalationStep.objects.create(
            department=department,
            position=1,
            title="Tiimiesimies",
            person=supervisor,
            response_hours=4,
        ),
        EscalationStep.objects.create(
            department=department,
            position=2,
            title="Yksikön päällikkö",
            person=head,
            response_hours=8,
        ),
        EscalationStep.objects.create(
            department=department,
            position=3,
            title="Kaupunginlakimies",
            person=lawyer,
            response_hours=16,
        ),
    ]


def test_the_case_keeps_its_next_due_time_and_state(service, target, agent):
    case = on(at(2026, 11, 27, 14, 0), make_case, service=service)  # Friday 14:00
    assert (case.sla_due_at, case.sla_state) == (at(2026, 11, 30, 10, 0), State.RUNNING)
    # Warning at 75 % of 4 h = 3 h: 2 h on Friday + 1 h on Monday.
    assert case.sla_check_at == at(2026, 11, 30, 9, 0)
    on(at(2026, 11, 30, 8, 30), case_reply, case=case, actor=agent, body="Hoidamme asian.")
    case.refresh_from_db()
    # First response met; the resolution clock (16 h from Friday 14:00) is next.
    assert (case.sla_due_at, case.sla_state) == (at(2026, 12, 1, 14, 0), State.RUNNING)
    on(
        at(2026, 11, 30, 9, 0),
        case_change_status,
        case=case,
        actor=agent,
        status=Status.WAITING_CUSTOMER,
    )
    case.refresh_from_db()
    assert (case.sla_due_at, case.sla_state, case.sla_check_at) == (None, State.PAUSED, None)
    on(at(2026, 11, 30, 10, 0), case_change_status, case=case, actor=agent, status=Status.RESOLVED)
    case.refresh_from_db()
    assert (case.sla_due_at, case.sla_state) == (None, State.MET)


def test_the_worker_records_a_warning_and_a_breach_once_each(service, target):
    case = on(at(2026, 11, 23, 8, 0), make_case, service=service)  # Monday 8:00
    assert service_levels_check(now=at(2026, 11, 23, 10, 0)).cases == 0  # nothing due yet
    assert service_levels_check(now=at(2026, 11, 23, 11, 5)).cases == 1
    assert service_levels_check(now=at(2026, 11, 23, 11, 6)).cases == 0  # idempotent
    case.refresh_from_db()
    assert case.sla_state == State.WARNING
    assert case.sla_check_at == at(2026, 11, 23, 12, 0)
    service_levels_check(now=at(2026, 11, 23, 12, 1))
    service_levels_check(now=at(2026, 11, 23, 12, 2))
    alerts = list(Alert.objects.filter(case=case).values_list("clock", "kind"))
    assert alerts == [("first_response", "warning"), ("first_response", "breach")]
    events = case.events.filter(kind=CaseEvent.Kind.SERVICE_LEVEL)
    assert [e.data["alert"] for e in events] == ["warning", "breach"]
    assert not any(e.public for e in events)
    case.refresh_from_db()
    assert case.sla_state == State.BREACHED


def test_a_second_worker_does_not_record_again(service, target):
    case = on(at(2026, 11, 23, 8, 0), make_case, service=service)
    service_levels_check(now=at(2026, 11, 23, 12, 30))
    # Another worker that read the case before the first one finished finds nothing new:
    # the alerts are unique per case and clock, so running the check again adds nothing.
    case.refresh_from_db()
    from luukku.servicelevels.services import case_service_level_refresh

    case_service_level_refresh(case=case, now=at(2026, 11, 23, 12, 31))
    assert Alert.objects.filter(case=case).count() == 1  # the breach (warning was skipped)
    assert case.events.filter(kind=CaseEvent.Kind.SERVICE_LEVEL).count() == 1


def test_inbox_sorts_and_filters_by_service_level(service, target, agent):
    early = on(at(2026, 11, 23, 8, 0), make_case, service=service, subject="Aikainen")
    late = on(at(2026, 11, 23, 10, 0), make_case, service=service, subject="Myöhäinen")
    no_target = make_case(subject="Ei tavoitetta")
    service_levels_check(now=at(2026, 11, 23, 11, 30))  # early is in warning, late is not
    ordered = list(inbox_cases(user=agent, filters=InboxFilters(sort="service_level")))
    assert ordered[:2] == [early, late] and ordered[-1] == no_target
    warned = inbox_cases(user=agent, filters=InboxFilters(service_level="warning"))
    assert list(warned) == [early]


def test_escalation_climbs_the_ladder_by_hand_and_when_time_runs_out(
    service, target, ladder, agent, supervisor
):
    case = on(at(2026, 11, 23, 8, 0), make_case, service=service)
    first = on(at(2026, 11, 23, 9, 0), case_escalate, case=case, actor=agent, reason="Valitus")
    assert (first.holder, first.due_at) == (supervisor, at(2026, 11, 23, 13, 0))
    assert escalations_advance(now=at(2026, 11, 23, 12, 59)) == 0
    assert escalations_advance(now=at(2026, 11, 23, 13, 1)) == 1
    assert escalations_advance(now=at(2026, 11, 23, 13, 2)) == 0  # idempotent
    second = Escalation.objects.get(case=case, closed_at__isnull=True)
    assert second.step == ladder[1] and second.trigger == Escalation.Trigger.TIMEOUT
    first.refresh_from_db()
    assert first.closed_at == at(2026, 11, 23, 13, 1)
    # The head of unit takes it up to the lawyer by hand; the top step cannot be passed.
    third = on(
        at(2026, 11, 23, 14, 0), case_escalate, case=case, actor=second.holder, reason="Laki"
    )
    assert third.holder == ladder[2].person
    with pytest.raises(ValidationError, match="portaiden ylimmällä"):
        case_escalate(case=case, actor=agent, reason="Vielä")
    events = case.events.filter(kind=CaseEvent.Kind.ESCALATION)
    assert [e.data["step"] for e in events] == [1, 2, 3]


def test_escalation_is_refused_without_a_reason_or_a_ladder(service, agent):
    case = make_case(service=service)
    with pytest.raises(ValidationError, match="Kerro, miksi"):
        case_escalate(case=case, actor=agent, reason=" ")
    with pytest.raises(ValidationError, match="ei ole eskalointiportaita"):
        case_escalate(case=case, actor=agent, reason="Valitus")
    assert not Escalation.objects.exists()
    assert not case.events.filter(kind=CaseEvent.Kind.ESCALATION).exists()


def test_a_resolution_breach_escalates_to_the_first_step(service, target, ladder, supervisor):
    case = on(at(2026, 11, 23, 8, 0), make_case, service=service)
    service_levels_check(now=at(2026, 11, 25, 9, 0))  # 16 h ran out on Tuesday at 16:00
    escalation = Escalation.objects.get(case=case)
    assert escalation.trigger == Escalation.Trigger.BREACH and escalation.holder == supervisor
    assert Alert.objects.filter(case=case, clock="resolution", kind="breach").exists()


def test_only_the_holder_or_a_supervisor_closes_an_escalation(service, ladder, agent, supervisor):
    case = make_case(service=service)
    escalation = case_escalate(case=case, actor=agent, reason="Valitus")
    with pytest.raises(PermissionDenied):
        escalation_close(escalation=escalation, actor=agent, outcome="Hoidettu")
    with pytest.raises(ValidationError):
        escalation_close(escalation=escalation, actor=supervisor, outcome="")
    closed = escalation_close(escalation=escalation, actor=supervisor, outcome="Soitin asiakkaalle")
    assert closed.outcome == "Soitin asiakkaalle" and not closed.is_open
    assert escalations_advance(now=closed.due_at + dt.timedelta(days=3)) == 0


def test_the_periodic_job_runs_the_check(service, target, settings, run_tasks):
    from luukku.core.scheduler import periodic_jobs_queue

    settings.MAIL_FETCH_INTERVAL = 0
    settings.APPOINTMENT_REMINDER_INTERVAL = 0
    settings.QUEUE_NOTIFY_INTERVAL = settings.CHAT_IDLE_CHECK_INTERVAL = 0
    settings.KEY_REMINDER_INTERVAL = settings.PLAN_REMINDER_INTERVAL = 0
    settings.SURVEY_CHECK_INTERVAL = 0
    settings.RESERVATION_LAPSE_INTERVAL = 0
    settings.ONLINE_LATE_REFUND_INTERVAL = 0
    settings.COURSE_EXPIRY_CHECK_INTERVAL = 0
    settings.METRICS_ROLLUP_INTERVAL = 0
    settings.RETENTION_INTERVAL = 0
    case = on(at(2026, 11, 23, 8, 0), make_case, service=service)
    with time_machine.travel(at(2026, 11, 23, 12, 30), tick=False):
        assert periodic_jobs_queue() == ["luukku.servicelevels.tasks.service_levels_check_task"]
        assert run_tasks() == 1
    assert Alert.objects.filter(case=case, kind=Alert.Kind.BREACH).exists()


@pytest.mark.django_db(transaction=True)
def test_two_workers_at_once_record_each_alert_once(service, target):
    """Two rounds in parallel transactions (PostgreSQL: row locks, SKIP LOCKED and the
    unique constraint between them) record one breach and one timeline entry per case."""
    import threading

    from django.db import connection, connections

    if connection.vendor != "postgresql":
        pytest.skip("parallel transactions need PostgreSQL")
    cases = [on(at(2026, 11, 23, 8, 0), make_case, service=service) for _ in range(20)]
    barrier = threading.Barrier(2)
    results, errors = [], []

    def worker():
        try:
            barrier.wait()
            results.append(service_levels_check(now=at(2026, 11, 23, 12, 30)).cases)
        except Exception as error:  # surfaced below; a thread cannot fail the test itself
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sum(results) == 20  # every case checked by exactly one of them
    assert Alert.objects.count() == 20
    assert CaseEvent.objects.filter(kind=CaseEvent.Kind.SERVICE_LEVEL).count() == 20
    assert {case.pk for case in cases} == set(Alert.objects.values_list("case_id", flat=True))


def test_the_navigation_counts_what_waits_for_each_person_in_one_query(
    service, ladder, agent, supervisor, department, django_assert_num_queries
):
    from luukku.cases.services import consultation_answer, consultation_ask
    from luukku.servicelevels.selectors import requests_waiting_count

    expert = UserFactory(role="expert", departments=[department])
    assert requests_waiting_count(user=supervisor) == 0
    case_escalate(case=make_case(service=service), actor=agent, reason="Valitus")
    consultation = consultation_ask(
        case=make_case(service=service), actor=agent, expert=expert, question="Voiko?"
    )
    consultation_ask(case=make_case(service=service), actor=agent, expert=expert, question="Ja?")
    with django_assert_num_queries(1):
        assert requests_waiting_count(user=supervisor) == 1  # the escalation at their step
    assert requests_waiting_count(user=expert) == 2  # two questions
    assert requests_waiting_count(user=agent) == 0
    consultation_answer(consultation=consultation, actor=expert, answer="Voi.")
    assert requests_waiting_count(user=expert) == 1
    assert requests_waiting_count(user=agent) == 1  # an answer not yet seen
