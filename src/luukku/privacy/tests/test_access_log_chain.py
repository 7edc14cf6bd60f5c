"""The access log is append-only and tamper-evident: each entry carries the hash of the one
before it, nothing changes or removes an entry through the ORM, concurrent writers keep one
chain, and `luukku accesslog-verify` finds the first entry changed behind the ORM's back."""

import io
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection, connections
from django.db.migrations.executor import MigrationExecutor

from luukku.customers.tests.factories import CustomerFactory
from luukku.organisation.tests.factories import UserFactory
from luukku.privacy.models import GENESIS, AccessLogChain, AccessLogEntry
from luukku.privacy.selectors import access_log_verify
from luukku.privacy.services import access_log_record

pytestmark = pytest.mark.django_db

SOURCE = Path(__file__).resolve().parents[3]


def _three_entries():
    agent = UserFactory(role="agent")
    customer = CustomerFactory()
    return [
        access_log_record(actor=agent, action="view", customer=customer, context="customer_page"),
        access_log_record(
            actor=agent,
            action="list",
            context="customer_search",
            query={"q": "Virtanen", "page": 2},
            count=25,
        ),
        access_log_record(actor=agent, action="change", customer=customer, context="customer_form"),
    ]


def _verify() -> str:
    """The command's verdict: its output, or the error it stops with."""
    try:
        call_command("accesslog-verify", stdout=io.StringIO())
    except CommandError as error:
        return str(error)
    return "holds"


def test_each_entry_carries_the_hash_of_the_one_before_it():
    first, second, third = _three_entries()
    assert first.previous_hash == GENESIS
    assert second.previous_hash == first.row_hash
    assert third.previous_hash == second.row_hash
    assert len({first.row_hash, second.row_hash, third.row_hash}) == 3
    head = AccessLogChain.objects.get()
    assert (head.last_hash, head.last_entry_id, head.length) == (third.row_hash, third.pk, 3)
    # The hash is over the fields as the database gives them back.
    for entry in AccessLogEntry.objects.all():
        assert entry.computed_hash() == entry.row_hash
    assert access_log_verify() == (3, None)
    assert _verify() == "holds"


def test_a_list_entry_keeps_its_query_and_count():
    second = _three_entries()[1]
    second.refresh_from_db()
    assert second.action == "list"
    assert second.query == {"q": "Virtanen", "page": 2}
    assert second.count == 25


def test_entries_cannot_be_changed_or_removed_through_the_orm():
    first = _three_entries()[0]
    first.context = "something_else"
    with pytest.raises(ValueError):
        first.save()
    with pytest.raises(ValueError):
        first.delete()
    with pytest.raises(ValueError):
        AccessLogEntry.objects.filter(pk=first.pk).update(context="x")
    with pytest.raises(ValueError):
        AccessLogEntry.objects.all().delete()
    with pytest.raises(ValueError):  # unchained entries
        AccessLogEntry.objects.bulk_create([AccessLogEntry(action="view", context="x")])
    first.refresh_from_db()
    assert first.context == "customer_page"
    assert AccessLogEntry.objects.count() == 3
    # Last: it refuses inside an atomic block that it leaves unusable.
    with pytest.raises(ValueError):
        AccessLogEntry.objects.bulk_update([first], ["context"])


def test_the_command_finds_a_row_changed_with_raw_sql():
    second = _three_entries()[1]
    table = AccessLogEntry._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE {table} SET count = 2 WHERE id = %s", [second.pk])
    message = _verify()
    assert f"broken at entry {second.pk} " in message
    assert "fields do not match" in message
    assert access_log_verify()[0] == 1


def test_the_command_finds_a_row_removed_with_raw_sql():
    _first, second, third = _three_entries()
    table = AccessLogEntry._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {table} WHERE id = %s", [second.pk])
    message = _verify()
    assert f"broken at entry {third.pk} " in message
    assert "does not follow" in message


def test_the_command_finds_the_last_row_removed_with_raw_sql():
    third = _three_entries()[2]
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {AccessLogEntry._meta.db_table} WHERE id = %s", [third.pk])
    assert "head does not match" in _verify()


def test_a_row_rewritten_with_a_fresh_hash_of_its_own_still_breaks_the_next_one():
    _first, second, third = _three_entries()
    second.context = "customer_page"
    forged = second.computed_hash()
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {AccessLogEntry._meta.db_table} SET context = %s, row_hash = %s WHERE id = %s",
            ["customer_page", forged, second.pk],
        )
    assert f"broken at entry {third.pk} " in _verify()


def test_the_admin_cannot_add_change_or_delete_entries(client):
    _three_entries()
    admin = UserFactory(role="administrator", is_staff=True, is_superuser=True)
    client.force_login(admin)
    entry = AccessLogEntry.objects.first()
    assert client.get(f"/en/admin/privacy/accesslogentry/{entry.pk}/delete/").status_code == 403
    assert client.get("/en/admin/privacy/accesslogentry/add/").status_code == 403
    page = client.get(f"/en/admin/privacy/accesslogentry/{entry.pk}/change/")
    assert page.status_code == 200 and b'type="submit"' not in page.content.split(b"<form")[-1]
    # Nothing changed; reading the entry in the admin is itself logged, and the chain holds.
    assert list(AccessLogEntry.objects.values_list("context", flat=True)[:1]) == [
        "admin_change:privacy.accesslogentry"
    ]
    assert access_log_verify() == (4, None)


@pytest.mark.django_db(transaction=True)
def test_the_migration_chains_the_entries_written_before_it():
    executor = MigrationExecutor(connection)
    executor.migrate([("privacy", "0002_access_log_merge")])
    old = MigrationExecutor(connection).loader.project_state([("privacy", "0002_access_log_merge")])
    Entry = old.apps.get_model("privacy", "AccessLogEntry")
    customer = CustomerFactory()
    for context in ("customer_page", "customer_form", "case_page"):
        Entry.objects.create(action="view", customer_id=customer.pk, context=context)
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes("privacy"))
    assert access_log_verify() == (3, None)
    assert AccessLogChain.objects.get().length == 3
    access_log_record(actor=None, action="view", customer=customer, context="customer_page")
    assert access_log_verify() == (4, None)


@pytest.mark.django_db(transaction=True)
def test_concurrent_writers_keep_one_chain_on_postgresql():
    if connection.vendor != "postgresql":
        pytest.skip("parallel transactions in threads need PostgreSQL (SQLite: the next test)")
    customer = CustomerFactory()
    barrier = threading.Barrier(6)
    errors = []

    def writer():
        try:
            barrier.wait()
            for _ in range(10):
                access_log_record(
                    actor=None, action="view", customer=customer, context="customer_page"
                )
        except Exception as error:  # reported below; a thread cannot fail the test itself
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=writer) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert access_log_verify() == (60, None)


WRITER = """
import django
django.setup()
from luukku.privacy.services import access_log_record
for _ in range(15):
    access_log_record(actor=None, action="view", context="customer_page")
"""


@pytest.mark.django_db(transaction=True)
def test_concurrent_processes_keep_one_chain_on_sqlite(tmp_path):
    """Four processes writing at once to one SQLite file (WAL, BEGIN IMMEDIATE)."""
    if connection.vendor != "sqlite":
        pytest.skip("the SQLite file database; PostgreSQL has the test above")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "luukku.settings",
        "LUUKKU_DATA_DIR": str(tmp_path),
    }
    env.pop("DATABASE_URL", None)
    luukku = [sys.executable, "-m", "luukku.manage"]
    subprocess.run([*luukku, "migrate", "-v", "0"], env=env, check=True, cwd=SOURCE)
    writers = [
        subprocess.Popen([sys.executable, "-c", WRITER], env=env, cwd=SOURCE) for _ in range(4)
    ]
    assert [writer.wait(timeout=120) for writer in writers] == [0, 0, 0, 0]
    verified = subprocess.run(
        [*luukku, "accesslog-verify"], env=env, cwd=SOURCE, capture_output=True, text=True
    )
    assert verified.returncode == 0, verified.stderr
    assert "60 entries" in verified.stdout
