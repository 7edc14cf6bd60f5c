"""The exact query count helper (core/testing/queries.py): it fails on one statement more or
less, counts savepoints and shows them, and takes a count per database only when they differ."""

import pytest
from django.db import connection, transaction

from luukku.core.testing.queries import exact_queries
from luukku.organisation.models import User

pytestmark = pytest.mark.django_db


def test_the_exact_number_passes():
    with exact_queries(2):
        list(User.objects.all())
        User.objects.filter(username="nobody").exists()


@pytest.mark.parametrize("expected", [1, 3])
def test_one_statement_more_or_less_fails_and_lists_them(expected):
    with pytest.raises(AssertionError) as failure, exact_queries(expected):
        list(User.objects.all())
        User.objects.filter(username="nobody").exists()
    message = str(failure.value)
    assert message.startswith(f"{expected} queries expected on {connection.vendor}, 2 run")
    assert "\n1. SELECT" in message and "\n2. SELECT" in message


def test_savepoints_count_and_are_marked():
    with pytest.raises(AssertionError) as failure, exact_queries(1), transaction.atomic():
        User.objects.exists()
    message = str(failure.value)
    assert "3 run (1 statements and 2 savepoint commands)" in message
    assert "1.  [savepoint] SAVEPOINT" in message
    assert "3.  [savepoint] RELEASE SAVEPOINT" in message


def test_a_count_per_database_picks_this_one():
    other = {"sqlite": "postgresql", "postgresql": "sqlite"}[connection.vendor]
    with exact_queries({connection.vendor: 1, other: 5}):
        User.objects.exists()
    with pytest.raises(AssertionError), exact_queries({connection.vendor: 5, other: 1}):
        User.objects.exists()


@pytest.mark.parametrize(
    "expected", [{"sqlite": 1}, {"sqlite": 1, "postgresql": 1}, {"sqlite": 1, "mysql": 2}]
)
def test_a_count_per_database_names_both_and_differs(expected):
    with pytest.raises(ValueError), exact_queries(expected):
        User.objects.exists()
