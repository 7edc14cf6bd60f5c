"""Expert consultation: the agent asks, the expert answers the agent, the agent answers the
customer; the customer never learns who the expert was unless the expert takes the case."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from luukku.cases.models import CaseEvent, Consultation, Status
from luukku.cases.selectors import (
    case_timeline,
    case_visible_to,
    consultation_counts,
    consultation_get_for_view,
    consultations_asked_by,
    consultations_for_expert,
)
from luukku.cases.services import (
    case_reply,
    consultation_answer,
    consultation_ask,
    consultation_take_over,
    consultation_withdraw,
    consultations_mark_seen,
)
from luukku.cases.tests.factories import make_case
from luukku.organisation.tests.factories import UserFactory
from luukku.privacy.models import AccessLogEntry

pytestmark = pytest.mark.django_db


def test_agent_expert_agent_customer_with_the_expert_hidden(
    service, department, agent, run_tasks, smtp_server
):
    expert = UserFactory(
        role="expert",
        first_name="Eeva",
        last_name="Erityisasiantuntija",
        email="eeva.erityisasiantuntija@vuoksela.example",
        departments=[department],
    )
    case = make_case(service=service)
    consultation = consultation_ask(
        case=case, actor=agent, expert=expert, question="Voiko maksun jakaa kahteen erään?"
    )
    case.refresh_from_db()
    assert case.status == Status.WAITING_EXPERT and case.assignee == agent
    assert list(consultations_for_expert(user=expert)) == [consultation]
    assert consultation_counts(user=expert)["waiting"] == 1

    consultation_answer(
        consultation=consultation,
        actor=expert,
        answer="- kyllä, kaksi erää\n- hakemus maksupalveluun",
    )
    case.refresh_from_db()
    assert case.status == Status.OPEN
    assert consultation_counts(user=agent)["answers"] == 1
    assert list(consultations_asked_by(user=agent)) == [Consultation.objects.get()]
    consultations_mark_seen(case=case, user=agent)
    assert consultation_counts(user=agent)["answers"] == 0

    case_reply(
        case=case, actor=agent, body="Maksun voi jakaa kahteen erään.", status_after="resolved"
    )
    case.refresh_from_db()
    assert not case.first_contact_resolution  # an expert was consulted
    # The citizen's view: the reply and the statuses, never the question, answer or expert.
    public = list(case_timeline(case=case, public_only=True))
    assert {e.kind for e in public} == {"created", "message_in", "message_out", "status"}
    assert all(e.author in (None, agent) for e in public)
    run_tasks()
    [message] = smtp_server.messages  # the reply, over real SMTP
    body = message.get_payload(decode=True).decode()
    assert "kahteen erään" in body and str(agent) in body
    assert "Erityisasiantuntija" not in str(message) and "eeva" not in str(message)


def test_a_department_queue_is_answered_by_any_of_its_experts(
    service, department, agent, expert, other_expert
):
    case = make_case(service=service)
    consultation = consultation_ask(case=case, actor=agent, department=department, question="?")
    assert list(consultations_for_expert(user=expert)) == [consultation]
    assert list(consultations_for_expert(user=other_expert)) == []
    with pytest.raises(PermissionDenied):
        consultation_answer(consultation=consultation, actor=other_expert, answer="Ei kuulu")
    consultation_answer(consultation=consultation, actor=expert, answer="Kyllä")
    consultation.refresh_from_db()
    assert consultation.answered_by == expert
    with pytest.raises(ValidationError, match="vastattu jo"):
        consultation_answer(consultation=consultation, actor=expert, answer="Uudestaan")


def test_the_case_waits_until_every_consultation_is_answered(service, agent, expert, other_expert):
    case = make_case(service=service)
    first = consultation_ask(case=case, actor=agent, expert=expert, question="Maksu?")
    second = consultation_ask(case=case, actor=agent, expert=other_expert, question="Paikka?")
    consultation_answer(consultation=first, actor=expert, answer="Kyllä")
    case.refresh_from_db()
    assert case.status == Status.WAITING_EXPERT
    consultation_withdraw(consultation=second, actor=agent)
    case.refresh_from_db()
    assert case.status == Status.OPEN


def test_the_expert_takes_the_case_over(sensitive_service, supervisor, expert):
    case = make_case(service=sensitive_service)
    consultation = consultation_ask(case=case, actor=supervisor, expert=expert, question="Sinun?")
    consultation_take_over(consultation=consultation, actor=expert, note="Kuuluu minulle.")
    case.refresh_from_db()
    assert case.assignee == expert and case.status == Status.OPEN
    assert consultation.__class__.objects.get().status == Consultation.Status.TAKEN_OVER
    # Now the expert is the handler and answers the customer under their own name.
    reply = case_reply(case=case, actor=expert, body="Hoidan asianne.")
    assert reply.author == expert and reply.public


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"question": " ", "expert": "expert"}, "question"),
        ({"question": "?"}, "expert"),
        ({"question": "?", "expert": "agent"}, "expert"),
        ({"question": "?", "expert": "expert", "department": "department"}, "expert"),
    ],
)
def test_a_bad_consultation_is_refused_and_changes_nothing(
    service, department, agent, expert, kwargs, field
):
    people = {"expert": expert, "agent": agent, "department": department}
    case = make_case(service=service)
    before = case.events.count()
    arguments = {key: people.get(value, value) for key, value in kwargs.items()}
    with pytest.raises(ValidationError) as raised:
        consultation_ask(case=case, actor=agent, **arguments)
    assert field in raised.value.message_dict
    case.refresh_from_db()
    assert case.status == Status.NEW and case.events.count() == before
    assert not Consultation.objects.exists()


def test_the_expert_sees_a_sensitive_case_they_are_consulted_on(
    sensitive_service, supervisor, other_expert
):
    case = make_case(service=sensitive_service)
    assert not case_visible_to(case=case, user=other_expert)
    consultation = consultation_ask(case=case, actor=supervisor, expert=other_expert, question="?")
    assert case_visible_to(case=case, user=other_expert)
    viewed = consultation_get_for_view(pk=consultation.pk, viewer=other_expert)
    assert viewed == consultation
    assert AccessLogEntry.objects.filter(
        actor=other_expert, case=case, context="consultation"
    ).exists()


def test_only_the_people_involved_open_a_consultation(service, agent, expert, other_expert):
    case = make_case(service=service)
    consultation = consultation_ask(case=case, actor=agent, expert=expert, question="?")
    with pytest.raises(Consultation.DoesNotExist):
        consultation_get_for_view(pk=consultation.pk, viewer=other_expert)
    assert consultation_get_for_view(pk=consultation.pk, viewer=agent) == consultation


def test_the_timeline_records_the_consultation_internally(service, agent, expert):
    case = make_case(service=service)
    consultation = consultation_ask(case=case, actor=agent, expert=expert, question="Kysymys")
    consultation_answer(consultation=consultation, actor=expert, answer="Vastaus")
    kinds = case.events.filter(
        kind__in=[CaseEvent.Kind.CONSULTATION, CaseEvent.Kind.CONSULTATION_ANSWER]
    )
    assert [(e.kind, e.body, e.public) for e in kinds] == [
        ("consultation", "Kysymys", False),
        ("consultation_answer", "Vastaus", False),
    ]
