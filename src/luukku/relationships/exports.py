"""A segment's members as a file, CSV or XLSX (docs/relationships.md, "Segments"): name,
kind, contact details and preferences, for a mail merge or a list of calls. A text that a
spreadsheet would take for a formula is written as text."""

import csv
import io

from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _columns() -> list[str]:
    return [
        _("Name"),
        _("Kind"),
        _("E-mail"),
        _("Phone"),
        _("Preferred language"),
        _("Preferred contact channel"),
        _("Unsubscribed from announcements"),
    ]


def _rows(customers, unsubscribed: set[int]):
    for customer in customers:
        yield [
            customer.display_name,
            customer.get_kind_display(),
            customer.email,
            customer.phone,
            customer.get_preferred_language_display(),
            customer.get_preferred_channel_display(),
            _("yes") if customer.pk in unsubscribed else "",
        ]


def _safe(value) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def members_csv(customers, unsubscribed: set[int]) -> str:
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow(_columns())
    for row in _rows(customers, unsubscribed):
        writer.writerow([_safe(value) for value in row])
    return out.getvalue()


def members_xlsx(customers, unsubscribed: set[int], *, title: str) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _("Members")[:31]
    sheet.append([title])
    sheet.append([])
    sheet.append(_columns())
    for cell in sheet[3]:
        cell.font = Font(bold=True)
    for row in _rows(customers, unsubscribed):
        sheet.append(row)
        for written in sheet[sheet.max_row]:
            if isinstance(written.value, str) and written.value.startswith(FORMULA_STARTS):
                written.data_type = "s"
                written.quotePrefix = True
    sheet.column_dimensions["A"].width = 40
    sheet.column_dimensions["C"].width = 30
    sheet.freeze_panes = "A4"
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
