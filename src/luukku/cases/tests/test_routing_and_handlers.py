"""Routing rules forward a case to another organisation; the one-handler model gives a
customer's new cases to their named handler, or the substitute while the handler is away."""

import datetime as dt

import pytest
import time_machine
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from luukku.cases.models import CaseEvent, RoutingRule, Status
from luukku.cases.named_handlers import customers_handler_move
from luukku.cases.selectors import routing_rules_for
from luukku.cases.services import case_forward, case_resolve_at_first_contact
from luukku.cases.tests.factories import make_case
from luukku.core.testing.clock import at
from luukku.customers.tests.factories import CustomerFactory
from luukku.organisation.models import Absence, Organisation
from luukku.organisation.tests.factories import UserFactory
from luukku.privacy.models import AccessLogEntry

pytestmark = pytest.mark.django_db


@pytest.fixture
def kela(db):
    return Organisation.objects.create(name="Kela", kind=Organisation.Kind.STATE)


def test_a_rule_matches_by_word_stem_or_service(service, kela):
    by_word = RoutingRule.objects.create(
        name="Kelan etuudet", keywords="kela, asumistuki", organisation=kela, message_fi="Kela"
    )
    by_service = RoutingRule.objects.create(
        name="Palvelu", service=service, organisation=kela, message_fi="Kela"
    )
    case = make_case(service=service, subject="Kysymys", body="Miten haen Kelasta tukea?")
    assert routing_rules_for(case=case) == [by_word, by_service]  # by name
    other = make_case(subject="Katuvalo", body="Askel lampun alla")  # "askel" is not "kela…"
    assert routing_rules_for(case=other) == []


def test_forwarding_tells_the_customer_and_records_it(service, agent, kela):
    case = make_case(service=service, subject="Asumistuki")
    reply = case_forward(
        case=case,
        actor=agent,
        organisation=kela,
        message="Asumistukea haetaan Kelasta: kela.fi tai p. 020 692 222.",
    )
    case.refresh_from_db()
    assert case.forwarded_to == kela and case.status == Status.RESOLVED
    assert not case.first_contact_resolution
    assert reply.public and "kela.fi" in reply.body
    forwarded = case.events.get(kind=CaseEvent.Kind.FORWARDED)
    assert forwarded.public and forwarded.data["name"] == "Kela"
    assert case.outbound_mail.filter(event=reply).exists()


def test_an_automatic_rule_forwards_at_intake_in_the_customers_language(service, kela):
    RoutingRule.objects.create(
        name="Verot",
        keywords="verokortti",
        organisation=kela,
        automatic=True,
        message_fi="Verokortin saat OmaVerosta.",
        message_sv="Skattekortet får du i MinSkatt.",
    )
    case = make_case(service=service, subject="Verokortti", language="sv")
    case.refresh_from_db()
    assert case.forwarded_to == kela and case.status == Status.RESOLVED
    assert (
        case.events.get(kind=CaseEvent.Kind.MESSAGE_OUT).body == "Skattekortet får du i MinSkatt."
    )


def test_a_bad_forward_is_refused_and_changes_nothing(service, agent, kela):
    case = make_case(service=service)
    own = Organisation.objects.create(name="Vuoksela", kind="municipality", is_own=True)
    for organisation, message in [(kela, " "), (own, "Hoidamme itse"), (None, "Viesti")]:
        with pytest.raises(ValidationError):
            case_forward(case=case, actor=agent, organisation=organisation, message=message)
    case.refresh_from_db()
    assert case.status == Status.NEW and case.forwarded_to is None
    assert not case.events.filter(kind=CaseEvent.Kind.MESSAGE_OUT).exists()


def test_a_forwarded_case_is_not_resolved_at_first_contact(service, agent, kela):
    case = make_case(service=service)
    case_forward(case=case, actor=agent, organisation=kela, message="Kelaan")
    case.refresh_from_db()
    assert not case.first_contact_resolution
    case = case_resolve_at_first_contact(case=case, actor=agent)
    assert not case.first_contact_resolution


@time_machine.travel(at(2026, 12, 31, 23, 59, 59), tick=False)  # the same day throughout
def test_new_cases_go_to_the_named_handler_or_the_substitute(service):
    handler, substitute = UserFactory(), UserFactory()
    customer = CustomerFactory(kind="organisation", organisation_name="Oy Yritys Ab")
    customer.handler, customer.substitute = handler, substitute
    customer.save()
    case = make_case(service=service, customer=customer)
    assert case.assignee == handler
    assignment = case.events.get(kind=CaseEvent.Kind.ASSIGNMENT)
    assert assignment.data["reason"] == "handler"
    today = timezone.localdate()
    Absence.objects.create(user=handler, starts_on=today, ends_on=today + dt.timedelta(days=7))
    case = make_case(service=service, customer=customer)
    case.refresh_from_db()
    assert case.assignee == substitute
    Absence.objects.create(user=substitute, starts_on=today, ends_on=today)
    case = make_case(service=service, customer=customer)
    case.refresh_from_db()
    assert case.assignee is None  # both away: it waits in the inbox


def test_a_supervisor_moves_a_handlers_pot_in_one_action(service, supervisor, agent):
    leaving, taking = UserFactory(), UserFactory()
    customers = [CustomerFactory() for _ in range(3)]
    for customer in customers:
        customer.handler = leaving
        customer.save()
    customers[0].substitute = taking
    customers[0].save()
    open_case = make_case(service=service, customer=customers[1])
    assert open_case.assignee == leaving
    result = customers_handler_move(actor=supervisor, from_user=leaving, to_user=taking)
    assert (result.customers, result.cases) == (3, 1)
    for customer in customers:
        customer.refresh_from_db()
        assert customer.handler == taking
    customers[0].refresh_from_db()
    assert customers[0].substitute is None
    open_case.refresh_from_db()
    assert open_case.assignee == taking
    assert AccessLogEntry.objects.filter(context="customers_handler_move").count() >= 3


def test_only_a_supervisor_moves_pots_and_not_to_the_same_person(supervisor, agent):
    leaving = UserFactory()
    customer = CustomerFactory()
    customer.handler = leaving
    customer.save()
    with pytest.raises(PermissionDenied):
        customers_handler_move(actor=agent, from_user=leaving, to_user=agent)
    with pytest.raises(ValidationError):
        customers_handler_move(actor=supervisor, from_user=leaving, to_user=leaving)
    customer.refresh_from_db()
    assert customer.handler == leaving
