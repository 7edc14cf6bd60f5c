import datetime as dt
import secrets

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from luukku.appointments.models import Appointment, Callback, CallbackAttempt, MeetingType
from luukku.cases.models import Status
from luukku.cases.services import case_add_note, case_change_status, case_reply
from luukku.cases.tests.factories import make_case
from luukku.core.testing.clock import at, on
from luukku.customers.tests.factories import CustomerFactory
from luukku.privacy.models import RetentionRule

# The moment the tests' clock stands at, unless a test moves it.
NOW = at(2026, 12, 1, 12, 0)


@pytest.fixture
def rules(service):
    """The city's default (closed cases 2 years, appointments 1 year)."""
    return RetentionRule.objects.create(
        service=None,
        cases_after_days=730,
        appointments_after_days=365,
        basis="Tiedonhallintasuunnitelma 00.01.00: neuvonta ja palvelupyynnöt 2 v",
    )


@pytest.fixture
def person(db):
    return CustomerFactory(
        first_name="Maija",
        last_name="Virtanen",
        identity_code="131052-308T",
        email="maija.virtanen@example.fi",
        phone="+358401234567",
        street_address="Koskikatu 5",
        postal_code="55100",
        post_office="Vuoksela",
        preferred_language="sv",
        notes="Soittaa mieluiten aamupäivisin.",
    )


def closed_case(*, service, customer, agent, closed_at: dt.datetime, files=()):
    """A case sent on the web form, answered, noted and closed at `closed_at`."""
    case = on(
        closed_at - dt.timedelta(days=3),
        make_case,
        service=service,
        customer=customer,
        subject="Katuvalo pimeänä Koskikadulla",
        body="Koskikadun valot eivät pala, soittakaa 040 123 4567.",
        address="Koskikatu 5",
        files=list(files),
        contact_email=customer.email,
        contact_phone=customer.phone,
    )
    on(closed_at - dt.timedelta(days=2), case_reply, case=case, actor=agent, body="Korjataan.")
    on(
        closed_at - dt.timedelta(days=1),
        case_add_note,
        case=case,
        actor=agent,
        body="Asukas soitti.",
    )
    on(closed_at, case_change_status, case=case, actor=agent, status=Status.CLOSED)
    case.refresh_from_db()
    return case


def attachment_file(name="kuva.jpg"):
    return SimpleUploadedFile(name, b"\xff\xd8\xff\xe0 kuva", content_type="image/jpeg")


def appointment(*, case, customer, staff, starts_at, status=Appointment.Status.ATTENDED):
    return Appointment.objects.create(
        token=secrets.token_urlsafe(16),
        uid=secrets.token_hex(8),
        case=case,
        service=case.service,
        customer=customer,
        staff=staff,
        meeting_type=MeetingType.VIDEO,
        video_url="https://video.example/huone-123",
        starts_at=starts_at,
        ends_at=starts_at + dt.timedelta(minutes=30),
        blocked_until=starts_at + dt.timedelta(minutes=40),
        status=status,
    )


def callback(*, case, customer, caller, window_start):
    row = Callback.objects.create(
        case=case,
        service=case.service,
        customer=customer,
        phone="+358401234567",
        window_start=window_start,
        window_end=window_start + dt.timedelta(hours=2),
        first_window_end=window_start + dt.timedelta(hours=2),
        status=Callback.Status.REACHED,
    )
    CallbackAttempt.objects.create(
        callback=row, caller=caller, outcome="reached", note="Puhui Maijan kanssa"
    )
    return row
