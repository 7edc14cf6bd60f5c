"""Interval statistics from a phone system, and the worker keeping the rollups current."""

import io

import pytest
import time_machine
from django.core.management import CommandError, call_command

from luukku.channels.citizen_request import CitizenRequest
from luukku.channels.services import web_request_submit
from luukku.core.testing.clock import at, on
from luukku.insights.models import CaseFigures, ContactVolume
from luukku.insights.services import contact_volumes_import

HEAD = "start,channel,contacts\n"
GOOD = (
    "start,channel,contacts,handle_seconds\n"
    "2026-11-16T09:00:00+02:00,phone,12,2880\n"
    "2026-11-16T09:15,phone,9,\n"
    "2026-11-16T09:15,counter,4,1600\n"
)


def test_import_reads_intervals_in_finnish_time(db, tmp_path):
    path = tmp_path / "calls.csv"
    path.write_text(GOOD, encoding="utf-8")
    out = io.StringIO()
    call_command("contacts_import", str(path), stdout=out)
    assert out.getvalue().strip() == "3 jaksoa tuotu."
    quarter = ContactVolume.objects.get(channel="phone", starts_at=at(2026, 11, 16, 9, 15))
    assert (quarter.contacts, quarter.handle_seconds) == (9, None)
    # Importing again replaces, never doubles.
    call_command("contacts_import", str(path), stdout=io.StringIO())
    assert ContactVolume.objects.count() == 3


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("when,channel,contacts\n", "Tiedostosta puuttuvat sarakkeet: start."),
        (
            "start,channel,contacts\nyesterday,phone,3\n",
            "Rivi 2: alku ei ole aika (kirjoita se muodossa 2026-11-16T09:15).",
        ),
        (
            "start,channel,contacts\n2026-11-16T09:05,phone,3\n",
            "Rivi 2: jaksot alkavat vartin välein.",
        ),
        (
            "start,channel,contacts\n2026-11-16T09:00,fax,3\n",
            "Rivi 2: tuntematon kanava ”fax” (kanavat: web, email, phone, counter, chat, "
            "open311, internal).",
        ),
        ("start,channel,contacts\n", "Tiedostossa ei ole jaksoja."),
        (
            "start,channel,contacts\n2026-11-16T09:00,phone,-3\n",
            "Rivi 2: yhteydenotot ja käsittelysekunnit ovat kokonaislukuja, 0 tai enemmän.",
        ),
    ],
)
def test_a_bad_file_imports_nothing_and_says_why(db, text, message):
    good_then_bad = text if text.count("\n") < 2 else text + "2026-11-16T10:00,phone,5\n"
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as error:
        contact_volumes_import(io.StringIO(good_then_bad))
    assert message in error.value.messages
    assert ContactVolume.objects.count() == 0


def test_import_command_reports_errors(db, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("start,channel,contacts\nnot a time,phone,1\n", encoding="utf-8")
    with pytest.raises(CommandError, match="Rivi 2"):
        call_command("contacts_import", str(path), stdout=io.StringIO())
    with pytest.raises(CommandError):
        call_command("contacts_import", str(tmp_path / "missing.csv"), stdout=io.StringIO())


def test_the_worker_keeps_the_rollups_current(service, settings, run_tasks):
    from luukku.core.scheduler import periodic_jobs_queue

    settings.MAIL_FETCH_INTERVAL = settings.SERVICE_LEVEL_CHECK_INTERVAL = 0
    settings.APPOINTMENT_REMINDER_INTERVAL = 0
    settings.QUEUE_NOTIFY_INTERVAL = settings.CHAT_IDLE_CHECK_INTERVAL = 0
    settings.KEY_REMINDER_INTERVAL = settings.PLAN_REMINDER_INTERVAL = 0
    settings.SURVEY_CHECK_INTERVAL = 0
    settings.RESERVATION_LAPSE_INTERVAL = 0
    settings.ONLINE_LATE_REFUND_INTERVAL = 0
    settings.COURSE_EXPIRY_CHECK_INTERVAL = 0
    settings.METRICS_ROLLUP_INTERVAL = 300
    settings.RETENTION_INTERVAL = 0
    on(
        at(2026, 11, 23, 9, 0),
        web_request_submit,
        request=CitizenRequest(
            service=service, subject="Katuvalo", description="Ei pala", email="a@example.fi"
        ),
    )
    with time_machine.travel(at(2026, 11, 23, 9, 5), tick=False):
        assert periodic_jobs_queue() == ["luukku.insights.tasks.rollups_refresh_task"]
        assert run_tasks() >= 1
    assert (
        CaseFigures.objects.filter(period="day", level=0).values_list("cases", flat=True).get() == 1
    )
    out = io.StringIO()
    call_command("metrics_rollup", stdout=out)
    assert out.getvalue().strip() == "0 days counted"


def test_a_round_that_fails_half_way_leaves_everything_for_the_next(service, monkeypatch):
    from luukku.insights import services
    from luukku.insights.models import RollupState

    on(
        at(2026, 11, 23, 9, 0),
        web_request_submit,
        request=CitizenRequest(
            service=service, subject="Katuvalo", description="Ei pala", email="a@example.fi"
        ),
    )

    def broken(month):
        raise RuntimeError("the database went away")

    monkeypatch.setattr(services, "rollup_month", broken)
    with pytest.raises(RuntimeError):
        services.rollups_refresh()
    assert not CaseFigures.objects.exists()  # the day counted before the failure rolled back
    assert not RollupState.objects.filter(last_event_id__gt=0).exists()
    monkeypatch.undo()
    assert services.rollups_refresh() == 1
    assert CaseFigures.objects.filter(period="month", level=0).get().cases == 1


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        (
            "2026-10-25T03:15,phone,3\n",
            "Rivi 3: 2026-10-25 03:15 tulee Suomen aikaa kahdesti (kellot siirretään "
            "taaksepäin): anna aikaero, +03:00 ensimmäiselle ja +02:00 toiselle.",
        ),
        (
            "2026-03-29T03:15,phone,3\n",
            "Rivi 3: 2026-03-29 03:15 ei ole Suomen aikaa (kellot siirretään eteenpäin).",
        ),
        (
            "2026-11-16T09:00+02:00,phone,3\n2026-11-16T09:00,phone,4\n",
            "Rivi 4: sama jakso on jo rivillä 3.",
        ),
    ],
    ids=["the repeated autumn hour", "the skipped spring hour", "an interval twice"],
)
def test_times_daylight_saving_makes_unclear_are_reported_not_dropped(db, rows, message):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as error:
        contact_volumes_import(io.StringIO(HEAD + "2026-10-25T02:00,phone,5\n" + rows))
    assert message in error.value.messages
    assert ContactVolume.objects.count() == 0


def test_the_repeated_autumn_hour_imports_with_its_offsets(db):
    text = HEAD + "2026-10-25T03:15+03:00,phone,3\n2026-10-25T03:15+02:00,phone,4\n"
    assert contact_volumes_import(io.StringIO(text)) == 2
    assert sorted(ContactVolume.objects.values_list("contacts", flat=True)) == [3, 4]


def test_a_file_saved_with_semicolons_imports(db):
    text = "start;channel;contacts\n2026-11-16T09:00;phone;3\n2026-11-16 09:15;phone;4\n"
    assert contact_volumes_import(io.StringIO(text)) == 2
    assert ContactVolume.objects.get(starts_at=at(2026, 11, 16, 9, 15)).contacts == 4
