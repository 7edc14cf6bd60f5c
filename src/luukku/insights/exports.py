"""The dashboard's tables as CSV (one table) and XLSX (a sheet per table, numbers as numbers)."""

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
    "int": "0",
    "date": "yyyy-mm-dd",
    "month": "yyyy-mm",
}


def _csv_value(cell) -> str:
    if cell.value is None:
        return ""
    if cell.kind == "month":
        return cell.value.strftime("%Y-%m")
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
        sheet.column_dimensions["A"].width = 48
        sheet.freeze_panes = "A5"
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
