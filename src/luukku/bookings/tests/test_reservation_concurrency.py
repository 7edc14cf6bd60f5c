"""No double booking, ever: the same time (and a whole hall against its half) booked in
parallel transactions, each thread on its own connection, released by a barrier after each
has seen the time free. Only PostgreSQL's exclusion constraint on the occupied spaces stands
between them; the loser gets the translated "no longer free" error and keeps nothing."""

import threading

import pytest
import time_machine
from django.db import connection, connections
from django.utils import translation

from luukku.cases.models import Case
from luukku.core.testing.clock import at

from ..models import Occupancy, Reservation
from ..selectors.reservations import clashes
from ..services import reservations as booking
from ..services.reservations import ReservationClash, reservation_book_online
from .conftest import MORNING

pytestmark = pytest.mark.django_db(transaction=True)
START, END = at(2026, 3, 17, 18, 0), at(2026, 3, 17, 19, 0)


@pytest.fixture
def _postgresql():
    if connection.vendor != "postgresql":
        pytest.skip("parallel transactions need PostgreSQL (SQLite serialises every write)")


@pytest.fixture
def _everyone_sees_it_free(monkeypatch):
    """Both threads pass the service's first check before either writes, and its second
    check (just before the spaces are taken) sees nothing: the constraint alone decides, as
    when two checks run at the very same moment. (The second thread waits for the first's
    commit on the case's reference number in between.)"""
    barrier = threading.Barrier(2)

    def checked(unit, starts_at, ends_at, **kwargs):
        if kwargs.get("exclude"):
            return []
        found = clashes(unit, starts_at, ends_at, **kwargs)
        barrier.wait(timeout=10)
        return found

    monkeypatch.setattr(booking, "clashes", checked)


def race(units, language="fi"):
    booked, refused, errors = [], [], []

    def citizen(number, unit):
        try:
            with time_machine.travel(MORNING, tick=False), translation.override(language):
                reservation = reservation_book_online(
                    unit=unit,
                    starts_at=START,
                    ends_at=END,
                    first_name="Asiakas",
                    last_name=str(number),
                    email=f"asiakas{number}@example.fi",
                    terms_accepted=True,
                    language=language,
                )
                booked.append(reservation.pk)
        except ReservationClash as error:
            refused.append(error)
        except Exception as error:  # reported below: a thread cannot fail the test itself
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=citizen, args=(n, u)) for n, u in enumerate(units)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return booked, refused, errors


@pytest.mark.usefixtures("_postgresql", "_everyone_sees_it_free")
def test_two_people_booking_one_room_at_once_one_wins(room):
    booked, refused, errors = race([room, room])

    assert errors == []
    assert len(booked) == 1 and len(refused) == 1
    assert refused[0].messages == ["Tämä aika ei ole enää vapaa. Valitse toinen aika."]
    assert Reservation.objects.count() == 1
    assert Occupancy.objects.filter(active=True).count() == 1
    assert Case.objects.count() == 1  # the refused booking left no case behind


@pytest.mark.usefixtures("_postgresql", "_everyone_sees_it_free")
def test_the_whole_hall_and_its_half_at_once_one_wins(hall):
    whole, north, _south = hall

    booked, refused, errors = race([whole, north], language="en")

    assert errors == []
    assert len(booked) == 1 and len(refused) == 1
    assert refused[0].messages == ["This time is no longer free. Choose another time."]
    assert Reservation.objects.count() == 1
