"""The citizen's page of a unit: why a time is not bookable (taken, past, not yet bookable
and when booking opens), the prices per customer group, the week's opening hours with its
closed days, and the unit's own capacity."""

import datetime as dt

import pytest
from django.urls import reverse

from luukku.core.testing.clock import at

from ..selectors.reservations import day_slots
from .test_reservations import book

pytestmark = pytest.mark.usefixtures("clock")


def _page(client, unit, day: str) -> str:
    page = client.get(reverse("public:reservation_unit", args=[unit.code]), {"day": day})
    assert page.status_code == 200
    return page.content.decode()


def test_a_time_beyond_the_booking_window_is_not_yet_bookable_not_taken(client, room):
    # Booked 90 days ahead: on Tuesday 10.3. the days up to 8.6. are open for booking.
    slots = day_slots(room, dt.date(2026, 6, 9))

    assert {s.state for s in slots} == {"not_yet"}
    assert {s.opens_on for s in slots} == {dt.date(2026, 3, 11)}
    text = _page(client, room, "2026-06-09")
    assert "taken" not in text
    assert "Booking for this day opens on 11.3.2026." in text
    assert text.count(">not yet bookable<") == len(slots)


def test_the_times_before_now_are_past_and_a_booked_one_is_taken(client, room):
    book(room, at(2026, 3, 10, 15, 0))

    states = {s.starts_at: s.state for s in day_slots(room, dt.date(2026, 3, 10))}

    assert states[at(2026, 3, 10, 8, 0)] == "past"
    assert states[at(2026, 3, 10, 11, 0)] == "past"  # within the two hours' notice
    assert states[at(2026, 3, 10, 12, 0)] == "free"
    assert states[at(2026, 3, 10, 15, 0)] == "taken"
    text = _page(client, room, "2026-03-10")
    assert text.count(">past<") == 4 and text.count(">taken<") >= 1


def test_the_unit_page_shows_the_prices_per_group_and_the_week_s_hours(client, room):
    text = _page(client, room, "2026-04-01")  # the week of Good Friday and Easter Monday

    assert "Per hour" in text
    assert "Resident" in text and "20.00" in text.replace(",", ".")
    assert "Association" in text and "15.00" in text.replace(",", ".")
    hours = text[text.index('id="unit-hours"') :]
    assert "Mon 30.3.2026" in hours and "8:00–21:00" in hours
    assert "Fri 3.4.2026</th><td><strong>closed" in hours


def test_a_hall_and_its_halves_each_show_their_own_capacity(client, hall):
    whole, north, _south = hall
    whole.capacity, north.capacity = 200, 100
    whole.save()
    north.save()

    assert "200 persons" in _page(client, whole, "2026-03-17")
    assert "100 persons" in _page(client, north, "2026-03-17")
