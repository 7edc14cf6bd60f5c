"""Satisfaction surveys after a resolved case (docs/feedback.md, "Satisfaction surveys").

A case that becomes resolved gets a pending survey (`survey_schedule`, the cases hook); the
worker sends it SURVEY_DELAY_MINUTES later (`surveys_send_due`), unless the case was reopened
in between (the survey is then cancelled, and scheduled again when the case is resolved
again) or a rule says no (`survey_skip_reason`). A case is surveyed once: the row is unique
per case and is never sent twice. The mail goes through the case's own queue (`mail_queue`:
to the address the sender gave on the case, in its language, its outcome on its timeline).
The answer comes through a private link without signing in, once.
"""

import datetime as dt

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from luukku.cases.events import event_feedback
from luukku.cases.models import Case, Channel, OutboundMail, Status
from luukku.cases.notifications import mail_queue
from luukku.core.locks import in_transaction, row_lock
from luukku.core.site import service_centre_name
from luukku.customers.events import customer_event_survey
from luukku.customers.models import Customer

from .survey_models import SCORES, Survey

COMMENT_MAX_CHARS = 2000
SURVEYED = (Status.RESOLVED, Status.CLOSED)
EMAIL_PREFERRED = Customer.ContactChannel.EMAIL


def survey_on_status(*, case: Case, old: str, new: str, actor=None, at: dt.datetime) -> None:
    """The cases status hook (`cases.registry`): a case that becomes resolved is surveyed, if
    a person served it (someone resolved it or handles it). One resolved by the system alone
    — a course registration or a booking made online and confirmed at once — is not: nobody
    served it, and its surveys would only fill the figures with answers about no one."""
    served = actor is not None or case.assignee_id is not None
    if new == Status.RESOLVED and served:
        survey_schedule(case=case, actor=actor, at=case.resolved_at or at)


def survey_schedule(*, case: Case, actor=None, at: dt.datetime | None = None) -> Survey | None:
    """A resolved case's survey is due SURVEY_DELAY_MINUTES from `at`. Runs
    under the case's lock (so no second row for the case is made at the same time); a
    survey already sent or answered stays as it is."""
    at = at or timezone.now()
    due = at + dt.timedelta(minutes=settings.SURVEY_DELAY_MINUTES)
    survey = Survey.objects.filter(case=case).first()
    if survey is None:
        return Survey.objects.create(
            case=case, channel=case.channel, language=case.language, due_at=due, created_at=at
        )
    if survey.status in {Survey.Status.PENDING, Survey.Status.CANCELLED}:
        survey.status = Survey.Status.PENDING
        survey.due_at = due
        survey.save(update_fields=["status", "due_at"])
    return survey


def survey_skip_reason(case: Case, *, now: dt.datetime) -> str:
    """Why the case's survey is not sent ("" if it is). Internal customers (the city's own
    staff, internal services and contacts) are not surveyed: their satisfaction is followed
    in their customer plan's reviews, not mixed into the citizens' figures. A case handled
    at a counter visit that was offered its survey on the ticket's page is not asked again.
    A survey goes by e-mail only: a customer who prefers a call, a text or a letter is not
    surveyed (a survey is not worth a call, nor a message by a way they did not choose)."""
    service = case.service
    if case.sensitive or (service is not None and service.sensitive):
        return Survey.Skip.SENSITIVE
    if not case.contact_email:
        return Survey.Skip.NO_ADDRESS
    internal_customer = case.customer is not None and case.customer.kind == Customer.Kind.INTERNAL
    if internal_customer or case.channel == Channel.INTERNAL or (service and service.internal):
        return Survey.Skip.INTERNAL
    if case.customer is not None and case.customer.preferred_channel != EMAIL_PREFERRED:
        return Survey.Skip.PREFERENCE  # it asked to be reached some other way than e-mail
    if Survey.objects.filter(ticket__contacts__case_id=case.pk).exists():
        return Survey.Skip.OFFERED  # the visit's survey was offered on its ticket's page
    since = now - dt.timedelta(days=settings.SURVEY_QUIET_DAYS)
    recent = Survey.objects.filter(recipient__iexact=case.contact_email, sent_at__gte=since)
    if recent.exclude(case=case).exists():
        return Survey.Skip.RECENT
    return ""


def survey_url(survey: Survey) -> str:
    with translation.override(survey.language):
        return settings.SITE_URL + reverse("public:survey", kwargs={"token": survey.token})


def surveys_send_due(*, now: dt.datetime | None = None) -> int:
    """Send (or cancel, or skip) every case survey that is due; how many were sent. Each in a
    transaction of its own, so that one failing keeps the others."""
    now = now or timezone.now()
    due = Survey.objects.filter(
        status=Survey.Status.PENDING, case__isnull=False, due_at__lte=now
    ).order_by("due_at", "pk")
    sent = 0
    for pk in list(due.values_list("pk", flat=True)[:500]):
        survey = survey_send(survey_id=pk, now=now)
        sent += survey is not None and survey.status == Survey.Status.SENT
    return sent


@in_transaction
def survey_send(*, survey_id: int, now: dt.datetime | None = None) -> Survey | None:
    now = now or timezone.now()
    survey = row_lock(Survey, survey_id, missing_ok=True)
    if survey is None or survey.status != Survey.Status.PENDING or survey.case_id is None:
        return survey
    case = row_lock(Case, survey.case_id, related=["service", "customer"])
    if case.status not in SURVEYED:
        survey.status = Survey.Status.CANCELLED
        survey.save(update_fields=["status"])
        return survey
    survey.channel, survey.language = case.channel, case.language
    survey.service_id, survey.service_point_id = case.service_id, case.service_point_id
    survey.handler_id = case.assignee_id
    reason = survey_skip_reason(case, now=now)
    if reason:
        survey.status, survey.skipped_because = Survey.Status.SKIPPED, reason
        survey.save()
        return survey
    with translation.override(case.language):
        context = {
            "case": case,
            "url": survey_url(survey),
            "days": settings.SURVEY_ANSWER_DAYS,
            "centre": service_centre_name(case.language),
        }
        subject = render_to_string("feedback/mail/survey_subject.txt", context).strip()
        body = render_to_string("feedback/mail/survey.txt", context)
    survey.mail = mail_queue(case, kind=OutboundMail.Kind.SURVEY, subject=subject, body=body)
    survey.status, survey.sent_at, survey.recipient = Survey.Status.SENT, now, case.contact_email
    survey.save()
    event_feedback(case, actor=None, action="survey_sent", details={"survey": survey.pk}, at=now)
    if case.customer_id:
        customer_event_survey(case.customer, title="", data=_timeline_data(survey, "sent"), at=now)
    return survey


def _timeline_data(survey: Survey, action: str) -> dict:
    data = {"action": action, "survey": survey.pk, "case": survey.case_id}
    if survey.case_id:
        data["reference"] = survey.case.reference
    if survey.score is not None:
        data["score"] = survey.score
    return data


def survey_score_clean(value) -> int:
    """The score as sent by the form: one of 1 to 5, else a ValidationError."""
    try:
        score = int(str(value).strip())
    except (TypeError, ValueError):
        score = None
    if score not in SCORES:
        raise ValidationError({"score": _("Choose how satisfied you are, from 1 to 5.")})
    return score


def survey_open(survey: Survey, *, now: dt.datetime | None = None) -> bool:
    """Whether the survey can still be answered (sent, unanswered, within its time)."""
    now = now or timezone.now()
    if survey.status != Survey.Status.SENT or survey.sent_at is None:
        return False
    return now < survey.sent_at + dt.timedelta(days=settings.SURVEY_ANSWER_DAYS)


@in_transaction
def survey_answer(*, token: str, score, comment: str = "", now=None) -> Survey:
    """The answer through the survey's private link: once, within SURVEY_ANSWER_DAYS. A
    refused answer changes nothing. Survey.DoesNotExist for an unknown token."""
    now = now or timezone.now()
    found = Survey.objects.only("pk").get(token=token)
    survey = row_lock(Survey, found.pk)
    if survey.status == Survey.Status.ANSWERED:
        raise ValidationError(_("This survey has already been answered. Thank you!"))
    if not survey_open(survey, now=now):
        raise ValidationError(_("This survey can no longer be answered."))
    score = survey_score_clean(score)
    comment = (comment or "").strip()
    if len(comment) > COMMENT_MAX_CHARS:
        raise ValidationError(
            {"comment": _("Write at most %(count)d characters.") % {"count": COMMENT_MAX_CHARS}}
        )
    survey.score, survey.comment = score, comment
    survey.status, survey.answered_at = Survey.Status.ANSWERED, now
    survey.save(update_fields=["score", "comment", "status", "answered_at"])
    if survey.case_id:
        case = survey.case
        details = {"survey": survey.pk, "score": score}
        event_feedback(case, actor=None, action="survey_answered", details=details, at=now)
        if case.customer_id:
            customer_event_survey(
                case.customer, title="", data=_timeline_data(survey, "answered"), at=now
            )
    return survey
