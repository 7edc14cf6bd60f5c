"""What the desk view and the point's page read (selectors/desk.py)."""

import datetime as dt
import secrets

import pytest

from luukku.appointments.models import Appointment, MeetingType
from luukku.cases.tests.factories import make_case
from luukku.organisation.tests.factories import UserFactory
from luukku.queueing.models import TicketSource, TicketStatus
from luukku.queueing.selectors.desk import (
    contact_services,
    day_status_counts,
    no_show_allowed_at,
    point_appointments_today,
    point_desks,
)
from luukku.queueing.services.calling import ticket_call_next
from luukku.queueing.services.days import desk_session_start
from luukku.queueing.services.tickets import appointment_check_in, ticket_issue

from .factories import DeskFactory

pytestmark = [pytest.mark.django_db, pytest.mark.clock_set]


def _appointment(point, service, starts):
    return Appointment.objects.create(
        token=secrets.token_urlsafe(24),
        uid=f"{secrets.token_hex(8)}@test",
        case=make_case(service=service),
        service=service,
        staff=UserFactory(role="expert"),
        meeting_type=MeetingType.SERVICE_POINT,
        service_point=point,
        starts_at=starts,
        ends_at=starts + dt.timedelta(minutes=30),
        blocked_until=starts + dt.timedelta(minutes=30),
    )


def test_point_desks_tell_who_sits_where(point, desk_one, desk_two, agent, open_day):
    DeskFactory(service_point=point, number="9", is_active=False)
    desk_session_start(desk=desk_two, agent=agent)
    seats = point_desks(point)
    assert [(seat.desk.number, seat.agent) for seat in seats] == [("1", None), ("2", agent)]


def test_no_show_is_allowed_a_window_after_the_last_call(staffed, kela, agent, settings):
    settings.QUEUE_NO_SHOW_SECONDS = 90
    ticket_issue(group=kela, source=TicketSource.KIOSK)
    ticket = ticket_call_next(desk=staffed, actor=agent)
    assert no_show_allowed_at(ticket) == ticket.called_at + dt.timedelta(seconds=90)
    ticket.status = TicketStatus.SERVING
    assert no_show_allowed_at(ticket) is None


def test_the_groups_services_come_first(kela, service, clock):
    own, others = contact_services(kela)
    assert own == [service] and service not in others


def test_day_counts_by_status(kela, open_day, staffed, agent):
    for _n in range(3):
        ticket_issue(group=kela, source=TicketSource.KIOSK)
    ticket_call_next(desk=staffed, actor=agent)
    assert day_status_counts(open_day) == {TicketStatus.CALLED: 1, TicketStatus.WAITING: 2}


def test_todays_appointments_at_the_point_with_their_ticket(point, kela, service, open_day):
    now = open_day.opened_at
    later = _appointment(point, service, now + dt.timedelta(hours=3))
    sooner = _appointment(point, service, now + dt.timedelta(hours=1))
    _appointment(point, service, now + dt.timedelta(days=1))
    cancelled = _appointment(point, service, now + dt.timedelta(hours=2))
    Appointment.objects.filter(pk=cancelled.pk).update(status=Appointment.Status.CANCELLED)
    ticket = appointment_check_in(appointment=later)
    found = point_appointments_today(
        appointments=Appointment.objects.all(), service_point=point, now=now
    )
    assert [(a.pk, a.checked_in) for a in found] == [(sooner.pk, None), (later.pk, ticket)]
