"""Taking numbers, calling the right one, and the steps of a visit (services)."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from luukku.cases.models import Channel
from luukku.organisation.tests.factories import UserFactory
from luukku.queueing.models import Ticket, TicketEventKind, TicketSource, TicketStatus
from luukku.queueing.services.calling import (
    ticket_call_next,
    ticket_finish,
    ticket_hold,
    ticket_no_show,
    ticket_recall,
    ticket_resume,
    ticket_transfer,
)
from luukku.queueing.services.days import desk_session_end, queue_day_close, queue_day_open
from luukku.queueing.services.tickets import ticket_issue
from luukku.queueing.services.visits import visit_contact_log

pytestmark = [pytest.mark.django_db, pytest.mark.clock_set]


@pytest.fixture(autouse=True)
def _english():
    """The messages below are matched in English (they are translated to fi and sv)."""
    with translation.override("en"):
        yield


def issue(group, minutes_later=0, clock=None, **options):
    if clock is not None and minutes_later:
        clock.shift(dt.timedelta(minutes=minutes_later))
    return ticket_issue(group=group, source=options.pop("source", TicketSource.KIOSK), **options)


def test_numbers_run_per_group_from_one_each_day(kela, permits, open_day, agent, clock):
    codes = [issue(kela).code, issue(kela).code, issue(permits).code]
    assert codes == ["K 1", "K 2", "R 1"]
    queue_day_close(day=open_day, actor=agent)
    clock.shift(dt.timedelta(days=1))
    queue_day_open(service_point=kela.service_point, actor=agent)
    assert issue(kela).code == "K 1"


def test_no_number_while_the_queue_is_closed(kela, clock):
    with pytest.raises(ValidationError, match="The queue is closed"):
        issue(kela)


def test_call_next_takes_the_desks_groups_by_arrival(kela, permits, staffed, agent, clock):
    first_permit = issue(permits, clock=clock)
    issue(kela, 1, clock)
    called = ticket_call_next(desk=staffed, actor=agent)
    assert called.pk == first_permit.pk
    assert called.status == TicketStatus.CALLED and called.desk == staffed


def test_a_desk_does_not_call_other_groups(kela, permits, desk_two, open_day, agent, clock):
    issue(permits)
    assert ticket_call_next(desk=desk_two, actor=agent) is None


def test_appointment_priority_from_its_time(kela, staffed, agent, clock):
    walk_in = issue(kela)
    clock.shift(dt.timedelta(minutes=1))
    late_priority = issue(kela)
    late_priority.priority_from = late_priority.queued_at + dt.timedelta(minutes=30)
    late_priority.save()
    assert ticket_call_next(desk=staffed, actor=agent).pk == walk_in.pk


def test_one_ticket_at_a_time_at_a_desk(kela, staffed, agent, clock):
    issue(kela)
    issue(kela)
    ticket_call_next(desk=staffed, actor=agent)
    with pytest.raises(ValidationError, match="Finish K 1"):
        ticket_call_next(desk=staffed, actor=agent)


def test_no_show_only_after_the_window(kela, staffed, agent, clock, settings):
    settings.QUEUE_NO_SHOW_SECONDS = 120
    issue(kela)
    ticket = ticket_call_next(desk=staffed, actor=agent)
    clock.shift(dt.timedelta(seconds=100))
    ticket = ticket_recall(ticket=ticket, desk=staffed, actor=agent)
    assert ticket.call_count == 2
    clock.shift(dt.timedelta(seconds=100))
    with pytest.raises(ValidationError, match="Give the visitor time"):
        ticket_no_show(ticket=ticket, desk=staffed, actor=agent)
    ticket.refresh_from_db()
    assert ticket.status == TicketStatus.CALLED
    clock.shift(dt.timedelta(seconds=21))
    assert ticket_no_show(ticket=ticket, desk=staffed, actor=agent).status == TicketStatus.NO_SHOW


def test_transfer_keeps_the_place_by_arrival(kela, permits, staffed, desk_two, agent, clock):
    first = issue(permits)
    issue(kela, 1, clock)
    ticket = ticket_call_next(desk=staffed, actor=agent)
    assert ticket.pk == first.pk
    ticket_transfer(ticket=ticket, desk=staffed, actor=agent, to_group=kela)
    other = UserFactory(role="agent")
    from luukku.queueing.services.days import desk_session_start

    desk_session_start(desk=desk_two, agent=other)
    again = ticket_call_next(desk=desk_two, actor=other)
    assert again.pk == first.pk and again.code == "R 1" and again.group == kela


def test_transfer_to_a_desk_only_that_desk_calls(kela, staffed, desk_two, agent, clock):
    issue(kela)
    ticket = ticket_call_next(desk=staffed, actor=agent)
    ticket_transfer(ticket=ticket, desk=staffed, actor=agent, to_desk=desk_two)
    assert ticket_call_next(desk=staffed, actor=agent) is None
    assert ticket_call_next(desk=desk_two, actor=agent).pk == ticket.pk


def test_a_visit_is_logged_as_counter_contacts_then_finished(
    kela, staffed, agent, clock, service, point
):
    issue(kela)
    ticket = ticket_call_next(desk=staffed, actor=agent)
    ticket_hold(ticket=ticket, desk=staffed, actor=agent)
    assert ticket_resume(ticket=ticket, desk=staffed, actor=agent).call_count == 2
    with pytest.raises(ValidationError, match="Log what the visitor came for"):
        ticket_finish(ticket=ticket, desk=staffed, actor=agent)
    first = visit_contact_log(
        ticket=ticket, desk=staffed, actor=agent, service=service, note="Kela-lomake", resolved=True
    )
    second = visit_contact_log(
        ticket=ticket, desk=staffed, actor=agent, service=service, note="Toinen asia"
    )
    ticket = ticket_finish(ticket=ticket, desk=staffed, actor=agent)
    assert ticket.status == TicketStatus.DONE
    assert first.case.channel == Channel.COUNTER and first.case.service_point == point
    assert first.case.first_contact_resolution and not second.case.first_contact_resolution
    kinds = list(ticket.events.values_list("kind", flat=True))
    assert kinds[:2] == [TicketEventKind.ISSUED, TicketEventKind.CALLED]
    assert kinds[-1] == TicketEventKind.DONE


def test_closing_the_day_ends_every_open_ticket(kela, staffed, agent, open_day, clock):
    waiting = issue(kela)
    issue(kela)
    called = ticket_call_next(desk=staffed, actor=agent)
    outcomes = queue_day_close(day=open_day, actor=agent)
    waiting.refresh_from_db()
    assert called.pk == waiting.pk
    statuses = dict(open_day.tickets.values_list("code", "status"))
    assert statuses == {"K 1": TicketStatus.NO_SHOW, "K 2": TicketStatus.CLOSED}
    assert outcomes == {TicketStatus.NO_SHOW: 1, TicketStatus.CLOSED: 1}
    with pytest.raises(ValidationError):
        issue(kela)


def test_online_ticket_needs_an_address(kela, open_day):
    with pytest.raises(ValidationError) as error:
        issue(kela, source=TicketSource.VIRTUAL)
    assert "email" in error.value.message_dict
    with pytest.raises(ValidationError):
        issue(kela, source=TicketSource.VIRTUAL, notify_phone="not a number")
    assert not open_day.tickets.exists()
    ticket = issue(kela, source=TicketSource.VIRTUAL, notify_phone="040 123 4567")
    assert ticket.notify_phone == "+358401234567"


def test_closing_the_day_erases_the_addresses_given_for_the_message(kela, open_day, agent):
    """Erased at once on tickets that get no more messages; a waiting online visitor's is
    kept for the one message saying the queue closed (test_notifications.py)."""
    waiting = issue(kela, source=TicketSource.VIRTUAL, notify_email="maija@example.fi")
    called = issue(kela, source=TicketSource.VIRTUAL, notify_phone="0401234567")
    Ticket.objects.filter(pk=called.pk).update(status=TicketStatus.CALLED)
    queue_day_close(day=open_day, actor=agent)
    waiting.refresh_from_db()
    called.refresh_from_db()
    assert (waiting.notify_email, waiting.status) == ("maija@example.fi", "closed")
    assert (called.notify_email, called.notify_phone, called.status) == ("", "", "no_show")


def test_the_agent_cannot_leave_the_desk_mid_visit(staffed, kela, agent):
    """Nobody would be left to serve the called visitor: hold, transfer or finish first."""
    ticket = ticket_issue(group=kela, source=TicketSource.KIOSK)
    ticket_call_next(desk=staffed, actor=agent)
    with pytest.raises(ValidationError) as refused:
        desk_session_end(agent=agent)
    assert refused.value.messages == ["Finish, transfer or put K 1 on hold first."]
    assert staffed.sessions.filter(ended_at=None).exists()
    ticket_hold(ticket=ticket, desk=staffed, actor=agent)
    assert desk_session_end(agent=agent) == 1
