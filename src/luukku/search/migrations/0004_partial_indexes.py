"""PostgreSQL: the index of words and the index of title trigrams split by kind. A national
register has a million case documents and a few hundred services, articles and templates;
with one index a search for an article read every case that shares the word."""

from django.db import migrations

CREATE = [
    "CREATE INDEX IF NOT EXISTS search_vector_cases ON search_searchdocument "
    "USING gin (vector) WHERE kind = 'case'",
    "CREATE INDEX IF NOT EXISTS search_vector_curated ON search_searchdocument "
    "USING gin (vector) WHERE kind <> 'case'",
    # Spelling is forgiven for services, articles and templates only (search.selectors).
    "CREATE INDEX IF NOT EXISTS search_title_trgm_curated ON search_searchdocument "
    "USING gin (title gin_trgm_ops) WHERE kind <> 'case'",
    "DROP INDEX IF EXISTS search_vector_gin",
    "DROP INDEX IF EXISTS search_title_trgm",
]
REVERSE = [
    "CREATE INDEX IF NOT EXISTS search_vector_gin ON search_searchdocument USING gin (vector)",
    "CREATE INDEX IF NOT EXISTS search_title_trgm ON search_searchdocument "
    "USING gin (title gin_trgm_ops)",
    "DROP INDEX IF EXISTS search_vector_cases",
    "DROP INDEX IF EXISTS search_vector_curated",
    "DROP INDEX IF EXISTS search_title_trgm_curated",
]


def run(statements):
    def apply(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return apply


class Migration(migrations.Migration):
    dependencies = [("search", "0003_newest_cases_index")]

    operations = [migrations.RunPython(run(CREATE), run(REVERSE))]
