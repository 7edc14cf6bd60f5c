import datetime as dt
import io
import json
import zipfile

import pytest
import time_machine
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import CommandError, call_command

from luukku.appointments.models import Appointment
from luukku.cases.models import Case, Status
from luukku.cases.tests.factories import make_case
from luukku.core.testing.clock import on
from luukku.customers.models import Customer
from luukku.customers.selectors import customer_get_for_view
from luukku.privacy.masking import MASK
from luukku.privacy.models import AccessLogEntry, RetentionRule, SubjectRequest
from luukku.privacy.subject_requests import subject_erase, subject_erasure_plan, subject_export

from .conftest import NOW, appointment, attachment_file, callback, closed_case

OLD = NOW - dt.timedelta(days=800)


def _archive(content: bytes) -> zipfile.ZipFile:
    return zipfile.ZipFile(io.BytesIO(content))


def test_the_export_holds_the_record_cases_timeline_files_bookings_and_log(
    rules, service, person, agent, supervisor
):
    case = closed_case(
        service=service, customer=person, agent=agent, closed_at=OLD, files=[attachment_file()]
    )
    appointment(case=case, customer=person, staff=agent, starts_at=OLD - dt.timedelta(days=1))
    callback(case=case, customer=person, caller=agent, window_start=OLD - dt.timedelta(days=2))
    customer_get_for_view(customer_id=person.pk, viewer=agent, context="customer_page")
    with time_machine.travel(NOW, tick=False):
        archive = _archive(subject_export(customer=person, actor=supervisor, language="en"))
    assert sorted(archive.namelist()) == [
        f"attachments/{case.reference}/1-kuva.jpg",
        "data.json",
        "summary.html",
    ]
    assert archive.read(f"attachments/{case.reference}/1-kuva.jpg") == b"\xff\xd8\xff\xe0 kuva"
    data = json.loads(archive.read("data.json"))
    assert data["customer"]["identity_code"] == "131052-308T"
    assert data["customer"]["notes"] == "Soittaa mieluiten aamupäivisin."
    [exported] = data["cases"]
    assert exported["reference"] == case.reference
    texts = [event["text"] for event in exported["timeline"]]
    assert "Koskikadun valot eivät pala, soittakaa 040 123 4567." in texts
    assert "Korjataan." in texts and "Asukas soitti." in texts  # the internal note too
    assert exported["attachments"][0]["file"] == f"attachments/{case.reference}/1-kuva.jpg"
    assert data["appointments"][0]["video_url"] == "https://video.example/huone-123"
    assert data["callbacks"][0]["attempts"][0]["note"] == "Puhui Maijan kanssa"
    assert any(entry["context"] == "Customer page" for entry in data["access_log"])


def test_the_summary_is_in_the_persons_language_with_their_dates(rules, service, person, agent):
    closed_case(service=service, customer=person, agent=agent, closed_at=at_noon(2024, 3, 5))
    with time_machine.travel(NOW, tick=False):
        swedish = _archive(subject_export(customer=person, actor=None)).read("summary.html")
        english = _archive(subject_export(customer=person, actor=None, language="en"))
    swedish = swedish.decode()
    assert '<html lang="sv">' in swedish
    assert "Dina uppgifter hos stadens kundtjänst" in swedish
    assert "2.3.2024" in swedish  # received three days before it was closed
    english = english.read("summary.html").decode()
    assert "Your data held by the city's customer service" in english
    assert "Maija Virtanen" in english


def at_noon(year, month, day):
    return dt.datetime(year, month, day, 12, 0, tzinfo=dt.UTC)


def test_the_export_is_written_in_the_access_log_and_kept_as_a_request(person, supervisor):
    with time_machine.travel(NOW, tick=False):
        subject_export(customer=person, actor=supervisor)
    entry = AccessLogEntry.objects.get(context="subject_export")
    assert (entry.actor, entry.customer, entry.action) == (supervisor, person, "view")
    request = SubjectRequest.objects.get()
    assert (request.kind, request.actor, request.at) == ("export", supervisor, NOW)
    assert request.counts["cases"] == 0 and request.counts["access_log"] == 0


def test_only_those_entitled_may_export_or_erase(person, agent):
    with pytest.raises(PermissionDenied):
        subject_export(customer=person, actor=agent)
    with pytest.raises(PermissionDenied):
        subject_erase(customer=person, actor=agent, reason="Pyyntö")
    assert not AccessLogEntry.objects.filter(context__startswith="subject").exists()


def test_erasure_anonymises_the_person_in_spite_of_their_access_log(
    rules, service, person, agent, supervisor
):
    case = closed_case(service=service, customer=person, agent=agent, closed_at=OLD)
    booked = appointment(
        case=case, customer=person, staff=agent, starts_at=OLD - dt.timedelta(days=1)
    )
    assert AccessLogEntry.objects.filter(customer=person).count() >= 3  # they PROTECT the row
    with time_machine.travel(NOW, tick=False):
        request = subject_erase(
            customer=person, actor=supervisor, reason="Asiakkaan pyyntö 30.11.2026"
        )
    person.refresh_from_db()
    assert person.anonymised_at == NOW and person.last_name == MASK
    assert [
        person.first_name,
        person.identity_code,
        person.email,
        person.phone,
        person.street_address,
        person.notes,
    ] == [""] * 6
    case.refresh_from_db()
    assert case.anonymised_at == NOW and case.customer is None and case.reference
    booked.refresh_from_db()
    assert (booked.customer, booked.video_url) == (None, "")
    assert request.counts == {
        "cases": 1,
        "appointments": 1,
        "orders": 0,
        "key_loans": 0,
        "hard_situations": 0,
        "reservations": 0,
        "round_applications": 0,
        "announcements": 0,
        "customer_records": 1,
        "registrations": 0,
        "customer_plans": 0,
    }
    assert request.reason == "Asiakkaan pyyntö 30.11.2026"
    entry = AccessLogEntry.objects.get(context="subject_erasure")
    assert (entry.actor, entry.customer, entry.action) == (supervisor, person, "change")
    assert "Virtanen" not in json.dumps(request.counts) + entry.context + str(entry.fields)


def test_erasure_is_refused_with_the_reasons_while_a_duty_to_keep_applies(
    rules, service, person, agent, supervisor
):
    open_case = on(NOW - dt.timedelta(days=1), make_case, service=service, customer=person)
    young = closed_case(
        service=service, customer=person, agent=agent, closed_at=NOW - dt.timedelta(days=100)
    )
    held = closed_case(service=service, customer=person, agent=agent, closed_at=OLD)
    Case.objects.filter(pk=held.pk).update(legal_hold=True)
    appointment(
        case=young,
        customer=person,
        staff=agent,
        starts_at=NOW + dt.timedelta(days=3),
        status=Appointment.Status.BOOKED,
    )
    Customer.objects.filter(pk=person.pk).update(legal_hold=True)
    person.refresh_from_db()
    with time_machine.travel(NOW, tick=False):
        plan = subject_erasure_plan(customer=person)
        with pytest.raises(ValidationError) as refused:
            subject_erase(customer=person, actor=supervisor, reason="Pyyntö")
    assert plan.blockers == refused.value.messages
    assert plan.blockers == [
        "Asiakastietue on määrätty säilytettäväksi (oikeudellinen pito).",
        f"Asia {held.reference} on määrätty säilytettäväksi (oikeudellinen pito).",
        f"Asia {young.reference} on säilytettävä {(NOW + dt.timedelta(days=630)):%-d.%-m.%Y} "
        "asti (Tiedonhallintasuunnitelma 00.01.00: neuvonta ja palvelupyynnöt 2 v).",
        f"Asia {open_case.reference} on vielä auki.",
        "1 varattu aika on vielä tulossa: peru se tai odota, kunnes se on pidetty.",
    ]
    person.refresh_from_db()
    assert person.anonymised_at is None and person.last_name == "Virtanen"
    assert not SubjectRequest.objects.exists()
    assert not AccessLogEntry.objects.filter(context="subject_erasure").exists()


def test_a_service_kept_permanently_refuses_erasure(service, person, agent, supervisor):
    RetentionRule.objects.create(
        service=service, cases_after_days=None, basis="Arkistolaki 831/1994, pysyvä"
    )
    case = closed_case(service=service, customer=person, agent=agent, closed_at=OLD)
    with time_machine.travel(NOW, tick=False):
        plan = subject_erasure_plan(customer=person)
    assert plan.blockers == [
        f"Asia {case.reference} on säilytettävä pysyvästi (Arkistolaki 831/1994, pysyvä)."
    ]


def test_erasure_needs_a_reason(person, supervisor):
    with pytest.raises(ValidationError) as refused:
        subject_erase(customer=person, actor=supervisor, reason="  ")
    assert "reason" in refused.value.message_dict
    person.refresh_from_db()
    assert person.anonymised_at is None


def test_the_commands_export_and_erase(rules, service, person, agent, tmp_path):
    closed_case(service=service, customer=person, agent=agent, closed_at=OLD)
    out = tmp_path / "maija.zip"
    with time_machine.travel(NOW, tick=False):
        call_command(
            "subject-export", person.identity_code, "--out", str(out), stdout=io.StringIO()
        )
        assert (
            json.loads(_archive(out.read_bytes()).read("data.json"))["customer"]["id"] == person.pk
        )
        printed = io.StringIO()
        call_command("subject-erase", str(person.pk), "--reason", "Pyyntö 1.12.", stdout=printed)
    assert printed.getvalue() == (
        f"customer {person.pk} anonymised: announcements 0, appointments 0, cases 1, "
        "customer_plans 0, customer_records 1, hard_situations 0, key_loans 0, orders 0, "
        "registrations 0, reservations 0, round_applications 0\n"
    )
    with pytest.raises(CommandError, match="No customer 999999"):
        call_command("subject-export", "999999", "--out", str(out))


def test_the_erase_command_refuses_with_the_reasons(service, rules, person, tmp_path):
    case = on(NOW, make_case, service=service, customer=person)
    printed = io.StringIO()
    with pytest.raises(CommandError, match="retention duty"):
        call_command("subject-erase", str(person.pk), "--reason", "Pyyntö", stdout=printed)
    assert printed.getvalue() == f"refused: Asia {case.reference} on vielä auki.\n"
    assert Case.objects.get(pk=case.pk).status == Status.NEW


def test_a_legal_hold_set_by_command_is_logged_and_blocks_erasure_until_lifted(
    rules, service, person, agent, supervisor
):
    case = closed_case(service=service, customer=person, agent=agent, closed_at=OLD)
    out = io.StringIO()
    call_command("legal-hold", "--case", case.reference, "--by", supervisor.username, stdout=out)
    assert out.getvalue() == f"{case.reference}: legal hold on\n"
    assert AccessLogEntry.objects.filter(case=case, context="legal_hold", actor=supervisor).exists()
    with time_machine.travel(NOW, tick=False):
        assert not subject_erasure_plan(customer=person).allowed
    call_command("legal-hold", "--case", case.reference, "--lift", stdout=io.StringIO())
    with time_machine.travel(NOW, tick=False):
        assert subject_erasure_plan(customer=person).allowed
    call_command("legal-hold", "--customer", str(person.pk), stdout=io.StringIO())
    person.refresh_from_db()
    assert person.legal_hold
    with pytest.raises(CommandError, match="No case LK-0000"):
        call_command("legal-hold", "--case", "LK-0000", stdout=io.StringIO())
