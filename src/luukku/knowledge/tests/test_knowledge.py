from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from luukku.cases.tests.factories import make_case
from luukku.customers.tests.factories import CustomerFactory
from luukku.knowledge.models import ReplyTemplate, TemplateUse
from luukku.knowledge.selectors import (
    articles_due_for_review,
    case_suggestions,
    template_render,
)
from luukku.knowledge.services import article_mark_reviewed, case_reply_from_template
from luukku.knowledge.tests.factories import ArticleFactory, ReplyTemplateFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("body", "error"),
    [
        ("Hei {asiakas}", "Tuntematon kenttä: {asiakas}."),
        ("Hei {customer_name", "Aaltosulkeiden on oltava pareittain"),
        ("Hei {}", "Tuntematon kenttä: {}."),
    ],
)
def test_template_with_a_bad_placeholder_is_refused(body, error):
    template = ReplyTemplate(key="x", language="fi", title="X", body=body)
    with pytest.raises(ValidationError) as raised:
        template.full_clean()
    assert error in " ".join(raised.value.message_dict["body"])


def test_template_is_filled_from_the_case_in_its_language(service, agent):
    customer = CustomerFactory(first_name="Erik", last_name="Lind", email="erik@example.fi")
    case = make_case(service=service, customer=customer, language="sv")
    template = ReplyTemplateFactory(
        language="sv",
        body="Hej {customer_name}! Ärende {reference}, svar senast {expected_date}. "
        "{handler} · {service} · {status_link}",
    )
    text = template_render(template=template, case=case, user=agent)
    assert text.startswith(f"Hej Erik Lind! Ärende {case.reference}, svar senast ")
    assert timezone.localtime(case.due_at).strftime("%Y") in text
    assert agent.get_full_name() in text and case.token in text
    assert "{" not in text


def test_a_missing_name_leaves_no_stray_space(service, agent):
    case = make_case(service=service)
    case.customer = None  # an anonymous contact
    template = ReplyTemplateFactory(body="Hei {customer_name}, kiitos.")
    assert template_render(template=template, case=case, user=agent) == "Hei, kiitos."


def test_reply_from_a_template_counts_the_use_and_its_rank(service, agent):
    case = make_case(service=service, customer=CustomerFactory(email="a@example.fi"))
    template = ReplyTemplateFactory()
    event = case_reply_from_template(
        case=case, actor=agent, body="Vastaus", template=template, suggested_rank=2
    )
    use = TemplateUse.objects.get()
    assert (use.event, use.case, use.user, use.suggested_rank) == (event, case, agent, 2)
    template.refresh_from_db()
    assert template.usage_count == 1


def test_a_refused_reply_counts_no_use(service, agent):
    case = make_case(service=service)
    template = ReplyTemplateFactory()
    with pytest.raises(ValidationError):
        case_reply_from_template(case=case, actor=agent, body=" ", template=template)
    template.refresh_from_db()
    assert template.usage_count == 0 and not TemplateUse.objects.exists()


def test_suggestions_rank_the_answer_to_the_message(service):
    right = ReplyTemplateFactory(
        title="Katuvalon vika", body="Katuvalot korjataan kahden viikon kuluessa.", service=service
    )
    ReplyTemplateFactory(title="Uimahallin aukiolo", body="Uimahalli on auki arkisin.")
    ReplyTemplateFactory(
        language="sv", title="Gatubelysning", body="Gatlamporna repareras inom två veckor."
    )
    article = ArticleFactory(title_fi="Katuvalot ovat pimeänä", body_fi="Ilmoita valosta.")
    case = make_case(
        service=service, subject="Pimeä katu", body="Katuvalo on ollut pimeänä viikon."
    )
    suggestions = case_suggestions(case=case)
    assert [s.object for s in suggestions["templates"]] == [right]
    assert suggestions["templates"][0].rank == 1
    assert [s.object for s in suggestions["articles"]] == [article]


def test_articles_due_for_review_are_listed_for_their_owner(expert, other_expert):
    today = timezone.localdate()
    due = ArticleFactory(owner=expert, review_due=today - timedelta(days=3))
    ArticleFactory(owner=expert, review_due=today + timedelta(days=30))
    ArticleFactory(owner=other_expert, review_due=today)
    assert list(articles_due_for_review(owner=expert)) == [due]
    article_mark_reviewed(article=due, actor=expert)
    assert list(articles_due_for_review(owner=expert)) == []


def test_case_page_suggests_and_one_click_fills_the_reply(client, agent, service, run_tasks):
    template = ReplyTemplateFactory(
        title="Katuvalon vika",
        body="Hei {customer_name}, katuvalo korjataan. Tunnus {reference}.",
        service=service,
    )
    customer = CustomerFactory(first_name="Maija", last_name="M", email="maija@example.fi")
    case = make_case(service=service, customer=customer, body="Katuvalo on pimeänä.")
    client.force_login(agent)
    url = reverse("web:case", args=[case.reference])
    page = client.get(url).content.decode()
    assert f'name="use_template" value="{template.pk}:1"' in page

    page = client.post(
        reverse("web:case_reply", args=[case.reference]),
        {"reply-body": "", "use_template": f"{template.pk}:1"},
    ).content.decode()
    filled = f"Hei Maija M, katuvalo korjataan. Tunnus {case.reference}."
    assert filled in page
    response = client.post(
        reverse("web:case_reply", args=[case.reference]),
        {"reply-body": filled, "reply-template": template.pk, "reply-suggested_rank": 1},
    )
    assert response.status_code == 302
    assert TemplateUse.objects.get().suggested_rank == 1
    run_tasks()


def test_case_page_finds_templates_by_search(client, agent, service):
    ReplyTemplateFactory(title="Lumen auraus", body="Kadut aurataan järjestyksessä.")
    case = make_case(service=service, body="Kysymys")
    client.force_login(agent)
    page = client.get(reverse("web:case", args=[case.reference]), {"tq": "aurauksen"})
    assert "Lumen auraus" in page.content.decode()
    page = client.get(reverse("web:case", args=[case.reference]), {"tq": "uimahalli"})
    assert "Hakuasi vastaavia vastauspohjia ei löytynyt." in page.content.decode()
