import datetime as dt

import pytest
from django.utils import timezone, translation

from luukku.cases.models import Case, Channel, Status
from luukku.cases.selectors import (
    InboxFilters,
    case_get_by_token,
    case_get_for_view,
    case_visible_to,
    cases_visible_to,
    customer_cases,
    inbox_cases,
)
from luukku.cases.services import case_assign
from luukku.cases.tests.factories import make_case
from luukku.customers.tests.factories import CustomerFactory
from luukku.organisation.tests.factories import UserFactory
from luukku.privacy.models import AccessLogEntry

pytestmark = pytest.mark.django_db


def test_non_sensitive_cases_are_seen_by_all_staff(
    service, agent, expert, other_expert, supervisor
):
    case = make_case(service=service)
    for user in (agent, expert, other_expert, supervisor):
        assert case_visible_to(case=case, user=user)


def test_sensitive_case_is_seen_only_in_its_department(
    sensitive_service, agent, expert, other_expert, supervisor
):
    case = make_case(service=sensitive_service)
    assert case_visible_to(case=case, user=expert)
    assert case_visible_to(case=case, user=supervisor)
    assert not case_visible_to(case=case, user=other_expert)
    assert not case_visible_to(case=case, user=agent)


def test_supervisor_of_another_department_does_not_see_a_sensitive_case(
    sensitive_service, other_department
):
    case = make_case(service=sensitive_service)
    head = UserFactory(role="supervisor", departments=[other_department])
    assert not case_visible_to(case=case, user=head)
    assert not cases_visible_to(user=head).filter(pk=case.pk).exists()


def test_extra_department_lets_a_supervisor_see_its_sensitive_cases(
    sensitive_service, department, other_department
):
    case = make_case(service=sensitive_service)
    head = UserFactory(role="supervisor", departments=[other_department])
    head.extra_departments.add(department)
    assert case_visible_to(case=case, user=head)


def test_extra_department_works_for_an_expert_too(sensitive_service, department, other_expert):
    case = make_case(service=sensitive_service)
    other_expert.extra_departments.add(department)
    assert case_visible_to(case=case, user=other_expert)


def test_city_setting_gives_every_supervisor_every_sensitive_case(
    sensitive_service, other_department, settings
):
    case = make_case(service=sensitive_service)
    head = UserFactory(role="supervisor", departments=[other_department])
    expert = UserFactory(role="expert", departments=[other_department])
    settings.SUPERVISORS_SEE_ALL_SENSITIVE = True
    assert case_visible_to(case=case, user=head)
    assert not case_visible_to(case=case, user=expert)


def test_administrator_sees_every_sensitive_case(sensitive_service):
    case = make_case(service=sensitive_service)
    assert case_visible_to(case=case, user=UserFactory(role="administrator"))


def test_handler_sees_the_sensitive_case_given_to_them(sensitive_service, supervisor):
    case = make_case(service=sensitive_service)
    agent = UserFactory(role="agent")
    case_assign(case=case, actor=supervisor, assignee=supervisor)
    assert not case_visible_to(case=case, user=agent)
    Case.objects.filter(pk=case.pk).update(assignee=agent)
    assert case_visible_to(case=case, user=agent)


def test_inactive_staff_see_nothing(service):
    make_case(service=service)
    assert not cases_visible_to(user=UserFactory(is_active=False)).exists()


def test_case_page_outside_scope_is_not_found_and_not_logged(sensitive_service, other_expert):
    case = make_case(service=sensitive_service)
    before = AccessLogEntry.objects.count()
    with pytest.raises(Case.DoesNotExist):
        case_get_for_view(reference=case.reference, viewer=other_expert, context="t")
    assert AccessLogEntry.objects.count() == before


def test_case_page_view_is_logged_with_customer(service, agent):
    case = make_case(service=service)
    case_get_for_view(reference=case.reference, viewer=agent, context="case_page")
    entry = AccessLogEntry.objects.filter(action="view").get()
    assert (entry.actor, entry.case, entry.customer) == (agent, case, case.customer)


def test_inbox_filters(service, agent, expert):
    web = make_case(service=service, subject="Katuvalo")
    phone = make_case(service=service, channel=Channel.PHONE, subject="Auraus")
    Case.objects.filter(pk=phone.pk).update(status=Status.RESOLVED, assignee=agent)
    late = make_case(service=service, subject="Kuoppa")
    Case.objects.filter(pk=late.pk).update(due_at=timezone.now() - dt.timedelta(hours=1))

    def refs(**kw):
        return {c.reference for c in inbox_cases(user=agent, filters=InboxFilters(**kw))}

    assert refs(status="all_open") == {web.reference, late.reference}
    assert refs(status=Status.RESOLVED) == {phone.reference}
    assert refs(channel=Channel.PHONE) == {phone.reference}
    assert refs(assignee="me") == {phone.reference}
    assert refs(assignee="none") == {web.reference, late.reference}
    assert refs(overdue=True) == {late.reference}
    assert refs(query="katuv") == {web.reference}
    assert refs(query=web.reference.lower()) == {web.reference}
    assert refs(department=service.department.pk) == {
        web.reference,
        phone.reference,
        late.reference,
    }


def test_inbox_sorting_by_due_date(service, agent):
    first, second = make_case(service=service), make_case(service=service)
    Case.objects.filter(pk=first.pk).update(due_at=timezone.now() + dt.timedelta(days=3))
    Case.objects.filter(pk=second.pk).update(due_at=timezone.now() + dt.timedelta(days=1))
    ordered = list(inbox_cases(user=agent, filters=InboxFilters(sort="due")))
    assert ordered == [second, first]


def test_citizen_token_must_match_exactly(service):
    case = make_case(service=service)
    assert case_get_by_token(token=case.token) == case
    for guess in (
        case.token[:-1],
        case.token.upper() if case.token != case.token.upper() else "x" * 43,
        "",
        case.reference,
    ):
        with pytest.raises(Case.DoesNotExist):
            case_get_by_token(token=guess)


def test_customer_cases_respect_scope(service, sensitive_service, other_expert):
    customer = CustomerFactory()
    open_case = make_case(service=service, customer=customer)
    make_case(service=sensitive_service, customer=customer)
    assert list(customer_cases(customer_id=customer.pk, user=other_expert)) == [open_case]


def test_answers_are_shown_with_option_labels(service_with_fields):
    from luukku.cases.selectors import case_answers

    case = make_case(
        service=service_with_fields,
        answers={"pole": "12", "fault": "dark", "sides": ["north", "south"]},
    )
    field = service_with_fields.request_fields.get(code="fault")
    option = field.options.get(key="dark")
    option.label_fi = "Valo ei pala"
    option.save()
    with translation.override("fi"):
        shown = {row["label"]: row["value"] for row in case_answers(case=case)}
    assert shown[field.label] == "Valo ei pala"
    assert shown[service_with_fields.request_fields.get(code="sides").label] == "north, south"
    assert len(shown) == 3
