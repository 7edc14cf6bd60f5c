"""A message, link or receipt goes to the address its sender gave on that contact, never to
a record merely guessed to be the same person — through every channel, over real SMTP."""

import pytest
import time_machine
from django.core.exceptions import ValidationError

from luukku.appointments.models import BookableService
from luukku.appointments.selectors import callback_windows, free_slots
from luukku.appointments.services import appointment_book_online, callback_request_online
from luukku.appointments.tests.conftest import MONDAY, add_rule
from luukku.cases.models import CaseEvent, Channel, OutboundMail
from luukku.cases.notifications import reply_queue
from luukku.cases.services import case_contact_change, case_create, case_reply
from luukku.channels.citizen_request import CitizenRequest
from luukku.channels.models import Mailbox
from luukku.channels.services import mail_receive, web_request_submit
from luukku.channels.tests.test_mail_receive import raw_mail
from luukku.core.testing.clock import at
from luukku.customers.models import Customer
from luukku.customers.tests.factories import CustomerFactory
from luukku.organisation.models import ServicePoint
from luukku.organisation.tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def matti(db):
    """On record: Matti, with the family's landline and his own e-mail."""
    return CustomerFactory(
        first_name="Matti",
        last_name="Meikäläinen",
        email="matti@example.fi",
        phone="+358401112222",
    )


def recipients(smtp_server):
    return sorted(message["To"] for message in smtp_server.messages)


def test_a_web_request_from_someone_sharing_a_phone_is_acknowledged_to_them(
    matti, service, smtp_server, run_tasks
):
    case = web_request_submit(
        request=CitizenRequest(
            service=service,
            subject="Palaute uimahallista",
            description="Suihkut olivat kylmiä.",
            first_name="Liisa",
            last_name="Meikäläinen",
            email="liisa@example.fi",
            phone="040 111 2222",
        )
    )
    run_tasks()
    assert recipients(smtp_server) == ["liisa@example.fi"]
    assert case.customer != matti
    assert (case.contact_email, case.contact_phone) == ("liisa@example.fi", "+358401112222")


def test_a_joined_record_without_email_still_gets_the_address_given(
    service, smtp_server, run_tasks
):
    known = CustomerFactory(first_name="Ville", last_name="Virta", email="", phone="+358405556666")
    case = web_request_submit(
        request=CitizenRequest(
            service=service,
            subject="Katuvalo",
            description="Valo ei pala.",
            first_name="Ville",
            last_name="Virta",
            email="ville@example.fi",
            phone="0405556666",
        )
    )
    run_tasks()
    assert case.customer == known and known.email == ""
    assert recipients(smtp_server) == ["ville@example.fi"]


def test_a_family_member_writing_from_the_shared_address_gets_the_reply_there(
    matti, service, smtp_server, run_tasks, agent
):
    Mailbox.objects.create(
        name="Asiakaspalvelu", address="asiakaspalvelu@vuoksela.example", default_service=service
    )
    inbound = mail_receive(raw=raw_mail(sender="Maija Meikäläinen <MATTI@example.fi>"))
    case = inbound.case
    assert case.customer != matti and case.customer.first_name == "Maija"
    assert case.contact_email == "matti@example.fi"
    case_reply(case=case, actor=agent, body="Kiitos viestistä.")
    run_tasks()
    assert recipients(smtp_server) == ["matti@example.fi", "matti@example.fi"]


def test_a_reply_goes_to_the_case_address_even_after_the_record_changes(
    matti, service, agent, smtp_server, run_tasks
):
    case = case_create(service=service, channel=Channel.PHONE, subject="Soitto", customer=matti)
    assert case.contact_email == "matti@example.fi"  # staff chose the record: its address
    matti.email = "matti.uusi@example.fi"
    matti.save()
    reply_queue(event=case_reply(case=case, actor=agent, body="Vastaus."))
    run_tasks()
    assert "matti@example.fi" in recipients(smtp_server)


def test_staff_change_where_messages_go_and_bad_input_changes_nothing(matti, service, agent):
    case = case_create(service=service, channel=Channel.COUNTER, subject="Asia", customer=matti)
    events = case.events.count()
    for bad in ({"email": "ei-osoite", "phone": ""}, {"email": "", "phone": "12"}):
        with pytest.raises(ValidationError):
            case_contact_change(case=case, actor=agent, **bad)
    case.refresh_from_db()
    assert (case.contact_email, case.events.count()) == ("matti@example.fi", events)

    case_contact_change(case=case, actor=agent, email="Toinen@Example.fi", phone="")
    case.refresh_from_db()
    assert (case.contact_email, case.contact_phone) == ("toinen@example.fi", "")
    event = case.events.get(kind=CaseEvent.Kind.UPDATE)
    assert event.data["contact_email"] == ["matti@example.fi", "toinen@example.fi"]
    matti.refresh_from_db()
    assert matti.email == "matti@example.fi"  # the record is not changed


NOW = at(2026, 11, 23, 8, 0)


@pytest.fixture
def monday_morning():
    with time_machine.travel(NOW, tick=False):
        yield


def test_a_booking_by_someone_sharing_a_phone_is_confirmed_to_them(
    matti, expert, service, smtp_server, run_tasks, monday_morning
):
    point = ServicePoint.objects.create(
        organisation=OrganisationFactory(), name="Kaupungintalo", street_address="Virastokatu 2"
    )
    bookable = BookableService.objects.create(service=service, duration_minutes=30)
    add_rule(expert, service, weekday=0, service_point=point)
    slot = free_slots(service=bookable.service, start=MONDAY, days=14)[0]
    appointment = appointment_book_online(
        service=service,
        starts_at=slot.starts_at,
        meeting_type=slot.meeting_type,
        service_point_id=slot.service_point_id,
        first_name="Liisa",
        last_name="Meikäläinen",
        email="liisa@example.fi",
        phone="040 111 2222",
        description="Rakennuslupa",
    )
    run_tasks()
    assert appointment.customer != matti
    assert recipients(smtp_server) == ["liisa@example.fi"]
    mail = OutboundMail.objects.get()
    assert "mailto:liisa@example.fi" in mail.calendar.replace("\r\n ", "")


def test_a_callback_by_someone_sharing_a_phone_is_confirmed_to_them(
    matti, service, smtp_server, run_tasks, monday_morning
):
    window = callback_windows(service=service)[0]
    callback = callback_request_online(
        service=service,
        window_start=window.starts_at,
        window_end=window.ends_at,
        first_name="Liisa",
        last_name="Meikäläinen",
        phone="040 111 2222",
        email="liisa@example.fi",
        description="Soittakaa",
    )
    run_tasks()
    assert callback.case.customer != matti
    assert recipients(smtp_server) == ["liisa@example.fi"]
    assert Customer.objects.filter(phone=matti.phone).count() == 2


def test_when_the_sender_gave_no_email_no_mail_goes_to_the_record(service, smtp_server, run_tasks):
    known = CustomerFactory(first_name="Ville", last_name="Virta", phone="+358405556666")
    case = web_request_submit(
        request=CitizenRequest(
            service=service,
            subject="Katuvalo",
            description="Valo ei pala.",
            first_name="Ville",
            last_name="Virta",
            phone="0405556666",
            preferred_channel="phone",
        )
    )
    run_tasks()
    assert case.customer == known and known.email
    assert smtp_server.messages == []
    assert not OutboundMail.objects.exists()
