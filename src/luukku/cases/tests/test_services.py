import datetime as dt
import re
from itertools import product

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from luukku.cases import services as case_services
from luukku.cases.models import TRANSITIONS, Attachment, Case, CaseEvent, Channel, Status
from luukku.cases.services import (
    case_add_note,
    case_assign,
    case_change_status,
    case_create,
    case_customer_message,
    case_reply,
    case_update,
    reply_due,
)
from luukku.cases.tests.factories import make_case
from luukku.catalogue.tests.factories import ServiceFactory
from luukku.core.testing.samples import sample_file
from luukku.customers.tests.factories import CustomerFactory
from luukku.organisation.tests.factories import TeamFactory, UserFactory
from luukku.privacy.models import AccessLogEntry

pytestmark = pytest.mark.django_db


def test_create_gives_readable_reference_and_unguessable_token(service):
    case = make_case(service=service)
    year = timezone.localtime(case.created_at).year
    assert re.fullmatch(rf"LK-{year}-\d{{6}}", case.reference)
    assert len(case.token) >= 40
    assert case.status == Status.NEW
    assert case.department == service.department


def test_create_writes_the_opening_events_and_logs(service):
    case = make_case(service=service, body="Valot pimeänä")
    kinds = list(case.events.values_list("kind", "public", "body"))
    assert kinds == [("created", True, ""), ("message_in", True, "Valot pimeänä")]
    assert AccessLogEntry.objects.filter(case=case, action="create").count() == 1


def test_create_promises_reply_in_business_days(service):
    case = make_case(service=service)
    assert case.due_at == reply_due(service=service, received_at=case.created_at)
    friday = timezone.make_aware(dt.datetime(2026, 11, 20, 10, 0))
    due = timezone.localtime(reply_due(service=service, received_at=friday))
    assert (due.date(), due.hour) == (dt.date(2026, 11, 27), 16)


def test_references_are_retried_when_taken(service, monkeypatch):
    first = make_case(service=service)
    candidates = iter([first.reference, first.reference, "LK-2026-123456"])
    monkeypatch.setattr(case_services.intake, "reference_candidate", lambda **kw: next(candidates))
    second = make_case(service=service)
    assert second.reference == "LK-2026-123456"


def test_sensitive_service_makes_sensitive_case(sensitive_service):
    assert make_case(service=sensitive_service).sensitive


def test_answers_are_validated_and_stored(service_with_fields):
    case = make_case(
        service=service_with_fields,
        answers={
            "pole": " 4512 ",
            "count": "2,5",
            "when": "2026-11-20",
            "fault": "dark",
            "sides": ["south", "north"],
        },
    )
    assert case.answers == {
        "pole": "4512",
        "count": "2.5",
        "when": "2026-11-20",
        "fault": "dark",
        "sides": ["north", "south"],
    }


@pytest.mark.parametrize(
    ("answers", "bad_field"),
    [
        ({}, "pole"),
        ({"pole": "1", "count": "many"}, "count"),
        ({"pole": "1", "when": "31.02.2026"}, "when"),
        ({"pole": "1", "fault": "exploded"}, "fault"),
        ({"pole": "1", "sides": ["north", "west"]}, "sides"),
        ({"pole": "1", "colour": "red"}, "colour"),
        ({"pole": "x" * 2001}, "pole"),
    ],
)
def test_bad_answers_are_refused_and_nothing_is_created(service_with_fields, answers, bad_field):
    customer = CustomerFactory()
    with pytest.raises(ValidationError) as error:
        make_case(service=service_with_fields, customer=customer, answers=answers)
    assert bad_field in error.value.message_dict
    assert Case.objects.count() == 0
    assert CaseEvent.objects.count() == 0


def test_missing_subject_and_unknown_channel_are_refused(service):
    with pytest.raises(ValidationError) as error:
        make_case(service=service, subject=" ", channel="pigeon")
    assert {"subject", "channel"} <= set(error.value.message_dict)


def test_web_request_needs_a_contact_unless_service_allows_anonymous(db):
    closed = ServiceFactory(allows_anonymous=False)
    with pytest.raises(ValidationError) as error:
        case_create(service=closed, channel=Channel.WEB, subject="Hei", body="x")
    assert "email" in error.value.message_dict
    open_service = ServiceFactory(allows_anonymous=True)
    assert (
        case_create(service=open_service, channel=Channel.WEB, subject="Hei", body="x").customer
        is None
    )


def test_location_is_required_when_the_service_asks_for_it(db):
    service = ServiceFactory(requires_location=True)
    with pytest.raises(ValidationError) as error:
        make_case(service=service)
    assert "address" in error.value.message_dict
    assert make_case(service=service, address="Koskikatu 1").address == "Koskikatu 1"


def _file(name="kuva.jpg", size=100):
    """A file of its name's type (its content is checked), padded to `size` bytes."""
    if name.endswith(".exe"):
        return SimpleUploadedFile(name, b"MZ" + b"\x00" * size)
    return sample_file(name, size=size)


def test_attachments_are_stored_with_the_message(service):
    case = make_case(service=service, files=[_file("kuva.jpg"), _file("liite.pdf")])
    message = case.events.get(kind="message_in")
    assert sorted(message.attachments.values_list("filename", "public")) == [
        ("kuva.jpg", True),
        ("liite.pdf", True),
    ]
    assert Attachment.objects.get(filename="kuva.jpg").file.read() == _file("kuva.jpg").read()


@pytest.mark.parametrize(
    "files",
    [
        [_file("virus.exe")],
        [_file("iso.jpg", size=11 * 1024 * 1024)],
        [_file("tyhja.jpg", size=0)],
        [_file(f"k{i}.jpg") for i in range(6)],
    ],
    ids=["type", "size", "empty", "count"],
)
def test_bad_attachments_are_refused_and_nothing_is_created(service, settings, files):
    settings.ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024
    with pytest.raises(ValidationError) as error:
        make_case(service=service, customer=CustomerFactory(), files=files)
    assert "attachments" in error.value.message_dict
    assert Case.objects.count() == 0
    assert Attachment.objects.count() == 0


ALL_PAIRS = [(a, b) for a, b in product(Status.values, Status.values) if a != b]


def _case_in(status, service, actor):
    case = make_case(service=service)
    Case.objects.filter(pk=case.pk).update(status=status)
    case.refresh_from_db()
    return case


@pytest.mark.parametrize(("old", "new"), [p for p in ALL_PAIRS if p[1] in TRANSITIONS[p[0]]])
def test_allowed_transitions_change_status_and_add_public_event(service, agent, old, new):
    case = _case_in(old, service, agent)
    case_change_status(case=case, actor=agent, status=new)
    case.refresh_from_db()
    assert case.status == new
    event = case.events.get(kind="status")
    assert (event.data, event.public, event.author) == ({"from": old, "to": new}, True, agent)
    assert (case.resolved_at is not None) == (new == Status.RESOLVED)


@pytest.mark.parametrize(("old", "new"), [p for p in ALL_PAIRS if p[1] not in TRANSITIONS[p[0]]])
def test_refused_transitions_change_nothing(service, agent, old, new):
    case = _case_in(old, service, agent)
    with pytest.raises(ValidationError):
        case_change_status(case=case, actor=agent, status=new)
    case.refresh_from_db()
    assert case.status == old
    assert not case.events.filter(kind="status").exists()


def test_unknown_status_is_refused(service, agent):
    case = make_case(service=service)
    with pytest.raises(ValidationError):
        case_change_status(case=case, actor=agent, status="lost")


def test_assign_records_event_and_log(service, agent, expert):
    case = make_case(service=service)
    team = TeamFactory(department=service.department)
    case_assign(case=case, actor=agent, assignee=expert, team=team)
    case.refresh_from_db()
    assert (case.assignee, case.team) == (expert, team)
    event = case.events.get(kind="assignment")
    assert event.data["to"] == {"assignee": expert.pk, "team": team.pk}
    assert not event.public
    assert AccessLogEntry.objects.filter(
        case=case, action="change", fields=["assignee", "team"]
    ).exists()


def test_sensitive_case_cannot_be_given_to_another_departments_expert(
    sensitive_service, agent, other_expert
):
    case = make_case(service=sensitive_service)
    with pytest.raises(ValidationError) as error:
        case_assign(case=case, actor=agent, assignee=other_expert)
    assert "assignee" in error.value.message_dict
    case.refresh_from_db()
    assert case.assignee is None


def test_inactive_staff_cannot_be_assigned(service, agent):
    case = make_case(service=service)
    with pytest.raises(ValidationError):
        case_assign(case=case, actor=agent, assignee=UserFactory(is_active=False))


def test_update_moves_case_to_the_new_services_department(service, agent):
    case = make_case(service=service)
    other = ServiceFactory()
    case_update(case=case, actor=agent, service=other, priority=3)
    case.refresh_from_db()
    assert (case.service, case.department, case.priority) == (other, other.department, 3)
    assert case.events.get(kind="update").data["priority"] == [2, 3]


def test_note_is_internal(service, agent):
    case = make_case(service=service)
    event = case_add_note(case=case, actor=agent, body="Soitettu asiakkaalle")
    assert (event.kind, event.public) == ("note", False)


def test_empty_note_and_reply_are_refused(service, agent):
    case = make_case(service=service)
    with pytest.raises(ValidationError):
        case_add_note(case=case, actor=agent, body="  ")
    with pytest.raises(ValidationError):
        case_reply(case=case, actor=agent, body="")
    assert case.events.count() == 2


def test_reply_is_mailed_after_commit_signed_by_the_handler(service, run_tasks):
    handler = UserFactory(first_name="Aino", last_name="Virtanen", title="Palveluneuvoja")
    case = make_case(service=service, customer=CustomerFactory(email="asiakas@example.fi"))
    case_reply(
        case=case, actor=handler, body="Valot korjataan huomenna.", status_after=Status.RESOLVED
    )
    run_tasks()
    case.refresh_from_db()
    assert case.status == Status.RESOLVED
    [message] = mail.outbox
    assert message.to == ["asiakas@example.fi"]
    assert case.reference in message.subject
    assert "Valot korjataan huomenna." in message.body
    assert "Aino Virtanen\nPalveluneuvoja\nVuokselan kaupungin asiakaspalvelu" in message.body
    assert case.token in message.body
    assert case.events.filter(kind="notification", data__status="sent").exists()


def test_reply_moves_new_case_to_open(service, agent):
    case = make_case(service=service)
    case_reply(case=case, actor=agent, body="Selvitämme asiaa.")
    case.refresh_from_db()
    assert case.status == Status.OPEN


def test_closed_case_cannot_be_answered(service, agent):
    case = _case_in(Status.CLOSED, service, agent)
    with pytest.raises(ValidationError):
        case_reply(case=case, actor=agent, body="Hei")
    assert not case.events.filter(kind="message_out").exists()


def test_reply_with_impossible_status_changes_nothing(service, agent):
    case = _case_in(Status.RESOLVED, service, agent)
    with pytest.raises(ValidationError):
        case_reply(case=case, actor=agent, body="Hei", status_after=Status.WAITING_EXPERT)
    assert not case.events.filter(kind="message_out").exists()


@pytest.mark.parametrize("status", [Status.WAITING_CUSTOMER, Status.RESOLVED])
def test_customer_message_reopens_waiting_or_resolved_case(service, agent, status):
    case = _case_in(status, service, agent)
    case_customer_message(case=case, body="Lisätietoa")
    case.refresh_from_db()
    assert case.status == Status.OPEN


def test_customer_cannot_write_to_closed_case(service, agent):
    case = _case_in(Status.CLOSED, service, agent)
    with pytest.raises(ValidationError):
        case_customer_message(case=case, body="Vielä yksi asia")


def test_timeline_is_append_only(service):
    case = make_case(service=service)
    event = case.events.first()
    event.body = "muutettu"
    with pytest.raises(ValueError):
        event.save()
    with pytest.raises(ValueError):
        event.delete()
    with pytest.raises(ValueError):
        case.events.all().delete()
    with pytest.raises(ValueError):
        CaseEvent.objects.filter(case=case).update(body="x")


def test_first_reply_makes_the_responder_the_handler(service, agent):
    case = make_case(service=service)
    case_reply(case=case, actor=agent, body="Selvitämme asiaa.")
    case.refresh_from_db()
    assert case.assignee == agent
    assert case.events.filter(kind="assignment", author=agent).exists()


def test_reply_keeps_an_existing_handler(service, agent, expert):
    case = make_case(service=service)
    case_assign(case=case, actor=agent, assignee=expert)
    case_reply(case=case, actor=agent, body="Hei")
    case.refresh_from_db()
    assert case.assignee == expert


def test_free_text_channels_need_not_fill_the_forms_required_fields(service_with_fields):
    service_with_fields.requires_location = True
    service_with_fields.save()
    case = make_case(service=service_with_fields, channel=Channel.EMAIL, answers={})
    assert case.answers == {} and case.address == ""
    with pytest.raises(ValidationError):
        make_case(service=service_with_fields, channel=Channel.EMAIL, answers={"count": "many"})
