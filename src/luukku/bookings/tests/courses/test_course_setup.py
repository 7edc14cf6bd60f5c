"""Staff set up courses (their form, weekly sessions without public holidays, places raised
for the waiting list), confirm decisions and cancellations with their reasons, and the
texts the newcomers found wrong (venue, "free of charge", the counter's button)."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import translation

from luukku.cases.models import CaseEvent

from ...models import Course, Registration
from ...services.course_setup import weekly_sessions
from ...services.registrations import registration_start, registration_submit
from .conftest import person


@pytest.fixture
def signed_in(client, agent):
    client.force_login(agent)
    return client


def test_weekly_sessions_skip_finnish_public_holidays():
    # Monday 6 December 2027 is Independence Day.
    laid_out = weekly_sessions(
        first=dt.date(2027, 11, 24), weekday=0, start=dt.time(18), minutes=90, count=3
    )

    days = [begins.date() for begins, _ends in laid_out.sessions]
    assert days == [dt.date(2027, 11, 29), dt.date(2027, 12, 13), dt.date(2027, 12, 20)]
    assert laid_out.skipped == [dt.date(2027, 12, 6)]
    assert laid_out.sessions[0][1] - laid_out.sessions[0][0] == dt.timedelta(minutes=90)


def _form(service, point, **changes):
    data = {
        "name_fi": "Italian alkeet",
        "name_sv": "Italienska för nybörjare",
        "name_en": "Italian for beginners",
        "place_fi": "Luokka 5",
        "place_sv": "Klassrum 5",
        "place_en": "Classroom 5",
        "description_fi": "Alusta.",
        "code": "KO-901",
        "service": service.pk,
        "service_point": point.pk,
        "sessions": "2026-09-07 18:00–19:30\n14.9.2026 18.00-19.30",
        "enrolment_opens": "2026-08-10T09:00",
        "enrolment_closes": "2026-09-01T00:00",
        "capacity": "12",
        "waiting_list_capacity": "4",
        "minimum_participants": "6",
        "decision_date": "2026-08-31",
        "published": "on",
        "save": "1",
    }
    return {**data, **changes}


def test_staff_create_a_course_in_three_languages(signed_in, service, point, clock):
    response = signed_in.post(reverse("web:course_new"), _form(service, point))

    course = Course.objects.get(code="KO-901")
    assert response.url == reverse("web:course", args=[course.pk])
    assert course.sessions.count() == 2 and course.kind == Course.Kind.COURSE
    with translation.override("sv"):
        assert course.name == "Italienska för nybörjare" and course.venue_label == "Klassrum 5"


def test_bad_course_details_save_nothing_and_say_why(signed_in, service, point, clock):
    data = _form(
        service,
        point,
        sessions="2026-09-07 18:00–17:00\nnext Monday",
        enrolment_closes="2026-08-01T00:00",
    )

    with translation.override("fi"):
        response = signed_in.post(reverse("web:course_new"), data)

    assert response.status_code == 400
    assert b"error-summary" in response.content
    assert "Rivi 2" in response.content.decode()
    assert not Course.objects.exists()


def test_generating_weekly_sessions_fills_the_box_and_saves_nothing(
    signed_in, service, point, clock
):
    data = _form(service, point, sessions="")
    del data["save"]
    data |= {
        "generate": "1",
        "weekly-first": "2027-11-24",
        "weekly-weekday": "0",
        "weekly-start": "18:00",
        "weekly-minutes": "90",
        "weekly-count": "3",
    }

    page = signed_in.post(reverse("web:course_new"), data)

    assert page.status_code == 200
    assert "13.12.2027 18.00–19.30" in page.content.decode()
    assert "6.12.2027 18.00" not in page.content.decode()
    assert not Course.objects.exists()


def test_more_places_on_the_edit_page_move_the_waiting_list(signed_in, course, service, point):
    people = [
        registration_submit(registration=registration_start(course=course), who=person(n))
        for n in (1, 2, 3)
    ]
    assert people[2].status == Registration.Status.WAITING

    data = _form(service, point, code=course.code, capacity="3", minimum_participants="0")
    response = signed_in.post(reverse("web:course_edit", args=[course.pk]), data)

    assert response.status_code == 302
    people[2].refresh_from_db()
    assert people[2].status == Registration.Status.OFFERED


def test_fewer_places_than_taken_are_refused_and_nothing_changes(signed_in, course, service, point):
    for n in (1, 2):
        registration_submit(registration=registration_start(course=course), who=person(n))

    data = _form(service, point, code=course.code, capacity="1", name_fi="Uusi nimi")
    response = signed_in.post(reverse("web:course_edit", args=[course.pk]), data)

    assert response.status_code == 400
    course.refresh_from_db()
    assert course.capacity == 2 and course.name_fi == "Espanjan alkeet"
    assert course.sessions.count() == 3


def test_cancelling_a_course_is_confirmed_with_its_reason(signed_in, course, agent):
    registration = registration_submit(registration=registration_start(course=course), who=person())
    url = reverse("web:course_decision", args=[course.pk])

    confirm = signed_in.get(url, {"runs": "0"})
    assert confirm.status_code == 200
    assert b"1 registration ends" in confirm.content
    refused = signed_in.post(url, {"runs": "0", "reason": ""})
    course.refresh_from_db()
    assert refused.status_code == 400 and course.decision == Course.Decision.PENDING

    signed_in.post(url, {"runs": "0", "reason": "Liian vähän ilmoittautuneita"})

    course.refresh_from_db()
    assert course.decision == Course.Decision.CANCELLED and course.decided_by == agent
    assert course.decision_reason == "Liian vähän ilmoittautuneita"
    event = CaseEvent.objects.filter(case=registration.case).latest("pk")
    assert event.author == agent and event.data["reason"] == "Liian vähän ilmoittautuneita"


def test_cancelling_a_registration_is_confirmed_with_its_reason(signed_in, course, agent):
    registration = registration_submit(registration=registration_start(course=course), who=person())
    url = reverse("web:course_registration_cancel", args=[registration.pk])

    confirm = signed_in.get(url)
    assert confirm.status_code == 200 and b"cannot be undone" in confirm.content
    refused = signed_in.post(url, {"reason": ""})
    registration.refresh_from_db()
    assert refused.status_code == 400 and registration.status == Registration.Status.CONFIRMED

    signed_in.post(url, {"reason": "Sairastui"})

    registration.refresh_from_db()
    assert registration.status == Registration.Status.CANCELLED
    event = CaseEvent.objects.filter(case=registration.case).latest("pk")
    assert event.author == agent and event.data["reason"] == "Sairastui"


def test_the_venue_is_its_own_in_each_language(client, course):
    course.place_fi, course.place_sv = "Luokka 12", "Klassrum 12"
    course.save()

    with translation.override("sv"):
        swedish = client.get(reverse("public:course", args=[course.code]))
    with translation.override("fi"):
        finnish = client.get(reverse("public:course", args=[course.code]))

    assert "Klassrum 12" in swedish.content.decode()
    assert "Kaupungintalo, Luokka" not in finnish.content.decode()
    assert "Luokka 12" in finnish.content.decode()


@pytest.mark.parametrize(
    ("language", "text"),
    [("fi", "Maksuton"), ("sv", "Avgiftsfri"), ("en", "Free of charge")],
)
def test_a_free_course_says_so(client, course, language, text):
    with translation.override(language):
        page = client.get(reverse("public:course", args=[course.code]))

    assert text in page.content.decode()


@pytest.mark.parametrize(
    ("language", "text"),
    [("fi", "Ilmoita kurssille"), ("sv", "Anmäl till kursen"), ("en", "Register for the course")],
)
def test_the_counter_button_says_what_it_does(signed_in, course, language, text):
    with translation.override(language):
        page = signed_in.get(reverse("web:course", args=[course.pk]))

    assert text in page.content.decode() and "Kassa" not in page.content.decode()


def test_a_service_page_links_its_courses(client, course):
    page = client.get(reverse("public:service", args=[course.service.code]))

    assert reverse("public:courses") in page.content.decode()


def test_a_decision_without_a_choice_is_refused_on_the_course_page(signed_in, course):
    response = signed_in.post(reverse("web:course_decision", args=[course.pk]), {})

    assert response.status_code == 400 and b"error-summary" in response.content
    course.refresh_from_db()
    assert course.decision == Course.Decision.PENDING
