"""The inbox as a work queue: the queues and their counts, the next case of a list, taking a
case, bulk actions (all or nothing) and saved views."""

import datetime as dt

import pytest
import time_machine
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from luukku.cases.models import Case, CaseEvent, SavedView, Status
from luukku.cases.selectors import InboxFilters, inbox_cases
from luukku.cases.services import (
    case_take,
    cases_bulk_add_note,
    cases_bulk_assign,
    cases_bulk_change_status,
    saved_view_create,
    saved_view_delete,
    saved_view_rename,
)
from luukku.cases.tests.factories import make_case
from luukku.cases.work_queues import inbox_counts, inbox_neighbour
from luukku.organisation.tests.factories import TeamFactory, UserFactory
from luukku.privacy.models import AccessLogEntry

pytestmark = pytest.mark.django_db

NOW = dt.datetime(2026, 3, 10, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def clock():
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def team(agent):
    team = TeamFactory()
    team.members.add(agent)
    return team


def _case(service, *, due_days=None, **fields):
    case = make_case(service=service)
    if due_days is not None:
        fields["due_at"] = NOW + dt.timedelta(days=due_days)
    else:
        fields.setdefault("due_at", None)
    Case.objects.filter(pk=case.pk).update(**fields)
    case.refresh_from_db()
    return case


def _refs(user, **filters):
    return [c.reference for c in inbox_cases(user=user, filters=InboxFilters(**filters))]


def test_my_work_is_mine_and_my_teams_unassigned_open_cases_oldest_due_first(
    clock, service, agent, team
):
    other = UserFactory()
    later = _case(service, due_days=3, assignee=agent)
    sooner = _case(service, due_days=1, team=team)
    undated = _case(service, assignee=agent, status=Status.OPEN)
    _case(service, due_days=0, assignee=agent, status=Status.RESOLVED)  # not open
    _case(service, due_days=0, team=team, assignee=other)  # the team's, but someone else's
    _case(service, due_days=0, team=TeamFactory())  # another team's
    _case(service, due_days=0)  # nobody's

    assert _refs(agent, queue="mine", sort="due") == [
        sooner.reference,
        later.reference,
        undated.reference,
    ]
    assert _refs(agent, queue="team", sort="due") == [sooner.reference]


def test_all_open_and_the_status_open_are_different_filters(clock, service, agent):
    new = _case(service, status=Status.NEW)
    opened = _case(service, status=Status.OPEN)
    _case(service, status=Status.CLOSED)
    assert set(_refs(agent, status="all_open")) == {new.reference, opened.reference}
    assert _refs(agent, status=Status.OPEN) == [opened.reference]


def test_every_list_is_counted_in_one_query(clock, service, agent, team, django_assert_num_queries):
    _case(service, due_days=-1, assignee=agent)
    _case(service, due_days=2, team=team)
    _case(service, due_days=2)
    _case(service, due_days=-2, status=Status.CLOSED)
    lists = {
        "mine": InboxFilters(queue="mine"),
        "team": InboxFilters(queue="team"),
        "all_open": InboxFilters(queue="all_open"),
        "overdue": InboxFilters(queue="overdue"),
        "closed": InboxFilters(status=Status.CLOSED),
    }
    # One query for every list (the viewer's departments, who sees which case, within it).
    with django_assert_num_queries(1):
        counts = inbox_counts(user=agent, lists=lists)
    assert counts == {key: len(_refs(agent, **vars(f))) for key, f in lists.items()}
    assert counts == {"mine": 2, "team": 1, "all_open": 3, "overdue": 1, "closed": 1}


def test_next_and_previous_follow_the_lists_order(clock, service, agent):
    first, second, third = (_case(service, due_days=days, assignee=agent) for days in (1, 2, 3))
    mine = InboxFilters(queue="mine", sort="due")

    def neighbour(case, direction):
        return inbox_neighbour(
            user=agent, filters=mine, reference=case.reference, direction=direction
        )

    assert neighbour(first, "next") == second.reference
    assert neighbour(second, "next") == third.reference
    assert neighbour(third, "next") is None
    assert neighbour(second, "previous") == first.reference
    assert neighbour(first, "previous") is None
    # Resolved, the first case leaves the list: the next one is where the list now starts.
    Case.objects.filter(pk=first.pk).update(status=Status.RESOLVED)
    assert neighbour(first, "next") == second.reference
    assert neighbour(first, "previous") is None


def test_taking_a_case_assigns_it_with_its_event_and_log(clock, service, agent, team):
    case = _case(service, team=team)
    case_take(case=case, by=agent)
    case.refresh_from_db()
    assert (case.assignee, case.team) == (agent, team)
    event = case.events.get(kind=CaseEvent.Kind.ASSIGNMENT)
    assert event.author == agent
    assert AccessLogEntry.objects.filter(case=case, actor=agent, context="case_take").exists()


def test_a_closed_case_cannot_be_taken(clock, service, agent):
    case = _case(service, status=Status.CLOSED)
    with pytest.raises(ValidationError, match="Vain avoimen"):
        case_take(case=case, by=agent)
    case.refresh_from_db()
    assert case.assignee is None


def test_bulk_status_changes_every_case_with_its_event_and_log(clock, service, agent):
    cases = [_case(service, status=Status.OPEN) for _ in range(3)]
    cases_bulk_change_status(cases=cases, actor=agent, status=Status.RESOLVED)
    for case in cases:
        case.refresh_from_db()
        assert case.status == Status.RESOLVED
        assert case.events.filter(kind=CaseEvent.Kind.STATUS).count() == 1
        assert AccessLogEntry.objects.filter(case=case, context="inbox_bulk").count() == 1


def _unchanged(cases):
    return [
        (c.status, c.assignee_id, c.events.count(), c.access_log.count())
        for c in Case.objects.filter(pk__in=[case.pk for case in cases]).order_by("pk")
    ]


def test_bulk_change_is_all_or_nothing(clock, service, agent):
    cases = [_case(service, status=Status.OPEN), _case(service, status=Status.CLOSED)]
    before = _unchanged(cases)
    with pytest.raises(ValidationError) as error:
        cases_bulk_change_status(cases=cases, actor=agent, status=Status.WAITING_CUSTOMER)
    assert cases[1].reference in error.value.messages[0]
    assert "Mitään ei muutettu" in error.value.messages[0]
    assert _unchanged(cases) == before


def test_bulk_refuses_a_case_the_user_may_not_change(
    clock, service, sensitive_service, agent, supervisor
):
    plain = _case(service)
    secret = _case(sensitive_service)
    before = _unchanged([plain, secret])
    for action in (
        lambda: cases_bulk_assign(cases=[plain, secret], actor=agent, assignee=agent, team=None),
        lambda: cases_bulk_add_note(cases=[plain, secret], actor=agent, body="Sama vastaus"),
    ):
        with pytest.raises(ValidationError, match=secret.reference):
            action()
    assert _unchanged([plain, secret]) == before
    # Their department's supervisor may.
    cases_bulk_add_note(cases=[plain, secret], actor=supervisor, body="Sama vastaus")
    assert CaseEvent.objects.filter(kind=CaseEvent.Kind.NOTE).count() == 2


def test_bulk_assign_names_the_handler_on_every_case(clock, service, agent, team):
    cases = [_case(service), _case(service)]
    cases_bulk_assign(cases=cases, actor=agent, assignee=agent, team=team)
    assert set(Case.objects.values_list("assignee", "team")) == {(agent.pk, team.pk)}
    assert CaseEvent.objects.filter(kind=CaseEvent.Kind.ASSIGNMENT).count() == 2


def test_bulk_needs_a_case(agent):
    with pytest.raises(ValidationError, match="Valitse vähintään yksi"):
        cases_bulk_change_status(cases=[], actor=agent, status=Status.OPEN)


def test_a_saved_view_keeps_the_filters_but_not_the_page(agent):
    view = saved_view_create(owner=agent, name="  Aamun   posti ", query="queue=mine&page=3")
    assert (view.name, view.query, view.team) == ("Aamun posti", "queue=mine", None)


@pytest.mark.parametrize(
    ("name", "message"), [("", "Anna näkymälle nimi"), ("aamun POSTI", "on jo")]
)
def test_a_bad_view_name_is_refused_and_nothing_saved(agent, name, message):
    saved_view_create(owner=agent, name="Aamun posti", query="queue=mine")
    with pytest.raises(ValidationError, match=message):
        saved_view_create(owner=agent, name=name, query="queue=team")
    assert SavedView.objects.count() == 1


def test_the_same_name_may_be_used_by_another_person_and_a_team(agent, team):
    saved_view_create(owner=agent, name="Posti", query="")
    saved_view_create(owner=UserFactory(), name="Posti", query="")
    saved_view_create(owner=agent, name="Posti", query="", team=team)
    assert SavedView.objects.count() == 3


def test_views_are_shared_with_ones_own_team_only(agent, team, supervisor):
    other_team = TeamFactory()
    with pytest.raises(ValidationError, match="omien tiimiesi"):
        saved_view_create(owner=agent, name="Posti", query="", team=other_team)
    assert not SavedView.objects.exists()
    saved_view_create(owner=supervisor, name="Posti", query="", team=other_team)


def test_only_the_maker_or_a_supervisor_changes_a_view(agent, team, supervisor):
    mate = UserFactory()
    team.members.add(mate)
    shared = saved_view_create(owner=agent, name="Posti", query="", team=team)
    with pytest.raises(PermissionDenied):
        saved_view_rename(view=shared, by=mate, name="Minun")
    with pytest.raises(PermissionDenied):
        saved_view_delete(view=shared, by=mate)
    saved_view_rename(view=shared, by=agent, name="Tiimin posti")
    assert SavedView.objects.get().name == "Tiimin posti"
    saved_view_delete(view=shared, by=supervisor)
    assert not SavedView.objects.exists()


def test_renaming_to_a_taken_name_changes_nothing(agent):
    saved_view_create(owner=agent, name="Posti", query="")
    other = saved_view_create(owner=agent, name="Puhelut", query="")
    with pytest.raises(ValidationError, match="on jo"):
        saved_view_rename(view=other, by=agent, name="posti")
    assert set(SavedView.objects.values_list("name", flat=True)) == {"Posti", "Puhelut"}


def test_overdue_queue_uses_the_clock(service, agent):
    case = _case(service)
    Case.objects.filter(pk=case.pk).update(due_at=NOW + dt.timedelta(hours=1))
    with time_machine.travel(NOW, tick=False):
        assert _refs(agent, queue="overdue") == []
    with time_machine.travel(NOW + dt.timedelta(hours=2), tick=False):
        assert timezone.now() > NOW
        assert _refs(agent, queue="overdue") == [case.reference]
