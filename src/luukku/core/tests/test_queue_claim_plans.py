"""Every queue's claim is an index walk in the queue's order, whatever the statistics say.

Issue 34: after a benchmark's leftovers were deleted, PostgreSQL's statistics said the
waiting requests were none; the claim, which joined each waiting request to its service
before choosing one, was planned as a join of every waiting row and a sort of them all, and
each registration cost more the longer the queue. Here each queue is filled behind the
planner's back (analysed while nobody waits, autovacuum off, then thousands waiting), the
claim is run as the worker runs it, and the statement it locked with is explained: it must
walk the queue's own index, stop at the first row (LIMIT), join nothing and sort nothing.
"""

import datetime as dt
import re
import uuid

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from luukku.channels.models import Submission
from luukku.channels.services import submissions_register_waiting
from luukku.core.locks import row_claim, row_claim_first
from luukku.queueing.models import QueueDay, Ticket, TicketSource, TicketStatus
from luukku.queueing.services.calling import tickets_to_call
from luukku.queueing.tests.factories import DeskFactory, ServiceGroupFactory

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's planner"),
]

WAITING = 4000
DONE = 6000


def _stale(table: str) -> None:
    """The statistics of `table` as they are now (nobody waiting), kept while the queue
    fills: analysed, and autovacuum (which would analyse it again) off."""
    with connection.cursor() as cursor:
        cursor.execute(f'ALTER TABLE "{table}" SET (autovacuum_enabled = false)')
        cursor.execute(f'ANALYZE "{table}"')


def _plans_of_claim(claim) -> list[str]:
    """Run `claim` in a transaction rolled back afterwards; the plans of the statements
    that looked for a row to lock (the last one found it), as PostgreSQL runs them now."""
    with CaptureQueriesContext(connection) as queries, transaction.atomic():
        claimed = claim()
        locking = [q["sql"] for q in queries.captured_queries if "FOR UPDATE" in q["sql"]]
        assert claimed is not None, "the queue had waiting rows: the claim must find one"
        assert locking, "the claim locks its row"
        plans = []
        with connection.cursor() as cursor:
            if "SET LOCAL enable_sort = off" in "".join(q["sql"] for q in queries.captured_queries):
                cursor.execute("SET LOCAL enable_sort = off")  # as the claim planned them
            for statement in locking:
                cursor.execute("EXPLAIN " + statement)
                plans.append("\n".join(row[0] for row in cursor.fetchall()))
        transaction.set_rollback(True)
    return plans


def _assert_walks(plan: str, index: str) -> None:
    assert f"Index Scan using {index}" in plan or f"Index Only Scan using {index}" in plan, plan
    assert plan.lstrip().startswith("Limit"), plan
    for node in ("Sort", "Join", "Nested Loop", "Seq Scan", "Bitmap"):
        assert node not in plan, f"{node} in the claim's plan:\n{plan}"


def test_registering_walks_the_waiting_requests_in_order(service):
    now = timezone.now()

    def requests(state, count):
        return [
            Submission(
                channel="web",
                service=service,
                data={"subject": "Katuvalo", "description": "Pimeänä. " * 40},
                state=state,
                received_at=now - dt.timedelta(seconds=n),
                next_attempt_at=now - dt.timedelta(seconds=n),
                case_token=uuid.uuid4().hex,
            )
            for n in range(count)
        ]

    Submission.objects.bulk_create(requests(Submission.State.REGISTERED, DONE), batch_size=2000)
    _stale("channels_submission")
    Submission.objects.bulk_create(requests(Submission.State.PENDING, WAITING), batch_size=2000)

    def claim():
        due = Submission.objects.filter(
            state=Submission.State.PENDING, next_attempt_at__lte=timezone.now()
        )
        return row_claim(due.order_by("next_attempt_at", "pk"))

    [plan] = _plans_of_claim(claim)
    _assert_walks(plan, "submission_waiting")
    # The worker's own round claims with the same statement.
    with CaptureQueriesContext(connection) as queries, transaction.atomic():
        submissions_register_waiting(limit=1)
        transaction.set_rollback(True)
    locking = [q["sql"] for q in queries.captured_queries if "FOR UPDATE" in q["sql"]]
    assert locking and re.search(r"ORDER BY .*next_attempt_at.* LIMIT 1 FOR UPDATE", locking[0])
    assert "JOIN" not in locking[0]


def test_the_job_queue_walks_its_ready_jobs_in_order():
    """Outgoing mail and every other job wait in django-tasks' table, claimed by its worker
    with its own statement over its own partial index."""

    def jobs(status, count):
        return [
            DBTaskResult(
                status=status,
                args_kwargs={"args": [], "kwargs": {"mail_id": n}},
                task_path="luukku.cases.tasks.outbound_mail_send",
                backend_name="default",
                queue_name="default",
                run_after=timezone.now() - dt.timedelta(seconds=n),
            )
            for n in range(count)
        ]

    DBTaskResult.objects.bulk_create(jobs(TaskResultStatus.SUCCESSFUL, DONE), batch_size=2000)
    _stale("django_tasks_database_dbtaskresult")
    DBTaskResult.objects.bulk_create(jobs(TaskResultStatus.READY, WAITING), batch_size=2000)

    def claim():
        # As django-tasks' worker takes its next job (`db_worker.Worker.run`).
        return DBTaskResult.objects.ready().filter(backend_name="default").get_locked()

    [plan] = _plans_of_claim(claim)
    _assert_walks(plan, "tasks_db_new_ordering_idx")


def test_call_next_walks_the_days_waiting_tickets_in_order(point, agent):
    group = ServiceGroupFactory(service_point=point)
    desk = DeskFactory(service_point=point, groups=[group])
    now = timezone.now()
    past = QueueDay.objects.create(
        service_point=point, date=now.date() - dt.timedelta(days=1), opened_at=now
    )
    today = QueueDay.objects.create(service_point=point, date=now.date(), opened_at=now)

    def tickets(day, status, count):
        return [
            Ticket(
                day=day,
                group=group,
                number=n + 1,
                code=f"{group.prefix}{n + 1}",
                token=uuid.uuid4().hex,
                source=TicketSource.KIOSK,
                status=status,
                queued_at=now - dt.timedelta(seconds=count - n),
            )
            for n in range(count)
        ]

    Ticket.objects.bulk_create(tickets(past, TicketStatus.DONE, DONE), batch_size=2000)
    _stale("queueing_ticket")
    Ticket.objects.bulk_create(tickets(today, TicketStatus.WAITING, WAITING), batch_size=2000)

    def claim():
        return row_claim_first(*tickets_to_call(day=today, desk=desk, now=now))

    transferred, appointments, others = _plans_of_claim(claim)
    # The ranks before found nobody; they too walk the day's queue, or the few rows a
    # narrower index finds, never the table.
    for plan in (transferred, appointments):
        assert "Seq Scan" not in plan and "Join" not in plan, plan
    _assert_walks(others, "queueing_waiting_order")


def test_accept_next_looks_for_a_chat_without_a_join(department, agent):
    """The chats offered to an agent, rank by rank, each in the order of `chat_queued_order`
    and without the queue's row joined (its answer target is read before)."""
    from luukku.chat.selectors.routing import chats_offered_claims
    from luukku.organisation.tests.factories import TeamFactory

    TeamFactory(department=department).members.add(agent)
    with transaction.atomic():
        for queryset in chats_offered_claims(agent=agent, now=timezone.now()):
            sql = str(queryset.select_for_update(skip_locked=True, of=("self",)).query)
            assert "JOIN" not in sql, sql
            order = 'ORDER BY "chat_chatsession"."queued_at" ASC, "chat_chatsession"."id" ASC'
            assert f"{order} FOR UPDATE" in sql, sql
