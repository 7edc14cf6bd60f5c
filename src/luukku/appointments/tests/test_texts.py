"""An appointment booked in Swedish names the service centre in Swedish, in the mail and in
the calendar invitation."""

import icalendar
import pytest
import time_machine

from luukku.appointments.selectors import free_slots
from luukku.appointments.services import appointment_book_online
from luukku.cases.models import OutboundMail
from luukku.core.testing.clock import at

from .conftest import MONDAY

pytestmark = pytest.mark.django_db


@time_machine.travel(at(2026, 11, 23, 8, 0), tick=False)
def test_a_swedish_booking_names_the_centre_in_swedish(expert_monday, bookable):
    slot = free_slots(service=bookable.service, start=MONDAY, days=14)[0]
    appointment_book_online(
        service=bookable.service,
        starts_at=slot.starts_at,
        meeting_type=slot.meeting_type,
        service_point_id=slot.service_point_id,
        first_name="Erik",
        last_name="Lind",
        email="erik@example.fi",
        phone="",
        description="Jag vill fråga om bygglov.",
        language="sv",
    )
    mail = OutboundMail.objects.get()
    assert "Vuoksela stads kundtjänst" in mail.body
    (event,) = icalendar.Calendar.from_ical(mail.calendar).walk("VEVENT")
    assert str(event["summary"]).endswith("· Vuoksela stads kundtjänst")
    assert event["organizer"].params["cn"] == "Vuoksela stads kundtjänst"
    assert "Vuokselan kaupungin asiakaspalvelu" not in mail.body + mail.calendar
