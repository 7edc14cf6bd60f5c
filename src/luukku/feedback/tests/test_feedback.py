"""Feedback on its case: opened for every channel's case of a feedback service, marked and
corrected by staff, a complaint's answer day over holidays, an idea's fate."""

import datetime as dt

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.utils import translation

from luukku.cases.models import CaseEvent, Channel
from luukku.cases.services import case_reply
from luukku.cases.tests.factories import make_case
from luukku.catalogue.tests.factories import RequestFieldFactory, ServiceFactory
from luukku.channels.models import Mailbox
from luukku.channels.services import contact_log, mail_receive, web_request_submit
from luukku.channels.services.requests import CitizenRequest
from luukku.core.testing.clock import at
from luukku.customers.models import CustomerEvent
from luukku.feedback.models import Feedback, FeedbackTopic
from luukku.feedback.selectors import (
    FeedbackFilters,
    case_feedback,
    complaint_answered_in_time,
    feedback_list,
)
from luukku.feedback.services import (
    case_feedback_set,
    complaint_answer_due,
    idea_fate_decide,
)
from luukku.privacy.models import AccessLogEntry

pytestmark = pytest.mark.django_db


@pytest.fixture
def feedback_service(department):
    service = ServiceFactory(code="feedback", responsible_unit__department=department)
    RequestFieldFactory(
        service=service,
        code="feedback_kind",
        datatype="single_choice",
        options=["praise", "complaint", "idea", "question"],
    )
    return service


@pytest.fixture
def topic():
    return FeedbackTopic.objects.create(
        name="Aukioloajat", name_fi="Aukioloajat", name_sv="Öppettider", name_en="Opening hours"
    )


def test_a_web_request_to_the_feedback_service_opens_feedback_of_the_chosen_kind(
    feedback_service, settings
):
    settings.FEEDBACK_SERVICES = ["feedback"]
    with time_machine.travel(at(2026, 3, 2, 10), tick=False):
        case = web_request_submit(
            request=CitizenRequest(
                service=feedback_service,
                subject="Kirjaston aukioloajat",
                description="Kirjasto on kiinni juuri kun pääsisin.",
                first_name="Liisa",
                last_name="Meikäläinen",
                email="liisa@example.fi",
                answers={"feedback_kind": "complaint"},
            ),
            acknowledge=False,
        )
    feedback = case_feedback(case=case)
    assert (feedback.kind, feedback.answer_due_on) == ("complaint", dt.date(2026, 3, 16))
    assert case.events.filter(kind=CaseEvent.Kind.FEEDBACK).count() == 1
    assert CustomerEvent.objects.filter(customer=case.customer, kind="feedback").count() == 1


def test_a_case_of_another_service_gets_no_feedback(service):
    assert case_feedback(case=make_case(service=service)) is None


def test_mail_and_counter_and_phone_cases_of_the_feedback_service_are_feedback(
    feedback_service, agent
):
    Mailbox.objects.create(
        name="Palaute", address="palaute@vuoksela.example", default_service=feedback_service
    )
    raw = (
        "From: Maija <maija@example.fi>\r\nTo: palaute@vuoksela.example\r\n"
        "Subject: Kiitos\r\nMessage-ID: <k1@example.fi>\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\nKiitos hyvästä palvelusta."
    )
    by_mail = mail_receive(raw=raw.encode()).case
    at_counter = contact_log(
        actor=agent, channel=Channel.COUNTER, service=feedback_service, note="Idea: penkki"
    )
    by_phone = contact_log(
        actor=agent, channel=Channel.PHONE, service=feedback_service, note="Kysymys"
    )
    for case in (by_mail, at_counter, by_phone):
        assert case_feedback(case=case).kind == ""  # the kind is not known yet


def test_an_open311_request_of_the_feedback_service_is_feedback(feedback_service):
    case = web_request_submit(
        request=CitizenRequest(
            service=feedback_service,
            channel=Channel.OPEN311,
            subject="Idea",
            description="Lisää pyörätelineitä torille.",
            email="idea@example.fi",
        ),
        acknowledge=False,
    )
    assert case.channel == Channel.OPEN311 and case_feedback(case=case) is not None


def test_an_agent_marks_any_case_as_feedback_and_corrects_its_kind(service, agent, topic):
    case = make_case(service=service)
    case_feedback_set(case=case, actor=agent, kind="question", topic=topic, service=service)
    feedback = case_feedback_set(case=case, actor=agent, kind="praise", topic=topic)
    assert (feedback.kind, feedback.topic, feedback.service) == ("praise", topic, None)
    actions = [e.data["action"] for e in case.events.filter(kind="feedback").order_by("pk")]
    assert actions == ["marked", "changed"]
    assert CustomerEvent.objects.filter(customer=case.customer, kind="feedback").count() == 2
    assert AccessLogEntry.objects.filter(case=case, context="case_feedback").count() == 2


def test_a_kind_that_is_none_is_refused_and_nothing_changes(service, agent):
    case = make_case(service=service)
    with translation.override("fi"), pytest.raises(ValidationError) as error:
        case_feedback_set(case=case, actor=agent, kind="rant")
    assert error.value.message_dict["kind"] == ["Valitse palautteen laji."]
    assert not Feedback.objects.exists()
    assert not case.events.filter(kind="feedback").exists()


@pytest.mark.parametrize(
    ("received", "due"),
    [
        # Thursday before Easter 2026: Good Friday and Easter Monday are not counted.
        (at(2026, 4, 2, 12), dt.date(2026, 4, 20)),
        # Christmas: Christmas Eve, Christmas Day, Boxing Day, New Year's Day, Epiphany.
        (at(2026, 12, 21, 9), dt.date(2027, 1, 8)),
        # Late on a Friday evening, Helsinki time (already Friday in UTC too).
        (at(2026, 3, 6, 23, 30), dt.date(2026, 3, 20)),
    ],
)
def test_a_complaints_answer_day_skips_weekends_and_holidays(received, due, settings):
    settings.COMPLAINT_ANSWER_DAYS = 10
    assert complaint_answer_due(received) == due


def test_a_complaint_answered_on_its_day_is_in_time_and_one_later_is_not(service, agent, settings):
    settings.COMPLAINT_ANSWER_DAYS = 10
    with time_machine.travel(at(2026, 4, 2, 12), tick=False):
        first, second = make_case(service=service), make_case(service=service)
        for case in (first, second):
            case_feedback_set(case=case, actor=agent, kind="complaint")
    with time_machine.travel(at(2026, 4, 20, 23, 50), tick=False):
        case_reply(case=first, actor=agent, body="Vastaus")
        overdue_now = feedback_list(user=agent, filters=FeedbackFilters(overdue=True))
        assert overdue_now == []
    with time_machine.travel(at(2026, 4, 21, 0, 10), tick=False):
        overdue_now = feedback_list(user=agent, filters=FeedbackFilters(overdue=True))
        assert [f.case for f in overdue_now] == [second]
        case_reply(case=second, actor=agent, body="Vastaus")
    assert complaint_answered_in_time(case_feedback(case=first)) is True
    assert complaint_answered_in_time(case_feedback(case=second)) is False


def test_a_complaint_resolved_in_the_call_is_answered_there(feedback_service, agent, settings):
    settings.COMPLAINT_ANSWER_DAYS = 10
    with time_machine.travel(at(2026, 4, 2, 12), tick=False):
        answered, taken_down = (
            contact_log(
                actor=agent,
                channel=Channel.PHONE,
                service=feedback_service,
                note="Moite jonotusajasta",
                resolved=resolved,
            )
            for resolved in (True, False)
        )
        for case in (answered, taken_down):
            case_feedback_set(case=case, actor=agent, kind="complaint")
    with time_machine.travel(at(2026, 4, 22, 9), tick=False):
        overdue_now = feedback_list(user=agent, filters=FeedbackFilters(overdue=True))
        assert [f.case for f in overdue_now] == [taken_down]
    assert complaint_answered_in_time(case_feedback(case=answered)) is True
    assert complaint_answered_in_time(case_feedback(case=taken_down)) is None


def test_an_idea_declined_without_a_reason_is_refused_and_nothing_changes(service, agent):
    feedback = case_feedback_set(case=make_case(service=service), actor=agent, kind="idea")
    with translation.override("sv"), pytest.raises(ValidationError) as error:
        idea_fate_decide(feedback=feedback, actor=agent, fate="declined", reason="  ")
    assert error.value.message_dict["reason"] == ["Säg varför idén avböjs."]
    feedback.refresh_from_db()
    assert feedback.fate == ""
    assert feedback.case.events.filter(kind="feedback").count() == 1


def test_an_idea_gets_its_fate_and_the_list_finds_it(service, agent):
    feedback = case_feedback_set(case=make_case(service=service), actor=agent, kind="idea")
    idea_fate_decide(feedback=feedback, actor=agent, fate="implemented")
    feedback.refresh_from_db()
    assert (feedback.fate, feedback.fate_by) == ("implemented", agent)
    assert feedback_list(user=agent, filters=FeedbackFilters(fate="implemented")) == [feedback]
    assert feedback_list(user=agent, filters=FeedbackFilters(fate="undecided")) == []


def test_only_an_idea_has_a_fate_and_a_changed_kind_drops_it(service, agent):
    case = make_case(service=service)
    feedback = case_feedback_set(case=case, actor=agent, kind="praise")
    with pytest.raises(ValidationError):
        idea_fate_decide(feedback=feedback, actor=agent, fate="considered")
    case_feedback_set(case=case, actor=agent, kind="idea")
    idea_fate_decide(feedback=feedback, actor=agent, fate="considered")
    feedback = case_feedback_set(case=case, actor=agent, kind="question")
    assert feedback.fate == ""


def test_the_list_shows_only_cases_the_user_may_see(sensitive_service, agent, expert):
    case = make_case(service=sensitive_service)
    case_feedback_set(case=case, actor=expert, kind="complaint")
    assert feedback_list(user=agent, filters=FeedbackFilters()) == []
    assert len(feedback_list(user=expert, filters=FeedbackFilters())) == 1
