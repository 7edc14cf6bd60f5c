"""The surveys' results: who sees whose, the figures, and masked comments."""

import datetime as dt

import pytest
import time_machine
from django.urls import reverse

from luukku.feedback.survey_models import Survey
from luukku.feedback.survey_selectors import (
    SurveyFilters,
    comment_masked,
    survey_results,
    survey_total,
    surveys_filtered,
    surveys_visible,
)
from luukku.organisation.tests.factories import UserFactory
from luukku.privacy.models import AccessLogEntry

pytestmark = [pytest.mark.django_db, pytest.mark.clock_set]

NOON = dt.datetime(2026, 3, 10, 10, 0, tzinfo=dt.UTC)
PERIOD = SurveyFilters(start=dt.date(2026, 3, 1), end=dt.date(2026, 3, 31))


@pytest.fixture
def clock():
    with time_machine.travel(NOON, tick=False) as traveller:
        yield traveller


def survey(handler, *, score=None, comment="", service=None):
    return Survey.objects.create(
        channel="web",
        handler=handler,
        service=service,
        status=Survey.Status.ANSWERED if score else Survey.Status.SENT,
        sent_at=NOON,
        answered_at=NOON if score else None,
        score=score,
        comment=comment,
    )


@pytest.fixture
def surveys(clock, agent, service):
    colleague = UserFactory(role="agent", first_name="Ville", last_name="Kuusela")
    for score in (5, 4, 2):
        survey(agent, score=score, service=service)
    survey(agent, service=service)  # sent, not answered
    survey(colleague, score=5, comment="Ville oli mukava")
    return colleague


def test_a_handler_sees_their_own_a_supervisor_everyones(surveys, agent, supervisor):
    colleague = surveys
    assert set(surveys_visible(agent).values_list("handler", flat=True)) == {agent.pk}
    assert set(surveys_visible(colleague).values_list("handler", flat=True)) == {colleague.pk}
    assert surveys_visible(supervisor).count() == 5
    assert not surveys_visible(UserFactory(role="dpo")).exists()
    # A handler cannot widen it with a filter naming another handler.
    mine = surveys_filtered(agent, SurveyFilters(**{**PERIOD.__dict__, "handler": colleague.pk}))
    assert not mine.exists()


def test_csat_average_and_response_rate(surveys, agent, supervisor, settings):
    settings.SURVEY_SMALL_COUNT = 10
    total = survey_total(surveys_filtered(supervisor, PERIOD))
    assert (total.sent, total.answered, total.satisfied) == (5, 4, 3)
    assert total.response_rate == 0.8 and total.csat == 0.75 and total.average == 4.0
    assert total.too_few
    per_handler = {
        r.key: r for r in survey_results(surveys_filtered(supervisor, PERIOD), "handler")
    }
    mine = per_handler[agent.pk]
    assert (mine.sent, mine.answered, round(mine.csat, 3), mine.response_rate) == (
        4,
        3,
        0.667,
        0.75,
    )
    settings.SURVEY_SMALL_COUNT = 3
    assert not mine.too_few


def test_comments_are_masked(clock, agent):
    masked = comment_masked(
        survey(
            agent,
            score=3,
            comment=f"{agent.first_name} soitti numerosta 040 123 4567, hetu 131052-308T, "
            "maili matti@example.fi",
        )
    )
    assert "040" not in masked and "131052" not in masked and "@" not in masked
    assert agent.first_name not in masked
    assert "soitti numerosta" in masked


def test_the_page_by_role(surveys, agent, supervisor, client):
    client.force_login(agent)
    url = reverse("web:satisfaction") + "?start=2026-03-01&end=2026-03-31"
    page = client.get(url).content.decode()
    assert "Kuusela" not in page and "mukava" not in page
    client.force_login(supervisor)
    page = client.get(url + "&group=handler").content.decode()
    assert "Kuusela" in page and "[…] oli mukava" in page
    assert AccessLogEntry.objects.filter(context="satisfaction_results").count() == 2
    client.force_login(UserFactory(role="dpo"))
    assert client.get(url).status_code == 403


def test_bad_filters_show_an_error(surveys, supervisor, client):
    client.force_login(supervisor)
    page = client.get(reverse("web:satisfaction") + "?start=2026-03-31&end=2026-03-01")
    assert page.status_code == 200
    assert b'id="id_end_error"' in page.content
