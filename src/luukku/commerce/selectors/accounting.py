"""The closed register days for the city's accounting: each day's Z report as it was fixed
when the day closed (`RegisterDay.z_report`, written by `services.cash.register_day_close`),
as rows per day, per payment method, per VAT rate (net, VAT, gross) and per product with its
account and cost centre (docs/commerce.md, "Demo data and accounting export")."""

import datetime as dt
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from ..models import Payment, RegisterDay

MAX_DAYS = 366

SALES, REFUNDS = "sales", "refunds"


@dataclass
class AccountingExport:
    """Rows of the closed days, each beginning with the day's date, register and Z number.
    Money in cents; refunds as negative amounts."""

    days: list[list] = field(default_factory=list)
    methods: list[list] = field(default_factory=list)
    vat: list[list] = field(default_factory=list)
    products: list[list] = field(default_factory=list)


DAY_COLUMNS = (
    _("Date"),
    _("Register"),
    _("Z report"),
    _("Orders"),
    _("Sales"),
    _("Refunds"),
    _("Opening float"),
    _("Expected cash"),
    _("Counted cash"),
    _("Difference"),
    _("Explanation"),
)
METHOD_COLUMNS = (_("Date"), _("Register"), _("Z report"), _("Method code"), _("Method"))
METHOD_COLUMNS += (_("Payments"), _("Refunds"), _("Net"))
VAT_COLUMNS = (_("Date"), _("Register"), _("Z report"), _("Sales or refunds"), _("VAT %"))
VAT_COLUMNS += (_("Net"), _("VAT"), _("Gross"))
PRODUCT_COLUMNS = (_("Date"), _("Register"), _("Z report"), _("Product code"), _("Product"))
PRODUCT_COLUMNS += (_("Account"), _("Cost centre"), _("Quantity"), _("Gross"))


def closed_days(*, start: dt.date, end: dt.date, register=None):
    """The days closed with a Z report from `start` to `end` (business dates, inclusive),
    of one register or of all, in date order."""
    days = RegisterDay.objects.filter(
        closed_at__isnull=False, business_date__gte=start, business_date__lte=end
    ).select_related("register__service_point")
    if register is not None:
        days = days.filter(register=register)
    return days.order_by("business_date", "register__service_point__name", "register__name")


def _method_label(code: str) -> str:
    return str(Payment.Method(code).label) if code in Payment.Method.values else code


def accounting_export(days) -> AccountingExport:
    """The Z reports of the days (closed ones) as the rows of an accounting export."""
    export = AccountingExport()
    for day in days:
        z = day.z_report
        head = [day.business_date, str(day.register), z["z_number"]]
        export.days.append(
            [
                *head,
                z["orders"],
                z["sales_cents"],
                -z["refunds_cents"],
                z["opening_float_cents"],
                z["expected_cash_cents"],
                z["counted_cash_cents"],
                z["difference_cents"],
                z["explanation"],
            ]
        )
        for row in z["methods"]:
            export.methods.append(
                [
                    *head,
                    row["method"],
                    _method_label(row["method"]),
                    row["payments_cents"],
                    -row["refunds_cents"],
                    row["net_cents"],
                ]
            )
        for kind, sign, rows in ((SALES, 1, z["sales_vat"]), (REFUNDS, -1, z["refunds_vat"])):
            label = str(_("Sales")) if kind == SALES else str(_("Refunds"))
            for row in rows:
                export.vat.append(
                    [
                        *head,
                        label,
                        row["vat_percent"],
                        sign * row["net_cents"],
                        sign * row["vat_cents"],
                        sign * row["gross_cents"],
                    ]
                )
        for row in z["products"]:
            export.products.append(
                [
                    *head,
                    row["code"],
                    row["name"],
                    row["account"],
                    row["cost_centre"],
                    row["quantity"],
                    row["gross_cents"],
                ]
            )
    return export
