"""Satisfaction surveys offered on the page after a chat or a counter visit (docs/feedback.md,
"After a chat or a counter visit").

No mail: the citizen is on the page when the service ends. A chat's survey is its case's
(the one row a case has), offered on the chat page when an answered chat ends; a counter
visit's is the ticket's, offered on the ticket's page (the QR code printed on the ticket, or
the page of a number taken online) when the agent finishes the visit. Both count as sent at
that moment, so the response rates stay honest: every chat and visit offered is counted,
answered or not. The answer goes through the same private link as a mailed survey's. A case
whose visit or chat was offered a survey is not mailed one as well (`survey_skip_reason`).
"""

import datetime as dt

from django.db.models import Q
from django.urls import reverse

from luukku.cases.models import Channel

from .survey_models import Survey
from .surveys import survey_open

# A chat closed as nobody was present is not offered one: nobody is there to answer.
NOT_OFFERED_OUTCOMES = {"idle"}


def _sensitive(case) -> bool:
    return bool(case.sensitive or (case.service_id and case.service.sensitive))


def survey_offer_chat(*, session, at: dt.datetime) -> Survey | None:
    """The chat-ended hook (`chat.registry`): the case's survey offered on the chat page, in
    the chat's language, with its agent as the handler. A survey the case already has that
    was sent, answered or skipped stays as it was."""
    if session.outcome in NOT_OFFERED_OUTCOMES or session.agent_id is None:
        return None
    case = session.case
    survey = Survey.objects.filter(case=case).first()
    if survey is not None and survey.status not in {Survey.Status.PENDING, Survey.Status.CANCELLED}:
        return survey
    survey = survey or Survey(case=case, created_at=at)
    survey.channel, survey.language = Channel.CHAT, session.language
    survey.service_id = case.service_id
    survey.service_point_id = session.queue.service_point_id
    survey.handler_id = session.agent_id
    survey.due_at = at
    if _sensitive(case):
        survey.status, survey.skipped_because = Survey.Status.SKIPPED, Survey.Skip.SENSITIVE
    else:
        survey.status, survey.sent_at = Survey.Status.SENT, at
    survey.save()
    return survey


def survey_offer_visit(*, ticket, at: dt.datetime) -> Survey:
    """The visit-finished hook (`queueing.registry`): the visit's survey offered on the
    ticket's page, in the ticket's language, with the agent who served as the handler and
    the first service the visit was about."""
    contact = ticket.contacts.select_related("service").first()
    survey, _made = Survey.objects.get_or_create(
        ticket=ticket,
        defaults={
            "channel": Channel.COUNTER,
            "language": ticket.language[:2],
            "service": contact.service if contact else None,
            "service_point_id": ticket.day.service_point_id,
            "handler_id": ticket.served_by_id,
            "status": Survey.Status.SENT,
            "created_at": at,
            "due_at": at,
            "sent_at": at,
        },
    )
    return survey


def survey_offered_url(*, case=None, ticket=None) -> str:
    """The path of the survey offered after the chat of `case` or the visit of `ticket`,
    while it can be answered; "" otherwise (none offered, answered, or too late)."""
    condition = Q(ticket=ticket) if ticket is not None else Q(case=case, channel=Channel.CHAT)
    survey = Survey.objects.filter(condition).first()
    if survey is None or not survey_open(survey):
        return ""
    return reverse("public:survey", kwargs={"token": survey.token})
