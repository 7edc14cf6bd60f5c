"""Exact query counts, as Zulip's `assert_database_query_count`: a block runs exactly the
statements a test says, so a change in a page's or a write's cost shows in review, lower
(change the number) or higher (say why, or find the N+1).

Every statement sent through Django's connection counts, SAVEPOINT, RELEASE SAVEPOINT and
ROLLBACK TO SAVEPOINT included: each is a round trip. Inside a test's transaction (pytest's
`django_db`) the outermost `transaction.atomic` of the code under test is a savepoint too;
in production it is BEGIN and COMMIT, which the drivers send without Django's cursor.

The count is the same on SQLite and PostgreSQL for the same code, almost always. Where it
truly is not, the test gives both numbers, `{"sqlite": 12, "postgresql": 13}`, never a
range: a range hides the very change the count is there to show.

    with exact_queries(9):
        client.get(url)
"""

import re
from collections.abc import Iterator
from contextlib import contextmanager

from django.db import DEFAULT_DB_ALIAS, connections
from django.test.utils import CaptureQueriesContext

VENDORS = ("sqlite", "postgresql")
SAVEPOINT = re.compile(r"^\s*(?:SAVEPOINT|RELEASE SAVEPOINT|ROLLBACK TO SAVEPOINT)\b", re.I)
COLUMNS = re.compile(r"^SELECT (DISTINCT )?(?:(?! FROM ).){80,}? FROM ")
INSERTED = re.compile(r"^INSERT INTO (\S+) \(.*?\) VALUES")
# A statement longer than this is cut in the report (an IN list of a thousand ids).
SHOWN = 400


def expected_for(expected: int | dict[str, int], vendor: str) -> int:
    """The number a test expects on this database."""
    if isinstance(expected, int):
        return expected
    if set(expected) != set(VENDORS):
        raise ValueError(f"give the count for each of {VENDORS}, not {sorted(expected)}")
    if len(set(expected.values())) == 1:
        raise ValueError(f"the same count on every database: write {expected[vendor]}")
    return expected[vendor]


def shortened(sql: str) -> str:
    """The statement on one line, its column lists left out: what it reads or writes, and
    where, is what tells one statement from another."""
    sql = " ".join(sql.split())
    sql = COLUMNS.sub(lambda match: f"SELECT {match[1] or ''}… FROM ", sql, count=1)
    sql = INSERTED.sub(r"INSERT INTO \1 (…) VALUES", sql, count=1)
    if len(sql) > SHOWN:
        sql = f"{sql[:SHOWN]} … ({len(sql)} characters)"
    return sql


def is_savepoint(sql: str) -> bool:
    return bool(SAVEPOINT.match(sql))


def queries_report(queries: list[dict], expected: int, vendor: str) -> str:
    """The statements run, numbered, the savepoints marked; what a failure prints."""
    savepoints = sum(is_savepoint(query["sql"]) for query in queries)
    lines = [
        f"{expected} queries expected on {vendor}, {len(queries)} run "
        f"({len(queries) - savepoints} statements and {savepoints} savepoint commands):",
    ]
    width = len(str(len(queries)))
    for number, query in enumerate(queries, start=1):
        sql = shortened(query["sql"])
        mark = "  [savepoint]" if is_savepoint(sql) else ""
        lines.append(f"{number:>{width}}.{mark} {sql}")
    lines.append(
        "If a statement went away, lower the number; if one came, make sure it must run "
        "(not once per row), then raise it."
    )
    return "\n".join(lines)


@contextmanager
def exact_queries(
    expected: int | dict[str, int], *, using: str = DEFAULT_DB_ALIAS
) -> Iterator[CaptureQueriesContext]:
    """Assert that the block runs exactly `expected` statements (a number, or one per
    database vendor); on failure the message lists them."""
    connection = connections[using]
    wanted = expected_for(expected, connection.vendor)
    with CaptureQueriesContext(connection) as captured:
        yield captured
    queries = captured.captured_queries
    if len(queries) != wanted:
        raise AssertionError(queries_report(queries, wanted, connection.vendor))
