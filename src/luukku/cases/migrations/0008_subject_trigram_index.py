"""PostgreSQL: the inbox's word filter (`subject ILIKE '%word%'`, Django's icontains) reads a
trigram index instead of every case. SQLite scans (fine at a city's size)."""

from django.db import migrations

INDEX = "cases_case_subject_upper_trgm"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON cases_case "
            "USING gin (UPPER(subject) gin_trgm_ops)"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    # pg_trgm is created by the search app's migration.
    dependencies = [("cases", "0007_case_service_point"), ("search", "0002_backend_tables")]

    operations = [migrations.RunPython(create, drop)]
