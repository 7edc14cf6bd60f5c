"""The objects the query-count tests open pages on, beyond the authorisation matrix's world:
a walk-in queue, a chat, a room booking, a course, sales and an invoice (apart for the test
module's length)."""

import datetime as dt
from types import SimpleNamespace

import pytest
import time_machine
from django.utils import timezone

from luukku.chat.models import ChatQueue
from luukku.chat.services.agents import chat_availability_set
from luukku.chat.services.sessions import chat_start
from luukku.organisation.models import ServicePoint
from luukku.organisation.tests.factories import OrganisationFactory, TeamFactory, UserFactory
from luukku.queueing.models import Desk, ServiceGroup, TicketSource
from luukku.queueing.services.calling import ticket_call_next
from luukku.queueing.services.days import desk_session_start, queue_day_open
from luukku.queueing.services.tickets import ticket_issue

from .test_authorisation_matrix import NOW

pytestmark = pytest.mark.django_db


def walk_in_queue(point, service, objects):
    """The point's queue open at NOW: Kela serving the service at a staffed desk, one number
    called and one online ticket waiting."""
    group = ServiceGroup.objects.create(service_point=point, name="Kela", prefix="K")
    group.services.set([service])
    desk = Desk.objects.create(service_point=point, number="1")
    desk.groups.set([group])
    agent = objects.appointment.staff
    queue_day_open(service_point=point, actor=agent, now=NOW)
    desk_session_start(desk=desk, agent=agent, now=NOW)
    ticket_issue(group=group, source=TicketSource.KIOSK, now=NOW)
    ticket_call_next(desk=desk, actor=agent, now=NOW)
    ticket = ticket_issue(
        group=group, source=TicketSource.VIRTUAL, notify_email="a@example.fi", now=NOW
    )
    return point, ticket


def chat(service, objects):
    """A chat queue for the service with an agent of its team present, and a chat waiting."""
    agent = UserFactory(role="agent", first_name="Aino")
    queue = ChatQueue.objects.create(name="Chat", team=TeamFactory())
    queue.services.set([service])
    queue.team.members.add(agent)
    chat_availability_set(user=agent, available=True, now=NOW)
    return chat_start(service=service, text="Hei", client_id="counted-01", now=NOW)


def reservation(service, objects):
    """A meeting room open every day 8–21 with a booking paid online a week on, and a
    request waiting for handling."""
    from luukku.bookings.services.reservations import reservation_book_online
    from luukku.bookings.tests.conftest import unit_make
    from luukku.bookings.tests.payments import pay_online, sandbox_provider
    from luukku.commerce.tests.factories import product_priced
    from luukku.organisation.models import OpeningHours

    point = ServicePoint.objects.create(
        organisation=OrganisationFactory(), name="Kokoustilat", post_office="Vuoksela"
    )
    for weekday in range(7):
        OpeningHours.objects.create(
            service_point=point, weekday=weekday, opens=dt.time(8), closes=dt.time(21)
        )
    product = product_priced(cents=2000, vat="0", code="TILA-H")
    room = unit_make(point, service, code="vuoksi", name="Vuoksi", product=product)
    hall = unit_make(point, service, code="sali", name="Sali", needs_handling=True)
    day = timezone.localdate(NOW) + dt.timedelta(days=7)
    start = dt.datetime.combine(day, dt.time(10), tzinfo=timezone.get_current_timezone())
    contact = {"first_name": "Aino", "last_name": "V", "email": "a@example.fi"}
    reservation = reservation_book_online(
        unit=room, starts_at=start, ends_at=start + dt.timedelta(hours=1),
        terms_accepted=True, now=NOW, **contact,
    )  # fmt: skip
    with time_machine.travel(NOW, tick=False), sandbox_provider() as provider:
        pay_online(reservation.order, provider)
    reservation_book_online(
        unit=hall, starts_at=start, ends_at=start + dt.timedelta(hours=2),
        terms_accepted=True, now=NOW, **contact,
    )  # fmt: skip
    objects.application = _round_application([room, hall])
    return reservation


def _round_application(units):
    """A seasonal round open now for the two units, with one application."""
    from luukku.bookings.models import ApplicationRound
    from luukku.bookings.services.rounds import application_submit

    today = timezone.localdate(NOW)
    spring = ApplicationRound.objects.create(
        name="Kevät", name_fi="Kevät", season_first_day=today + dt.timedelta(days=14),
        season_last_day=today + dt.timedelta(days=60), opens_at=NOW - dt.timedelta(days=1),
        closes_at=NOW + dt.timedelta(days=5),
    )  # fmt: skip
    spring.units.set(units)
    wish = {"unit": units[0], "weekday": 1, "starts": dt.time(18), "ends": dt.time(20)}
    return application_submit(
        application_round=spring, wishes=[wish | {"priority": 1}], now=NOW,
        contact_name="Aino V", email="a@example.fi", organisation_name="Seura ry",
        purpose="Harjoitukset", group_size=12,
    )  # fmt: skip


def sales(point, service, objects):
    """A register whose yesterday is closed and today open with a paid sale (two products,
    cash and card), a draft sale with a line, and an order placed online."""
    from luukku.commerce.services.cash import register_day_close, register_day_open
    from luukku.commerce.services.orders import order_line_add, order_start
    from luukku.commerce.services.payments import Tender, counter_pay
    from luukku.commerce.services.shop import online_order_place
    from luukku.commerce.tests.factories import RegisterFactory, product_priced

    agent = objects.appointment.staff
    register = RegisterFactory(service_point=point)
    card = product_priced(cents=6000, code="UI10", service=service, sold_online=True)
    map_print = product_priced(cents=1250, vat="25.5", code="KARTTA")
    before = NOW - dt.timedelta(days=1)
    closed_day = register_day_open(register=register, opening_float_cents=0, by=agent, now=before)
    register_day_close(day=closed_day, counted_cash_cents=0, by=agent, now=before)
    day = register_day_open(register=register, opening_float_cents=10000, by=agent, now=NOW)
    paid = order_start(channel="counter", by=agent, service_point=point, now=NOW)
    order_line_add(order=paid, product=card, now=NOW)
    order_line_add(order=paid, product=map_print, now=NOW)
    receipt = counter_pay(
        order=paid,
        day=day,
        tenders=[Tender("cash", 1250), Tender("card", 6000, terminal_receipt="42")],
        by=agent,
        now=NOW,
    )
    draft = order_start(channel="counter", by=agent, service_point=point, now=NOW)
    order_line_add(order=draft, product=card, now=NOW)
    online = online_order_place(
        quantities={card.pk: 1}, first_name="Maija", last_name="M", email="m@example.fi", now=NOW
    )
    return SimpleNamespace(
        register=register,
        closed_day=closed_day,
        draft=draft,
        receipt=receipt,
        online=online,
        invoice=invoice(point, agent, card, objects.customer),
    )


def course(point, service):
    """A course of two sessions open for registration, one place confirmed, one held."""
    from luukku.bookings.models import Course
    from luukku.bookings.services.registrations import (
        Registrant,
        registration_start,
        registration_submit,
    )

    course = Course.objects.create(
        code="KO-1",
        name_fi="Espanjan alkeet",
        service=service,
        service_point=point,
        enrolment_opens=NOW - dt.timedelta(days=1),
        enrolment_closes=NOW + dt.timedelta(days=10),
        capacity=5,
        waiting_list_capacity=2,
    )
    for week in (2, 3):
        starts = NOW + dt.timedelta(weeks=week)
        course.sessions.create(starts_at=starts, ends_at=starts + dt.timedelta(hours=1))
    who = Registrant(first_name="Maija", last_name="M", email="m@example.fi")
    confirmed = registration_submit(
        registration=registration_start(course=course, now=NOW), who=who, now=NOW
    )
    registration_start(course=course, now=NOW)
    return course, confirmed


def invoice(point, agent, product, customer):
    """A sale to the customer invoiced, partly paid by the bank's file, whose other payment
    waits to be matched."""
    from luukku.commerce.services.invoices import Buyer, bank_file_import, order_invoice
    from luukku.commerce.services.orders import order_line_add, order_start
    from luukku.commerce.tests.bank_samples import camt

    OrganisationFactory(name="Vuokselan kaupunki", business_id="0162193-3", is_own=True)
    order = order_start(
        channel="counter", by=agent, service_point=point, customer=customer, now=NOW
    )
    order_line_add(order=order, product=product, quantity=2, now=NOW)
    buyer = Buyer("Maija Meikäläinen", "Koskikatu 1", "55100", "Vuoksela")
    invoice = order_invoice(order=order, buyer=buyer, by=agent, now=NOW)
    payments = ((invoice.reference, 5000, "COUNTED-1"), ("1357914", 2500, "COUNTED-2"))
    bank_file_import(data=camt(*payments), by=agent, now=NOW)
    return invoice


def segment(objects):
    """A hand-picked segment of the customer, an announcement sent to it (its delivery's
    unsubscribe link) and another waiting to be confirmed."""
    from luukku.relationships.announcements import announcement_create, announcement_send
    from luukku.relationships.services import segment_member_add, segment_save

    by = objects.appointment.staff
    picked = segment_save(data={"name_fi": "Valitut", "rule": "hand_picked"}, by=by)
    segment_member_add(segment=picked, customer=objects.customer, by=by)
    text = {"subject_fi": "Kirjasto suljettu", "body_fi": "Maanantaina suljettu."}
    with time_machine.travel(NOW, tick=False):
        announcement_send(announcement=announcement_create(segment=picked, data=text, by=by), by=by)
    draft = announcement_create(segment=picked, data=text, by=by)
    return picked, draft, draft.segment.announcements.exclude(pk=draft.pk).get().deliveries.get()
