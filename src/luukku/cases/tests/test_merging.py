"""Merging duplicate cases: one surviving case, honest history, undo on the same day."""

import datetime as dt

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.db import IntegrityError
from django.utils import timezone, translation

from luukku.appointments.models import Callback
from luukku.cases import registry
from luukku.cases.merges import case_surviving
from luukku.cases.models import Attachment, Case, CaseEvent, CaseMerge, Consultation, Status
from luukku.cases.selectors import case_timeline
from luukku.cases.services import case_merge_undo, cases_merge, consultation_ask
from luukku.cases.tests.factories import make_case
from luukku.core.testing.samples import sample_file
from luukku.customers.tests.factories import CustomerFactory
from luukku.organisation.tests.factories import UserFactory
from luukku.privacy.models import AccessLogEntry

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english():
    """The errors the tests read are the English ones."""
    with translation.override("en"):
        yield


# A Wednesday morning in Helsinki; the day ends at 22:00 UTC.
MORNING = dt.datetime(2026, 12, 2, 8, 0, tzinfo=dt.UTC)


def _pair(service, *, customer=None, other_customer=None, files=()):
    customer = customer or CustomerFactory(email="maija@example.fi")
    with time_machine.travel(MORNING - dt.timedelta(days=1), tick=False):
        first = make_case(service=service, customer=customer, body="Valo ei pala.", files=files)
    with time_machine.travel(MORNING - dt.timedelta(hours=1), tick=False):
        second = make_case(
            service=service, customer=other_customer or customer, body="Sama valo yhä pimeänä."
        )
    return first, second


def _callback(case):
    start = MORNING + dt.timedelta(days=1)
    return Callback.objects.create(
        case=case,
        service=case.service,
        customer=case.customer,
        phone="+358401234567",
        window_start=start,
        window_end=start + dt.timedelta(hours=2),
        first_window_end=start + dt.timedelta(hours=2),
    )


@time_machine.travel(MORNING, tick=False)
def test_merge_joins_the_timelines_in_time_order_each_entry_saying_its_case(service, agent):
    first, second = _pair(service)
    cases_merge(cases=[first, second], survivor=second, actor=agent)

    events = list(case_timeline(case=second))
    assert [event.at for event in events] == sorted(event.at for event in events)
    bodies = [(event.from_reference, event.body) for event in events if event.body]
    assert bodies == [
        (first.reference, "Valo ei pala."),
        (second.reference, "Sama valo yhä pimeänä."),
    ]
    # The merged case's own history is still its own.
    assert first.events.filter(kind="message_in").count() == 1


@time_machine.travel(MORNING, tick=False)
def test_merge_moves_attachments_consultations_and_callbacks(service, agent, expert):
    first, second = _pair(service, files=[sample_file("kuva.png")])
    consultation = consultation_ask(case=first, actor=agent, question="Onko?", expert=expert)
    callback = _callback(first)
    cases_merge(cases=[first, second], survivor=second, actor=agent)

    assert set(Attachment.objects.values_list("case", flat=True)) == {second.pk}
    consultation.refresh_from_db()
    callback.refresh_from_db()
    assert (consultation.case_id, callback.case_id) == (second.pk, second.pk)


@time_machine.travel(MORNING, tick=False)
def test_the_survivor_keeps_the_earliest_reply_due_time(service, agent):
    first, second = _pair(service)
    assert first.due_at < second.due_at
    cases_merge(cases=[first, second], survivor=second, actor=agent)
    second.refresh_from_db()
    assert second.due_at == first.due_at


@time_machine.travel(MORNING, tick=False)
def test_merged_case_is_closed_with_a_pointer_and_both_sides_logged(service, agent):
    first, second = _pair(service)
    cases_merge(cases=[first, second], survivor=second, actor=agent)
    first.refresh_from_db()

    assert first.status == Status.CLOSED
    assert first.events.get(kind="merged").data["into"] == second.reference
    assert second.events.get(kind="merged").data["merged"] == [first.reference]
    logged = AccessLogEntry.objects.filter(context="cases_merge", actor=agent)
    assert set(logged.values_list("case", flat=True)) == {first.pk, second.pk}


@time_machine.travel(MORNING, tick=False)
def test_the_old_private_link_leads_to_the_survivor_only_for_the_same_customer(service, agent):
    first, second = _pair(service)
    third = make_case(service=service, customer=CustomerFactory(email="other@example.fi"))
    cases_merge(cases=[first, second], survivor=second, actor=agent)
    cases_merge(cases=[third, second], survivor=second, actor=agent, customers_confirmed=True)

    assert case_surviving(case=first, same_customer_only=True) == second
    assert case_surviving(case=third, same_customer_only=True) == third
    assert case_surviving(case=third) == second
    public = {event.case_id for event in case_timeline(case=second, public_only=True)}
    assert public == {first.pk, second.pk}


@time_machine.travel(MORNING, tick=False)
def test_cases_of_different_customers_merge_only_when_confirmed(service, agent):
    first, second = _pair(service, other_customer=CustomerFactory())
    with pytest.raises(ValidationError, match="different customers"):
        cases_merge(cases=[first, second], survivor=second, actor=agent)
    assert not CaseMerge.objects.exists()

    cases_merge(cases=[first, second], survivor=second, actor=agent, customers_confirmed=True)
    assert CaseMerge.objects.get().same_customer is False


@time_machine.travel(MORNING, tick=False)
def test_reply_addresses_never_change(service, agent):
    first = make_case(service=service, customer=None, contact_email="a@example.fi")
    second = make_case(service=service, customer=None, contact_email="b@example.fi")
    cases_merge(cases=[first, second], survivor=second, actor=agent, customers_confirmed=True)
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.contact_email, second.contact_email) == ("a@example.fi", "b@example.fi")


@time_machine.travel(MORNING, tick=False)
def test_a_sensitive_case_merges_only_for_those_who_may_see_it(
    service, sensitive_service, agent, supervisor
):
    customer = CustomerFactory()
    plain = make_case(service=service, customer=customer)
    sensitive = make_case(service=sensitive_service, customer=customer)
    with pytest.raises(ValidationError, match=sensitive.reference):
        cases_merge(cases=[plain, sensitive], survivor=plain, actor=agent)
    assert not CaseMerge.objects.exists()

    cases_merge(cases=[plain, sensitive], survivor=plain, actor=supervisor)
    assert CaseMerge.objects.get().merged == sensitive


@time_machine.travel(MORNING, tick=False)
def test_bad_choices_are_refused(service, agent):
    first, second = _pair(service)
    with pytest.raises(ValidationError, match="at least two"):
        cases_merge(cases=[first], survivor=first, actor=agent)
    cases_merge(cases=[first, second], survivor=second, actor=agent)
    third = make_case(service=service, customer=first.customer)
    with pytest.raises(ValidationError, match="already been merged"):
        cases_merge(cases=[first, third], survivor=third, actor=agent)


@time_machine.travel(MORNING, tick=False)
def test_a_failure_halfway_changes_nothing(service, agent, expert):
    first, second = _pair(service, files=[sample_file("kuva.png")])
    consultation = consultation_ask(case=first, actor=agent, question="Onko?", expert=expert)
    events_before = CaseEvent.objects.count()
    logged_before = AccessLogEntry.objects.count()

    def break_halfway(*, merged, survivor):
        # After the attachments and consultations moved: a public note breaks a real
        # constraint of the database (a note is always internal).
        CaseEvent.objects.create(case=survivor, kind="note", public=True, body="x")

    registry.MERGE_MOVERS["broken"] = (break_halfway, lambda **kwargs: None)
    try:
        with pytest.raises(IntegrityError):
            cases_merge(cases=[first, second], survivor=second, actor=agent)
    finally:
        del registry.MERGE_MOVERS["broken"]

    first.refresh_from_db()
    consultation.refresh_from_db()
    assert first.status != Status.CLOSED
    assert consultation.case_id == first.pk
    assert set(Attachment.objects.values_list("case", flat=True)) == {first.pk}
    assert not CaseMerge.objects.exists()
    assert CaseEvent.objects.count() == events_before
    assert AccessLogEntry.objects.count() == logged_before


@time_machine.travel(MORNING, tick=False)
def test_undo_on_the_same_day_restores_the_cases(service, agent, expert):
    first, second = _pair(service, files=[sample_file("kuva.png")])
    consultation = consultation_ask(case=first, actor=agent, question="Onko?", expert=expert)
    callback = _callback(first)
    first.refresh_from_db()
    second.refresh_from_db()
    first_status, second_due = first.status, second.due_at
    [merge] = cases_merge(cases=[first, second], survivor=second, actor=agent)

    with time_machine.travel(MORNING + dt.timedelta(hours=13), tick=False):  # 23:00 in Helsinki
        case_merge_undo(merge=merge, actor=agent)

    first.refresh_from_db()
    second.refresh_from_db()
    consultation.refresh_from_db()
    callback.refresh_from_db()
    assert first.status == first_status
    assert second.due_at == second_due
    assert (consultation.case_id, callback.case_id) == (first.pk, first.pk)
    assert set(Attachment.objects.values_list("case", flat=True)) == {first.pk}
    assert {event.case_id for event in case_timeline(case=second)} == {second.pk}
    for case in (first, second):
        assert case.events.filter(kind="merge_undone").count() == 1
    assert case_surviving(case=first) == first
    assert AccessLogEntry.objects.filter(context="cases_merge_undo").count() == 2


@time_machine.travel(MORNING, tick=False)
def test_undo_after_midnight_in_helsinki_is_refused(service, agent):
    first, second = _pair(service)
    [merge] = cases_merge(cases=[first, second], survivor=second, actor=agent)
    midnight = timezone.make_aware(dt.datetime(2026, 12, 3, 0, 0))  # 22:00 UTC
    with (
        time_machine.travel(midnight, tick=False),
        pytest.raises(ValidationError, match="only on the day"),
    ):
        case_merge_undo(merge=merge, actor=agent)
    merge.refresh_from_db()
    assert merge.undone_at is None
    assert Case.objects.get(pk=first.pk).status == Status.CLOSED


@time_machine.travel(MORNING, tick=False)
def test_undo_needs_the_right_to_change_both_cases(sensitive_service, service, supervisor):
    customer = CustomerFactory()
    plain = make_case(service=service, customer=customer)
    sensitive = make_case(service=sensitive_service, customer=customer)
    [merge] = cases_merge(cases=[plain, sensitive], survivor=plain, actor=supervisor)
    with pytest.raises(ValidationError):
        case_merge_undo(merge=merge, actor=UserFactory(role="agent"))
    assert Case.objects.get(pk=sensitive.pk).status == Status.CLOSED
    assert Consultation.objects.count() == 0
