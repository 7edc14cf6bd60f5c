import datetime as dt

import pytest
import time_machine
from django.utils import translation

from luukku.commerce.models import CustomerGroup, Price
from luukku.commerce.tests.factories import product_priced
from luukku.core.testing.clock import at

from ...models import Course, CourseSession
from ...services.registrations import Registrant

# A Monday morning in August, registration for the autumn open.
MORNING = at(2026, 8, 10, 10, 0)


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


@pytest.fixture
def clock():
    with time_machine.travel(MORNING, tick=False) as traveller:
        yield traveller


@pytest.fixture
def fee(db):
    """The course fee: 60 € for residents, 30 € for pensioners (a proof needed)."""
    product = product_priced(cents=6000, vat="0", code="KURSSI1", name="Kurssimaksu", kind="fee")
    Price.objects.create(
        product=product,
        group=CustomerGroup.SENIOR,
        amount_cents=3000,
        valid_from=dt.date(2026, 1, 1),
    )
    return product


def course_make(*, service, point, product=None, capacity=2, waiting=2, **fields) -> Course:
    fields.setdefault("code", f"K{Course.objects.count() + 1:03d}")
    fields.setdefault("name", "Espanjan alkeet")
    # In Finnish, the language every other one falls back to.
    for name in ("name", "description", "terms"):
        if name in fields:
            fields[f"{name}_fi"] = fields.pop(name)
    course = Course.objects.create(
        service=service,
        service_point=point,
        product=product,
        capacity=capacity,
        waiting_list_capacity=waiting,
        enrolment_opens=at(2026, 8, 1, 9, 0),
        enrolment_closes=at(2026, 9, 1, 0, 0),
        free_cancellation_until=dt.date(2026, 8, 31),
        minimum_participants=fields.pop("minimum", 0),
        decision_date=dt.date(2026, 8, 31),
        **fields,
    )
    for week in range(3):
        start = at(2026, 9, 7, 18, 0) + dt.timedelta(weeks=week)
        CourseSession.objects.create(
            course=course, starts_at=start, ends_at=start + dt.timedelta(minutes=90)
        )
    return course


@pytest.fixture
def course(service, point, clock):
    return course_make(service=service, point=point)


@pytest.fixture
def paid_course(service, point, fee, clock):
    return course_make(service=service, point=point, product=fee, name="Posliininmaalaus")


def person(n: int = 1, **fields) -> Registrant:
    fields.setdefault("language", "en")
    fields.setdefault("first_name", "Aino")
    fields.setdefault("last_name", f"Virtanen{n}")
    fields.setdefault("email", f"aino{n}@example.fi")
    return Registrant(**fields)
