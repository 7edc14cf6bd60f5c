"""The index holds `search.morphology`'s terms on both databases (Voikko's base forms and
compound parts for Finnish), and SQLite keeps the curated documents and the cases in two FTS5
tables: every document is indexed again from its stored title and body, so an upgraded site
finds as a new one does. PostgreSQL's title trigrams are no longer used (misspelt words are
corrected from a fixed vocabulary, `search.spelling`)."""

from django.db import migrations

CHUNK = 2000


def reindex(apps, schema_editor):
    from luukku.search.backends import backend

    connection = schema_editor.connection
    if connection.vendor == "sqlite":
        from luukku.search.backends.sqlite import create_tables

        with connection.cursor() as cursor:
            cursor.execute("DROP TABLE IF EXISTS search_fts_vocabulary")
            cursor.execute("DROP TABLE IF EXISTS search_fts")
            create_tables(cursor)
    elif connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS search_title_trgm_curated")
    documents = apps.get_model("search", "SearchDocument").objects.defer("vector").order_by("pk")
    search_backend = backend()
    chunk = []
    for document in documents.iterator(chunk_size=CHUNK):
        chunk.append(document)
        if len(chunk) == CHUNK:
            search_backend.index_documents(chunk)
            chunk = []
    search_backend.index_documents(chunk)


class Migration(migrations.Migration):
    dependencies = [("search", "0005_search_miss")]

    # Not reversible: the earlier index's Snowball stems would have to be made again by the
    # earlier code (`luukku search_rebuild` after going back).
    operations = [migrations.RunPython(reindex, migrations.RunPython.noop)]
