"""The dashboard's tables as CSV (one table) and XLSX (a sheet per table, numbers as numbers).

Text that a spreadsheet would take for a formula (it begins with =, +, -, @, a tab or a carriage
return) is written as text, following OWASP's advice on CSV injection: a service's or a
customer's words must never run as a formula (=HYPERLINK leaking the sheet, =cmd|…) on the
computer of the supervisor who opens the file."""

import csv
import io
import re

from openpyxl import Workbook
from openpyxl.styles import Font

from .reports import Table

FORMATS = {
    "percent": "0.0%",
    "hours": "0.00",
    "decimal": "0.0",
    "euros": "#,##0.00",
    "int": "0",
    "date": "yyyy-mm-dd",
    "month": "yyyy-mm",
}


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _formula_like(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def _csv_value(cell) -> str:
    if cell.value is None:
        return ""
    if cell.kind == "month":
        return cell.value.strftime("%Y-%m")
    if cell.kind == "text" and _formula_like(str(cell.value)):
        return "'" + str(cell.value)  # a spreadsheet shows the text, without the quote
    return str(cell.value)  # dates as ISO 8601, for programs


def table_csv(table: Table) -> str:
    """Comma-separated with dot decimals and shares as fractions (0.25), for programs; UTF-8
    with a byte-order mark so that spreadsheets read ä and ö right."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow([str(column) for column in table.columns])
    for row in table.rows:
        writer.writerow([_csv_value(cell) for cell in row])
    return out.getvalue()


def tables_xlsx(tables: list[Table], *, title: str, subtitle: str) -> bytes:
    workbook = Workbook()
    workbook.remove(workbook.active)
    used = set()
    for table in tables:
        name = re.sub(r"[\[\]:*?/\\]", " ", str(table.title))[:31] or table.slug
        while name in used:
            name = name[:28] + f"~{len(used)}"
        used.add(name)
        sheet = workbook.create_sheet(name)
        sheet.append([str(title)])
        sheet.append([str(subtitle)])
        sheet.append([])
        sheet.append([str(column) for column in table.columns])
        for cell in sheet[4]:
            cell.font = Font(bold=True)
        for row in table.rows:
            sheet.append([cell.value if cell.kind != "text" else str(cell.value) for cell in row])
            for written, cell in zip(sheet[sheet.max_row], row, strict=True):
                if cell.kind in FORMATS:
                    written.number_format = FORMATS[cell.kind]
                elif cell.kind == "text" and _formula_like(written.value or ""):
                    # openpyxl takes a text beginning with = for a formula: store it as a
                    # string, marked with the quote prefix that keeps it text when edited.
                    written.data_type = "s"
                    written.quotePrefix = True
        sheet.column_dimensions["A"].width = 48
        sheet.freeze_panes = "A5"
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
