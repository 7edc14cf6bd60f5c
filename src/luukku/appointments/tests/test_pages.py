"""The citizen's and the staff's pages of appointments and callbacks, through HTTP."""

import datetime as dt
import re

import icalendar
import pytest
import time_machine
from django.urls import reverse

from luukku.appointments.models import (
    Appointment,
    AvailabilityRule,
    CalendarFeed,
    Callback,
    PhoneHours,
)
from luukku.appointments.selectors import free_slots
from luukku.cases.models import Case, Channel
from luukku.cases.tests.factories import make_case
from luukku.catalogue.models import ServiceChannel
from luukku.core.testing.clock import at
from luukku.customers.tests.factories import CustomerFactory
from luukku.privacy.models import AccessLogEntry

from .conftest import MONDAY

NOW = at(2026, 11, 23, 8, 0)


@pytest.fixture(autouse=True)
def _monday_morning():
    with time_machine.travel(NOW, tick=False):
        yield


def first_slot(service, **kwargs):
    return free_slots(service=service, start=MONDAY, days=14, **kwargs)[0]


BOOKING = {
    "first_name": "Maija",
    "last_name": "Meikäläinen",
    "email": "maija@example.fi",
    "phone": "",
    "description": "Neuvoa lupaan.",
}


def test_the_service_page_offers_booking_phone_hours_and_callbacks(client, expert_monday, bookable):
    hours = PhoneHours.objects.create(
        staff=expert_monday, weekday=1, starts=dt.time(9), ends=dt.time(10), phone="09 123 4567"
    )
    hours.services.set([bookable.service])
    page = client.get(reverse("public:service", args=[bookable.service.code])).content.decode()
    assert reverse("public:booking", args=[bookable.service.code]) in page
    assert reverse("public:callback", args=[bookable.service.code]) in page
    assert "Puhelinajat" in page and "09 123 4567" in page and "tiistai" in page


def test_the_service_page_names_its_opening_hours_once(client, expert_monday, bookable, point):
    # The same service point twice (at the counter, and as the place of appointments).
    for _twice in range(2):
        ServiceChannel.objects.create(
            service=bookable.service, kind="service_location", service_point=point
        )
    page = client.get(reverse("public:service", args=[bookable.service.code])).content.decode()
    # One heading, which also names the table: no hidden caption saying it again.
    assert page.count("Aukioloajat") == 1
    assert re.search(r'<h3 id="(opening-hours-\d+)">Aukioloajat: Kaupungintalo</h3>', page)
    assert '<table class="narrow" aria-labelledby="opening-hours-' in page


def test_booking_page_folds_the_time_zone_below_the_filters(client, expert_monday, bookable):
    path = reverse("public:booking", args=[bookable.service.code])
    page = client.get(path).content.decode()
    folded = '<details class="zone-choice">\n    <summary>Eri aikavyöhyke?</summary>'
    assert folded in page
    # Below the filters' form start, above nothing of the times: the slots come after it.
    assert page.index('id="slot-filters"') < page.index(folded) < page.index('id="slots"')
    assert page.index(folded) < page.index('name="tz" id="id_tz"')
    # Another zone chosen: open, so the visitor sees which.
    chosen = client.get(path, {"tz": "America/New_York"}).content.decode()
    assert '<details class="zone-choice" open>' in chosen
    swedish = client.get(f"/sv/services/{bookable.service.code}/book/").content.decode()
    assert "<summary>Annan tidszon?</summary>" in swedish
    english = client.get(f"/en/services/{bookable.service.code}/book/").content.decode()
    assert "<summary>Another time zone?</summary>" in english


def test_a_citizen_books_changes_and_cancels_through_the_pages(client, expert_monday, bookable):
    code = bookable.service.code
    slot = first_slot(bookable.service)
    page = client.get(reverse("public:booking", args=[code])).content.decode()
    assert slot.key in page and "maanantai 30.11.2026" in page

    details = client.get(reverse("public:booking_details", args=[code]), {"slot": slot.key})
    assert details.status_code == 200 and "Kuka tulee" in details.content.decode()
    response = client.post(
        reverse("public:booking_details", args=[code]), {"slot": slot.key, **BOOKING}
    )
    appointment = Appointment.objects.get()
    assert response.status_code == 302
    assert response.url == reverse("public:appointment", args=[appointment.token])
    page = client.get(response.url).content.decode()
    assert "Aikasi on varattu." in page and "Virastokatu 2" in page

    ics = client.get(reverse("public:appointment_calendar", args=[appointment.token]))
    assert ics["Content-Type"].startswith("text/calendar")
    assert icalendar.Calendar.from_ical(ics.content).walk("VEVENT")[0]["uid"] == appointment.uid

    later = free_slots(service=bookable.service, start=MONDAY, days=14)[1]
    moved = client.post(
        reverse("public:appointment_reschedule", args=[appointment.token]), {"slot": later.key}
    )
    assert moved.status_code == 302
    appointment.refresh_from_db()
    assert appointment.starts_at == later.starts_at

    client.post(reverse("public:appointment_cancel", args=[appointment.token]))
    appointment.refresh_from_db()
    assert appointment.status == Appointment.Status.CANCELLED
    assert "Varaa uusi aika" in client.get(response.url).content.decode()


def test_a_taken_time_shows_a_clear_message_and_other_times(client, expert_monday, bookable):
    code = bookable.service.code
    slot = first_slot(bookable.service)
    client.post(reverse("public:booking_details", args=[code]), {"slot": slot.key, **BOOKING})

    response = client.post(
        reverse("public:booking_details", args=[code]),
        {"slot": slot.key, **BOOKING, "email": "toinen@example.fi"},
    )
    page = response.content.decode()
    assert response.status_code == 409
    assert "Joku muu varasi tämän ajan juuri äsken" in page
    assert "Vapaita aikoja lähellä" in page
    assert Appointment.objects.count() == 1 and Case.objects.count() == 1


def test_bad_booking_input_is_shown_on_the_form(client, expert_monday, bookable):
    code = bookable.service.code
    slot = first_slot(bookable.service)
    response = client.post(
        reverse("public:booking_details", args=[code]),
        {"slot": slot.key, **BOOKING, "email": "", "description": ""},
    )
    page = response.content.decode()
    assert response.status_code == 400
    assert "Anna sähköpostiosoite tai puhelinnumero vahvistusta varten." in page
    assert not Appointment.objects.exists()
    garbage = client.get(reverse("public:booking_details", args=[code]), {"slot": "not-a-slot"})
    assert garbage.status_code == 409


@pytest.mark.parametrize(
    ("prefix", "heading", "taken"),
    [
        ("/sv", "Boka tid", "Någon annan bokade den här tiden"),
        ("/en", "Book an appointment", "Someone else booked this time"),
    ],
)
def test_booking_pages_in_swedish_and_english(
    client, expert_monday, bookable, prefix, heading, taken
):
    code = bookable.service.code
    slot = first_slot(bookable.service)
    page = client.get(f"{prefix}/services/{code}/book/").content.decode()
    assert heading in page
    client.post(f"{prefix}/services/{code}/book/details/", {"slot": slot.key, **BOOKING})
    again = client.post(
        f"{prefix}/services/{code}/book/details/",
        {"slot": slot.key, **BOOKING, "email": "b@example.fi"},
    )
    assert taken in again.content.decode()


def test_times_can_be_shown_in_another_time_zone(client, expert_monday, bookable):
    page = client.get(
        reverse("public:booking", args=[bookable.service.code]), {"tz": "America/New_York"}
    ).content.decode()
    # 9.00 in Helsinki is 2.00 in New York in winter.
    assert re.search(r">02\.00<span", page) and "klo 09.00 Suomen aikaa" in page
    unknown = client.get(
        reverse("public:booking", args=[bookable.service.code]), {"tz": "Mars/Olympus"}
    ).content.decode()
    assert re.search(r">09\.00<span", unknown)


def test_the_chosen_time_is_shown_in_the_visitors_time_zone_and_in_finnish_time(
    client, expert_monday, bookable
):
    code = bookable.service.code
    page = client.get(reverse("public:booking", args=[code]), {"tz": "America/New_York"})
    slot = re.search(r'name="slot" value="([^"]+)"', page.content.decode()).group(1)
    details = client.get(
        reverse("public:booking_details", args=[code]), {"slot": slot, "tz": "America/New_York"}
    ).content.decode()
    chosen = re.search(r'<dl class="facts" id="chosen-slot">.*?</dd>', details, re.S).group(0)
    # 9.00 in Helsinki is 2.00 in New York in winter, the zone named as the list names it.
    assert re.search(r"\b02\.00 \(New York", chosen) and "klo 09.00 Suomen aikaa" in chosen
    assert "America/New_York" not in chosen


ZONE_PAGE = {
    # language: the first group, the first option, the error for a zone not on the list
    "fi": (
        "Yleisimmät aikavyöhykkeet",
        "Helsinki, Suomi (UTC+02:00)",
        "Valitse aikavyöhyke luettelosta. Ajat näytetään Suomen aikaa.",
    ),
    "sv": (
        "Vanligaste tidszonerna",
        "Helsingfors, Finland (UTC+02:00)",
        "Välj en tidszon i listan. Tiderna visas i finsk tid.",
    ),
    "en": (
        "Common time zones",
        "Helsinki, Finland (UTC+02:00)",
        "Choose a time zone from the list. The times are shown in Finnish time.",
    ),
}


@pytest.mark.parametrize("language", ZONE_PAGE)
def test_the_time_zone_choice_lists_the_common_zones_first_by_name(
    client, expert_monday, bookable, language
):
    group, helsinki, _error = ZONE_PAGE[language]
    prefix = "" if language == "fi" else f"/{language}"
    page = client.get(f"{prefix}/services/{bookable.service.code}/book/").content.decode()
    select = page[page.index('<select name="tz"') : page.index("</select>", page.index('"tz"'))]
    assert re.findall(r"<optgroup label=\"([^\"]+)\">", select)[0] == group
    options = re.findall(r'<option value="([^"]+)"( selected)?>([^<]+)</option>', select)
    assert options[0] == ("Europe/Helsinki", " selected", helsinki)
    assert [value for value, _selected, _label in options[:3]] == [
        "Europe/Helsinki",
        "Europe/Stockholm",
        "Europe/Tallinn",
    ]
    assert sum(bool(selected) for _value, selected, _label in options) == 1
    assert "Africa/Abidjan" in {value for value, _selected, _label in options}
    assert "US/Eastern" not in select  # an alias is not listed twice


@pytest.mark.parametrize("language", ZONE_PAGE)
def test_a_zone_not_on_the_list_is_refused_with_a_translated_error(
    client, expert_monday, bookable, language
):
    _group, helsinki, error = ZONE_PAGE[language]
    prefix = "" if language == "fi" else f"/{language}"
    path = f"{prefix}/services/{bookable.service.code}/book/"
    response = client.get(path, {"tz": "Mars/Olympus"})
    assert response.status_code == 400
    page = response.content.decode()
    assert f'<p class="error" id="id_tz_error">{error}</p>' in page
    assert 'aria-describedby="id_tz_error" aria-invalid="true"' in page
    assert f'<option value="Europe/Helsinki" selected>{helsinki}</option>' in page
    assert re.search(r">09\.00<span", page)  # the times in Finnish time
    assert "Mars/Olympus" not in page
    assert client.get(path, {"tz": "Europe/Oslo"}).status_code == 200


def test_a_browsers_alias_of_a_zone_is_accepted_and_shown(client, expert_monday, bookable):
    """Chromium reports India as Asia/Calcutta, which CLDR lists as Asia/Kolkata."""
    page = client.get(
        f"/en/services/{bookable.service.code}/book/", {"tz": "Asia/Calcutta"}
    ).content.decode()
    assert re.search(r'<option value="Asia/Calcutta" selected>Kolkata, India \(UTC\+05:30\)<', page)
    assert re.search(r">12\.30<span", page)  # 9.00 in Helsinki


def test_a_citizen_asks_for_a_callback_on_the_page(client, service, expert):
    hours = PhoneHours.objects.create(
        staff=expert, weekday=0, starts=dt.time(9), ends=dt.time(10), phone="09 123 4567"
    )
    hours.services.set([service])
    page = client.get(reverse("public:callback", args=[service.code])).content.decode()
    window = re.search(r'name="window" value="([^"]+)"', page).group(1)
    response = client.post(
        reverse("public:callback", args=[service.code]),
        {
            "window": window,
            "first_name": "Maija",
            "last_name": "M",
            "phone": "040 123 4567",
            "description": "Soittakaa.",
        },
    )
    callback = Callback.objects.get()
    assert response.status_code == 302 and response.url.endswith(callback.case.token + "/?sent=1")
    # The page the caller lands on says to keep its address: without an e-mail address it
    # is their only way back to the request.
    landed = client.get(response.url).content.decode()
    assert "Tallenna tämän sivun osoite" in landed and callback.case.token in landed
    bad = client.post(reverse("public:callback", args=[service.code]), {"window": window})
    assert bad.status_code == 400 and Callback.objects.count() == 1


def test_the_callback_form_of_a_service_with_required_fields_asks_only_what_a_call_needs(
    client, service_with_fields
):
    """The street lighting's callback form demanded its request's answers without showing
    them. It asks a time, a name, a phone number and what the call is about; a request
    missing those is refused field by field, and nothing is written."""
    url = reverse("public:callback", args=[service_with_fields.code])
    page = client.get(url).content.decode()
    assert 'name="answer_' not in page and 'name="address"' not in page
    window = re.search(r'name="window" value="([^"]+)"', page).group(1)
    bad = client.post(url, {"window": window, "phone": "ei numero"})
    assert bad.status_code == 400 and not Callback.objects.exists()
    assert set(bad.context["form"].errors) == {"first_name", "last_name", "phone", "description"}
    assert "Tämä kenttä vaaditaan." in bad.content.decode()
    response = client.post(
        url,
        {
            "window": window,
            "first_name": "Maija",
            "last_name": "M",
            "phone": "040 123 4567",
            "description": "Katuvalo pimeänä, soittakaa.",
        },
    )
    callback = Callback.objects.get()
    assert response.status_code == 302 and response.url.endswith(callback.case.token + "/?sent=1")


def test_an_agent_books_at_the_counter_and_the_view_is_logged(
    client, agent, expert_monday, bookable
):
    customer = CustomerFactory(email="a@example.fi")
    client.force_login(agent)
    url = reverse("web:appointment_book")
    query = {"customer": customer.pk, "service": bookable.service.pk}
    slot = free_slots(service=bookable.service, start=MONDAY, days=1, for_staff=True)[0]
    page = client.get(url, query).content.decode()
    assert slot.key in page
    missing_note = client.post(
        f"{url}?customer={customer.pk}&service={bookable.service.pk}",
        {"customer": customer.pk, "channel": "counter", "slot": slot.key},
    )
    assert missing_note.status_code == 400 and not Appointment.objects.exists()
    response = client.post(
        f"{url}?customer={customer.pk}&service={bookable.service.pk}",
        {"customer": customer.pk, "channel": "counter", "note": "Neuvonta", "slot": slot.key},
    )
    appointment = Appointment.objects.get()
    assert response.url == reverse("web:appointment", args=[appointment.pk])
    assert appointment.case.channel == Channel.COUNTER and appointment.booked_by == agent
    client.get(response.url)
    assert AccessLogEntry.objects.filter(
        actor=agent, case=appointment.case, context="appointment_page"
    ).exists()


def test_an_expert_sets_up_bookable_time_and_sees_the_calendar(client, expert, bookable, point):
    client.force_login(expert)
    response = client.post(
        reverse("web:availability"),
        {
            "form": "rule",
            "rule-services": [bookable.service.pk],
            "rule-meeting_type": "service_point",
            "rule-service_point": point.pk,
            "rule-weekday": "1",
            "rule-starts": "13:00",
            "rule-ends": "15:00",
        },
    )
    assert response.status_code == 302
    rule = AvailabilityRule.objects.get(staff=expert)
    assert rule.weekday == 1 and rule.starts == dt.time(13)
    bad = client.post(
        reverse("web:availability"),
        {
            "form": "rule",
            "rule-services": [bookable.service.pk],
            "rule-meeting_type": "service_point",
            "rule-weekday": "1",
            "rule-starts": "15:00",
            "rule-ends": "13:00",
        },
    )
    assert bad.status_code == 400 and "Lopun on oltava alun jälkeen." in bad.content.decode()
    assert AvailabilityRule.objects.count() == 1
    week = client.get(reverse("web:calendar"), {"date": "2026-11-24"}).content.decode()
    assert "Varattavissa" in week and "13.00–15.00" in week
    day = client.get(reverse("web:calendar"), {"date": "2026-11-24", "view": "day"})
    assert day.status_code == 200


def test_one_cannot_change_another_persons_calendar(client, expert, other_expert, bookable):
    rule = AvailabilityRule.objects.create(
        staff=other_expert, weekday=0, starts=dt.time(9), ends=dt.time(10), meeting_type="phone"
    )
    client.force_login(expert)
    refused = client.post(reverse("web:availability_delete", args=["rule", rule.pk]))
    missing = client.post(reverse("web:availability_delete", args=["rule", rule.pk + 1000]))
    # The same answer as for an id that does not exist: ids tell nothing of others' calendars.
    assert refused.status_code == missing.status_code == 404
    assert AvailabilityRule.objects.filter(pk=rule.pk).exists()


def test_the_private_feed_lists_appointments_without_customer_names(
    client, expert_monday, bookable
):
    slot = first_slot(bookable.service)
    client.post(
        reverse("public:booking_details", args=[bookable.service.code]),
        {"slot": slot.key, **BOOKING},
    )
    client.force_login(expert_monday)
    client.post(reverse("web:calendar_feed_renew"))
    feed = CalendarFeed.objects.get(staff=expert_monday)
    client.logout()
    response = client.get(f"/calendar/{feed.token}.ics")
    body = response.content.decode()
    assert response.status_code == 200 and "Meikäläinen" not in body and "maija" not in body
    (event,) = icalendar.Calendar.from_ical(response.content).walk("VEVENT")
    assert event.decoded("dtstart") == slot.starts_at
    assert client.get("/calendar/wrong-token.ics").status_code == 404


def test_the_callback_worklist_and_recording_a_call(client, agent, service):
    case = make_case(service=service, customer=CustomerFactory(phone="+358401112222"))
    client.force_login(agent)
    created = client.post(
        reverse("web:callback_new") + f"?case={case.reference}",
        {
            "case": case.reference,
            "window_start": "2026-11-23T10:00",
            "window_end": "2026-11-23T11:00",
            "phone": "+358401112222",
        },
    )
    assert created.status_code == 302
    callback = Callback.objects.get()
    page = client.get(reverse("web:callbacks")).content.decode()
    assert case.reference in page and "+358401112222" not in page  # numbers on the call page
    call = client.get(reverse("web:callback", args=[callback.pk])).content.decode()
    assert "+358401112222" in call
    assert AccessLogEntry.objects.filter(context="callback_page").exists()
    client.post(reverse("web:callback", args=[callback.pk]), {"outcome": "reached", "note": "OK"})
    callback.refresh_from_db()
    assert callback.status == Callback.Status.REACHED
