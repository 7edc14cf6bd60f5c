"""The sales figures of the dashboard from a known day of sales at two service points and
online: per product, channel and point, refunds, and the payment methods' mix."""

import datetime as dt

import pytest
import time_machine
from django.utils import translation

from luukku.commerce.models import Order, Payment
from luukku.commerce.services.cash import register_day_open
from luukku.commerce.services.orders import order_line_add, order_start
from luukku.commerce.services.payments import Tender, counter_pay, order_refund, payment_correct
from luukku.commerce.tests.factories import RegisterFactory, product_priced
from luukku.insights.sales import sales_report, sales_theme
from luukku.insights.selectors import Filters
from luukku.organisation.tests.factories import OrganisationFactory
from luukku.queueing.tests.factories import ServicePointFactory

pytestmark = pytest.mark.django_db

NOW = dt.datetime(2026, 3, 10, 13, 0, tzinfo=dt.UTC)  # 15.00 in Helsinki
DAY = dt.date(2026, 3, 10)


def _sell(point, agent, day, products, tenders):
    order = order_start(channel="counter", by=agent, service_point=point)
    for product in products:
        order_line_add(order=order, product=product)
    counter_pay(order=order, day=day, tenders=tenders, by=agent)
    return Order.objects.get(pk=order.pk)


@pytest.fixture
def sales_day(db, agent):
    """City hall: two swimming cards (60 €) in cash, a map (12.50 €) by card, one card
    refunded in cash; the library: a card paid by an ePassi voucher and a map first recorded
    as cash, corrected to card; online: a map paid online."""
    city = OrganisationFactory(is_own=True)
    hall = ServicePointFactory(organisation=city, name="Kaupungintalo")
    library = ServicePointFactory(organisation=city, name="Kirjasto")
    card = product_priced(cents=6000, vat="13.5", code="UH-10", name="Uimahallin sarjakortti")
    guide = product_priced(cents=1250, vat="25.5", code="KARTTA", name="Opaskartta")
    with time_machine.travel(NOW, tick=False):
        hall_day = register_day_open(
            register=RegisterFactory(service_point=hall), opening_float_cents=0, by=agent
        )
        library_day = register_day_open(
            register=RegisterFactory(service_point=library), opening_float_cents=0, by=agent
        )
        cards = _sell(hall, agent, hall_day, [card, card], [Tender("cash", 12000)])
        _sell(hall, agent, hall_day, [guide], [Tender("card", 1250, terminal_receipt="11")])
        order_refund(
            order=cards,
            quantities={cards.lines.get().pk: 1},
            method="cash",
            day=hall_day,
            by=agent,
            reason="Väärä kortti",
        )
        _sell(
            library,
            agent,
            library_day,
            [card],
            [Tender("voucher", 6000, voucher_provider="ePassi")],
        )
        corrected = _sell(library, agent, library_day, [guide], [Tender("cash", 1250)])
        payment_correct(
            payment=corrected.payments.get(),
            method="card",
            day=library_day,
            by=agent,
            reason="Maksettu kortilla",
            terminal_receipt="12",
        )
        online = order_start(channel="online")
        order_line_add(order=online, product=guide)
        Payment.objects.create(order=online, method="online", amount_cents=1250, at=NOW)
        Order.objects.filter(pk=online.pk).update(status="paid", paid_at=NOW, paid_cents=1250)
    return {"hall": hall, "library": library}


def _cells(table):
    return [[cell.value for cell in row] for row in table.rows]


def test_sales_per_product_channel_and_point_with_refunds(sales_day):
    report = sales_report(start=DAY, end=DAY)
    total = report.total
    assert (total.orders, total.quantity, total.sales, total.refunds) == (5, 6, 21750, 6000)
    assert report.channels["counter"].sales == 20500 and report.channels["online"].sales == 1250
    hall, library = sales_day["hall"], sales_day["library"]
    assert (report.points[hall.pk].sales, report.points[hall.pk].refunds) == (13250, 6000)
    assert report.points[library.pk].net == 7250 and report.points[None].orders == 1
    # Paid as finally recorded: the corrected cash counts as card; the refund is not paid.
    assert report.methods == {
        "cash": [1, 12000, 1, 6000],
        "card": [2, 2500, 0, 0],
        "voucher": [1, 6000, 0, 0],
        "online": [1, 1250, 0, 0],
    }
    hall_only = sales_report(start=DAY, end=DAY, service_point=hall.pk)
    assert (hall_only.total.orders, hall_only.total.sales) == (2, 13250)
    assert (
        sales_report(start=DAY + dt.timedelta(days=1), end=DAY + dt.timedelta(days=1)).total.orders
        == 0
    )


def test_the_dashboard_theme_tables(sales_day):
    with translation.override("en"):
        summary, products, channels, points, methods = sales_theme(Filters(start=DAY, end=DAY))
        assert _cells(summary) == [
            ["Orders paid", 5],
            ["Sales", 217.5],
            ["Refunds", 60.0],
            ["Refunds given", 1],
            ["Net sales", 157.5],
            ["Average order", 43.5],
        ]
        assert _cells(products) == [
            ["Uimahallin sarjakortti", 2, 3, 180.0, 1, 60.0, 120.0],
            ["Opaskartta", 3, 3, 37.5, 0, 0.0, 37.5],
        ]
        assert _cells(channels) == [
            ["Counter", 4, 5, 205.0, 1, 60.0, 145.0],
            ["Online", 1, 1, 12.5, 0, 0.0, 12.5],
        ]
        assert [row[0] for row in _cells(points)] == [
            "Kaupungintalo",
            "Kirjasto",
            "No service point (online or a case)",
        ]
        assert _cells(methods) == [
            ["Cash", 1, 120.0, 120 / 217.5, 1, 60.0],
            ["Voucher", 1, 60.0, 60 / 217.5, 0, 0.0],
            ["Card", 2, 25.0, 25 / 217.5, 0, 0.0],
            ["Online payment", 1, 12.5, 12.5 / 217.5, 0, 0.0],
        ]


@pytest.mark.parametrize(
    ("prefix", "tab", "column", "euros"),
    [
        ("", "Myynti", "Nettomyynti", "217,50\u00a0€"),
        ("/sv", "Försäljning", "Nettoförsäljning", "217,50\u00a0€"),
        ("/en", "Sales", "Net sales", "217.50\u00a0€"),
    ],
)
def test_sales_are_a_theme_of_the_metrics(
    client, supervisor, sales_day, prefix, tab, column, euros
):
    client.force_login(supervisor)
    with time_machine.travel(NOW, tick=False):
        response = client.get(
            f"{prefix}/staff/metrics/?start=2026-03-10&end=2026-03-10&theme=sales"
        )
        export = client.get(
            f"{prefix}/staff/metrics/export/?start=2026-03-10&end=2026-03-10"
            "&table=sales_products&format=csv"
        )
    assert response.status_code == 200
    page = response.text
    assert f'aria-current="page">{tab}</a>' in page
    assert f'<th scope="col" class="num">{column}</th>' in page
    assert euros in page
    assert '<svg class="chart"' in page
    lines = export.content.decode("utf-8-sig").splitlines()
    assert lines[1] == "Uimahallin sarjakortti,2,3,180.0,1,60.0,120.0"
