"""The accounting export's files: CSV (one flat table, for the ledger's import) and XLSX (a
sheet per kind of row, amounts as numbers in euros), from `selectors.accounting`.

Text a spreadsheet would take for a formula (a product's name, a difference's explanation
beginning with =, +, -, @, a tab or a carriage return) is written as text (OWASP's advice on
CSV injection), as the dashboard's exports do."""

import csv
import io
from decimal import Decimal

from django.utils.translation import gettext_lazy as _
from openpyxl import Workbook
from openpyxl.styles import Font

from .selectors.accounting import (
    DAY_COLUMNS,
    METHOD_COLUMNS,
    PRODUCT_COLUMNS,
    VAT_COLUMNS,
    AccountingExport,
)

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
EURO_FORMAT = "#,##0.00"
CSV_COLUMNS = (
    "date",
    "register",
    "z_number",
    "section",
    "code",
    "name",
    "account",
    "cost_centre",
    "vat_percent",
    "quantity",
    "net_eur",
    "vat_eur",
    "gross_eur",
)


def euros(cents: int | None) -> Decimal | None:
    """Cents as euros, exactly (1234 → Decimal("12.34"))."""
    return None if cents is None else Decimal(cents).scaleb(-2)


def _text(value) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _csv_rows(export: AccountingExport):
    """One row per figure: the section says what it is; refunds are negative."""
    for (
        date,
        register,
        z,
        orders,
        sales,
        refunds,
        opening,
        expected,
        counted,
        diff,
        why,
    ) in export.days:
        head = [date.isoformat(), register, z]
        yield [*head, "day", "orders", "", "", "", "", orders, "", "", ""]
        yield [*head, "day", "sales", "", "", "", "", "", "", "", euros(sales)]
        yield [*head, "day", "refunds", "", "", "", "", "", "", "", euros(refunds)]
        for code, cents, note in (
            ("opening_float", opening, ""),
            ("expected", expected, ""),
            ("counted", counted, ""),
            ("difference", diff, why),
        ):
            yield [*head, "cash", code, note, "", "", "", "", "", "", euros(cents)]
    for date, register, z, code, label, paid, refunded, _net in export.methods:
        head = [date.isoformat(), register, z]
        yield [*head, "payment", code, label, "", "", "", "", "", "", euros(paid)]
        if refunded:
            yield [*head, "refund", code, label, "", "", "", "", "", "", euros(refunded)]
    for date, register, z, label, percent, net, vat, gross in export.vat:
        section = "refund_vat" if gross < 0 else "sales_vat"
        yield [
            date.isoformat(), register, z, section, "", label, "", "", percent, "",
            euros(net), euros(vat), euros(gross),
        ]  # fmt: skip
    for date, register, z, code, name, account, centre, quantity, gross in export.products:
        yield [
            date.isoformat(), register, z, "product", code, name, account, centre, "",
            quantity, "", "", euros(gross),
        ]  # fmt: skip


def accounting_csv(export: AccountingExport) -> str:
    """Comma-separated, dot decimals, UTF-8 with a byte-order mark; the columns' names are
    fixed (for programs), the sections' names too."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for row in _csv_rows(export):
        writer.writerow([_text(v) if isinstance(v, str) else ("" if v is None else v) for v in row])
    return out.getvalue()


# (sheet title, columns, the rows' attribute, indexes of the money columns)
SHEETS = (
    (_("Days"), DAY_COLUMNS, "days", (4, 5, 6, 7, 8, 9)),
    (_("Payment methods"), METHOD_COLUMNS, "methods", (5, 6, 7)),
    (_("VAT"), VAT_COLUMNS, "vat", (5, 6, 7)),
    (_("Products"), PRODUCT_COLUMNS, "products", (8,)),
)


def accounting_xlsx(export: AccountingExport, *, title: str, subtitle: str) -> bytes:
    """A sheet per kind of row, the period on top; amounts in euros as numbers, dates as
    dates, so that they can be summed and sorted."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, columns, attribute, money in SHEETS:
        sheet = workbook.create_sheet(str(name)[:31])
        sheet.append([title])
        sheet.append([subtitle])
        sheet.append([])
        sheet.append([str(column) for column in columns])
        for cell in sheet[4]:
            cell.font = Font(bold=True)
        for row in getattr(export, attribute):
            values = [euros(v) if i in money else v for i, v in enumerate(row)]
            sheet.append(values)
            for index, written in enumerate(sheet[sheet.max_row]):
                if index in money:
                    written.number_format = EURO_FORMAT
                elif index == 0:
                    written.number_format = "yyyy-mm-dd"
                elif isinstance(written.value, str) and written.value.startswith(FORMULA_STARTS):
                    written.data_type = "s"
                    written.quotePrefix = True
        sheet.column_dimensions["B"].width = 40
        sheet.freeze_panes = "A5"
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
