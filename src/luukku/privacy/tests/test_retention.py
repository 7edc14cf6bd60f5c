import datetime as dt
import io
from pathlib import Path

import pytest
import time_machine
from django.core.management import call_command
from django.db import IntegrityError, transaction

from luukku.appointments.models import Appointment, Callback
from luukku.cases.models import Attachment, Case, CaseEvent
from luukku.catalogue.tests.factories import ServiceFactory
from luukku.privacy.masking import MASK
from luukku.privacy.models import RetentionRule, RetentionRun
from luukku.privacy.retention import retention_run
from luukku.privacy.subjects import registry

from .conftest import NOW, appointment, attachment_file, callback, closed_case

TWO_YEARS = dt.timedelta(days=730)


def test_a_case_closed_two_years_and_a_day_ago_is_anonymised_one_a_day_younger_is_not(
    rules, service, person, agent
):
    old = closed_case(
        service=service,
        customer=person,
        agent=agent,
        closed_at=NOW - TWO_YEARS - dt.timedelta(days=1),
    )
    young = closed_case(
        service=service,
        customer=person,
        agent=agent,
        closed_at=NOW - TWO_YEARS + dt.timedelta(days=1),
    )
    with time_machine.travel(NOW, tick=False):
        run = retention_run(dry_run=False)
    assert (run.cases_anonymised, run.failures) == (1, 0)
    old.refresh_from_db()
    young.refresh_from_db()
    assert old.anonymised_at == NOW and old.subject == MASK
    assert (old.customer, old.contact_email, old.contact_phone, old.address) == (None, "", "", "")
    assert young.anonymised_at is None and young.subject == "Katuvalo pimeänä Koskikadulla"
    assert young.customer == person


def test_an_anonymised_case_keeps_its_reference_service_dates_status_and_course(
    rules, service, person, agent, django_capture_on_commit_callbacks
):
    case = closed_case(
        service=service,
        customer=person,
        agent=agent,
        closed_at=NOW - TWO_YEARS - dt.timedelta(days=10),
        files=[attachment_file()],
    )
    stored = Attachment.objects.get(case=case).file.path
    kinds = list(case.events.values_list("kind", "at"))
    before = Case.objects.values("reference", "service", "status", "created_at").get(pk=case.pk)
    with time_machine.travel(NOW, tick=False), django_capture_on_commit_callbacks(execute=True):
        retention_run(dry_run=False)
    assert (
        Case.objects.values("reference", "service", "status", "created_at").get(pk=case.pk)
        == before
    )
    assert list(case.events.values_list("kind", "at")) == kinds
    assert set(case.events.values_list("body", flat=True)) == {""}
    status = case.events.filter(kind=CaseEvent.Kind.STATUS).last()
    assert status.data["to"] == "closed"
    assert not Attachment.objects.filter(case=case).exists()
    assert not Path(stored).exists()
    assert set(case.outbound_mail.values_list("recipient", "body")) <= {("", "")}


def test_a_dry_run_changes_nothing_and_counts_what_a_run_would_do(rules, service, person, agent):
    case = closed_case(
        service=service,
        customer=person,
        agent=agent,
        closed_at=NOW - TWO_YEARS - dt.timedelta(days=5),
    )
    events = list(case.events.values_list("body", flat=True))
    with time_machine.travel(NOW, tick=False):
        run = retention_run(dry_run=True)
    case.refresh_from_db()
    assert case.anonymised_at is None and case.customer == person
    assert list(case.events.values_list("body", flat=True)) == events
    assert run.dry_run and run.cases_anonymised == 0
    assert [(row["cases_due"], row["cases_done"]) for row in run.figures] == [(1, 0)]


def test_a_failure_halfway_loses_nothing_one_transaction_per_case(
    rules, service, person, agent, django_capture_on_commit_callbacks
):
    first, broken, last = (
        closed_case(
            service=service,
            customer=person,
            agent=agent,
            closed_at=NOW - TWO_YEARS - dt.timedelta(days=days),
            files=[attachment_file(f"kuva{days}.jpg")],
        )
        for days in (30, 20, 10)
    )
    stored = Attachment.objects.get(case=broken).file.path

    def fail_on_broken(case_id):
        # After the case's own anonymiser has blanked it: the transaction must undo that.
        if case_id == broken.pk:
            raise RuntimeError("disk full")

    registry.case_anonymisers.append(fail_on_broken)
    try:
        with (
            time_machine.travel(NOW, tick=False),
            django_capture_on_commit_callbacks(execute=True),
        ):
            run = retention_run(dry_run=False)
    finally:
        registry.case_anonymisers.remove(fail_on_broken)
    assert (run.cases_anonymised, run.failures) == (2, 1)
    broken.refresh_from_db()
    assert broken.anonymised_at is None and broken.subject == "Katuvalo pimeänä Koskikadulla"
    assert broken.events.filter(body="Asukas soitti.").exists()
    assert Attachment.objects.filter(case=broken).exists() and Path(stored).exists()
    assert Case.objects.filter(pk__in=[first.pk, last.pk], anonymised_at=NOW).count() == 2
    with time_machine.travel(NOW, tick=False):
        assert retention_run(dry_run=False).cases_anonymised == 1  # the next round takes it


def test_open_and_held_cases_are_kept_and_a_service_rule_overrides_the_default(
    rules, service, person, agent
):
    held = closed_case(service=service, customer=person, agent=agent, closed_at=NOW - TWO_YEARS * 2)
    Case.objects.filter(pk=held.pk).update(legal_hold=True)
    permanent_service = ServiceFactory()
    RetentionRule.objects.create(
        service=permanent_service, cases_after_days=None, basis="Arkistolaki 831/1994: pysyvä"
    )
    permanent = closed_case(
        service=permanent_service, customer=person, agent=agent, closed_at=NOW - TWO_YEARS * 3
    )
    short_service = ServiceFactory()
    RetentionRule.objects.create(service=short_service, cases_after_days=180, basis="TOS: 6 kk")
    short = closed_case(
        service=short_service, customer=person, agent=agent, closed_at=NOW - dt.timedelta(days=181)
    )
    with time_machine.travel(NOW, tick=False):
        run = retention_run(dry_run=False)
    assert run.cases_anonymised == 1
    assert list(Case.objects.filter(anonymised_at__isnull=False).values_list("pk", flat=True)) == [
        short.pk
    ]
    assert Case.objects.get(pk=permanent.pk).anonymised_at is None
    assert Case.objects.get(pk=held.pk).anonymised_at is None


def test_appointments_and_callbacks_lose_the_person_after_a_year(rules, service, person, agent):
    case = closed_case(
        service=service, customer=person, agent=agent, closed_at=NOW - dt.timedelta(days=200)
    )
    old = appointment(
        case=case, customer=person, staff=agent, starts_at=NOW - dt.timedelta(days=366)
    )
    recent = appointment(
        case=case, customer=person, staff=agent, starts_at=NOW - dt.timedelta(days=364)
    )
    called = callback(
        case=case, customer=person, caller=agent, window_start=NOW - dt.timedelta(days=400)
    )
    with time_machine.travel(NOW, tick=False):
        run = retention_run(dry_run=False)
    assert (run.cases_anonymised, run.appointments_anonymised) == (0, 2)
    old.refresh_from_db()
    recent.refresh_from_db()
    called.refresh_from_db()
    assert (old.customer, old.video_url, old.status) == (None, "", Appointment.Status.ATTENDED)
    assert recent.customer == person and recent.video_url
    assert (called.customer, called.phone) == (None, "")
    assert list(called.attempt_log.values_list("note", flat=True)) == [""]
    assert Callback.objects.get(pk=called.pk).case == case  # the case follows its own rule


def test_the_command_prints_what_each_rule_would_anonymise(rules, service, person, agent):
    closed_case(
        service=service,
        customer=person,
        agent=agent,
        closed_at=NOW - TWO_YEARS - dt.timedelta(days=2),
    )
    out = io.StringIO()
    with time_machine.travel(NOW, tick=False):
        call_command("retention", "--dry-run", stdout=out)
    assert out.getvalue().splitlines() == [
        "Oletussääntö: would anonymise 1 cases, 0 appointments and callbacks",
        "dry run: 1 cases and 0 appointments and callbacks due, 0 anonymised, 0 failures",
    ]
    assert Case.objects.filter(anonymised_at__isnull=False).count() == 0


def test_the_worker_runs_the_round_on_schedule(rules, service, person, agent, settings, run_tasks):
    from luukku.core.scheduler import periodic_jobs_queue

    settings.MAIL_FETCH_INTERVAL = settings.SERVICE_LEVEL_CHECK_INTERVAL = 0
    settings.APPOINTMENT_REMINDER_INTERVAL = settings.METRICS_ROLLUP_INTERVAL = 0
    settings.QUEUE_NOTIFY_INTERVAL = settings.CHAT_IDLE_CHECK_INTERVAL = 0
    settings.KEY_REMINDER_INTERVAL = settings.PLAN_REMINDER_INTERVAL = 0
    settings.SURVEY_CHECK_INTERVAL = 0
    settings.RESERVATION_LAPSE_INTERVAL = 0
    settings.ONLINE_LATE_REFUND_INTERVAL = 0
    settings.COURSE_EXPIRY_CHECK_INTERVAL = 0
    settings.RETENTION_INTERVAL = 86400
    case = closed_case(
        service=service,
        customer=person,
        agent=agent,
        closed_at=NOW - TWO_YEARS - dt.timedelta(days=2),
    )
    with time_machine.travel(NOW, tick=False):
        assert periodic_jobs_queue() == ["luukku.privacy.tasks.retention_round_task"]
        run_tasks()
    case.refresh_from_db()
    assert case.anonymised_at is not None
    assert RetentionRun.objects.get().cases_anonymised == 1


def test_there_is_one_default_rule_and_one_rule_per_service(rules, service):
    with pytest.raises(IntegrityError), transaction.atomic():
        RetentionRule.objects.create(service=None, cases_after_days=2, basis="toinen")
    RetentionRule.objects.create(service=service, cases_after_days=10, basis="oma")
    with pytest.raises(IntegrityError), transaction.atomic():
        RetentionRule.objects.create(service=service, cases_after_days=20, basis="toinen")
