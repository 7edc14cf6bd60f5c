"""Leases on background jobs (`core.jobs`): a job whose worker died runs again, and after its
last attempt fails visibly; a message to a customer then shows on its case with "send
again". The real worker killed at each step: `test_worker_kill.py`."""

from datetime import timedelta

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from luukku.cases.models import OutboundMail
from luukku.cases.notifications import acknowledgement_queue
from luukku.cases.tests.factories import make_case
from luukku.core.jobs import expired_jobs_recover, job_lease_renew, job_lease_take
from luukku.core.models import JobLease
from luukku.core.scheduler import periodic_jobs_queue
from luukku.core.testing.clock import at
from luukku.customers.tests.factories import CustomerFactory

pytestmark = pytest.mark.django_db

NOW = at(2026, 11, 23, 9)


def _taken(job: DBTaskResult, worker_id: str, moment, *, lease: bool = True) -> None:
    """As the worker takes a job: claimed (running), then leased."""
    with time_machine.travel(moment, tick=False):
        job.claim(worker_id)
        if lease:
            job_lease_take(job=job, worker_id=worker_id)


@pytest.fixture
def mail_job(service):
    case = make_case(service=service, customer=CustomerFactory(email="maija@example.fi"))
    mail = acknowledgement_queue(case=case)
    return mail, DBTaskResult.objects.get()


def test_a_job_whose_lease_ran_out_is_ready_again_and_a_live_one_is_left(mail_job, settings):
    _, job = mail_job
    lease = timedelta(seconds=settings.JOB_LEASE_SECONDS)
    _taken(job, "worker-a", NOW)
    assert expired_jobs_recover(now=NOW + lease - timedelta(seconds=1)) == {
        "retried": 0,
        "failed": 0,
    }
    job.refresh_from_db()
    assert job.status == TaskResultStatus.RUNNING
    assert expired_jobs_recover(now=NOW + lease) == {"retried": 1, "failed": 0}
    job.refresh_from_db()
    assert job.status == TaskResultStatus.READY and job.worker_ids == ["worker-a"]
    assert not JobLease.objects.exists()
    assert DBTaskResult.objects.ready().get() == job


def test_a_lease_renewed_holds_the_job_longer(mail_job, settings):
    _, job = mail_job
    lease = timedelta(seconds=settings.JOB_LEASE_SECONDS)
    _taken(job, "worker-a", NOW)
    assert job_lease_renew(job_id=job.pk, worker_id="worker-a", now=NOW + lease / 2)
    assert not job_lease_renew(job_id=job.pk, worker_id="worker-b", now=NOW + lease)
    assert expired_jobs_recover(now=NOW + lease)["retried"] == 0
    assert expired_jobs_recover(now=NOW + lease * 3 / 2)["retried"] == 1


def test_a_job_taken_but_not_yet_leased_is_held_from_its_start(mail_job, settings):
    """A worker killed between claiming a job and writing its lease."""
    _, job = mail_job
    lease = timedelta(seconds=settings.JOB_LEASE_SECONDS)
    _taken(job, "worker-a", NOW, lease=False)
    assert expired_jobs_recover(now=NOW + lease - timedelta(seconds=1))["retried"] == 0
    assert expired_jobs_recover(now=NOW + lease + timedelta(seconds=1))["retried"] == 1


def test_after_its_last_attempt_a_mail_job_fails_and_the_case_offers_send_again(
    mail_job, settings, client, agent
):
    settings.JOB_ATTEMPTS = 2
    mail, job = mail_job
    lease = timedelta(seconds=settings.JOB_LEASE_SECONDS)
    _taken(job, "worker-a", NOW)
    assert expired_jobs_recover(now=NOW + lease)["retried"] == 1
    job.refresh_from_db()
    _taken(job, "worker-b", NOW + lease * 2)
    assert expired_jobs_recover(now=NOW + lease * 3) == {"retried": 0, "failed": 1}
    job.refresh_from_db()
    assert job.status == TaskResultStatus.FAILED
    assert job.exception_class_path == "luukku.core.jobs.LeaseExpired"
    assert "2 times" in job.traceback and "worker-b" in job.traceback
    mail.refresh_from_db()
    assert mail.status == OutboundMail.Status.FAILED and mail.needs_attention
    assert mail.last_error == "the worker stopped before sending it"
    assert mail.case.events.get(kind="notification").data["status"] == "failed"

    client.force_login(agent)
    page = client.get(reverse("web:case", args=[mail.case.reference])).content.decode()
    assert "Viesti asiakkaalle jäi toimittamatta" in page and "Lähetä uudelleen" in page
    assert "the worker stopped before sending it" in page


def test_a_running_periodic_job_is_not_queued_twice_however_long_it_runs(settings):
    settings.SERVICE_LEVEL_CHECK_INTERVAL = settings.APPOINTMENT_REMINDER_INTERVAL = 0
    settings.QUEUE_NOTIFY_INTERVAL = settings.CHAT_IDLE_CHECK_INTERVAL = 0
    settings.KEY_REMINDER_INTERVAL = settings.PLAN_REMINDER_INTERVAL = 0
    settings.SURVEY_CHECK_INTERVAL = 0
    settings.RESERVATION_LAPSE_INTERVAL = 0
    settings.ONLINE_LATE_REFUND_INTERVAL = 0
    settings.COURSE_EXPIRY_CHECK_INTERVAL = 0
    settings.METRICS_ROLLUP_INTERVAL = settings.RETENTION_INTERVAL = 0
    settings.MAIL_FETCH_INTERVAL = 60
    with time_machine.travel(NOW, tick=False):
        assert periodic_jobs_queue() == ["luukku.channels.tasks.mailboxes_fetch_task"]
        job = DBTaskResult.objects.get()
        job.claim("worker-a")
        job_lease_take(job=job, worker_id="worker-a")
    with time_machine.travel(NOW + timedelta(hours=2), tick=False):
        assert job_lease_renew(job_id=job.pk, worker_id="worker-a")
        assert periodic_jobs_queue() == []
    # Its worker died: the lease brings the same job back instead of a second one.
    later = NOW + timedelta(hours=3)
    with time_machine.travel(later, tick=False):
        assert expired_jobs_recover()["retried"] == 1
        assert periodic_jobs_queue() == []
    assert DBTaskResult.objects.count() == 1
    assert timezone.now()  # the clock runs again
