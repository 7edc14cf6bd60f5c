import csv
import json

import pytest
from django.core.management import CommandError, call_command

from luukku.catalogue.tests.factories import ServiceFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(db):
    ServiceFactory(
        code="lights", name_fi="Katuvalot", name_sv="Gatubelysning", name_en="Street lighting"
    )
    ServiceFactory(
        code="ploughing", name_fi="Kadun auraus", name_sv="Snöplogning", name_en="Snow ploughing"
    )
    ServiceFactory(code="daycare", name_fi="Varhaiskasvatus", name_en="Early education")


def write(path, rows, header=("query", "language", "services")):
    with open(path, "w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def test_search_evaluation_counts_first_top3_and_zero_results(catalogue, tmp_path, capsys):
    queries = write(
        tmp_path / "queries.csv",
        [
            ("katuvalot", "fi", "lights"),
            ("snow ploughing", "en", "ploughing|lights"),
            ("kirjasto", "fi", "daycare"),  # nothing found
        ],
    )
    call_command("search_evaluate", str(queries), "--json", "--misses")
    figures = json.loads(capsys.readouterr().out)
    overall = figures["overall"]
    assert (overall["queries"], overall["first"], overall["zero_results"]) == (3, 2, 1)
    assert (overall["first_rate"], overall["zero_result_rate"]) == (0.6667, 0.3333)
    assert figures["by_language"]["en"]["first_rate"] == 1.0
    assert [(miss["line"], miss["found"]) for miss in figures["misses"]] == [(4, [])]


@pytest.mark.parametrize(
    ("rows", "error"),
    [
        ([("katuvalot", "fi", "no-such")], "Rivi 2: ei palvelua ”no-such”."),
        ([("katuvalot", "de", "lights")], "Rivi 2: tarvitaan hakusana"),
        ([], "Tiedostossa ei ole hakuja."),
    ],
)
def test_a_bad_query_file_is_refused_with_the_reason(catalogue, tmp_path, rows, error):
    with pytest.raises(CommandError) as raised:
        call_command("search_evaluate", str(write(tmp_path / "q.csv", rows)))
    assert error in str(raised.value)
