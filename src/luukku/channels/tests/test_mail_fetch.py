"""Fetching mail from a real IMAP server (a throw-away Dovecot)."""

import io

import pytest
from django.core.management import CommandError, call_command
from imapclient import SEEN, IMAPClient

from luukku.cases.models import Case, CaseEvent
from luukku.channels import services
from luukku.channels.models import InboundMessage, Mailbox
from luukku.channels.services import mail_receive, mailbox_fetch
from luukku.core.scheduler import periodic_jobs_queue

from .test_mail_receive import raw_mail

pytestmark = pytest.mark.django_db


@pytest.fixture
def imap_mailbox(dovecot, service):
    user = dovecot.add_user()
    return Mailbox.objects.create(
        name="Kunnossapito",
        address="kunnossapito@vuoksela.example",
        default_service=service,
        imap_host="127.0.0.1",
        imap_port=dovecot.port,
        imap_security=Mailbox.Security.NONE,
        imap_username=user,
        imap_password=dovecot.password,
    )


def imap(mailbox: Mailbox) -> IMAPClient:
    client = IMAPClient("127.0.0.1", port=mailbox.imap_port, ssl=False, timeout=10)
    client.login(mailbox.imap_username, mailbox.imap_password)
    client.select_folder("INBOX")
    return client


def deliver(mailbox: Mailbox, *messages: bytes) -> None:
    client = imap(mailbox)
    for message in messages:
        client.append("INBOX", message)
    client.logout()


def flags(mailbox: Mailbox) -> list[set]:
    client = imap(mailbox)
    result = client.fetch(client.search(["ALL"]), ["FLAGS"])
    client.logout()
    return [set(item[b"FLAGS"]) for _uid, item in sorted(result.items())]


def test_fetch_takes_mail_in_and_marks_it_read(imap_mailbox, run_tasks, dovecot):
    deliver(
        imap_mailbox,
        raw_mail(message_id="a@example.fi", subject="Katuvalo pimeänä"),
        raw_mail(message_id="b@example.fi", subject="Kuoppa", sender="pekka@example.fi"),
    )
    result = mailbox_fetch(mailbox=imap_mailbox)
    assert (result.taken, result.failed, result.error) == (2, 0, "")
    assert sorted(Case.objects.values_list("subject", flat=True)) == ["Katuvalo pimeänä", "Kuoppa"]
    assert all(SEEN in item for item in flags(imap_mailbox))
    assert set(InboundMessage.objects.values_list("mailbox", flat=True)) == {imap_mailbox.pk}
    # Nothing new the second time.
    assert mailbox_fetch(mailbox=imap_mailbox).taken == 0
    assert Case.objects.count() == 2
    imap_mailbox.refresh_from_db()
    assert imap_mailbox.last_fetched_at is not None and imap_mailbox.last_fetch_error == ""


def test_a_crash_after_storing_but_before_marking_loses_and_repeats_nothing(imap_mailbox):
    message = raw_mail(message_id="crash@example.fi")
    deliver(imap_mailbox, message)
    mail_receive(raw=message, mailbox=imap_mailbox)  # stored, then the fetcher died
    assert flags(imap_mailbox) == [set()]
    assert mailbox_fetch(mailbox=imap_mailbox).taken == 1
    assert Case.objects.count() == 1
    assert CaseEvent.objects.filter(kind="message_in").count() == 1
    assert flags(imap_mailbox) == [{SEEN}]


def test_a_message_that_fails_stays_unread_and_is_taken_next_time(imap_mailbox, monkeypatch):
    deliver(
        imap_mailbox,
        raw_mail(message_id="first@example.fi"),
        raw_mail(message_id="second@example.fi", subject="Toinen"),
    )
    real_receive = services.mail_receive

    def database_down_for_the_first(*, raw, mailbox):
        if b"first@example.fi" in raw:
            raise ConnectionError("database went away")
        return real_receive(raw=raw, mailbox=mailbox)

    monkeypatch.setattr(services.imap, "mail_receive", database_down_for_the_first)
    result = mailbox_fetch(mailbox=imap_mailbox)
    assert (result.taken, result.failed) == (1, 1)
    assert flags(imap_mailbox) == [set(), {SEEN}]
    imap_mailbox.refresh_from_db()
    assert "1 viestiä ei voitu ottaa vastaan" in imap_mailbox.last_fetch_error  # default: fi

    monkeypatch.setattr(services.imap, "mail_receive", real_receive)
    assert mailbox_fetch(mailbox=imap_mailbox).taken == 1
    assert InboundMessage.objects.count() == 2
    assert flags(imap_mailbox) == [{SEEN}, {SEEN}]


def test_delete_mode_removes_the_message_after_it_is_stored(imap_mailbox):
    imap_mailbox.imap_after_fetch = Mailbox.AfterFetch.DELETE
    imap_mailbox.save()
    deliver(imap_mailbox, raw_mail(message_id="gone@example.fi"))
    assert mailbox_fetch(mailbox=imap_mailbox).taken == 1
    assert flags(imap_mailbox) == []
    assert InboundMessage.objects.get().status == InboundMessage.Status.PROCESSED


def test_unreadable_mail_is_kept_in_quarantine_and_marked_read(imap_mailbox):
    deliver(imap_mailbox, b"\x00\x01 not an e-mail at all")
    assert mailbox_fetch(mailbox=imap_mailbox).taken == 1
    assert InboundMessage.objects.get().status == InboundMessage.Status.QUARANTINED


def test_wrong_password_is_recorded_and_changes_nothing(imap_mailbox, dovecot):
    deliver(imap_mailbox, raw_mail())
    imap_mailbox.imap_password = "väärä"
    imap_mailbox.save()
    result = mailbox_fetch(mailbox=imap_mailbox)
    assert result.taken == 0 and result.error
    imap_mailbox.refresh_from_db()
    assert imap_mailbox.last_fetch_error == result.error
    assert not Case.objects.exists()
    imap_mailbox.imap_password = dovecot.password
    assert flags(imap_mailbox) == [set()]


def test_unreachable_server_is_recorded(imap_mailbox):
    imap_mailbox.imap_port = 1  # nothing listens there
    result = mailbox_fetch(mailbox=imap_mailbox)
    assert result.error and result.taken == 0


def test_the_worker_fetches_on_schedule(imap_mailbox, run_tasks, settings):
    settings.MAIL_FETCH_INTERVAL = 60
    settings.SERVICE_LEVEL_CHECK_INTERVAL = 0  # off: this test is about mail
    settings.APPOINTMENT_REMINDER_INTERVAL = 0
    settings.QUEUE_NOTIFY_INTERVAL = settings.CHAT_IDLE_CHECK_INTERVAL = 0
    settings.KEY_REMINDER_INTERVAL = settings.PLAN_REMINDER_INTERVAL = 0
    settings.SURVEY_CHECK_INTERVAL = 0
    settings.RESERVATION_LAPSE_INTERVAL = 0
    settings.ONLINE_LATE_REFUND_INTERVAL = 0
    settings.COURSE_EXPIRY_CHECK_INTERVAL = 0
    settings.METRICS_ROLLUP_INTERVAL = 0
    settings.RETENTION_INTERVAL = 0
    deliver(imap_mailbox, raw_mail(message_id="scheduled@example.fi"))
    assert periodic_jobs_queue() == ["luukku.channels.tasks.mailboxes_fetch_task"]
    assert periodic_jobs_queue() == []  # queued once per interval
    assert run_tasks() >= 1
    assert Case.objects.count() == 1


def test_fetch_command_reports_each_mailbox(imap_mailbox):
    deliver(imap_mailbox, raw_mail(message_id="cmd@example.fi"))
    out = io.StringIO()
    call_command("mail-fetch", stdout=out)
    assert out.getvalue().strip() == f"{imap_mailbox.address}: 1 taken in, 0 failed"
    with pytest.raises(CommandError):
        call_command("mail-fetch", "--mailbox", "nobody@vuoksela.example")
