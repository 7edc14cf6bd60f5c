"""The feedback pages: the case page's panel, the list with its filters and ideas' fates,
the topics supervisors keep; bad input answered with a translated error, nothing changed."""

import pytest
from django.urls import reverse
from django.utils import translation

from luukku.cases.tests.factories import make_case
from luukku.feedback.models import Feedback, FeedbackTopic
from luukku.feedback.services import case_feedback_set
from luukku.privacy.models import AccessLogEntry

pytestmark = pytest.mark.django_db


@pytest.fixture
def topic():
    return FeedbackTopic.objects.create(
        name="Palvelutapa", name_fi="Palvelutapa", name_sv="Bemötande", name_en="Service manner"
    )


def test_an_agent_marks_a_case_as_feedback_on_its_page(client, service, agent, topic):
    case = make_case(service=service)
    client.force_login(agent)
    page = client.get(reverse("web:case", args=[case.reference]))
    assert b'id="feedback-heading"' in page.content
    answer = client.post(
        reverse("web:case_feedback", args=[case.reference]),
        {"feedback-kind": "complaint", "feedback-topic": topic.pk},
    )
    assert answer.status_code == 302
    feedback = Feedback.objects.get(case=case)
    assert (feedback.kind, feedback.topic) == ("complaint", topic)
    assert feedback.answer_due_on is not None


def test_a_kind_that_is_none_is_refused_on_the_case_page(client, service, agent):
    case = make_case(service=service)
    client.force_login(agent)
    answer = client.post(
        reverse("web:case_feedback", args=[case.reference]),
        {"feedback-kind": "rant"},
        HTTP_ACCEPT_LANGUAGE="fi",
    )
    assert answer.status_code == 400
    assert not Feedback.objects.exists()


def test_the_list_filters_and_logs_what_it_showed(client, service, agent, topic):
    for kind in ("praise", "idea", "idea"):
        case_feedback_set(case=make_case(service=service), actor=agent, kind=kind, topic=topic)
    client.force_login(agent)
    page = client.get(reverse("web:feedback_list"), {"kind": "idea"})
    assert page.status_code == 200
    assert len(page.context["rows"]) == 2
    entry = AccessLogEntry.objects.filter(context="feedback_list").latest("pk")
    assert (entry.actor, entry.count, entry.query) == (agent, 2, {"kind": "idea"})


def test_declining_an_idea_without_a_reason_is_refused_in_the_readers_language(
    client, service, agent
):
    feedback = case_feedback_set(case=make_case(service=service), actor=agent, kind="idea")
    client.force_login(agent)
    with translation.override("sv"):
        url = reverse("web:feedback_fate", args=[feedback.pk])
    answer = client.post(
        url, {f"fate-{feedback.pk}-fate": "declined", f"fate-{feedback.pk}-reason": ""}
    )
    assert answer.status_code == 400
    assert "Säg varför idén avböjs." in answer.content.decode()
    feedback.refresh_from_db()
    assert feedback.fate == ""
    answer = client.post(
        url, {f"fate-{feedback.pk}-fate": "declined", f"fate-{feedback.pk}-reason": "Ei rahaa"}
    )
    assert answer.status_code == 302
    feedback.refresh_from_db()
    assert (feedback.fate, feedback.fate_reason) == ("declined", "Ei rahaa")


def test_the_case_page_offers_the_fate_reply_in_the_cases_language(client, service, agent):
    case = make_case(service=service, language="sv")
    feedback = case_feedback_set(case=case, actor=agent, kind="idea")
    from luukku.feedback.services import idea_fate_decide

    idea_fate_decide(feedback=feedback, actor=agent, fate="implemented")
    client.force_login(agent)
    page = client.get(reverse("web:case", args=[case.reference]))
    assert page.context["feedback_panel"]["fate_reply"].startswith("Tack för din idé.")


def test_only_supervisors_keep_the_topics(client, agent, supervisor):
    client.force_login(agent)
    assert client.get(reverse("web:feedback_topics")).status_code == 403
    client.force_login(supervisor)
    answer = client.post(
        reverse("web:feedback_topics"),
        {
            "new-name_fi": "Siisteys",
            "new-name_sv": "Städning",
            "new-name_en": "",
            "new-order": 1,
            "new-active": "on",
        },
    )
    assert answer.status_code == 302
    topic = FeedbackTopic.objects.get()
    assert (topic.name_fi, topic.name_sv, topic.name_en) == ("Siisteys", "Städning", "Siisteys")
    answer = client.post(reverse("web:feedback_topics"), {"new-name_fi": "", "new-order": 0})
    assert answer.status_code == 400
    assert FeedbackTopic.objects.count() == 1
