import csv
import json

import pytest
from django.core.management import CommandError, call_command

from luukku.knowledge.evaluation import TUNING_SET, labelled_messages_read
from luukku.knowledge.tests.factories import ReplyTemplateFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def phrase_folder(service):
    ReplyTemplateFactory(
        key="streetlight",
        title="Katuvalon vika",
        body="Välitimme katuvalon vian valaistuksen kunnossapitoon.",
        keywords="katulamppu, valaisin",
        service=service,
    )
    ReplyTemplateFactory(
        key="ploughing",
        title="Aurausjärjestys",
        body="Kadut aurataan kunnossapitoluokkien mukaisessa järjestyksessä.",
        service=service,
    )
    ReplyTemplateFactory(
        key="daycare",
        title="Päiväkotipaikan hakeminen",
        body="Varhaiskasvatuspaikkaa haetaan neljä kuukautta ennen tarvetta.",
        service=service,
    )


def write(path, rows, header=("message", "language", "template")):
    with open(path, "w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def test_the_command_prints_top1_and_top3_hit_rates(phrase_folder, tmp_path, capsys):
    labelled = write(
        tmp_path / "set.csv",
        [
            ("Katulamppu on rikki Koivukujalla.", "fi", "streetlight"),
            ("Milloin meidän katu aurataan?", "fi", "ploughing"),
            ("Kuinka ajoissa päiväkotipaikkaa pitää hakea?", "fi", "daycare"),
            # No word in common with its answer: a miss in both figures.
            ("Lapsi tarvitsee hoitoa syksyllä.", "fi", "ploughing"),
        ],
    )
    call_command("suggestions_evaluate", str(labelled), "--misses")
    out = capsys.readouterr().out
    assert "fi             4   75.0%   75.0%    25.0%         0      0.0%       —" in out
    assert "all            4   75.0%   75.0%    25.0%         0      0.0%       —" in out
    assert "set.csv line 5 (fi, ploughing, fit 0.00): Lapsi tarvitsee hoitoa syksyllä." in out


def test_search_words_make_a_template_suggested(phrase_folder, tmp_path, capsys):
    labelled = write(tmp_path / "set.csv", [("Valaisin ei pala.", "fi", "streetlight")])
    call_command("suggestions_evaluate", str(labelled))
    assert "all            1  100.0%  100.0%     0.0%" in capsys.readouterr().out


NEW_FORMAT = ("message", "language", "templates")


def test_json_counts_the_no_answer_figures(phrase_folder, tmp_path, capsys):
    labelled = write(
        tmp_path / "set.csv",
        [
            # Either template counts as right.
            ("Katulamppu on rikki Koivukujalla.", "fi", "ploughing|streetlight"),
            ("Milloin meidän katu aurataan?", "fi", "ploughing"),
            # No template answers these: the first gets "no template fits", the second a
            # suggestion (its words are a template's).
            ("Naapurin koira haukkuu öisin.", "fi", ""),
            ("Kuinka ajoissa päiväkotipaikkaa pitää hakea?", "fi", ""),
        ],
        header=NEW_FORMAT,
    )
    call_command("suggestions_evaluate", str(labelled), "--json", "--misses")
    figures = json.loads(capsys.readouterr().out)
    overall = figures["overall"]
    assert (overall["answerable"], overall["top1"], overall["top3"]) == (2, 2, 2)
    assert (overall["unanswerable"], overall["no_answer_given"], overall["no_answer_right"]) == (
        2,
        1,
        1,
    )
    assert (overall["no_answer_precision"], overall["no_answer_recall"]) == (1.0, 0.5)
    assert overall["answerable_refused_rate"] == 0.0
    assert figures["by_language"]["fi"] == overall
    assert [(miss["line"], miss["suggested"]) for miss in figures["misses"]] == [(5, ["daycare"])]


def test_calibration_sweeps_the_floors(phrase_folder, tmp_path, capsys):
    labelled = write(
        tmp_path / "set.csv",
        [("Katulamppu on rikki.", "fi", "streetlight"), ("Kaupunki ei tee mitään.", "fi", "")],
        header=NEW_FORMAT,
    )
    call_command("suggestions_evaluate", str(labelled), "--calibrate", "--json")
    sweep = json.loads(capsys.readouterr().out)["calibration"]
    assert sweep[0]["floor"] == 0 and sweep[0]["top3_rate"] == 1.0
    assert sweep[-1]["answerable_refused_rate"] == 1.0  # a floor nothing passes


@pytest.mark.parametrize(
    ("rows", "header", "error"),
    [
        ([("Katulamppu on rikki.", "fi", "no-such")], None, "rivi 2: ei vastauspohjaa"),
        ([("Katulamppu on rikki.", "de", "streetlight")], None, "Rivi 2: tarvitaan viesti"),
        ([("", "fi", "streetlight")], None, "Rivi 2: tarvitaan viesti"),
        ([], None, "Tiedostossa ei ole viestejä."),
        (
            [("Katulamppu", "fi")],
            ("message", "language"),
            "Tiedostossa ei ole saraketta templates.",
        ),
        (
            [("Katulamppu on rikki.", "fi", "streetlight|nope")],
            NEW_FORMAT,
            "rivi 2: ei vastauspohjaa ”nope”",
        ),
    ],
)
def test_a_bad_file_is_refused_with_the_reason(phrase_folder, tmp_path, rows, header, error):
    labelled = write(tmp_path / "set.csv", rows, header or ("message", "language", "template"))
    with pytest.raises(CommandError) as raised:
        call_command("suggestions_evaluate", str(labelled))
    assert error.lower() in str(raised.value).lower()


def test_a_missing_file_is_refused(tmp_path):
    with pytest.raises(CommandError, match=r"missing\.csv"):
        call_command("suggestions_evaluate", str(tmp_path / "missing.csv"))


def test_the_shipped_tuning_set_is_large_and_covers_three_languages(db):
    with open(TUNING_SET, newline="", encoding="utf-8") as file:
        rows = list(csv.DictReader(file))
    assert len(rows) >= 250
    assert {row["language"] for row in rows} == {"fi", "sv", "en"}
    assert len({row["templates"] for row in rows}) >= 30


def test_the_shipped_set_names_only_templates_of_the_demo(db):
    from luukku.demo.loader import load_demo

    load_demo(cases=0, customers=0)
    assert len(labelled_messages_read(TUNING_SET)) >= 250
