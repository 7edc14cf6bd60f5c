"""Mail to the customer: queued with the change, sent by the worker over real SMTP."""

from datetime import timedelta
from email.header import decode_header, make_header

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.utils import timezone, translation
from django.utils.formats import date_format
from django_tasks_db.models import DBTaskResult

from luukku.cases import notifications
from luukku.cases.models import CaseEvent, OutboundMail
from luukku.cases.notifications import (
    acknowledgement_queue,
    mail_queue_direct,
    outbound_mail_deliver,
    outbound_mail_retry,
)
from luukku.cases.services import case_add_note, case_reply
from luukku.cases.tests.factories import make_case
from luukku.core.testing.mailservers import free_port
from luukku.customers.tests.factories import CustomerFactory
from luukku.organisation.tests.factories import UserFactory
from luukku.privacy.models import AccessLogEntry

pytestmark = pytest.mark.django_db


def _subject(message) -> str:
    return str(make_header(decode_header(message["Subject"])))


def test_acknowledgement_waits_for_the_worker_and_states_reference_date_and_link(
    service, smtp_server, run_tasks
):
    case = make_case(service=service, customer=CustomerFactory(email="maija@example.fi"))
    mail = acknowledgement_queue(case=case)
    assert mail.status == OutboundMail.Status.QUEUED and smtp_server.messages == []
    assert run_tasks() == 1
    [message] = smtp_server.messages
    assert message["To"] == "maija@example.fi"
    assert message["Message-ID"] == f"<{mail.message_id}>"
    assert message["Auto-Submitted"] == "auto-replied"
    assert case.reference in message["Subject"]
    body = message.get_payload(decode=True).decode()
    assert f"/requests/{case.token}/" in body
    with translation.override("fi"):
        promised = date_format(timezone.localtime(case.due_at), "DATE_FORMAT")
    assert promised in body
    mail.refresh_from_db()
    assert (mail.status, mail.attempts) == (OutboundMail.Status.SENT, 1)
    event = case.events.get(kind="notification")
    assert event.external_id == mail.message_id
    assert event.data == {
        "type": "acknowledgement",
        "to": "maija@example.fi",
        "status": "sent",
        "mail": mail.pk,
    }


def test_acknowledgement_in_the_customers_language(service, smtp_server, run_tasks):
    case = make_case(
        service=service, customer=CustomerFactory(email="erik@example.fi"), language="sv"
    )
    acknowledgement_queue(case=case)
    run_tasks()
    assert _subject(smtp_server.messages[0]) == f"Vi har tagit emot ditt ärende {case.reference}"


def test_reply_comes_from_the_service_centre_signed_by_the_handler_with_attachments(
    service, smtp_server, run_tasks, settings
):
    handler = UserFactory(
        first_name="Sari",
        last_name="Asiantuntija",
        title="Katuinsinööri",
        role="expert",
        email="sari@vuoksela.example",
    )
    case = make_case(service=service, customer=CustomerFactory(email="asiakas@example.fi"))
    plan = SimpleUploadedFile("kartta.pdf", b"%PDF-1.4 kartta", content_type="application/pdf")
    case_reply(case=case, actor=handler, body="Kuoppa paikataan maanantaina.", files=[plan])
    run_tasks()
    [message] = smtp_server.messages
    assert message["From"] == settings.DEFAULT_FROM_EMAIL
    assert "sari@" not in message["From"] and "sari@" not in (message["Reply-To"] or "")
    assert case.reference in _subject(message)
    text, pdf = message.get_payload()
    body = text.get_payload(decode=True).decode()
    assert "Kuoppa paikataan maanantaina." in body
    assert "Sari Asiantuntija\r\nKatuinsinööri\r\nVuokselan kaupungin asiakaspalvelu" in body
    assert pdf.get_filename() == "kartta.pdf"
    assert pdf.get_payload(decode=True) == b"%PDF-1.4 kartta"


def test_a_reply_sends_a_file_already_on_the_case(service, expert, agent, smtp_server, run_tasks):
    """The archive copy an expert scanned onto the case (an internal note) goes to the
    customer as an attachment of the agent's reply; a file of another case does not."""
    case = make_case(service=service, customer=CustomerFactory(email="rakentaja@example.fi"))
    scan = SimpleUploadedFile(
        "pohjapiirros.pdf", b"%PDF-1.4 arkisto", content_type="application/pdf"
    )
    note = case_add_note(case=case, actor=expert, body="Arkistokopio skannattu.", files=[scan])
    [copy] = note.attachments.all()
    other = make_case(service=service)
    stranger = SimpleUploadedFile("muu.pdf", b"%PDF-1.4 muu", content_type="application/pdf")
    [foreign] = case_add_note(
        case=other, actor=expert, body="Muu", files=[stranger]
    ).attachments.all()
    with pytest.raises(ValidationError, match="case_files"):
        case_reply(case=case, actor=agent, body="Tässä kopio.", case_files=[copy.pk, foreign.pk])
    assert not OutboundMail.objects.filter(kind=OutboundMail.Kind.REPLY).exists()

    case_reply(case=case, actor=agent, body="Tässä pyytämänne kopio.", case_files=[copy.pk])
    run_tasks()
    [message] = [m for m in smtp_server.messages if m.is_multipart()]  # not the acknowledgement
    _text, pdf = message.get_payload()
    assert pdf.get_filename() == "pohjapiirros.pdf"
    assert pdf.get_payload(decode=True) == b"%PDF-1.4 arkisto"


def test_a_rolled_back_reply_queues_no_mail(service, agent, run_tasks):
    case = make_case(service=service, customer=CustomerFactory(email="asiakas@example.fi"))
    with pytest.raises(RuntimeError), transaction.atomic():
        case_reply(case=case, actor=agent, body="Vastaus")
        raise RuntimeError("the request failed after the reply")
    assert not OutboundMail.objects.exists()
    assert run_tasks() == 0


def test_refused_mail_is_retried_later_and_sent_once(service, smtp_server, run_tasks, settings):
    settings.MAIL_RETRY_SECONDS = 0
    case = make_case(service=service, customer=CustomerFactory(email="maija@example.fi"))
    mail = acknowledgement_queue(case=case)
    smtp_server.refuse = True
    run_tasks(limit=1)
    mail.refresh_from_db()
    assert mail.status == OutboundMail.Status.FAILED
    assert "451" in mail.last_error and mail.next_attempt_at is not None
    assert not mail.needs_attention
    smtp_server.refuse = False
    assert run_tasks() == 1
    mail.refresh_from_db()
    assert (mail.status, mail.attempts) == (OutboundMail.Status.SENT, 2)
    assert len(smtp_server.messages) == 1
    assert list(case.events.filter(kind="notification").values_list("data__status", flat=True)) == [
        "sent"
    ]


def test_mail_is_never_sent_twice_even_if_its_job_runs_twice(service, smtp_server, run_tasks):
    case = make_case(service=service, customer=CustomerFactory(email="maija@example.fi"))
    mail = acknowledgement_queue(case=case)
    run_tasks()
    assert outbound_mail_deliver(mail_id=mail.pk) == "skipped"
    assert len(smtp_server.messages) == 1


def test_a_mail_whose_worker_died_while_sending_is_sent_again_after_its_lease(
    service, smtp_server, run_tasks, settings
):
    case = make_case(service=service, customer=CustomerFactory(email="maija@example.fi"))
    mail = acknowledgement_queue(case=case)
    lease = timedelta(seconds=settings.JOB_LEASE_SECONDS)
    held = dict(status=OutboundMail.Status.SENDING, attempts=1, claimed_by="dead-worker")
    # Still held by its worker: left alone.
    OutboundMail.objects.filter(pk=mail.pk).update(
        **held, attempted_at=timezone.now(), lease_expires_at=timezone.now() + lease
    )
    assert outbound_mail_deliver(mail_id=mail.pk) == "skipped"
    assert smtp_server.messages == [] and not OutboundMail.objects.get().needs_attention
    # The lease ran out: the next attempt sends it (the same message, the same Message-ID).
    OutboundMail.objects.filter(pk=mail.pk).update(lease_expires_at=timezone.now())
    run_tasks()
    [message] = smtp_server.messages
    mail.refresh_from_db()
    assert message["Message-ID"] == f"<{mail.message_id}>"
    assert (mail.status, mail.attempts) == (OutboundMail.Status.SENT, 2)


def test_a_mail_held_by_the_worker_whose_job_was_taken_back_is_sent_at_once(
    service, smtp_server, run_tasks, settings
):
    """The job's lease ran out before the mail's (taken a little later): the job's next run
    knows the worker that held it before is dead."""
    case = make_case(service=service, customer=CustomerFactory(email="maija@example.fi"))
    mail = acknowledgement_queue(case=case)
    DBTaskResult.objects.update(worker_ids=["dead-worker"])  # taken back: ready again
    lease = timedelta(seconds=settings.JOB_LEASE_SECONDS)
    OutboundMail.objects.filter(pk=mail.pk).update(
        status=OutboundMail.Status.SENDING,
        attempts=1,
        claimed_by="dead-worker",
        attempted_at=timezone.now(),
        lease_expires_at=timezone.now() + lease,
    )
    assert run_tasks() == 1
    mail.refresh_from_db()
    assert (mail.status, mail.attempts, len(smtp_server.messages)) == ("sent", 2, 1)


def test_a_job_that_fails_on_its_own_fails_its_mail_for_a_person(
    service, smtp_server, run_tasks, monkeypatch
):
    """Not the mail server but the job itself fails (the database went away while the mail
    was being claimed: made to happen here): the mail is not left waiting for ever."""
    from django.db import OperationalError

    from luukku.cases import notifications

    case = make_case(service=service, customer=CustomerFactory(email="maija@example.fi"))
    mail = acknowledgement_queue(case=case)

    def lost(*args, **kwargs):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(notifications, "_claim", lost)
    run_tasks()
    assert DBTaskResult.objects.get().status == "FAILED"
    mail.refresh_from_db()
    assert mail.status == OutboundMail.Status.FAILED and mail.needs_attention
    assert mail.last_error == "OperationalError: server closed the connection unexpectedly"
    assert case.events.get(kind="notification").data["status"] == "failed"
    assert smtp_server.messages == []


def test_a_mail_left_sending_with_its_attempts_spent_is_failed_for_a_person(
    service, smtp_server, settings
):
    settings.MAIL_SEND_ATTEMPTS = 2
    case = make_case(service=service, customer=CustomerFactory(email="maija@example.fi"))
    mail = acknowledgement_queue(case=case)
    OutboundMail.objects.filter(pk=mail.pk).update(
        status=OutboundMail.Status.SENDING,
        attempts=2,
        attempted_at=timezone.now() - timedelta(hours=1),  # a worker of before leases
    )
    assert outbound_mail_deliver(mail_id=mail.pk) == "skipped"
    assert smtp_server.messages == []
    mail.refresh_from_db()
    assert mail.status == OutboundMail.Status.FAILED and mail.needs_attention
    assert mail.last_error == "the worker stopped while sending it; it may have arrived"
    failed = case.events.get(kind="notification")
    assert failed.data["status"] == "failed" and failed.data["attempts"] == 2


def test_mail_server_down_gives_up_visibly_and_a_person_can_send_again(
    service, settings, run_tasks, smtp_server, agent
):
    settings.MAIL_RETRY_SECONDS, settings.MAIL_SEND_ATTEMPTS = 0, 3
    port, settings.EMAIL_PORT = settings.EMAIL_PORT, free_port()  # nothing listens there
    case = make_case(service=service, customer=CustomerFactory(email="maija@example.fi"))
    mail = acknowledgement_queue(case=case)
    assert run_tasks() == 3
    mail.refresh_from_db()
    assert (mail.status, mail.attempts) == (OutboundMail.Status.FAILED, 3)
    assert mail.needs_attention and mail.last_error
    failed = CaseEvent.objects.get(case=case, kind="notification")
    assert failed.data["status"] == "failed" and failed.external_id == ""
    assert case.events.filter(kind="message_in").exists()  # the case itself is kept

    settings.EMAIL_PORT = port
    outbound_mail_retry(mail=mail, actor=agent)
    assert AccessLogEntry.objects.filter(actor=agent, context=f"mail_resend:{mail.pk}").exists()
    run_tasks()
    mail.refresh_from_db()
    assert mail.status == OutboundMail.Status.SENT
    assert len(smtp_server.messages) == 1


def test_only_mail_waiting_for_a_person_can_be_sent_again(service, agent):
    case = make_case(service=service, customer=CustomerFactory(email="maija@example.fi"))
    mail = acknowledgement_queue(case=case)
    with pytest.raises(ValidationError):
        outbound_mail_retry(mail=mail, actor=agent)


def test_customer_without_address_gets_no_mail(service, run_tasks):
    case = make_case(service=service, customer=CustomerFactory(email=""))
    assert acknowledgement_queue(case=case) is None
    assert run_tasks() == 0


def test_mail_about_no_case_goes_through_the_queue_and_tells_its_app(
    smtp_server, run_tasks, monkeypatch, settings
):
    settings.DEFAULT_FROM_EMAIL = "Asiakaspalvelu <asiakaspalvelu@vuoksela.example>"
    told = []
    monkeypatch.setattr(
        notifications, "_OUTCOME_HOOKS", [lambda mail, status: told.append((mail.pk, status))]
    )
    later = timezone.now() + timedelta(minutes=5)
    mail = mail_queue_direct(
        recipient="ville@example.fi",
        language="sv",
        kind=OutboundMail.Kind.ANNOUNCEMENT,
        subject="Biblioteket stänger",
        body="Stängt på måndag.",
        headers={"List-Unsubscribe": "<https://example.fi/u/x>"},
        send_after=later,
    )
    assert mail.case is None and run_tasks() == 0  # not before its time
    with time_machine.travel(later + timedelta(seconds=1)):
        assert run_tasks() == 1
    [message] = smtp_server.messages
    assert (message["To"], _subject(message)) == ("ville@example.fi", "Biblioteket stänger")
    assert message["List-Unsubscribe"] == "<https://example.fi/u/x>"
    assert told == [(mail.pk, "sent")] and not CaseEvent.objects.exists()
