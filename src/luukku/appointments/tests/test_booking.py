"""Free slots, booking, moving, cancelling and reminders through the services."""

import datetime as dt
import email

import icalendar
import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from luukku.appointments.models import (
    Appointment,
    BlockedTime,
    MeetingType,
    PhoneHours,
    TimeClaim,
)
from luukku.appointments.selectors import free_slots, slot_find
from luukku.appointments.services import (
    SlotTaken,
    appointment_book_for_customer,
    appointment_book_online,
    appointment_cancel,
    appointment_mark,
    appointment_reminders_send,
    appointment_reschedule,
)
from luukku.cases.models import Case, CaseEvent, Channel, OutboundMail
from luukku.core.testing.clock import at
from luukku.customers.models import Customer
from luukku.customers.tests.factories import CustomerFactory
from luukku.organisation.models import Absence

from .conftest import MONDAY, add_rule

NOW = at(2026, 11, 23, 8, 0)


@pytest.fixture(autouse=True)
def _monday_morning():
    with time_machine.travel(NOW, tick=False):
        yield


def times(slots):
    return [slot.starts_at.astimezone(NOW.tzinfo).strftime("%a %d.%m %H.%M") for slot in slots]


def book(service, slot, **overrides):
    details = {
        "first_name": "Maija",
        "last_name": "Meikäläinen",
        "email": "maija@example.fi",
        "phone": "",
        "description": "Haluan kysyä rakennusluvasta.",
        "language": "fi",
    }
    details.update(overrides)
    return appointment_book_online(
        service=service,
        starts_at=slot.starts_at,
        meeting_type=slot.meeting_type,
        service_point_id=slot.service_point_id,
        **details,
    )


def test_slots_follow_the_week_pattern_with_notice_and_buffer(expert_monday, bookable):
    # Today (Monday) is within the 24 hours' notice; next Monday 9–12 gives 30 minutes plus
    # a 10-minute buffer from 9.00 on, as long as the appointment ends by 12.
    slots = free_slots(service=bookable.service, start=MONDAY, days=15)
    assert times(slots) == [
        "Mon 30.11 09.00",
        "Mon 30.11 09.40",
        "Mon 30.11 10.20",
        "Mon 30.11 11.00",
        "Mon 07.12 09.00",
        "Mon 07.12 09.40",
        "Mon 07.12 10.20",
        "Mon 07.12 11.00",
    ]
    assert all(slot.staff_ids == (expert_monday.pk,) for slot in slots)
    assert all(slot.ends_at - slot.starts_at == dt.timedelta(minutes=30) for slot in slots)
    # Staff booking for a customer at the counter may take today's times.
    staff_view = free_slots(service=bookable.service, start=MONDAY, days=1, for_staff=True)
    assert times(staff_view) == [
        "Mon 23.11 09.00",
        "Mon 23.11 09.40",
        "Mon 23.11 10.20",
        "Mon 23.11 11.00",
    ]


def test_holidays_absences_blocked_time_and_phone_hours_are_not_bookable(
    expert_monday, bookable, expert, point
):
    add_rule(expert, bookable.service, weekday=4, starts=9, ends=10, service_point=point)
    add_rule(
        expert,
        bookable.service,
        date=dt.date(2026, 12, 26),
        starts=10,
        ends=11,
        service_point=point,
    )
    Absence.objects.create(
        user=expert, starts_on=dt.date(2026, 11, 30), ends_on=dt.date(2026, 11, 30)
    )
    BlockedTime.objects.create(
        staff=expert, starts_at=at(2026, 12, 7, 9, 30), ends_at=at(2026, 12, 7, 10, 0)
    )
    phone = PhoneHours.objects.create(
        staff=expert, weekday=0, starts=dt.time(11), ends=dt.time(12), phone="+358 40 123 4567"
    )
    phone.services.set([bookable.service])
    slots = times(free_slots(service=bookable.service, start=dt.date(2026, 11, 30), days=28))
    assert "Mon 30.11 09.00" not in slots  # away that day
    assert "Mon 07.12 09.00" not in slots  # would run into the blocked half hour
    assert "Mon 07.12 09.40" not in slots
    assert "Mon 07.12 10.20" in slots
    assert "Mon 07.12 11.00" not in slots  # phone hours
    assert "Fri 18.12 09.00" in slots
    assert "Fri 25.12 09.00" not in slots  # Christmas Day: the weekly time is not kept
    assert "Sat 26.12 10.00" in slots  # a dated time is, even on a holiday


def test_a_citizen_books_a_slot_and_it_is_gone(expert_monday, bookable):
    slot = free_slots(service=bookable.service, start=MONDAY, days=14)[0]
    appointment = book(bookable.service, slot)

    assert appointment.staff == expert_monday
    assert appointment.status == Appointment.Status.BOOKED
    assert appointment.case.channel == Channel.WEB
    assert appointment.case.customer.email == "maija@example.fi"
    assert appointment.case.assignee == expert_monday
    assert appointment.remind_at == slot.starts_at - dt.timedelta(hours=24)
    # The appointment holds its 30 minutes and the 10-minute buffer in five-minute units.
    assert TimeClaim.objects.filter(appointment=appointment).count() == 8
    assert (
        slot_find(
            service=bookable.service,
            starts_at=slot.starts_at,
            meeting_type=slot.meeting_type,
            service_point_id=slot.service_point_id,
        )
        is None
    )
    event = appointment.case.events.get(kind=CaseEvent.Kind.APPOINTMENT)
    assert event.public and event.data["action"] == "booked"
    mail = OutboundMail.objects.get(case=appointment.case)
    assert mail.kind == OutboundMail.Kind.APPOINTMENT
    assert "30.11.2026" in mail.subject
    calendar = icalendar.Calendar.from_ical(mail.calendar)
    assert calendar["method"] == "REQUEST"
    (vevent,) = calendar.walk("VEVENT")
    assert vevent.decoded("dtstart") == slot.starts_at
    assert vevent.decoded("dtend") == slot.ends_at
    assert str(vevent["uid"]) == appointment.uid
    assert "Virastokatu 2" in str(vevent["location"])
    # The case's own acknowledgement is not sent as well: the confirmation says it all.
    assert not OutboundMail.objects.filter(kind=OutboundMail.Kind.ACKNOWLEDGEMENT).exists()


def test_a_taken_slot_is_refused_with_other_times_and_leaves_nothing(expert_monday, bookable):
    slot = free_slots(service=bookable.service, start=MONDAY, days=14)[0]
    book(bookable.service, slot)
    counts = (Case.objects.count(), Customer.objects.count(), OutboundMail.objects.count())

    with pytest.raises(SlotTaken) as refused:
        book(bookable.service, slot, email="pekka@example.fi", first_name="Pekka")

    assert "Valitse toinen aika" in refused.value.messages[0]
    assert [s.starts_at for s in refused.value.alternatives][:2] == [
        slot.starts_at + dt.timedelta(minutes=40),
        slot.starts_at + dt.timedelta(minutes=80),
    ]
    assert (Case.objects.count(), Customer.objects.count(), OutboundMail.objects.count()) == counts


def test_two_staff_members_take_the_same_time_once_each(
    expert_monday, second_expert, bookable, point
):
    add_rule(second_expert, bookable.service, weekday=0, service_point=point)
    slot = free_slots(service=bookable.service, start=MONDAY, days=14)[0]
    assert set(slot.staff_ids) == {expert_monday.pk, second_expert.pk}

    first = book(bookable.service, slot)
    second = book(bookable.service, slot, email="pekka@example.fi")

    assert {first.staff, second.staff} == {expert_monday, second_expert}
    with pytest.raises(SlotTaken):
        book(bookable.service, slot, email="third@example.fi")


def test_the_database_refuses_overlapping_time_whatever_the_code(expert_monday, bookable):
    slot = free_slots(service=bookable.service, start=MONDAY, days=14)[0]
    appointment = book(bookable.service, slot)
    with pytest.raises(IntegrityError), transaction.atomic():
        # Another appointment's claim on the buffer's last five minutes.
        TimeClaim.objects.create(
            staff=expert_monday,
            starts_at=slot.starts_at + dt.timedelta(minutes=35),
            appointment=appointment,
        )
    with pytest.raises(IntegrityError), transaction.atomic():
        Appointment.objects.create(
            token="x",
            uid="x@test",
            case=appointment.case,
            service=bookable.service,
            staff=expert_monday,
            meeting_type=MeetingType.PHONE,
            starts_at=slot.starts_at,
            ends_at=slot.ends_at,
            blocked_until=slot.ends_at,
        )


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"first_name": " "}, "first_name"),
        ({"email": "", "phone": ""}, "email"),
        ({"description": "  "}, "description"),
    ],
)
def test_bad_details_are_refused_and_change_nothing(expert_monday, bookable, overrides, field):
    slot = free_slots(service=bookable.service, start=MONDAY, days=14)[0]
    with pytest.raises(ValidationError) as refused:
        book(bookable.service, slot, **overrides)
    assert field in refused.value.message_dict
    assert not Appointment.objects.exists() and not Case.objects.exists()
    assert not TimeClaim.objects.exists()


def test_a_time_inside_the_notice_or_outside_the_pattern_cannot_be_booked(expert_monday, bookable):
    for moment in (at(2026, 11, 23, 9, 0), at(2026, 11, 30, 9, 5), at(2026, 11, 30, 12, 0)):
        with pytest.raises(SlotTaken):
            appointment_book_online(
                service=bookable.service,
                starts_at=moment.astimezone(dt.UTC),
                meeting_type=MeetingType.SERVICE_POINT,
                service_point_id=expert_monday.availability_rules.get().service_point_id,
                first_name="Maija",
                last_name="M",
                email="m@example.fi",
                description="x",
            )
    assert not Appointment.objects.exists()


def test_moving_keeps_the_person_and_tells_the_calendar(expert_monday, bookable):
    first, later = free_slots(service=bookable.service, start=MONDAY, days=14)[:2]
    appointment = book(bookable.service, first)

    moved = appointment_reschedule(
        appointment=appointment,
        starts_at=later.starts_at,
        meeting_type=later.meeting_type,
        service_point_id=later.service_point_id,
    )

    assert moved.starts_at == later.starts_at and moved.sequence == 1
    assert moved.staff == expert_monday
    claimed = set(TimeClaim.objects.values_list("starts_at", flat=True))
    assert min(claimed) == later.starts_at and len(claimed) == 8
    # The old time is free again.
    assert free_slots(service=bookable.service, start=MONDAY, days=8)[0].starts_at == (
        first.starts_at
    )
    mail = OutboundMail.objects.filter(case=appointment.case).order_by("pk").last()
    (vevent,) = icalendar.Calendar.from_ical(mail.calendar).walk("VEVENT")
    assert vevent["sequence"] == 1 and str(vevent["uid"]) == appointment.uid
    assert vevent.decoded("dtstart") == later.starts_at


def test_moving_to_a_taken_time_keeps_the_old_one(expert_monday, bookable):
    first, second = free_slots(service=bookable.service, start=MONDAY, days=14)[:2]
    mine = book(bookable.service, first)
    book(bookable.service, second, email="other@example.fi")
    with pytest.raises(SlotTaken):
        appointment_reschedule(
            appointment=mine,
            starts_at=second.starts_at,
            meeting_type=second.meeting_type,
            service_point_id=second.service_point_id,
        )
    mine.refresh_from_db()
    assert mine.starts_at == first.starts_at and mine.sequence == 0
    assert TimeClaim.objects.filter(appointment=mine).count() == 8


def test_cancelling_frees_the_time_and_sends_a_cancellation(expert_monday, bookable):
    slot = free_slots(service=bookable.service, start=MONDAY, days=14)[0]
    appointment = book(bookable.service, slot)

    appointment_cancel(appointment=appointment)

    appointment.refresh_from_db()
    assert appointment.status == Appointment.Status.CANCELLED
    assert not TimeClaim.objects.exists()
    assert free_slots(service=bookable.service, start=MONDAY, days=8)[0].starts_at == slot.starts_at
    mail = OutboundMail.objects.filter(case=appointment.case).order_by("pk").last()
    calendar = icalendar.Calendar.from_ical(mail.calendar)
    assert calendar["method"] == "CANCEL"
    assert calendar.walk("VEVENT")[0]["status"] == "CANCELLED"
    with pytest.raises(ValidationError):
        appointment_cancel(appointment=appointment)


def test_the_reminder_goes_once_the_day_before(expert_monday, bookable, settings):
    slot = free_slots(service=bookable.service, start=MONDAY, days=14)[0]  # Mon 30.11 9.00
    appointment = book(bookable.service, slot)
    assert appointment_reminders_send(now=at(2026, 11, 29, 8, 59)) == 0
    assert appointment_reminders_send(now=at(2026, 11, 29, 9, 0)) == 1
    assert appointment_reminders_send(now=at(2026, 11, 29, 9, 5)) == 0
    reminder = OutboundMail.objects.filter(case=appointment.case).order_by("pk").last()
    assert reminder.subject.startswith("Muistutus")


def test_a_cancelled_or_moved_appointment_is_reminded_of_its_own_time(expert_monday, bookable):
    first, later = free_slots(service=bookable.service, start=MONDAY, days=14)[:2]
    cancelled = book(bookable.service, first)
    appointment_cancel(appointment=cancelled)
    moved = book(bookable.service, first, email="b@example.fi")
    appointment_reschedule(
        appointment=moved,
        starts_at=later.starts_at,
        meeting_type=later.meeting_type,
        service_point_id=later.service_point_id,
    )
    assert appointment_reminders_send(now=at(2026, 11, 29, 9, 0)) == 0
    assert appointment_reminders_send(now=at(2026, 11, 29, 9, 40)) == 1


def test_mail_reaches_a_real_smtp_server_with_the_calendar_file(
    expert_monday, bookable, smtp_server, run_tasks
):
    slot = free_slots(service=bookable.service, start=MONDAY, days=14)[0]
    appointment = book(bookable.service, slot)
    run_tasks()

    (message,) = smtp_server.messages
    assert message["To"] == "maija@example.fi"
    parsed = email.message_from_bytes(message.as_bytes())
    parts = {part.get_content_type(): part for part in parsed.walk()}
    assert (
        "Ota mukaan henkilöllisyystodistus."
        in parts["text/plain"].get_payload(decode=True).decode()
    )
    invite = parts["text/calendar"]
    assert invite["Content-Type"].count("charset") == 1
    assert invite.get_param("method") == "REQUEST"
    assert invite.get_filename() == "invite.ics"
    (vevent,) = icalendar.Calendar.from_ical(invite.get_payload(decode=True)).walk("VEVENT")
    assert str(vevent["uid"]) == appointment.uid
    assert appointment.token in str(vevent["url"])
    sent = appointment.case.events.get(kind=CaseEvent.Kind.NOTIFICATION)
    assert sent.data["type"] == "appointment" and sent.data["status"] == "sent"


def test_a_customer_without_e_mail_gets_a_text_message(
    expert_monday, bookable, run_tasks, caplog, django_capture_on_commit_callbacks
):
    slot = free_slots(service=bookable.service, start=MONDAY, days=14)[0]
    with django_capture_on_commit_callbacks(execute=True):
        appointment = book(bookable.service, slot, email="", phone="040 123 4567")
    with caplog.at_level("INFO", logger="luukku.sms"):
        run_tasks()
    assert not OutboundMail.objects.exists()
    (record,) = [r for r in caplog.records if r.name == "luukku.sms"]
    assert "+358401234567" in record.getMessage() and "30.11.2026" in record.getMessage()
    sent = appointment.case.events.get(kind=CaseEvent.Kind.NOTIFICATION)
    assert sent.data == {
        "type": "sms",
        "what": "appointment_booked",
        "to": "+358401234567",
        "status": "sent",
    }


def test_an_agent_books_at_the_counter_for_a_customer(expert_monday, bookable, agent):
    customer = CustomerFactory(email="asiakas@example.fi", preferred_language="sv")
    slot = free_slots(service=bookable.service, start=MONDAY, days=1, for_staff=True)[0]
    appointment = appointment_book_for_customer(
        actor=agent,
        service=bookable.service,
        starts_at=slot.starts_at,
        meeting_type=slot.meeting_type,
        service_point_id=slot.service_point_id,
        customer=customer,
        channel=Channel.COUNTER,
        note="Asiakas haluaa neuvoa lupahakemukseen.",
    )
    assert appointment.starts_at == at(2026, 11, 23, 9, 0)
    assert appointment.booked_by == agent
    assert appointment.case.channel == Channel.COUNTER and appointment.case.customer == customer
    assert appointment.language == "sv"
    mail = OutboundMail.objects.get(case=appointment.case)
    assert mail.subject.startswith("Tid bokad")


def test_an_agent_cannot_book_without_a_customer_or_note(expert_monday, bookable, agent):
    slot = free_slots(service=bookable.service, start=MONDAY, days=1, for_staff=True)[0]
    common = {
        "actor": agent,
        "service": bookable.service,
        "starts_at": slot.starts_at,
        "meeting_type": slot.meeting_type,
        "service_point_id": slot.service_point_id,
    }
    with pytest.raises(ValidationError) as refused:
        appointment_book_for_customer(**common, note="x")
    assert "customer" in refused.value.message_dict
    with pytest.raises(ValidationError) as refused:
        appointment_book_for_customer(**common, customer=CustomerFactory(), note=" ")
    assert "note" in refused.value.message_dict
    assert not Case.objects.exists()


def test_whether_the_customer_came_is_recorded_after_the_start(expert_monday, bookable, agent):
    slot = free_slots(service=bookable.service, start=MONDAY, days=14)[0]
    appointment = book(bookable.service, slot)
    with pytest.raises(ValidationError):
        appointment_mark(appointment=appointment, actor=agent, status="attended")
    with time_machine.travel(slot.starts_at + dt.timedelta(minutes=5), tick=False):
        appointment_mark(appointment=appointment, actor=agent, status="no_show")
    appointment.refresh_from_db()
    assert appointment.status == Appointment.Status.NO_SHOW


def test_the_worker_sends_reminders_on_schedule(expert_monday, bookable, settings, run_tasks):
    from luukku.core.scheduler import periodic_jobs_queue

    settings.MAIL_FETCH_INTERVAL = settings.SERVICE_LEVEL_CHECK_INTERVAL = 0
    settings.METRICS_ROLLUP_INTERVAL = 0
    settings.RETENTION_INTERVAL = 0
    settings.QUEUE_NOTIFY_INTERVAL = settings.CHAT_IDLE_CHECK_INTERVAL = 0
    settings.KEY_REMINDER_INTERVAL = settings.PLAN_REMINDER_INTERVAL = 0
    settings.SURVEY_CHECK_INTERVAL = 0
    settings.RESERVATION_LAPSE_INTERVAL = 0
    settings.ONLINE_LATE_REFUND_INTERVAL = 0
    settings.COURSE_EXPIRY_CHECK_INTERVAL = 0
    slot = free_slots(service=bookable.service, start=MONDAY, days=14)[0]
    appointment = book(bookable.service, slot)
    run_tasks()  # the confirmation
    with time_machine.travel(at(2026, 11, 29, 9, 1), tick=False):
        assert periodic_jobs_queue() == ["luukku.appointments.tasks.appointment_reminders_task"]
        run_tasks()
    appointment.refresh_from_db()
    assert appointment.reminded_at is not None
    assert OutboundMail.objects.filter(case=appointment.case).count() == 2
