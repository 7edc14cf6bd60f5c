import io
import sys

import pytest
from django.core import mail
from django.core.management import call_command

from luukku.cases import notifications
from luukku.cases.models import Case, CaseEvent, Status
from luukku.cases.notifications import mail_queue_direct
from luukku.cases.services import cases_merge
from luukku.channels.models import InboundMessage, Mailbox
from luukku.channels.services import mail_receive
from luukku.core.testing.samples import JPEG
from luukku.customers.models import Customer

pytestmark = pytest.mark.django_db


@pytest.fixture
def mailbox(service):
    return Mailbox.objects.create(
        name="Asiakaspalvelu", address="asiakaspalvelu@vuoksela.example", default_service=service
    )


def raw_mail(
    *,
    subject="Kuoppa",
    body="Virastokadulla on kuoppa.",
    sender="Maija Meikäläinen <maija@example.fi>",
    message_id="m1@example.fi",
    extra=(),
):
    lines = [
        f"From: {sender}",
        "To: asiakaspalvelu@vuoksela.example",
        f"Subject: {subject}",
        *([f"Message-ID: <{message_id}>"] if message_id else []),
        *extra,
        "Content-Type: text/plain; charset=utf-8",
        "",
        body,
    ]
    return "\r\n".join(lines).encode()


def receive(raw, run_tasks):
    """Take the message in, then let the worker send what it queued."""
    inbound = mail_receive(raw=raw)
    run_tasks()
    return inbound


def test_new_mail_opens_a_case_for_the_sender_and_acknowledges(mailbox, run_tasks):
    inbound = receive(raw_mail(), run_tasks)
    case = inbound.case
    assert (inbound.status, case.channel, case.service) == (
        "processed",
        "email",
        mailbox.default_service,
    )
    assert (case.customer.email, case.customer.first_name, case.customer.last_name) == (
        "maija@example.fi",
        "Maija",
        "Meikäläinen",
    )
    event = case.events.get(kind="message_in")
    assert (event.body, event.external_id, event.public) == (
        "Virastokadulla on kuoppa.",
        "m1@example.fi",
        True,
    )
    assert bytes(inbound.raw) == raw_mail()
    [ack] = mail.outbox
    assert ack.to == ["maija@example.fi"] and case.reference in ack.subject
    assert ack.extra_headers["In-Reply-To"] == "<m1@example.fi>"


def test_the_same_message_twice_is_taken_in_once(mailbox, run_tasks):
    first = receive(raw_mail(), run_tasks)
    second = receive(raw_mail(), run_tasks)
    assert first.pk == second.pk
    assert CaseEvent.objects.filter(kind="message_in").count() == 1
    assert len(mail.outbox) == 1


def test_message_without_id_is_deduplicated_by_content(mailbox, run_tasks):
    raw = raw_mail(message_id="")
    receive(raw, run_tasks)
    receive(raw, run_tasks)
    assert InboundMessage.objects.count() == 1 and Case.objects.count() == 1


def test_reply_with_reference_in_subject_joins_and_reopens_its_case(mailbox, agent, run_tasks):
    case = receive(raw_mail(), run_tasks).case
    Case.objects.filter(pk=case.pk).update(status=Status.RESOLVED)
    reply = raw_mail(
        subject=f"Re: Kuoppa [{case.reference.lower()}]",
        message_id="m2@example.fi",
        body="Kuoppa on yhä siellä.\n\nOn Fri, 20 Nov 2026 Asiakaspalvelu wrote:\n> Korjattu.",
    )
    inbound = receive(reply, run_tasks)
    assert inbound.case == case
    case.refresh_from_db()
    assert case.status == Status.OPEN
    assert case.events.filter(kind="message_in").last().body == "Kuoppa on yhä siellä."
    assert b"> Korjattu." in bytes(inbound.raw)


def test_reply_threads_by_in_reply_to_our_message(mailbox, run_tasks):
    case = receive(raw_mail(), run_tasks).case
    sent_id = case.events.get(kind="notification").external_id
    reply = raw_mail(
        subject="Vastaus", message_id="m3@example.fi", extra=[f"In-Reply-To: <{sent_id}>"]
    )
    assert receive(reply, run_tasks).case == case


def test_reply_to_a_closed_case_opens_a_new_one(mailbox, run_tasks):
    case = receive(raw_mail(), run_tasks).case
    Case.objects.filter(pk=case.pk).update(status=Status.CLOSED)
    inbound = receive(
        raw_mail(subject=f"Re: [{case.reference}]", message_id="m4@example.fi"),
        run_tasks,
    )
    assert inbound.case != case
    assert inbound.case.customer == case.customer


def test_a_reply_to_a_merged_case_joins_the_case_it_was_merged_into(mailbox, agent, run_tasks):
    first = receive(raw_mail(), run_tasks).case
    second = receive(raw_mail(subject="Kuoppa yhä", message_id="m5@example.fi"), run_tasks).case
    assert first.customer == second.customer
    cases_merge(cases=[first, second], survivor=second, actor=agent)
    sent_id = first.events.get(kind="notification").external_id
    for reply in (
        raw_mail(subject=f"Re: Kuoppa [{first.reference}]", message_id="m6@example.fi"),
        raw_mail(
            subject="Vastaus", message_id="m7@example.fi", extra=[f"In-Reply-To: <{sent_id}>"]
        ),
    ):
        assert receive(reply, run_tasks).case == second


def test_a_reply_to_a_case_merged_into_another_customers_opens_a_new_one(mailbox, agent, run_tasks):
    first = receive(raw_mail(), run_tasks).case
    other = receive(
        raw_mail(sender="Olli Muu <olli@example.fi>", message_id="m8@example.fi"), run_tasks
    ).case
    cases_merge(cases=[first, other], survivor=other, actor=agent, customers_confirmed=True)
    inbound = receive(
        raw_mail(subject=f"Re: [{first.reference}]", message_id="m9@example.fi"), run_tasks
    )
    assert inbound.case not in (first, other)
    assert inbound.case.customer == first.customer


def test_automatic_mail_gets_no_acknowledgement(mailbox, run_tasks):
    inbound = receive(raw_mail(extra=["Auto-Submitted: auto-replied"]), run_tasks)
    assert inbound.status == "processed"
    assert mail.outbox == []


def test_mail_from_our_own_address_is_quarantined(mailbox, run_tasks):
    inbound = receive(raw_mail(sender="asiakaspalvelu@vuoksela.example"), run_tasks)
    assert inbound.status == "quarantined"
    assert not Case.objects.exists() and mail.outbox == []


def test_unreadable_mail_is_kept_raw_in_quarantine(mailbox):
    inbound = mail_receive(raw=b"this is not an e-mail at all")
    assert inbound.status == "quarantined"
    assert bytes(inbound.raw) == b"this is not an e-mail at all"
    assert not Case.objects.exists()


def test_quarantined_mail_is_taken_in_when_retried_after_the_fault_is_fixed(service, run_tasks):
    first = receive(raw_mail(), run_tasks)
    assert first.status == "quarantined" and "postilaatikko" in first.error
    Mailbox.objects.create(
        name="A", address="asiakaspalvelu@vuoksela.example", default_service=service
    )
    second = receive(raw_mail(), run_tasks)
    assert second.status == "processed" and second.case is not None
    assert InboundMessage.objects.count() == 1


def bounce_of(sent_id: str, recipient: str = "maija@example.fi") -> bytes:
    """A mail server's delivery report saying the message `sent_id` did not reach
    `recipient`."""
    return "\r\n".join(
        [
            "From: MAILER-DAEMON@mx.vuoksela.example",
            "To: asiakaspalvelu@vuoksela.example",
            "Subject: Undelivered Mail",
            "Message-ID: <bounce-1@mx.vuoksela.example>",
            'Content-Type: multipart/report; report-type=delivery-status; boundary="B"',
            "",
            "--B",
            "Content-Type: text/plain",
            "",
            "Failed.",
            "--B",
            "Content-Type: message/delivery-status",
            "",
            "Reporting-MTA: dns; mx",
            "",
            f"Final-Recipient: rfc822; {recipient}",
            "Action: failed",
            "Status: 5.1.1",
            "",
            "--B",
            "Content-Type: text/rfc822-headers",
            "",
            f"Message-ID: <{sent_id}>",
            "",
            "--B--",
        ]
    ).encode()


def test_bounce_joins_its_case_and_marks_the_address_failing(mailbox, run_tasks):
    case = receive(raw_mail(), run_tasks).case
    sent_id = case.events.get(kind="notification").external_id
    bounce = bounce_of(sent_id)
    inbound = receive(bounce, run_tasks)
    assert inbound.case == case
    note = case.events.filter(kind="note").last()
    assert "maija@example.fi" in note.body and not note.public
    assert Customer.objects.get(email="maija@example.fi").email_failing_since is not None
    assert len(mail.outbox) == 1  # no acknowledgement to the bounce


def test_bounce_of_mail_about_no_case_goes_to_the_app_that_sent_it(mailbox, run_tasks, monkeypatch):
    bounced = []
    monkeypatch.setattr(
        notifications,
        "_BOUNCE_HOOKS",
        [lambda mail, recipients: bounced.append((mail, recipients))],
    )
    sent = mail_queue_direct(
        recipient="ville@example.fi", language="sv", kind="announcement", subject="S", body="B"
    )
    inbound = receive(bounce_of(sent.message_id, "ville@example.fi"), run_tasks)
    assert (inbound.status, inbound.case) == ("processed", None)
    assert bounced == [(sent, ["ville@example.fi"])]
    assert not Case.objects.exists() and len(mail.outbox) == 1  # the announcement only


def test_bounce_for_mail_we_did_not_send_is_quarantined(mailbox):
    bounce = (
        b"From: MAILER-DAEMON@mx\r\n"
        b"Content-Type: multipart/report; report-type=delivery-status; boundary=B\r\n\r\n"
        b"--B\r\nContent-Type: text/plain\r\n\r\nx\r\n--B--\r\n"
    )
    assert mail_receive(raw=bounce).status == "quarantined"


def test_refused_attachments_are_listed_and_the_rest_kept(mailbox, run_tasks):
    import base64

    raw = "\r\n".join(
        [
            "From: maija@example.fi",
            "To: asiakaspalvelu@vuoksela.example",
            "Subject: Liitteet",
            "Message-ID: <att@example.fi>",
            'Content-Type: multipart/mixed; boundary="B"',
            "",
            "--B",
            "Content-Type: text/plain",
            "",
            "Katso liitteet.",
            "--B",
            "Content-Type: image/jpeg",
            'Content-Disposition: attachment; filename="kuva.jpg"',
            "Content-Transfer-Encoding: base64",
            "",
            base64.b64encode(JPEG).decode(),
            "--B",
            "Content-Type: application/octet-stream",
            'Content-Disposition: attachment; filename="ohjelma.exe"',
            "Content-Transfer-Encoding: base64",
            "",
            base64.b64encode(b"MZ").decode(),
            "--B--",
        ]
    ).encode()
    inbound = receive(raw, run_tasks)
    assert list(inbound.case.attachments.values_list("filename", flat=True)) == ["kuva.jpg"]
    assert inbound.event.data["refused_attachments"] == ["ohjelma.exe"]


def test_mail_receive_command_reads_standard_input(mailbox, monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(raw_mail())))
    call_command("mail-receive")
    case = Case.objects.get()
    assert case.reference in capsys.readouterr().out
