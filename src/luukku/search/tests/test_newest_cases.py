"""PostgreSQL finds the newest matching cases the same way whether few or many match."""

import pytest
from django.db import connection

from luukku.search.backends import postgres
from luukku.search.models import SearchDocument

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="the PostgreSQL backend"),
]


def test_the_newest_matching_cases_whether_few_or_many_match(monkeypatch):
    backend = postgres.PostgresBackend()
    rows = SearchDocument.objects.bulk_create(
        SearchDocument(kind="case", object_id=object_id, language="fi", title=title, body="")
        for object_id, title in [
            (5, "Kuoppa tiessä"),
            (9, "Katuvalo"),
            (7, "Kuoppa"),
            (3, "Kuoppa"),
        ]
    )
    backend.index([row.pk for row in rows])
    matching = SearchDocument.objects.filter(vector=postgres._query([("kuoppa",)], any_word=False))
    by_object = {row.pk: row.object_id for row in rows}

    def newest() -> list[int]:
        return [by_object[pk] for pk in backend._newest_cases(matching, limit=2)]

    monkeypatch.setattr(postgres, "FEW_CASES", 10)  # few: sorted from the GIN index's matches
    assert newest() == [7, 5]
    monkeypatch.setattr(postgres, "FEW_CASES", 1)  # many: along the index, newest first
    assert newest() == [7, 5]
