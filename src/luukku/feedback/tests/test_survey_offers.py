# ruff: noqa: F811 (the fixtures imported from the chat and queueing tests)
"""Satisfaction surveys offered on the page after a chat or a counter visit: offered once,
counted as sent, answered through their link, shown per handler, never mailed as well."""

import datetime as dt

import pytest
from django.urls import reverse

from luukku.cases.models import Case, Channel, OutboundMail, Status
from luukku.cases.services import case_change_status
from luukku.chat.models import ChatSession
from luukku.chat.services.agents import chat_accept, chat_end
from luukku.chat.services.sessions import chat_leave, chat_start
from luukku.chat.tests.conftest import chat_queue, on_duty, team  # noqa: F401 (fixtures)
from luukku.feedback.survey_models import Survey
from luukku.feedback.survey_selectors import SurveyFilters, survey_results, surveys_all_filtered
from luukku.feedback.surveys import survey_answer, surveys_send_due
from luukku.queueing.models import TicketSource
from luukku.queueing.services.calling import ticket_call_next, ticket_finish
from luukku.queueing.services.tickets import ticket_issue
from luukku.queueing.services.visits import visit_contact_log
from luukku.queueing.tests.conftest import (  # noqa: F401 (fixtures)
    _english,
    clock,
    desk_one,
    kela,
    open_day,
    permits,
    point,
    staffed,
)

pytestmark = [pytest.mark.django_db, pytest.mark.clock_set]

DAY = dt.date(2026, 3, 10)


def start_chat(service, **fields):
    given = {"topic": "Pysäköinti", "name": "Liisa", "text": "Hei?", "client_id": "first-0001"}
    return chat_start(service=service, **{**given, **fields})


def served_visit(kela, staffed, agent, service, *, resolved=True, language="fi"):
    ticket_issue(group=kela, source=TicketSource.KIOSK, language=language)
    ticket = ticket_call_next(desk=staffed, actor=agent)
    contact = visit_contact_log(
        ticket=ticket, desk=staffed, actor=agent, service=service, note="Lomake", resolved=resolved
    )
    return ticket_finish(ticket=ticket, desk=staffed, actor=agent), contact


def test_a_chat_ended_by_its_agent_offers_its_survey_on_the_chat_page(
    client, service, chat_queue, on_duty, clock, settings
):
    session = chat_accept(agent=on_duty, session=start_chat(service, language="sv"))
    page = reverse("public:chat", args=[session.token])
    assert "chat-survey" not in client.get(page).content.decode()
    chat_end(session=session, agent=on_duty, outcome=ChatSession.Outcome.RESOLVED)
    survey = Survey.objects.get(case=session.case)
    assert (survey.status, survey.channel, survey.language) == ("sent", Channel.CHAT, "sv")
    assert survey.handler == on_duty and survey.service == service
    assert survey.sent_at is not None and survey.recipient == ""
    html = client.get(page).content.decode()
    assert reverse("public:survey", args=[survey.token]) in html
    # Counted as sent, never mailed as well, even once the survey delay has passed.
    clock.shift(dt.timedelta(minutes=settings.SURVEY_DELAY_MINUTES + 1))
    assert surveys_send_due() == 0
    assert not OutboundMail.objects.filter(kind=OutboundMail.Kind.SURVEY).exists()
    # Answered through the page; the link leaves the chat page then.
    response = client.post(
        reverse("public:survey", args=[survey.token]), {"score": "4", "comment": ""}
    )
    assert response.status_code == 302
    survey.refresh_from_db()
    assert (survey.status, survey.score) == ("answered", 4)
    assert "chat-survey" not in client.get(page).content.decode()
    [row] = survey_results(surveys_all_filtered(SurveyFilters(DAY, DAY)), "handler")
    assert (row.key, row.sent, row.answered, row.satisfied) == (on_duty.pk, 1, 1, 1)


def test_a_chat_left_by_the_citizen_is_offered_one_and_the_wrap_up_keeps_it(
    service, chat_queue, on_duty, clock
):
    session = chat_accept(agent=on_duty, session=start_chat(service))
    chat_leave(session=session)
    survey = Survey.objects.get(case=session.case)
    assert survey.status == Survey.Status.SENT
    chat_end(session=session, agent=on_duty, outcome=ChatSession.Outcome.RESOLVED)
    assert Survey.objects.filter(case=session.case).count() == 1
    survey.refresh_from_db()
    session.refresh_from_db()
    assert survey.status == Survey.Status.SENT and survey.sent_at == session.ended_at


def test_no_survey_for_a_chat_left_while_waiting_or_a_sensitive_one(
    service, chat_queue, on_duty, clock
):
    chat_leave(session=start_chat(service, client_id="left-0001"))
    assert not Survey.objects.exists()
    session = chat_accept(agent=on_duty, session=start_chat(service))
    Case.objects.filter(pk=session.case_id).update(sensitive=True)  # found to be, in the chat
    chat_end(session=session, agent=on_duty, outcome=ChatSession.Outcome.RESOLVED)
    survey = Survey.objects.get(case=session.case)
    assert (survey.status, survey.skipped_because) == ("skipped", Survey.Skip.SENSITIVE)


def test_a_served_visit_offers_its_survey_on_the_tickets_page(
    client, kela, staffed, agent, service, point
):
    ticket, _contact = served_visit(kela, staffed, agent, service, language="en")
    survey = ticket.survey
    assert (survey.status, survey.channel, survey.language) == ("sent", Channel.COUNTER, "en")
    assert (survey.handler, survey.service_point, survey.service) == (agent, point, service)
    html = client.get(reverse("public:queue_ticket", args=[ticket.token])).content.decode()
    assert reverse("public:survey", args=[survey.token]) in html
    page = client.get(reverse("public:survey", args=[survey.token])).content.decode()
    assert ticket.code in page and point.name in page
    survey_answer(token=survey.token, score=2, comment="Jono oli pitkä")
    html = client.get(reverse("public:queue_ticket", args=[ticket.token])).content.decode()
    assert "ticket-survey" not in html
    [row] = survey_results(surveys_all_filtered(SurveyFilters(DAY, DAY)), "service_point")
    assert (row.key, row.sent, row.answered, row.satisfied) == (point.pk, 1, 1, 0)


def test_a_case_of_a_surveyed_visit_is_not_mailed_a_survey(
    kela, staffed, agent, service, clock, settings
):
    _ticket, contact = served_visit(kela, staffed, agent, service, resolved=False)
    case = contact.case
    case.contact_email = "maija@example.fi"
    case.save(update_fields=["contact_email"])
    case_change_status(case=case, actor=agent, status=Status.RESOLVED)
    clock.shift(dt.timedelta(minutes=settings.SURVEY_DELAY_MINUTES + 1))
    assert surveys_send_due() == 0
    survey = Survey.objects.get(case=case)
    assert (survey.status, survey.skipped_because) == ("skipped", Survey.Skip.OFFERED)


def test_a_waiting_ticket_has_no_survey(client, kela, open_day):
    ticket = ticket_issue(group=kela, source=TicketSource.KIOSK)
    assert not Survey.objects.exists()
    html = client.get(reverse("public:queue_ticket", args=[ticket.token])).content.decode()
    assert "ticket-survey" not in html
