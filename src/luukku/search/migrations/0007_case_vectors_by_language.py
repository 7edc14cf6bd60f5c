"""PostgreSQL: the index of case words split by language. A city's cases are mostly Finnish; a
staff search is matched in each language with that language's terms, and with one index of
every case's words the Swedish and English passes read the Finnish cases sharing the word and
threw them away (190 ms for "katuvalo" at a million cases; 0.1 ms with its own index)."""

from django.db import migrations

LANGUAGES = ("fi", "sv", "en")
CREATE = [
    *(
        f"CREATE INDEX IF NOT EXISTS search_vector_cases_{language} ON search_searchdocument "
        f"USING gin (vector) WHERE kind = 'case' AND language = '{language}'"
        for language in LANGUAGES
    ),
    "DROP INDEX IF EXISTS search_vector_cases",
]
REVERSE = [
    "CREATE INDEX IF NOT EXISTS search_vector_cases ON search_searchdocument "
    "USING gin (vector) WHERE kind = 'case'",
    *(f"DROP INDEX IF EXISTS search_vector_cases_{language}" for language in LANGUAGES),
]


def run(statements):
    def apply(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return apply


class Migration(migrations.Migration):
    dependencies = [("search", "0006_voikko_terms")]

    operations = [migrations.RunPython(run(CREATE), run(REVERSE))]
