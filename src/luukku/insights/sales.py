"""The sales figures of the dashboard (docs/metrics.md, "Sales"): sales per product, per
channel (counter, from a case, online) and per service point, refunds, and the mix of
payment methods, over the dashboard's period.

Read from the orders and payments when the page opens, as the queue's and the chat's are: a
service point sells some tens of orders a day, so a year is a few grouped queries. An order
is a sale of the day (Finnish time) it was paid; a refund belongs to the day it was given.
"""

import datetime as dt
from dataclasses import dataclass, field

from django.db.models import Count, Exists, F, OuterRef, Q, Sum
from django.utils.translation import gettext_lazy as _

from luukku.commerce.models import Order, OrderLine, Payment, Product, RefundLine
from luukku.core.calendar import HELSINKI
from luukku.organisation.models import ServicePoint

from .selectors import Filters
from .tables import Cell, Table

SOLD = (Order.Status.PAID, Order.Status.INVOICED)


@dataclass
class Money:
    """What was sold and refunded of one product, channel or point (cents)."""

    orders: int = 0
    quantity: int = 0
    sales: int = 0
    refunded_quantity: int = 0
    refunds: int = 0

    @property
    def net(self) -> int:
        return self.sales - self.refunds


@dataclass
class SalesReport:
    total: Money
    products: dict[int, Money] = field(default_factory=dict)
    channels: dict[str, Money] = field(default_factory=dict)
    points: dict[int | None, Money] = field(default_factory=dict)
    # per method: (payments, amount of the payments, refunds, amount refunded)
    methods: dict[str, list[int]] = field(default_factory=dict)


def _bounds(start: dt.date, end: dt.date) -> tuple[dt.datetime, dt.datetime]:
    return (
        dt.datetime.combine(start, dt.time.min, tzinfo=HELSINKI),
        dt.datetime.combine(end + dt.timedelta(days=1), dt.time.min, tzinfo=HELSINKI),
    )


def _within(start: dt.date, end: dt.date, prefix: str, moment: str) -> Q:
    since, until = _bounds(start, end)
    return Q(**{f"{prefix}{moment}__gte": since, f"{prefix}{moment}__lt": until})


def sales_report(*, start: dt.date, end: dt.date, service_point=None) -> SalesReport:
    """The period's sales (orders paid in it) and refunds (given in it), in all and per
    product, channel and service point, and the payments per method (five statements)."""
    orders = Order.objects.filter(_within(start, end, "", "paid_at"), status__in=SOLD)
    refunds = RefundLine.objects.filter(
        _within(start, end, "payment__", "at"), payment__corrects__isnull=True
    )
    # The payments as finally recorded: one corrected to another method counts as that one.
    # (the corrected payment and the correction's way out left out, its way in counted).
    corrected = Payment.objects.filter(corrects=OuterRef("pk"))
    payments = Payment.objects.filter(_within(start, end, "", "at")).exclude(
        kind=Payment.Kind.REFUND, corrects__isnull=False
    )
    if service_point is not None:
        orders = orders.filter(service_point=service_point)
        refunds = refunds.filter(payment__order__service_point=service_point)
        payments = payments.filter(order__service_point=service_point)
    report = SalesReport(total=Money())
    for row in orders.values("channel", "service_point").annotate(n=Count("pk")).order_by():
        for key, into in ((row["channel"], report.channels), (row["service_point"], report.points)):
            into.setdefault(key, Money()).orders += row["n"]
        report.total.orders += row["n"]
    sold = (
        OrderLine.objects.filter(order__in=orders)
        .values("product", "order__channel", "order__service_point")
        .annotate(
            pieces=Sum("quantity"),
            cents=Sum(F("quantity") * F("unit_price_cents")),
            orders=Count("order", distinct=True),
        )
        .order_by()
    )
    for row in sold:
        for figures in _targets(report, row["product"], row):
            figures.quantity += row["pieces"]
            figures.sales += row["cents"]
        report.products[row["product"]].orders += row["orders"]
    returned = refunds.values(
        "line__product", "line__order__channel", "line__order__service_point"
    ).annotate(pieces=Sum("quantity"), cents=Sum("amount_cents"))
    for row in returned.order_by():
        keys = {"order__channel": row["line__order__channel"]}
        keys["order__service_point"] = row["line__order__service_point"]
        for figures in _targets(report, row["line__product"], keys):
            figures.refunded_quantity += row["pieces"]
            figures.refunds += row["cents"]
    _methods(report, payments.filter(~Exists(corrected)))
    return report


def _targets(report: SalesReport, product: int, row: dict) -> list[Money]:
    return [
        report.total,
        report.products.setdefault(product, Money()),
        report.channels.setdefault(row["order__channel"], Money()),
        report.points.setdefault(row["order__service_point"], Money()),
    ]


def _methods(report: SalesReport, payments) -> None:
    rows = payments.values("method", "kind").annotate(n=Count("pk"), cents=Sum("amount_cents"))
    for row in rows.order_by():
        figures = report.methods.setdefault(row["method"], [0, 0, 0, 0])
        offset = 0 if row["kind"] == Payment.Kind.PAYMENT else 2
        figures[offset] += row["n"]
        figures[offset + 1] += row["cents"]


def _euros(cents: int | None) -> float | None:
    return None if cents is None else round(cents / 100, 2)


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


MONEY_COLUMNS = (
    _("Orders"),
    _("Sold, pieces"),
    _("Sales"),
    _("Refunded, pieces"),
    _("Refunds"),
    _("Net sales"),
)


def _money_cells(figures: Money) -> list[Cell]:
    return [
        Cell(figures.orders),
        Cell(figures.quantity),
        Cell(_euros(figures.sales), "euros"),
        Cell(figures.refunded_quantity),
        Cell(_euros(figures.refunds), "euros"),
        Cell(_euros(figures.net), "euros"),
    ]


def _summary(report: SalesReport) -> Table:
    total = report.total
    refunds = sum(figures[2] for figures in report.methods.values())
    rows = [
        (_("Orders paid"), Cell(total.orders)),
        (_("Sales"), Cell(_euros(total.sales), "euros")),
        (_("Refunds"), Cell(_euros(total.refunds), "euros")),
        (_("Refunds given"), Cell(refunds)),
        (_("Net sales"), Cell(_euros(total.net), "euros")),
        (
            _("Average order"),
            Cell(_euros(round(total.sales / total.orders)) if total.orders else None, "euros"),
        ),
    ]
    return Table(
        slug="sales",
        title=_("Sales"),
        columns=[_("Figure"), _("Value")],
        rows=[[Cell(label, "text"), cell] for label, cell in rows],
        note=_(
            "Sales: the orders paid in the period, VAT included; refunds: those given in "
            "the period, whenever the order was paid. In euros."
        ),
    )


def _methods_table(report: SalesReport) -> Table:
    paid = sum(figures[1] for figures in report.methods.values())
    rows = [
        [
            Cell(str(Payment.Method(method).label), "text"),
            Cell(figures[0]),
            Cell(_euros(figures[1]), "euros"),
            Cell(_share(figures[1], paid), "percent"),
            Cell(figures[2]),
            Cell(_euros(figures[3]), "euros"),
        ]
        for method, figures in sorted(report.methods.items(), key=lambda kv: -kv[1][1])
    ]
    return Table(
        slug="sales_methods",
        title=_("Payment methods"),
        columns=[
            _("Method"),
            _("Payments"),
            _("Paid"),
            _("Share of the amount paid"),
            _("Refunds given"),
            _("Refunds"),
        ],
        rows=rows,
        chart=3,
    )


def sales_theme(filters: Filters) -> list[Table]:
    """The sales in the period; the service point filter narrows it, the others do not."""
    report = sales_report(start=filters.start, end=filters.end, service_point=filters.service_point)
    names = {p.pk: p.name for p in Product.objects.filter(pk__in=report.products).order_by()}
    points = {p.pk: str(p) for p in ServicePoint.objects.filter(pk__in=report.points)}
    products = sorted(report.products.items(), key=lambda kv: (-kv[1].net, names.get(kv[0], "")))
    channels = sorted(report.channels.items(), key=lambda kv: (-kv[1].net, kv[0]))
    # Equal net sales fall back to the name, so the order does not follow the database's.
    by_point = sorted(
        report.points.items(), key=lambda kv: (-kv[1].net, kv[0] is None, points.get(kv[0], ""))
    )

    def table(slug, title, column, rows) -> Table:
        return Table(
            slug=slug,
            title=title,
            columns=[column, *MONEY_COLUMNS],
            rows=[[Cell(label, "text"), *_money_cells(figures)] for label, figures in rows],
            chart=3,  # the sales (net sales may be below zero)
        )

    return [
        _summary(report),
        table(
            "sales_products",
            _("Sales by product"),
            _("Product"),
            [(names.get(pk, "?"), figures) for pk, figures in products],
        ),
        table(
            "sales_channels",
            _("Sales by channel"),
            _("Channel"),
            [(str(Order.Channel(channel).label), figures) for channel, figures in channels],
        ),
        table(
            "sales_points",
            _("Sales by service point"),
            _("Service point"),
            [
                (points.get(pk) or str(_("No service point (online or a case)")), figures)
                for pk, figures in by_point
            ],
        ),
        _methods_table(report),
    ]
