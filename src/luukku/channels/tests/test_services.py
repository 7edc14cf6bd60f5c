from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone

from luukku.cases.models import Case, Channel, Status
from luukku.catalogue.tests.factories import ServiceFactory
from luukku.channels.citizen_request import CitizenRequest
from luukku.channels.models import Submission
from luukku.channels.services import (
    REGISTER_ATTEMPTS,
    contact_log,
    request_take_in,
    submission_register,
    submissions_prune,
    submissions_register_waiting,
    web_request_submit,
)
from luukku.core.testing.clock import at
from luukku.customers.models import Customer
from luukku.customers.tests.factories import CustomerFactory
from luukku.servicelevels.models import Alert, Target
from luukku.servicelevels.selectors import State

pytestmark = pytest.mark.django_db


def test_web_request_joins_the_known_customer_and_acknowledges(service, run_tasks):
    known = CustomerFactory(email="maija@example.fi")
    case = web_request_submit(
        request=CitizenRequest(
            service=service,
            subject="Kuoppa",
            description="Iso kuoppa",
            email="MAIJA@example.fi",
            language="sv",
        )
    )
    run_tasks()
    assert case.customer == known
    assert (case.channel, case.language) == (Channel.WEB, "sv")
    assert mail.outbox[0].to == ["maija@example.fi"]


def test_web_request_to_a_service_without_online_requests_is_refused(db):
    service = ServiceFactory(accepts_requests=False)
    with pytest.raises(ValidationError) as error:
        web_request_submit(
            request=CitizenRequest(
                service=service, subject="x", description="y", email="a@example.fi"
            )
        )
    assert "service" in error.value.message_dict
    assert not Case.objects.exists() and not Customer.objects.exists()


def test_web_request_failing_validation_leaves_no_customer_behind(service_with_fields):
    with pytest.raises(ValidationError):
        web_request_submit(
            request=CitizenRequest(
                service=service_with_fields,
                subject="x",
                description="y",
                email="new@example.fi",
                answers={"count": "many"},
            )
        )
    assert not Customer.objects.exists()


def test_anonymous_feedback_sends_no_acknowledgement(run_tasks):
    service = ServiceFactory(allows_anonymous=True)
    case = web_request_submit(
        request=CitizenRequest(service=service, subject="Kiitos", description="Hyvää palvelua")
    )
    run_tasks()
    assert case.customer is None
    assert mail.outbox == []


def test_phone_contact_not_resolved_stays_open_for_follow_up(service, agent):
    case = contact_log(
        actor=agent, channel=Channel.PHONE, service=service, note="Soittaa huomenna\nlisää"
    )
    assert (case.status, case.first_contact_resolution, case.subject) == (
        Status.OPEN,
        False,
        "Soittaa huomenna",
    )
    assert case.events.filter(kind="note", author=agent, public=False).exists()


@pytest.mark.parametrize("resolved", [False, True])
def test_the_staff_member_who_logs_a_contact_becomes_its_handler(service, agent, resolved):
    case = contact_log(
        actor=agent, channel=Channel.COUNTER, service=service, note="Neuvottu", resolved=resolved
    )
    case.refresh_from_db()
    assert case.assignee == agent
    assignment = case.events.get(kind="assignment")
    assert (assignment.author, assignment.data["to"]["assignee"]) == (agent, agent.pk)


@pytest.mark.parametrize(
    ("channel", "note", "field"), [("web", "x", "channel"), ("counter", " ", "note")]
)
def test_contact_log_refuses_bad_input(service, agent, channel, note, field):
    with pytest.raises(ValidationError) as error:
        contact_log(actor=agent, channel=channel, service=service, note=note)
    assert field in error.value.message_dict
    assert not Case.objects.exists()


# -- requests taken in, registered by the worker ----------------------------------------


def _take_in(service, **overrides):
    fields = {"subject": "Kuoppa", "description": "Iso kuoppa", "email": "maija@example.fi"}
    return request_take_in(request=CitizenRequest(service=service, **{**fields, **overrides}))


def test_taking_in_checks_what_registering_would_and_writes_nothing_when_bad(service):
    with pytest.raises(ValidationError) as error:
        _take_in(service, subject="", description="", phone="not a phone", email="")
    assert set(error.value.message_dict) == {"subject", "description", "phone"}
    with pytest.raises(ValidationError) as error:
        _take_in(ServiceFactory(accepts_requests=False))
    assert "service" in error.value.message_dict
    with pytest.raises(ValidationError) as error:
        _take_in(ServiceFactory(allows_anonymous=False), email="")
    assert "email" in error.value.message_dict
    assert not Submission.objects.exists()


def test_only_an_open311_request_gets_a_token_and_each_case_one_request(service):
    from django.db import IntegrityError, transaction

    web = [_take_in(service), _take_in(service)]
    filed = _take_in(service, channel=Channel.OPEN311)
    assert [submission.token for submission in web] == [None, None]
    assert len(filed.token) >= 32
    with pytest.raises(IntegrityError), transaction.atomic():
        Submission.objects.filter(pk=web[0].pk).update(token=filed.token)
    for submission in web:
        submission_register(submission_id=submission.pk)
    web[0].refresh_from_db()
    with pytest.raises(IntegrityError), transaction.atomic():
        Submission.objects.filter(pk=filed.pk).update(case=web[0].case)


def test_a_request_is_registered_once_whoever_asks(service, run_tasks):
    submission = _take_in(service)
    assert submission_register(submission_id=submission.pk).state == "registered"
    assert submission_register(submission_id=submission.pk) is None  # taken already
    assert submissions_register_waiting() == 0
    assert run_tasks() == 1  # the acknowledgement
    assert Case.objects.count() == 1 and len(mail.outbox) == 1


def test_the_worker_registers_the_oldest_first_up_to_its_limit(service):
    for n in range(3):
        _take_in(service, subject=f"Kuoppa {n}")
    assert submissions_register_waiting(limit=2) == 2
    assert [s.state for s in Submission.objects.order_by("pk")] == [
        "registered",
        "registered",
        "pending",
    ]
    assert submissions_register_waiting() == 1
    assert sorted(Case.objects.values_list("subject", flat=True)) == [
        "Kuoppa 0",
        "Kuoppa 1",
        "Kuoppa 2",
    ]


def test_a_failure_in_registering_loses_nothing_and_is_tried_again(service, run_tasks, monkeypatch):
    submission = _take_in(service, phone="040 123 4567")

    def broken(**kwargs):
        raise RuntimeError("the database went away")

    monkeypatch.setattr("luukku.channels.services.submissions.web_request_submit", broken)
    assert submissions_register_waiting() == 1
    submission.refresh_from_db()
    assert (submission.state, submission.attempts) == ("pending", 1)
    assert "the database went away" in submission.error
    assert submission.data["phone"] == "040 123 4567"
    assert not Case.objects.exists() and not Customer.objects.exists()
    assert submission.next_attempt_at > timezone.now()  # again, after a pause
    assert submissions_register_waiting() == 0

    monkeypatch.undo()
    Submission.objects.update(next_attempt_at=timezone.now())
    assert submissions_register_waiting() == 1
    submission.refresh_from_db()
    assert submission.state == "registered" and submission.error == ""
    assert submission.case.customer.phone == "+358401234567"


def test_a_request_failing_every_time_is_marked_failed(service, monkeypatch):
    submission = _take_in(service)
    monkeypatch.setattr(
        "luukku.channels.services.submissions.web_request_submit",
        lambda **kwargs: (_ for _ in ()).throw(RuntimeError("broken")),
    )
    for _attempt in range(REGISTER_ATTEMPTS):
        submission_register(submission_id=submission.pk)
    submission.refresh_from_db()
    assert (submission.state, submission.attempts) == ("failed", REGISTER_ATTEMPTS)
    assert submission_register(submission_id=submission.pk) is None


def test_registered_requests_are_forgotten_after_a_while(service):
    submission = _take_in(service)
    submission_register(submission_id=submission.pk)
    assert submissions_prune() == 0
    Submission.objects.update(registered_at=timezone.now() - timedelta(days=91))
    assert submissions_prune() == 1
    assert Case.objects.count() == 1  # the case stays


# -- a contact logged afterwards ------------------------------------------------------------

# Tuesday 24 November 2026, 15.00 Finnish time: when the contacts below are written down.
LOGGED = at(2026, 11, 24, 15, 0)


@pytest.fixture
def target(db):
    return Target.objects.create(first_response_hours=8, resolution_hours=40)


def _timeline(case):
    return [(event.kind, event.at) for event in case.events.order_by("at", "pk")]


def test_a_contact_logged_afterwards_is_recorded_as_if_logged_at_its_time(service, agent, target):
    service.target_reply_days = 2
    service.save()
    contact = at(2026, 11, 23, 9, 30)
    with time_machine.travel(contact, tick=False):
        on_time = contact_log(actor=agent, channel=Channel.PHONE, service=service, note="Soita")
    with time_machine.travel(LOGGED, tick=False):
        later = contact_log(
            actor=agent,
            channel=Channel.PHONE,
            service=service,
            note="Soita",
            contacted_at=contact,
        )
    assert later.created_at == contact
    assert (later.due_at, later.sla_due_at) == (on_time.due_at, on_time.sla_due_at)
    # The clocks ran from the contact: its 8 working hours to the first response are gone.
    assert (on_time.sla_state, later.sla_state) == (State.RUNNING, State.BREACHED)
    assert _timeline(later) == [
        ("created", contact),
        ("note", contact),
        ("assignment", contact),
        ("status", contact),
        ("service_level", LOGGED),  # the breach, seen when it was written down
    ]
    # The privacy log says when it was written down.
    assert later.access_log.filter(context="contact_log:phone").get().at == LOGGED


def test_a_resolved_contact_logged_days_later_meets_its_service_level(service, agent, target):
    contact = at(2026, 11, 20, 10, 0)
    with time_machine.travel(LOGGED, tick=False):
        case = contact_log(
            actor=agent,
            channel=Channel.COUNTER,
            service=service,
            note="Kysyi aukioloja",
            resolved=True,
            contacted_at=contact,
        )
    assert (case.status, case.resolved_at, case.first_contact_resolution) == (
        Status.RESOLVED,
        contact,
        True,
    )
    assert case.sla_state == State.MET
    assert not Alert.objects.filter(case=case).exists()


@pytest.mark.parametrize(
    ("contacted_at", "error"),
    [
        (LOGGED + timedelta(minutes=2), "ei voi olla tulevaisuudessa"),
        (LOGGED - timedelta(days=7, minutes=1), "enintään 7 päivää jälkikäteen"),
    ],
)
def test_a_contact_time_ahead_or_too_far_back_is_refused(service, agent, contacted_at, error):
    with time_machine.travel(LOGGED, tick=False), pytest.raises(ValidationError) as refused:
        contact_log(
            actor=agent,
            channel=Channel.COUNTER,
            service=service,
            note="Kysyi aukioloja",
            contacted_at=contacted_at,
        )
    assert error in refused.value.message_dict["contacted_at"][0]
    assert not Case.objects.exists()


def test_a_contact_time_within_a_minute_ahead_is_now(service, agent):
    with time_machine.travel(LOGGED, tick=False):
        case = contact_log(
            actor=agent,
            channel=Channel.COUNTER,
            service=service,
            note="Kysyi aukioloja",
            contacted_at=LOGGED + timedelta(seconds=50),
        )
    assert case.created_at == LOGGED
