"""Satisfaction surveys after a resolved case: when one is sent, and the answer."""

import datetime as dt
import re

import pytest
import time_machine
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation

from luukku.cases import registry
from luukku.cases.models import Case, CaseEvent, OutboundMail, Status
from luukku.cases.services import case_assign, case_change_status
from luukku.cases.tests.factories import make_case
from luukku.customers.models import Customer, CustomerEvent
from luukku.customers.tests.factories import CustomerFactory
from luukku.feedback.survey_models import Survey
from luukku.feedback.surveys import survey_answer, surveys_send_due

pytestmark = [pytest.mark.django_db, pytest.mark.clock_set]

NOON = dt.datetime(2026, 3, 10, 10, 0, tzinfo=dt.UTC)
HOUR = dt.timedelta(hours=1)


@pytest.fixture
def clock():
    with time_machine.travel(NOON, tick=False) as traveller:
        yield traveller


def resolved_case(agent, *, email="maija@example.fi", language="fi", sensitive=False, **kwargs):
    case = make_case(contact_email=email, language=language, **kwargs)
    if not sensitive and not case.sensitive:
        case_assign(case=case, actor=agent, assignee=agent)
    else:
        Case.objects.filter(pk=case.pk).update(sensitive=True)
        case.refresh_from_db()
    case_change_status(case=case, actor=agent, status=Status.RESOLVED)
    return case


def send_due(clock, after=HOUR):
    clock.shift(after)
    return surveys_send_due()


def survey_mails():
    return OutboundMail.objects.filter(kind=OutboundMail.Kind.SURVEY)


def test_the_cases_hook_is_told_of_a_resolution(clock, agent):
    heard = []

    def hook(*, case, old, new, actor, at):
        heard.append((case.pk, old, new, actor, at))

    registry.case_status_hook_register(hook)
    try:
        case = resolved_case(agent)
    finally:
        registry.STATUS_HOOKS.remove(hook)
    [(pk, _old, _new, actor, at)] = [heard_one for heard_one in heard if heard_one[2] == "resolved"]
    assert (pk, actor, at) == (case.pk, agent, NOON)


def test_a_resolved_case_is_surveyed_once_after_the_delay(clock, agent, settings):
    settings.SURVEY_DELAY_MINUTES = 60
    case = resolved_case(agent, language="sv")
    clock.shift(dt.timedelta(minutes=59))
    assert surveys_send_due() == 0
    assert send_due(clock, dt.timedelta(minutes=1)) == 1
    sent = survey_mails().get()
    assert sent.case == case and sent.recipient == "maija@example.fi"
    assert "Hur" in sent.subject  # in the case's language
    survey = Survey.objects.get(case=case)
    assert survey.handler == agent and survey.service == case.service
    assert f"/sv/surveys/{survey.token}/" in sent.body or survey.token in sent.body
    # Reopened and resolved again: no second survey.
    case_change_status(case=case, actor=agent, status=Status.OPEN)
    case_change_status(case=case, actor=agent, status=Status.RESOLVED)
    assert send_due(clock, 2 * HOUR) == 0
    assert survey_mails().count() == 1
    assert case.events.filter(kind=CaseEvent.Kind.FEEDBACK, data__action="survey_sent").count() == 1


def test_reopened_before_sending_cancels_until_resolved_again(clock, agent):
    case = resolved_case(agent)
    clock.shift(dt.timedelta(minutes=30))
    case_change_status(case=case, actor=agent, status=Status.OPEN)
    assert send_due(clock) == 0
    assert Survey.objects.get(case=case).status == Survey.Status.CANCELLED
    case_change_status(case=case, actor=agent, status=Status.RESOLVED)
    assert send_due(clock, dt.timedelta(minutes=30)) == 0  # a new delay from this resolution
    assert send_due(clock, dt.timedelta(minutes=30)) == 1


def test_not_to_an_address_surveyed_within_the_quiet_days(clock, agent, settings):
    settings.SURVEY_QUIET_DAYS = 30
    resolved_case(agent, email="Sama@example.fi")
    assert send_due(clock) == 1
    clock.shift(dt.timedelta(days=10))
    second = resolved_case(agent, email="sama@example.fi")
    assert send_due(clock) == 0
    assert Survey.objects.get(case=second).skipped_because == Survey.Skip.RECENT
    clock.shift(dt.timedelta(days=25))
    resolved_case(agent, email="sama@example.fi")
    assert send_due(clock) == 1


def test_never_for_sensitive_internal_addressless_or_call_only_cases(
    clock, agent, sensitive_service
):
    sensitive = resolved_case(agent, email="a@example.fi", sensitive=True)
    of_sensitive_service = resolved_case(agent, email="b@example.fi", service=sensitive_service)
    no_address = resolved_case(agent, email="")
    internal = resolved_case(
        agent,
        email="c@example.fi",
        customer=CustomerFactory(
            kind=Customer.Kind.INTERNAL,
            organisation_name="Tilapalvelut",
            first_name="",
            last_name="",
        ),
    )
    calls_only = resolved_case(
        agent,
        email="d@example.fi",
        customer=CustomerFactory(preferred_channel=Customer.ContactChannel.PHONE),
    )
    e_mail = resolved_case(agent, email="e@example.fi", customer=CustomerFactory())
    assert send_due(clock) == 1
    assert list(survey_mails().values_list("case", flat=True)) == [e_mail.pk]
    reasons = dict(Survey.objects.values_list("case", "skipped_because"))
    assert reasons == {
        sensitive.pk: Survey.Skip.SENSITIVE,
        of_sensitive_service.pk: Survey.Skip.SENSITIVE,
        no_address.pk: Survey.Skip.NO_ADDRESS,
        internal.pk: Survey.Skip.INTERNAL,
        calls_only.pk: Survey.Skip.PREFERENCE,
        e_mail.pk: "",
    }


def test_not_for_a_case_the_system_resolved_alone(clock, agent):
    case = make_case(contact_email="kurssilainen@example.fi")
    case_change_status(case=case, actor=None, status=Status.RESOLVED)  # a registration's
    handled = make_case(contact_email="asiakas@example.fi")
    case_assign(case=handled, actor=agent, assignee=agent)
    case_change_status(case=handled, actor=None, status=Status.RESOLVED)
    assert list(Survey.objects.values_list("case", flat=True)) == [handled.pk]


def sent_survey(clock, agent, **kwargs):
    case = resolved_case(agent, **kwargs)
    send_due(clock)
    return Survey.objects.get(case=case)


def test_the_answer_is_taken_once_and_shown_on_both_timelines(clock, agent):
    survey = sent_survey(clock, agent)
    survey_answer(token=survey.token, score="5", comment="Nopeaa palvelua!")
    survey.refresh_from_db()
    assert (survey.status, survey.score, survey.comment) == ("answered", 5, "Nopeaa palvelua!")
    event = survey.case.events.get(data__action="survey_answered")
    assert event.data["score"] == 5
    kinds = CustomerEvent.objects.filter(customer=survey.case.customer).values_list("data__action")
    assert sorted(action for (action,) in kinds) == ["answered", "sent"]
    with pytest.raises(ValidationError):
        survey_answer(token=survey.token, score="1")
    survey.refresh_from_db()
    assert survey.score == 5


@pytest.mark.parametrize("score", ["", "0", "6", "hyvä", None])
def test_a_bad_score_changes_nothing(clock, agent, score):
    survey = sent_survey(clock, agent)
    with pytest.raises(ValidationError):
        survey_answer(token=survey.token, score=score)
    survey.refresh_from_db()
    assert survey.status == Survey.Status.SENT and survey.score is None


def test_the_answer_page_without_javascript(clock, agent, client):
    survey = sent_survey(clock, agent, language="en")
    with translation.override("en"):
        url = reverse("public:survey", kwargs={"token": survey.token})
    page = client.get(url)
    assert page.status_code == 200 and b"Very satisfied" in page.content
    refused = client.post(url, {"score": "9", "comment": "x"})
    assert refused.status_code == 400
    assert b'id="id_score_error"' in refused.content
    survey.refresh_from_db()
    assert survey.status == Survey.Status.SENT
    answered = client.post(url, {"score": "4", "comment": "Kiitos"}, follow=True)
    assert answered.status_code == 200
    assert b"Thank you" in answered.content
    survey.refresh_from_db()
    assert survey.score == 4
    again = client.post(url, {"score": "1"})
    assert again.status_code == 200 and b"has been answered" in again.content
    survey.refresh_from_db()
    assert survey.score == 4


def test_a_bad_or_expired_token(clock, agent, client, settings):
    settings.SURVEY_ANSWER_DAYS = 14
    survey = sent_survey(clock, agent)
    assert client.get(reverse("public:survey", kwargs={"token": "x" * 43})).status_code == 404
    clock.shift(dt.timedelta(days=15))
    url = reverse("public:survey", kwargs={"token": survey.token})
    assert client.post(url, {"score": "5"}).status_code == 410
    survey.refresh_from_db()
    assert survey.status == Survey.Status.SENT


def test_the_mail_is_sent_by_the_worker(clock, agent, run_tasks):
    survey = sent_survey(clock, agent)
    run_tasks()
    assert len(mail.outbox) == 1
    assert re.search(rf"/surveys/{survey.token}/", mail.outbox[0].body)


def test_the_export_and_the_case_s_anonymisation(clock, agent):
    from luukku.feedback.survey_subject_data import case_surveys_anonymise, surveys_export

    survey = sent_survey(clock, agent)
    survey_answer(token=survey.token, score=2, comment="Soittakaa 040 123 4567")
    (row,) = surveys_export(survey.case.customer).rows
    assert row["score"] == 2 and row["comment"] and row["sent_to"] == "maija@example.fi"
    case_surveys_anonymise(survey.case_id)
    survey.refresh_from_db()
    assert (survey.recipient, survey.comment, survey.score) == ("", "", 2)
