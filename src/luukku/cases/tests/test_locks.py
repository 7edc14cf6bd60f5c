"""Row locks taken in one order (`core.locks`), once per write, and writes that join their
caller's transaction without savepoints, while a caller that catches an error keeps its own.
"""

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.db.transaction import TransactionManagementError
from django.test.utils import CaptureQueriesContext

from luukku.cases.models import Case, CaseEvent, Status
from luukku.cases.named_handlers import customers_handler_move
from luukku.cases.services import case_add_note, case_assign, case_reply
from luukku.cases.tests.factories import make_case
from luukku.core.locks import LockOrderError, row_lock, rows_lock_all, write_transaction
from luukku.customers.tests.factories import CustomerFactory
from luukku.organisation.tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def statements(captured) -> list[str]:
    return [query["sql"] for query in captured.captured_queries]


def savepoints(captured) -> list[str]:
    return [sql for sql in statements(captured) if sql.split()[0] in {"SAVEPOINT", "RELEASE"}]


def _in_search_index(sql: str, captured) -> bool:
    """Django's own `update_or_create` (the search index's) opens a savepoint of its own."""
    everything = statements(captured)
    index = everything.index(sql)
    neighbour = everything[index + 1] if sql.startswith("SAVEPOINT") else everything[index - 1]
    return "search_searchdocument" in neighbour


def test_a_row_locked_again_in_the_same_write_costs_no_query(service):
    case = make_case(service=service)
    with write_transaction():
        with CaptureQueriesContext(connection) as captured:
            first = row_lock(case)
            again = row_lock(Case, case.pk)
        assert again is first and first is not case
        assert len(statements(captured)) == 1


def test_each_write_locks_afresh(service):
    case = make_case(service=service)
    with write_transaction():
        first = row_lock(case)
    with write_transaction(), CaptureQueriesContext(connection) as captured:
        assert row_lock(case) is not first
    assert len([sql for sql in statements(captured) if "case" in sql.lower()]) == 1


def test_a_row_locked_in_a_savepoint_that_ended_is_locked_again(service):
    from django.db import transaction

    case = make_case(service=service)
    with write_transaction():
        with transaction.atomic():
            inner = row_lock(case)
        with CaptureQueriesContext(connection) as captured:
            assert row_lock(case) is not inner
        assert len(statements(captured)) == 1


def test_locks_out_of_order_are_refused(service):
    customer = CustomerFactory()
    older, newer = make_case(service=service), make_case(service=service)
    with pytest.raises(LockOrderError, match=r"customers\.Customer"), write_transaction():
        row_lock(older)
        row_lock(customer)  # a customer after a case
    lower_after_higher = rf"cases\.Case {older.pk} locked after cases\.Case {newer.pk}"
    with pytest.raises(LockOrderError, match=lower_after_higher), write_transaction():
        row_lock(newer)
        row_lock(older)
    with write_transaction():  # the same rows in the order: no error
        row_lock(customer)
        row_lock(older)
        row_lock(newer)


def test_rows_locked_together_keep_the_order_whatever_the_call_order(service):
    customer = CustomerFactory()
    case = make_case(service=service, customer=customer)
    with write_transaction(), CaptureQueriesContext(connection) as captured:
        locked_case, locked_customer = rows_lock_all(case, customer)
    assert (locked_case.pk, locked_customer.pk) == (case.pk, customer.pk)
    reads = [sql for sql in statements(captured) if sql.startswith("SELECT")]
    assert "customers_customer" in reads[0] and "cases_case" in reads[1]


def test_a_reply_that_assigns_and_opens_the_case_opens_one_savepoint(service, agent):
    """case_reply calls case_assign and case_change_status: they join its transaction. The
    one savepoint is the test's stand-in for the request's own transaction."""
    case = make_case(service=service, channel="web")
    assert case.assignee_id is None and case.status == Status.NEW
    with CaptureQueriesContext(connection) as captured:
        case_reply(case=case, actor=agent, body="Hoidamme asian.")
    ours = [sql for sql in savepoints(captured) if not _in_search_index(sql, captured)]
    assert len(ours) == 2, statements(captured)  # one SAVEPOINT, one RELEASE
    locks = [sql for sql in statements(captured) if sql.endswith(("FOR UPDATE", '"cases_case"'))]
    assert len([sql for sql in locks if "cases_case" in sql]) <= 1, locks  # none on SQLite
    case.refresh_from_db()
    assert case.assignee == agent and case.status == Status.OPEN


def test_a_caller_that_swallows_an_inner_writes_error_cannot_commit_half_of_it(service, agent):
    """An inner write has no savepoint of its own: its error fails the whole write, so the
    caller cannot go on and commit what the failed step had half written."""
    case = make_case(service=service)
    with write_transaction():
        case_add_note(case=case, actor=agent, body="Ensin muistiinpano.")
        with pytest.raises(ValidationError):
            case_reply(case=case, actor=agent, body="")
        with pytest.raises(TransactionManagementError):
            case_add_note(case=case, actor=agent, body="Ja toinen.")
    assert not case.events.filter(kind=CaseEvent.Kind.NOTE).exists()
    assert not case.events.filter(kind=CaseEvent.Kind.MESSAGE_OUT).exists()


def test_a_named_handler_who_may_not_see_the_case_leaves_it_in_the_inbox(sensitive_service):
    """The refusal is caught inside case_create: its savepoint keeps the case."""
    outsider = UserFactory(role="agent")  # not of the sensitive service's department
    customer = CustomerFactory()
    customer.handler = outsider
    customer.save()
    case = make_case(service=sensitive_service, customer=customer)
    case.refresh_from_db()
    assert case.assignee is None
    assert not case.events.filter(kind=CaseEvent.Kind.ASSIGNMENT).exists()
    assert case.events.filter(kind=CaseEvent.Kind.CREATED).exists()


def test_moving_a_pot_leaves_a_case_the_new_handler_may_not_see(
    service, sensitive_service, supervisor
):
    leaving = UserFactory(role="agent", departments=[sensitive_service.department])
    taking = UserFactory(role="agent")  # may not see the sensitive case
    customer = CustomerFactory()
    customer.handler = leaving
    customer.save()
    open_case = make_case(service=service, customer=customer)
    secret = make_case(service=sensitive_service, customer=customer)
    case_assign(case=secret, actor=supervisor, assignee=leaving)
    result = customers_handler_move(actor=supervisor, from_user=leaving, to_user=taking)
    assert (result.customers, result.cases) == (1, 1)
    open_case.refresh_from_db()
    secret.refresh_from_db()
    assert open_case.assignee == taking and secret.assignee == leaving
    customer.refresh_from_db()
    assert customer.handler == taking
