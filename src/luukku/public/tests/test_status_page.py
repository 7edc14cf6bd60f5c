"""The citizen's status page reads as its reader writes: the answers they gave apart from the
request's own facts, dates and numbers in their language."""

import re

import pytest

from luukku.cases.tests.factories import make_case
from luukku.catalogue.tests.factories import RequestFieldFactory

pytestmark = pytest.mark.django_db


def _facts(page: str) -> list[list[str]]:
    """The terms of each description list on the page."""
    return [
        re.findall(r"<dt>(.*?)</dt>", block)
        for block in re.findall(r'<dl class="facts[^"]*">(.*?)</dl>', page, re.S)
    ]


@pytest.fixture
def room_booking(service):
    RequestFieldFactory(
        service=service,
        code="date",
        datatype="date",
        label_fi="Päivä",
        label_sv="Datum",
        label_en="Date",
    )
    RequestFieldFactory(
        service=service,
        code="attendees",
        datatype="number",
        label_fi="Osallistujia",
        label_sv="Deltagare",
        label_en="Attendees",
    )
    RequestFieldFactory(
        service=service,
        code="room",
        datatype="single_choice",
        label_fi="Tila",
        label_sv="Lokal",
        label_en="Room",
        options=["gym"],
    )
    return make_case(
        service=service,
        answers={"date": "2027-01-15", "attendees": "12.5", "room": "gym"},
    )


def test_a_question_labelled_like_a_fact_of_the_request_is_listed_apart(client, room_booking):
    page = client.get(f"/requests/{room_booking.token}/").content.decode()
    facts, answers = _facts(page)
    assert facts.count("Tila") == 1 and answers == ["Päivä", "Osallistujia", "Tila"]
    assert "<h2>Antamasi tiedot</h2>" in page


@pytest.mark.parametrize(
    ("prefix", "day", "number"),
    [("", "15.1.2027", "12,5"), ("/sv", "15.1.2027", "12,5"), ("/en", "15.1.2027", "12.5")],
)
def test_dates_and_numbers_given_are_shown_as_the_reader_writes_them(
    client, room_booking, prefix, day, number
):
    page = client.get(f"{prefix}/requests/{room_booking.token}/").content.decode()
    assert f"<dd>{day}</dd>" in page and f"<dd>{number}</dd>" in page
    assert "2027-01-15" not in page


def test_the_staff_case_page_shows_them_so_too(client, room_booking, agent):
    client.force_login(agent)
    page = client.get(f"/sv/staff/cases/{room_booking.reference}/").content.decode()
    assert "<dt>Datum</dt><dd>15.1.2027</dd>" in page and "2027-01-15" not in page
