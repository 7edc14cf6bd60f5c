"""“Nearly your turn”: one message per online ticket, to its own address, in its language
(queueing/services/notifications.py), sent over real SMTP or through the SMS backend."""

import datetime as dt
from email.header import decode_header, make_header

import pytest

from luukku.core.scheduler import PERIODIC_JOBS
from luukku.organisation.models import OpeningHours
from luukku.queueing.models import TicketEventKind, TicketSource
from luukku.queueing.services.calling import ticket_call_next
from luukku.queueing.services.days import queue_day_close
from luukku.queueing.services.notifications import tickets_notify_nearly
from luukku.queueing.services.tickets import ticket_issue, ticket_leave

pytestmark = [pytest.mark.django_db, pytest.mark.clock_set]


def _body(message) -> str:
    return message.get_payload(decode=True).decode()


def _kiosk(group, count):
    for _ in range(count):
        ticket_issue(group=group, source=TicketSource.KIOSK)


def test_an_online_visitor_is_told_once_by_email_in_their_language(
    kela, staffed, agent, smtp_server, clock
):
    _kiosk(kela, 4)
    ticket = ticket_issue(
        group=kela, source=TicketSource.VIRTUAL, language="sv", notify_email="maja@example.fi"
    )
    assert tickets_notify_nearly() == 0  # four ahead, told at three
    assert smtp_server.messages == []
    ticket_call_next(desk=staffed, actor=agent)
    assert tickets_notify_nearly() == 1
    [message] = smtp_server.messages
    assert message["To"] == "maja@example.fi"
    assert str(make_header(decode_header(message["Subject"]))) == "K 5: din tur närmar sig"
    body = _body(message)
    assert "ditt nummer är K 5" in body and "Imatran kaupungintalo" in body
    assert "Det finns 3 besökare före dig." in body
    assert f"/sv/queue/tickets/{ticket.token}/" in body
    ticket.refresh_from_db()
    assert ticket.notified_at == dt.datetime(2026, 3, 10, 8, 0, tzinfo=dt.UTC)
    assert ticket.events.filter(kind=TicketEventKind.NOTIFIED).count() == 1
    # The next run (or another worker's) passes it by.
    assert tickets_notify_nearly() == 0
    assert len(smtp_server.messages) == 1


def test_a_mobile_number_gets_a_text_message_and_nobody_else_anything(
    kela, staffed, smtp_server, caplog, clock
):
    ticket = ticket_issue(group=kela, source=TicketSource.VIRTUAL, notify_phone="040 123 4567")
    _kiosk(kela, 2)  # behind it: not told
    with caplog.at_level("INFO", logger="luukku.sms"):
        assert tickets_notify_nearly() == 1
        assert tickets_notify_nearly() == 0
    [record] = [r for r in caplog.records if r.name == "luukku.sms"]
    text = record.getMessage()
    assert text.startswith("SMS to +358401234567: K 1: vuorosi lähestyy (Imatran kaupungintalo).")
    assert f"/queue/tickets/{ticket.token}/" in text
    assert smtp_server.messages == []


def test_no_message_for_a_ticket_that_left_or_a_kiosk_ticket(kela, staffed, smtp_server, clock):
    _kiosk(kela, 1)
    gone = ticket_issue(group=kela, source=TicketSource.VIRTUAL, notify_email="a@example.fi")
    ticket_leave(ticket=gone)
    assert tickets_notify_nearly() == 0
    assert smtp_server.messages == []
    assert not gone.events.filter(kind=TicketEventKind.NOTIFIED).exists()


def test_a_mail_server_that_refuses_leaves_the_ticket_for_the_next_run(
    kela, staffed, smtp_server, clock
):
    ticket = ticket_issue(group=kela, source=TicketSource.VIRTUAL, notify_email="a@example.fi")
    smtp_server.refuse = True
    assert tickets_notify_nearly() == 0
    ticket.refresh_from_db()
    assert ticket.notified_at is None
    assert not ticket.events.filter(kind=TicketEventKind.NOTIFIED).exists()
    smtp_server.refuse = False
    assert tickets_notify_nearly() == 1
    assert len(smtp_server.messages) == 1


def test_the_worker_runs_the_job_every_queue_notify_interval(clock):
    assert (
        "luukku.queueing.tasks.tickets_notify_nearly_task",
        "QUEUE_NOTIFY_INTERVAL",
    ) in PERIODIC_JOBS


def test_a_called_online_visitor_is_told_the_desk_once(kela, staffed, agent, smtp_server, clock):
    ticket = ticket_issue(group=kela, source=TicketSource.VIRTUAL, notify_email="m@example.fi")
    texted = ticket_issue(
        group=kela, source=TicketSource.VIRTUAL, language="en", notify_phone="0401234567"
    )
    assert tickets_notify_nearly() == 2  # both near
    clock.shift(dt.timedelta(minutes=1))
    ticket_call_next(desk=staffed, actor=agent)
    assert tickets_notify_nearly() == 1
    assert tickets_notify_nearly() == 0
    called = smtp_server.messages[-1]
    assert str(make_header(decode_header(called["Subject"]))) == "K 1: mene palvelupisteeseen 1"
    assert "Numerosi K 1 on kutsuttu" in _body(called)
    assert ticket.events.filter(kind=TicketEventKind.NOTIFIED).count() == 2
    # The other, still waiting, was told once that its turn is near, and nothing more.
    assert texted.events.filter(kind=TicketEventKind.NOTIFIED).count() == 1
    assert len(smtp_server.messages) == 2


def test_a_visitor_whose_ticket_the_close_ended_is_told_once_and_the_address_goes(
    point, kela, staffed, agent, smtp_server, clock
):
    for weekday in range(5):
        OpeningHours.objects.create(
            service_point=point, weekday=weekday, opens=dt.time(9), closes=dt.time(16)
        )
    _kiosk(kela, 4)
    ticket = ticket_issue(
        group=kela, source=TicketSource.VIRTUAL, language="sv", notify_email="maja@example.fi"
    )
    texted = ticket_issue(group=kela, source=TicketSource.VIRTUAL, notify_phone="0401234567")
    queue_day_close(day=staffed.service_point.queue_days.get(), actor=agent)
    smtp_server.refuse = True  # the first run cannot send: the address stays for the next
    assert tickets_notify_nearly() == 1  # the text message only
    ticket.refresh_from_db()
    texted.refresh_from_db()
    assert ticket.notify_email == "maja@example.fi" and texted.notify_phone == ""
    smtp_server.refuse = False
    assert tickets_notify_nearly() == 1
    assert tickets_notify_nearly() == 0
    [message] = smtp_server.messages
    assert message["To"] == "maja@example.fi"
    assert str(make_header(decode_header(message["Subject"]))) == "K 5: kön stängdes för i dag"
    body = _body(message)
    assert "före ditt nummer K 5" in body and "Kön öppnar: onsdag 11.3. klockan 9.00." in body
    ticket.refresh_from_db()
    assert (ticket.notify_email, ticket.notify_phone) == ("", "")
    assert ticket.events.filter(kind=TicketEventKind.NOTIFIED).count() == 1


def test_an_address_that_could_not_be_told_is_erased_when_the_day_is_old(
    point, kela, staffed, agent, smtp_server, clock
):
    ticket = ticket_issue(group=kela, source=TicketSource.VIRTUAL, notify_email="a@example.fi")
    queue_day_close(day=staffed.service_point.queue_days.get(), actor=agent)
    smtp_server.refuse = True
    clock.shift(dt.timedelta(days=1))
    assert tickets_notify_nearly() == 0
    ticket.refresh_from_db()
    assert ticket.notify_email == "a@example.fi"  # yesterday's: tried again
    clock.shift(dt.timedelta(days=1))
    assert tickets_notify_nearly() == 0
    ticket.refresh_from_db()
    assert ticket.notify_email == ""
