"""How the database matches text: PostgreSQL full text, or SQLite FTS5 (the embedded default)."""

from django.db import connection

from .base import Match, SearchBackend


def backend() -> SearchBackend:
    if connection.vendor == "postgresql":
        from .postgres import PostgresBackend

        return PostgresBackend()
    from .sqlite import SqliteBackend

    return SqliteBackend()


__all__ = ["Match", "SearchBackend", "backend"]
