"""A template's placeholders filled in for a reply (issue 27's newcomer trial): the promised
date is never in the past, and the customer is greeted by name only, in fi, sv and en."""

import datetime as dt

import pytest
import time_machine

from luukku.cases.models import Case
from luukku.cases.tests.factories import make_case
from luukku.customers.models import Customer
from luukku.customers.tests.factories import CustomerFactory
from luukku.knowledge.selectors import template_render
from luukku.knowledge.tests.factories import ReplyTemplateFactory

pytestmark = pytest.mark.django_db

# Saturday 5 December 2026, 12:00 in Helsinki.
NOW = dt.datetime(2026, 12, 5, 10, 0, tzinfo=dt.UTC)
PROMISE = {
    "fi": "Saat vastauksen {expected_date} mennessä.",
    "sv": "Du får svar senast {expected_date}.",
    "en": "You will get a reply by {expected_date}.",
}


def _case(service, *, due_at):
    with time_machine.travel(dt.datetime(2026, 11, 6, 9, 0, tzinfo=dt.UTC), tick=False):
        case = make_case(service=service)
    Case.objects.filter(pk=case.pk).update(due_at=due_at)
    case.refresh_from_db()
    return case


@pytest.mark.parametrize(
    ("language", "promised"),
    [
        # Five business days of the service's target from Saturday: Friday 11 December.
        ("fi", "Saat vastauksen 11. joulukuuta 2026 mennessä."),
        ("sv", "Du får svar senast 11 december 2026."),
        ("en", "You will get a reply by 11 December 2026."),
    ],
)
def test_an_overdue_case_is_promised_a_fresh_date_not_a_past_one(
    service, agent, language, promised
):
    overdue = _case(service, due_at=dt.datetime(2026, 11, 13, 14, 0, tzinfo=dt.UTC))
    template = ReplyTemplateFactory(language=language, body=PROMISE[language])
    with time_machine.travel(NOW, tick=False):
        assert template_render(template=template, case=overdue, user=agent) == promised


@pytest.mark.parametrize(
    ("language", "promised"),
    [
        ("fi", "Saat vastauksen 7. joulukuuta 2026 mennessä."),
        ("sv", "Du får svar senast 7 december 2026."),
        ("en", "You will get a reply by 7 December 2026."),
    ],
)
def test_a_case_due_ahead_keeps_the_date_it_was_promised(service, agent, language, promised):
    ahead = _case(service, due_at=dt.datetime(2026, 12, 7, 14, 0, tzinfo=dt.UTC))
    template = ReplyTemplateFactory(language=language, body=PROMISE[language])
    with time_machine.travel(NOW, tick=False):
        assert template_render(template=template, case=ahead, user=agent) == promised


@pytest.mark.parametrize(
    ("language", "body", "greeting"),
    [
        ("fi", "Hei {customer_name},", "Hei Petri Laaksonen,"),
        ("sv", "Hej {customer_name}!", "Hej Petri Laaksonen!"),
        ("en", "Hello {customer_name},", "Hello Petri Laaksonen,"),
    ],
)
def test_the_customer_is_greeted_by_name_without_a_title(service, agent, language, body, greeting):
    internal = CustomerFactory(
        kind=Customer.Kind.INTERNAL,
        first_name="Petri",
        last_name="Laaksonen",
        organisation_name="Tila- ja turvallisuuskoordinaattori",
    )
    case = make_case(service=service, customer=internal)
    template = ReplyTemplateFactory(language=language, body=body)
    assert template_render(template=template, case=case, user=agent) == greeting


def test_an_organisation_is_greeted_by_its_name(service, agent):
    firm = CustomerFactory(
        kind=Customer.Kind.ORGANISATION, first_name="", last_name="", organisation_name="Valo Oy"
    )
    case = make_case(service=service, customer=firm)
    template = ReplyTemplateFactory(language="fi", body="Hei {customer_name},")
    assert template_render(template=template, case=case, user=agent) == "Hei Valo Oy,"
