"""Exact query counts for the main writes, called through their public import paths: a case
made, a reply, a consultation, the citizen's web form taken in (the service and the POST),
the request registered as a case, an appointment booked. docs/benchmarks.md, "Queries per
page and per write", has the figures and what in them is waste.

Each write is done once before it is counted, so that what a server process keeps
(core.reference) is read and the counted one is a write as the day's hundredth is. The
test's own transaction is outside, so the write's outermost `transaction.atomic` is a
SAVEPOINT and a RELEASE here (BEGIN and COMMIT in production, which no cursor logs).
"""

import datetime as dt

import pytest
import time_machine
from django.urls import reverse

from luukku.appointments.models import AvailabilityRule, BookableService, MeetingType
from luukku.appointments.selectors import free_slots
from luukku.appointments.services import appointment_book_online
from luukku.cases.models import Channel
from luukku.cases.services import case_create, case_reply, consultation_ask
from luukku.cases.tests.factories import make_case
from luukku.channels.citizen_request import CitizenRequest
from luukku.channels.models import Submission
from luukku.channels.services import request_take_in, submission_register
from luukku.core.testing.clock import at
from luukku.core.testing.queries import exact_queries
from luukku.customers.tests.factories import CustomerFactory
from luukku.organisation.models import ServicePoint
from luukku.organisation.tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db

PG = "postgresql"
NOW = at(2026, 11, 23, 8, 0)

# Write: the statements it runs (a number, or one per database). A write that indexes the
# case for search takes one more on SQLite: FTS5's row is deleted and inserted, where
# PostgreSQL updates the document's vector.
WRITES = {
    "case_create": {"sqlite": 15, PG: 14},
    "case_reply": {"sqlite": 24, PG: 23},
    "consultation_ask": 17,  # its events share one moment: the case is touched once
    "request_take_in": 2,
    "web form POST": 1,
    "submission_register": {"sqlite": 24, PG: 23},
    "appointment_book_online": {"sqlite": 47, PG: 46},
}


@pytest.fixture(autouse=True)
def _monday_morning():
    # The clock runs, as in production: a write whose events take their own moments moves
    # the case's `updated_at` once per event, and a frozen clock would hide that.
    with time_machine.travel(NOW, tick=True):
        yield


REQUEST = {
    "subject": "Katuvalo pimeänä",
    "description": "Koskikadun valot eivät pala.",
    "first_name": "Maija",
    "last_name": "Meikäläinen",
    "email": "maija@example.fi",
    "phone": "",
    "preferred_channel": "email",
}


def test_case_create(service):
    customer = CustomerFactory()

    def create():
        return case_create(
            service=service,
            channel=Channel.PHONE,
            subject="Katuvalo pimeänä",
            body="Koskikadun valot eivät pala.",
            customer=customer,
        )

    create()
    with exact_queries(WRITES["case_create"]):
        create()


def test_case_reply(service, agent):
    cases = [make_case(service=service) for _ in range(2)]
    case_reply(case=cases[0], actor=agent, body="Korjataan tällä viikolla.")
    with exact_queries(WRITES["case_reply"]):
        case_reply(case=cases[1], actor=agent, body="Korjataan tällä viikolla.")


def test_consultation_ask(service, agent, expert):
    cases = [make_case(service=service) for _ in range(2)]
    consultation_ask(case=cases[0], actor=agent, expert=expert, question="Milloin korjataan?")
    with exact_queries(WRITES["consultation_ask"]):
        consultation_ask(case=cases[1], actor=agent, expert=expert, question="Milloin korjataan?")


def test_request_take_in(service):
    fields = {key: value for key, value in REQUEST.items() if key != "preferred_channel"}
    request_take_in(request=CitizenRequest(service=service, **fields))
    with exact_queries(WRITES["request_take_in"]):
        request_take_in(request=CitizenRequest(service=service, **fields))


def test_web_form_post(client, service):
    url = reverse("public:request_create", args=[service.code])
    assert client.post(url, REQUEST).status_code == 302
    with exact_queries(WRITES["web form POST"]):
        response = client.post(url, {**REQUEST, "email": "toinen@example.fi"})
    assert response.status_code == 302


def test_submission_register(service):
    fields = {key: value for key, value in REQUEST.items() if key != "preferred_channel"}
    first, second = (
        request_take_in(request=CitizenRequest(service=service, **fields)) for _ in range(2)
    )
    submission_register(submission_id=first.pk)
    with exact_queries(WRITES["submission_register"]):
        submission_register(submission_id=second.pk)
    assert Submission.objects.get(pk=second.pk).state == "registered"


def test_appointment_book_online(service, expert):
    BookableService.objects.create(
        service=service, duration_minutes=30, horizon_days=60, notice_hours=24
    )
    point = ServicePoint.objects.create(
        organisation=OrganisationFactory(), name="Kaupungintalo", post_office="Vuoksela"
    )
    rule = AvailabilityRule.objects.create(
        staff=expert,
        weekday=0,
        starts=dt.time(9),
        ends=dt.time(12),
        meeting_type=MeetingType.SERVICE_POINT,
        service_point=point,
    )
    rule.services.set([service])
    first, second = free_slots(service=service, start=NOW.date(), days=14)[:2]

    def book(slot, email):
        return appointment_book_online(
            service=service,
            starts_at=slot.starts_at,
            meeting_type=slot.meeting_type,
            service_point_id=slot.service_point_id,
            first_name="Maija",
            last_name="Meikäläinen",
            email=email,
            description="Haluan kysyä rakennusluvasta.",
        )

    book(first, "maija@example.fi")
    with exact_queries(WRITES["appointment_book_online"]):
        book(second, "toinen@example.fi")
