"""No job lost in a crash: the real `luukku worker`, killed with SIGKILL at each step of an
acknowledgement's life, and a new worker started with its clock past the dead one's lease.

Each test starts the worker as a subprocess against the test database (a file: see
`django_db_modify_db_settings` in the root conftest) and the real SMTP server of the
`smtp_server` fixture; `LUUKKU_WORKER_PAUSE_AT` makes it stop at the step
(`core.jobs.worker_checkpoint`), where it is killed.
"""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from luukku.cases.models import CaseEvent, OutboundMail
from luukku.cases.notifications import acknowledgement_queue
from luukku.cases.tests.factories import make_case
from luukku.core.models import JobLease
from luukku.core.testing.servers import subprocess_database_url
from luukku.customers.tests.factories import CustomerFactory

pytestmark = pytest.mark.django_db(transaction=True)

LUUKKU = str(Path(sys.executable).with_name("luukku"))
PAST_THE_LEASE = 60  # seconds beyond a lease's length
START_TIMEOUT = 60  # seconds a worker may take to reach its step (the machine may be busy)


@pytest.fixture
def worker(tmp_path, smtp_server):
    """Start `luukku worker` processes on the test database and the test SMTP server."""
    environment = {
        **os.environ,
        "DATABASE_URL": subprocess_database_url(),
        "LUUKKU_DATA_DIR": str(tmp_path / "var"),
        "MEDIA_ROOT": str(settings.MEDIA_ROOT),
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": settings.EMAIL_HOST,
        "EMAIL_PORT": str(settings.EMAIL_PORT),
        "MAIL_FETCH_INTERVAL": "0",
    }
    started = []

    def start(*, pause_at: str = "", clock_ahead: float = 0):
        log = tmp_path / f"worker-{len(started)}.log"
        command = [LUUKKU, "worker", "--batch", "--no-startup-delay", "-v", "2"]
        if clock_ahead:
            command = [sys.executable, "-m", "luukku.core.testing.clocked", str(clock_ahead)]
            command += ["worker", "--batch", "--no-startup-delay", "-v", "2"]
        with log.open("w") as output:
            process = subprocess.Popen(
                command,
                env={**environment, "LUUKKU_WORKER_PAUSE_AT": pause_at},
                stdout=output,
                stderr=subprocess.STDOUT,
            )
        process.log = log
        started.append(process)
        return process

    yield start
    for process in started:
        if process.poll() is None:
            process.kill()
            process.wait()


def _wait_for(process, text: str) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while text not in process.log.read_text():
        if process.poll() is not None:
            pytest.fail(f"the worker ended before {text!r}:\n{process.log.read_text()}")
        if time.monotonic() > deadline:
            pytest.fail(f"the worker did not reach {text!r}:\n{process.log.read_text()}")
        time.sleep(0.05)


def _finish(process) -> None:
    try:
        assert process.wait(timeout=START_TIMEOUT) == 0, process.log.read_text()
    except subprocess.TimeoutExpired:
        pytest.fail(f"the worker did not finish:\n{process.log.read_text()}")


def _acknowledgement(service):
    case = make_case(service=service, customer=CustomerFactory(email="maija@example.fi"))
    return case, acknowledgement_queue(case=case)


@pytest.mark.parametrize("step", ["taken", "running", "mail-claimed", "mail-sent"])
def test_a_worker_killed_at_any_step_loses_no_mail(step, service, worker, smtp_server):
    case, mail = _acknowledgement(service)
    [job] = DBTaskResult.objects.filter(task_path__endswith="outbound_mail_send")

    first = worker(pause_at=step)
    _wait_for(first, f"luukku worker paused at {step}")
    os.kill(first.pid, signal.SIGKILL)
    first.wait()
    job.refresh_from_db()
    assert job.status == TaskResultStatus.RUNNING  # left as the dead worker had it
    mail.refresh_from_db()
    sent_by_the_dead = len(smtp_server.messages)
    assert sent_by_the_dead == (1 if step == "mail-sent" else 0)

    if step == "running":
        # A worker started now leaves a live lease alone: the job might still be running.
        _finish(worker())
        job.refresh_from_db()
        assert job.status == TaskResultStatus.RUNNING
        assert len(smtp_server.messages) == sent_by_the_dead

    # One started when the lease has run out takes the job again and sends the mail.
    second = worker(clock_ahead=settings.JOB_LEASE_SECONDS + PAST_THE_LEASE)
    _finish(second)
    job.refresh_from_db()
    mail.refresh_from_db()
    assert job.status == TaskResultStatus.SUCCESSFUL and len(job.worker_ids) == 2
    assert not JobLease.objects.exists()
    assert mail.status == OutboundMail.Status.SENT
    ids = {message["Message-ID"] for message in smtp_server.messages}
    assert ids == {f"<{mail.message_id}>"}
    if step == "mail-sent":
        # Sent before it was marked sent: sent again, at least once, as the same message
        # (the same Message-ID, which mail programs show once).
        assert len(smtp_server.messages) == 2 and mail.attempts == 2
    elif step == "mail-claimed":
        assert len(smtp_server.messages) == 1 and mail.attempts == 2
    else:
        assert len(smtp_server.messages) == 1 and mail.attempts == 1
    [sent] = CaseEvent.objects.filter(case=case, kind="notification")
    assert sent.data["status"] == "sent" and sent.external_id == mail.message_id
