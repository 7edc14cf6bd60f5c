"""No overbooking: people registering for a course's last place at the same moment, each in
a transaction and connection of its own. Exactly one gets the place; the others get a
waiting-list form (an unsent form takes no spot), and of those sending it at the same
moment as many join the waiting list as it has room for, the rest are told it filled up."""

import threading

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.db import connection, connections
from django.utils import translation

from ...models import Registration
from ...services.registrations import registration_start, registration_submit
from .conftest import MORNING, course_make, person

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def _postgresql():
    if connection.vendor != "postgresql":
        pytest.skip("parallel transactions need PostgreSQL")


def race(course, count: int, step=None):
    """`count` people at once: each starts a registration, or does `step(n)`."""
    step = step or (lambda _n: registration_start(course=course).status)
    barrier = threading.Barrier(count)
    results, refused, errors = [], [], []

    def citizen(n):
        try:
            # (A thread starts in the default language: the messages in English here too.)
            with time_machine.travel(MORNING, tick=False), translation.override("en"):
                barrier.wait()
                results.append(step(n))
        except ValidationError as error:
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
    return results, refused, errors


@pytest.mark.usefixtures("_postgresql")
def test_eight_people_for_the_last_place_one_gets_it(service):
    from luukku.queueing.tests.factories import ServicePointFactory

    with time_machine.travel(MORNING, tick=False):
        course = course_make(service=service, point=ServicePointFactory(), capacity=1, waiting=3)

    results, refused, errors = race(course, 8)

    assert errors == [] and refused == []
    assert results.count(Registration.Status.HELD) == 1
    assert results.count(Registration.Status.WAITING) == 7
    forms = list(course.registrations.filter(status=Registration.Status.WAITING).order_by("pk"))

    def send(n):
        return registration_submit(registration=forms[n], who=person(n + 1)).status

    sent, refused, errors = race(course, 7, send)

    assert errors == []
    assert sent == [Registration.Status.WAITING] * 3
    assert len(refused) == 4
    assert all("filled up" in " ".join(e.messages) for e in refused)
    assert course.registrations.filter(status=Registration.Status.HELD).count() == 1
    late, late_refused, _errors = race(course, 1)
    assert late == [] and "full" in " ".join(late_refused[0].messages)
