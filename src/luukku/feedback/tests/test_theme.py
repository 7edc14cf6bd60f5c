"""The dashboard's "Feedback" theme: feedback by kind and topic, complaints answered in time,
ideas received and their fates, in the period and narrowed by the dashboard's filters."""

import datetime as dt

import pytest
import time_machine
from django.utils import translation

from luukku.cases.services import case_reply
from luukku.cases.tests.factories import make_case
from luukku.core.testing.clock import at
from luukku.feedback.models import FeedbackTopic
from luukku.feedback.services import case_feedback_set, idea_fate_decide
from luukku.insights.reports import THEMES
from luukku.insights.selectors import Filters

pytestmark = pytest.mark.django_db


def _table(tables, slug):
    table = next(t for t in tables if t.slug == slug)
    with translation.override("en"):
        return {str(row[0].value): [cell.value for cell in row[1:]] for row in table.rows}


def test_the_theme_counts_kinds_topics_complaints_in_time_and_ideas(service, agent, settings):
    settings.COMPLAINT_ANSWER_DAYS = 10
    topic = FeedbackTopic.objects.create(name="Aukioloajat", name_fi="Aukioloajat")
    with time_machine.travel(at(2026, 4, 2, 12), tick=False):
        cases = [make_case(service=service) for _ in range(5)]
        kinds = ["complaint", "complaint", "idea", "idea", "praise"]
        records = [
            case_feedback_set(case=case, actor=agent, kind=kind, topic=topic)
            for case, kind in zip(cases, kinds, strict=True)
        ]
        idea_fate_decide(feedback=records[2], actor=agent, fate="implemented")
        idea_fate_decide(feedback=records[3], actor=agent, fate="declined", reason="Ei tilaa")
    with time_machine.travel(at(2026, 4, 10, 9), tick=False):
        case_reply(case=cases[0], actor=agent, body="Vastaus")
    with time_machine.travel(at(2026, 4, 30, 9), tick=False):
        case_reply(case=cases[1], actor=agent, body="Myöhäinen vastaus")
        with translation.override("en"):
            tables = THEMES["feedback"].tables(Filters(dt.date(2026, 4, 1), dt.date(2026, 4, 30)))
    summary = _table(tables, "feedback")
    assert summary["Complaints received"] == [2]
    assert summary["Complaints answered in time"] == [1]
    assert summary["Share answered in time"] == [0.5]
    assert summary["Ideas implemented"] == [1] and summary["Ideas declined"] == [1]
    assert _table(tables, "feedback_kinds")["Complaint"] == [2, 0, 2, 0, 0]
    assert _table(tables, "feedback_topics")["Aukioloajat"] == [5, 1, 2, 2, 0]
    earlier = THEMES["feedback"].tables(Filters(dt.date(2026, 3, 1), dt.date(2026, 3, 31)))
    assert _table(earlier, "feedback")["Complaints received"] == [0]
