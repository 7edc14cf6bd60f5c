"""The database's own search structures: FTS5 tables on SQLite; on PostgreSQL pg_trgm and
GIN indexes for the tsvector and the titles' trigrams."""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations


def create(apps, schema_editor):
    cursor = schema_editor.connection.cursor()
    if schema_editor.connection.vendor == "sqlite":
        from luukku.search.backends.sqlite import create_tables

        create_tables(cursor)
    elif schema_editor.connection.vendor == "postgresql":
        cursor.execute(
            "CREATE INDEX IF NOT EXISTS search_vector_gin "
            "ON search_searchdocument USING gin (vector)"
        )
        cursor.execute(
            "CREATE INDEX IF NOT EXISTS search_title_trgm "
            "ON search_searchdocument USING gin (title gin_trgm_ops)"
        )


def drop(apps, schema_editor):
    cursor = schema_editor.connection.cursor()
    if schema_editor.connection.vendor == "sqlite":
        cursor.execute("DROP TABLE IF EXISTS search_fts_vocabulary")
        cursor.execute("DROP TABLE IF EXISTS search_fts")
    elif schema_editor.connection.vendor == "postgresql":
        cursor.execute("DROP INDEX IF EXISTS search_vector_gin")
        cursor.execute("DROP INDEX IF EXISTS search_title_trgm")


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [TrigramExtension(), migrations.RunPython(create, drop)]
