"""No double booking, ever: simultaneous bookings of one time in parallel transactions.

Each thread has its own database connection and transaction; a barrier releases them at the
same moment, after every one of them has seen the time as free. Only the database's unique
constraint on the claimed time stands between them.
"""

import threading

import pytest
import time_machine
from django.db import connection, connections

from luukku.appointments.models import Appointment, TimeClaim
from luukku.appointments.selectors import free_slots
from luukku.appointments.services import SlotTaken, appointment_book_online
from luukku.cases.models import Case
from luukku.core.testing.clock import at

from .conftest import MONDAY, add_rule

pytestmark = pytest.mark.django_db(transaction=True)


def race(service, slot, count: int) -> tuple[list, list, list]:
    barrier = threading.Barrier(count)
    booked, refused, errors = [], [], []

    def citizen(number: int):
        try:
            with time_machine.travel(at(2026, 11, 23, 8, 0), tick=False):
                barrier.wait()
                appointment = appointment_book_online(
                    service=service,
                    starts_at=slot.starts_at,
                    meeting_type=slot.meeting_type,
                    service_point_id=slot.service_point_id,
                    first_name="Asiakas",
                    last_name=str(number),
                    email=f"asiakas{number}@example.fi",
                    description="Sama aika kaikille.",
                )
                booked.append(appointment.pk)
        except SlotTaken as error:
            refused.append(error)
        except Exception as error:  # reported below; a thread cannot fail the test itself
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=citizen, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return booked, refused, errors


@pytest.fixture
def _postgresql():
    if connection.vendor != "postgresql":
        pytest.skip("parallel transactions need PostgreSQL")


@pytest.mark.usefixtures("_postgresql")
def test_eight_people_booking_one_time_at_once_one_succeeds(expert_monday, bookable):
    with time_machine.travel(at(2026, 11, 23, 8, 0), tick=False):
        slot = free_slots(service=bookable.service, start=MONDAY, days=14)[0]

    booked, refused, errors = race(bookable.service, slot, 8)

    assert errors == []
    assert len(booked) == 1 and len(refused) == 7
    # The others were offered other free times, and the taken one is not among them.
    assert all(error.alternatives for error in refused)
    assert all(slot.starts_at not in [s.starts_at for s in e.alternatives] for e in refused)
    assert Appointment.objects.filter(status=Appointment.Status.BOOKED).count() == 1
    assert TimeClaim.objects.count() == 8
    # The refused bookings left no case behind.
    assert Case.objects.count() == 1


@pytest.mark.usefixtures("_postgresql")
def test_with_two_free_people_two_of_six_succeed_one_each(
    expert_monday, second_expert, bookable, point
):
    add_rule(second_expert, bookable.service, weekday=0, service_point=point)
    with time_machine.travel(at(2026, 11, 23, 8, 0), tick=False):
        slot = free_slots(service=bookable.service, start=MONDAY, days=14)[0]

    booked, refused, errors = race(bookable.service, slot, 6)

    assert errors == []
    assert len(booked) == 2 and len(refused) == 4
    staff = set(Appointment.objects.filter(pk__in=booked).values_list("staff_id", flat=True))
    assert staff == {expert_monday.pk, second_expert.pk}
