"""The citizen's booking page shows calendar weeks, Monday to Sunday, within the horizon."""

import re

import pytest
import time_machine
from django.urls import reverse

from luukku.appointments.models import MeetingType
from luukku.core.testing.clock import at

from .conftest import add_rule

# Tuesday 24 November 2026 (ISO week 48: Monday 23.11.–Sunday 29.11.) and that week's Sunday.
TUESDAY = at(2026, 11, 24, 8, 0)
SUNDAY = at(2026, 11, 29, 12, 0)


@pytest.fixture
def weekly(expert, bookable, point):
    """The expert meets customers on Mondays and Wednesdays 9–12; the horizon is 60 days."""
    add_rule(expert, bookable.service, weekday=0, service_point=point)
    add_rule(expert, bookable.service, weekday=2, service_point=point)
    add_rule(expert, bookable.service, weekday=2, meeting_type=MeetingType.PHONE)
    return bookable


def week_nav(page: str) -> str:
    return re.search(r'<nav class="week-nav".*?</nav>', page, re.S).group(0)


def slot_days(page: str) -> list[str]:
    return re.findall(r'<h2 class="slot-day">([^<]+)</h2>', page)


def test_on_a_tuesday_the_page_opens_on_this_calendar_week_without_the_past(client, weekly):
    code = weekly.service.code
    with time_machine.travel(TUESDAY, tick=False):
        page = client.get(reverse("public:booking", args=[code])).content.decode()
        past = client.get(reverse("public:booking", args=[code]), {"week": "2026-11-10"})
        mid_week = client.get(reverse("public:booking", args=[code]), {"week": "2026-12-03"})
    nav = week_nav(page)
    assert "Viikko 48: 23.11.–29.11.2026" in nav
    # Monday 23.11. is gone; Wednesday is the first day with a free time (24 hours' notice).
    assert slot_days(page) == ["keskiviikko 25.11.2026"]
    assert "Edellinen viikko" not in nav
    assert "?week=2026-11-30&amp;type=&amp;tz=Europe/Helsinki" in nav
    # A week in the past is this week; a day in a week is that week's Monday.
    assert "Viikko 48: 23.11.–29.11.2026" in week_nav(past.content.decode())
    assert "Edellinen viikko" not in week_nav(past.content.decode())
    later = week_nav(mid_week.content.decode())
    assert "Viikko 49: 30.11.–6.12.2026" in later
    assert "?week=2026-11-23&amp;type=&amp;tz=Europe/Helsinki" in later
    assert slot_days(mid_week.content.decode()) == [
        "maanantai 30.11.2026",
        "keskiviikko 2.12.2026",
    ]


def test_the_weeks_end_at_the_horizon_and_keep_the_meeting_type_and_zone(client, weekly):
    code = weekly.service.code
    with time_machine.travel(TUESDAY, tick=False):
        # 60 days from 24.11.2026 is Saturday 23.1.2027, in week 3 (18.1.–24.1.2027).
        response = client.get(
            reverse("public:booking", args=[code]),
            {"week": "2027-03-01", "type": "phone", "tz": "Europe/Stockholm"},
        )
    page = response.content.decode()
    nav = week_nav(page)
    assert "Viikko 3: 18.1.–24.1.2027" in nav
    assert "Seuraava viikko" not in nav
    assert "?week=2027-01-11&amp;type=phone&amp;tz=Europe/Stockholm" in nav
    # The filter form (no JavaScript) sends the week shown with the type and the zone.
    filters = re.search(r'<form method="get" class="filters".*?</form>', page, re.S).group(0)
    assert 'name="week" value="2027-01-18"' in filters
    assert re.search(r'<option value="phone" selected>', filters)
    assert re.search(r'<option value="Europe/Stockholm" selected>', filters)
    assert slot_days(page) == ["keskiviikko 20.1.2027"]


@pytest.mark.parametrize(
    ("prefix", "label"),
    [
        ("", "Viikko 48: 23.11.–29.11.2026"),
        ("/sv", "Vecka 48: 23.11.–29.11.2026"),
        ("/en", "Week 48: 23.11.–29.11.2026"),
    ],
)
def test_on_a_sunday_the_week_is_the_one_ending_today(client, weekly, prefix, label):
    code = weekly.service.code
    with time_machine.travel(SUNDAY, tick=False):
        this_week = client.get(f"{prefix}/services/{code}/book/", {"week": "2026-11-29"})
        first = client.get(f"{prefix}/services/{code}/book/")
    nav = week_nav(this_week.content.decode())
    assert label in nav
    assert slot_days(this_week.content.decode()) == []
    assert 'id="no-slots"' in this_week.content.decode()
    assert "?week=2026-11-30&amp;" in nav and "?week=2026-11-16" not in nav
    # Without a week the page opens on the first week with a free time, from its Monday.
    assert "49: 30.11.–6.12.2026" in week_nav(first.content.decode())
