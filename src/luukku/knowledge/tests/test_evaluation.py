import csv

import pytest
from django.core.management import CommandError, call_command

from luukku.knowledge.evaluation import LABELLED_SET, labelled_messages_read
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
    assert "fi                4   75.0%   75.0%" in out
    assert "all               4   75.0%   75.0%" in out
    assert "line 5 (fi, ploughing): Lapsi tarvitsee hoitoa syksyllä." in out


def test_search_words_make_a_template_suggested(phrase_folder, tmp_path, capsys):
    labelled = write(tmp_path / "set.csv", [("Valaisin ei pala.", "fi", "streetlight")])
    call_command("suggestions_evaluate", str(labelled))
    assert "all               1  100.0%  100.0%" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("rows", "header", "error"),
    [
        ([("Katulamppu on rikki.", "fi", "no-such")], None, "rivi 2: ei vastauspohjaa"),
        ([("Katulamppu on rikki.", "de", "streetlight")], None, "Rivi 2: tarvitaan viesti"),
        ([("", "fi", "streetlight")], None, "Rivi 2: tarvitaan viesti"),
        ([], None, "Tiedostossa ei ole viestejä."),
        ([("Katulamppu", "fi")], ("message", "language"), "Tiedostossa ei ole saraketta template."),
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


def test_the_shipped_labelled_set_is_large_and_covers_three_languages(db):
    with open(LABELLED_SET, newline="", encoding="utf-8") as file:
        rows = list(csv.DictReader(file))
    assert len(rows) >= 150
    assert {row["language"] for row in rows} == {"fi", "sv", "en"}
    assert len({row["template"] for row in rows}) >= 30


def test_the_shipped_set_names_only_templates_of_the_demo(db):
    from luukku.demo.loader import load_demo

    load_demo(cases=0, customers=0)
    assert len(labelled_messages_read(LABELLED_SET)) >= 150
