"""The accounting export of closed register days: a day's Z report and a period's days as
CSV and XLSX rows per method, per VAT rate (net, VAT, gross) and per product with its
account and cost centre; and the download, for whom and with which answer to bad input."""

import csv
import datetime as dt
import io
from decimal import Decimal

import pytest
import time_machine
from django.urls import reverse
from openpyxl import load_workbook

from luukku.organisation.tests.factories import UserFactory

from ..accounting_files import accounting_csv, accounting_xlsx
from ..models import RegisterDay
from ..selectors.accounting import accounting_export, closed_days
from ..services.cash import register_day_close, register_day_open
from ..services.orders import order_line_add, order_start
from ..services.payments import Tender, counter_pay, order_refund
from .conftest import MORNING

pytestmark = pytest.mark.django_db


def _sell(point, agent, day, products, tenders):
    order = order_start(channel="counter", by=agent, service_point=point)
    for product in products:
        order_line_add(order=order, product=product)
    order.refresh_from_db()
    counter_pay(order=order, day=day, tenders=tenders, by=agent)
    return order


@pytest.fixture
def closed_day(point, agent, day, series_card, map_print):
    """10.3.2026: a card and a map paid in cash and by card, a map in cash, the map of the
    first refunded in cash; 0.50 € short in the drawer."""
    series_card.account, series_card.cost_centre = "3050", "4110"
    series_card.save()
    map_print.account, map_print.cost_centre = "3010", "4630"
    map_print.save()
    first = _sell(
        point,
        agent,
        day,
        [series_card, map_print],
        [Tender("cash", 2250, tendered_cents=5000), Tender("card", 5000, terminal_receipt="17")],
    )
    _sell(point, agent, day, [map_print], [Tender("cash", 1250, tendered_cents=2000)])
    line = first.lines.get(product=map_print)
    order_refund(
        order=first, quantities={line.pk: 1}, method="cash", day=day, by=agent, reason="Väärä"
    )
    # Float 100 € + 22.50 + 12.50 − 12.50 = 122.50 € expected; 122 € counted.
    return register_day_close(
        day=day, counted_cash_cents=12200, explanation="=Kolikko hukassa", by=agent
    )


def test_a_closed_day_gives_rows_per_method_vat_rate_and_product(closed_day):
    export = accounting_export([closed_day])
    head = [dt.date(2026, 3, 10), str(closed_day.register), 1]
    assert export.days == [[*head, 2, 8500, -1250, 10000, 12250, 12200, -50, "=Kolikko hukassa"]]
    assert export.methods == [
        [*head, "cash", "Cash", 3500, -1250, 2250],
        [*head, "card", "Card", 5000, 0, 5000],
    ]
    # 25 € of maps at 25.5 % hold 5.08 €; the 60 € card at 13.5 % holds 7.14 €.
    assert export.vat == [
        [*head, "Sales", "25.5", 1992, 508, 2500],
        [*head, "Sales", "13.5", 5286, 714, 6000],
        [*head, "Refunds", "25.5", -996, -254, -1250],
    ]
    assert [p[:3] for p in export.products] == [head, head]
    assert {p[4] for p in export.products} == {"Uimahallin sarjakortti", "Opaskartta"}
    assert {(p[5], p[6], p[7], p[8]) for p in export.products} == {
        ("3050", "4110", 1, 6000),
        ("3010", "4630", 1, 1250),
    }


def test_the_csv_is_one_table_of_figures_with_negative_refunds(closed_day):
    text = accounting_csv(accounting_export([closed_day]))
    assert text.startswith("\ufeffdate,register,z_number,section,code,name,")
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    figures = {(r["section"], r["code"], r["vat_percent"]): r for r in rows}
    assert figures[("day", "sales", "")]["gross_eur"] == "85.00"
    assert figures[("day", "refunds", "")]["gross_eur"] == "-12.50"
    assert figures[("cash", "difference", "")]["gross_eur"] == "-0.50"
    # A text a spreadsheet would run as a formula is written as text.
    assert figures[("cash", "difference", "")]["name"] == "'=Kolikko hukassa"
    assert figures[("refund", "cash", "")]["gross_eur"] == "-12.50"
    vat = figures[("sales_vat", "", "13.5")]
    assert (vat["net_eur"], vat["vat_eur"], vat["gross_eur"]) == ("52.86", "7.14", "60.00")
    refund = figures[("refund_vat", "", "25.5")]
    assert (refund["net_eur"], refund["vat_eur"], refund["gross_eur"]) == (
        "-9.96",
        "-2.54",
        "-12.50",
    )
    products = [r for r in rows if r["section"] == "product"]
    assert {(r["account"], r["cost_centre"], r["quantity"], r["gross_eur"]) for r in products} == {
        ("3050", "4110", "1", "60.00"),
        ("3010", "4630", "1", "12.50"),
    }
    # What was paid per method, less what was refunded, is what the products sold for.
    money = sum(Decimal(r["gross_eur"]) for r in rows if r["section"] in ("payment", "refund"))
    assert money == sum(Decimal(r["gross_eur"]) for r in products) == Decimal("72.50")


def test_the_workbook_keeps_amounts_as_euros_and_dates_as_dates(closed_day):
    content = accounting_xlsx(accounting_export([closed_day]), title="Z", subtitle="10.3.2026")
    book = load_workbook(io.BytesIO(content))
    assert book.sheetnames == ["Days", "Payment methods", "VAT", "Products"]
    days = book["Days"]
    assert [c.value for c in days[4]][:5] == ["Date", "Register", "Z report", "Orders", "Sales"]
    row = [c.value for c in days[5]]
    assert row[0] == dt.datetime(2026, 3, 10) and row[4] == 85 and row[9] == -0.5
    assert days["E5"].number_format == "#,##0.00"
    assert days["K5"].value == "=Kolikko hukassa" and days["K5"].data_type == "s"
    vat = book["VAT"]
    assert [c.value for c in vat[5]][3:] == ["Sales", "25.5", 19.92, 5.08, 25]


def test_a_period_holds_the_closed_days_only(closed_day, register, agent, map_print):
    with time_machine.travel(MORNING + dt.timedelta(days=1), tick=False):
        open_now = register_day_open(register=register, opening_float_cents=0, by=agent)
    days = list(closed_days(start=dt.date(2026, 3, 1), end=dt.date(2026, 3, 31)))
    assert days == [closed_day] and open_now.is_open
    assert not closed_days(start=dt.date(2026, 3, 11), end=dt.date(2026, 3, 31)).exists()


# -- the download ----------------------------------------------------------------------------


def test_agents_and_supervisors_download_experts_may_not(client, closed_day, agent, supervisor):
    url = reverse("web:sales_export")
    for user in (agent, supervisor):
        client.force_login(user)
        response = client.get(url, {"format": "csv", "day": closed_day.pk})
        assert response.status_code == 200
        assert response["Content-Disposition"].endswith('-2026-03-10.csv"')
        assert "Uimahallin sarjakortti" in response.content.decode()
        period = client.get(url, {"format": "xlsx", "start": "2026-03-01", "end": "2026-03-31"})
        assert period.status_code == 200 and period.content.startswith(b"PK")
    client.force_login(UserFactory(role="expert"))
    assert client.get(url, {"format": "csv", "day": closed_day.pk}).status_code == 403


def test_bad_input_is_refused_with_a_reason(client, agent, day):
    client.force_login(agent)
    url = reverse("web:sales_export")
    cases = [
        ({"format": "csv"}, "Choose a closed register day, or the first and last day."),
        (
            {"format": "csv", "start": "2026-03-31", "end": "2026-03-01"},
            "The first day must not be after the last.",
        ),
        ({"format": "csv", "start": "2025-01-01", "end": "2026-03-01"}, "at most 366 days"),
        ({"format": "csv", "day": day.pk}, "The day is still open"),
        ({"format": "pdf", "day": day.pk}, "Select a valid choice."),
    ]
    for query, message in cases:
        response = client.get(url, query, HTTP_ACCEPT_LANGUAGE="en")
        assert response.status_code == 400, query
        assert message in response.content.decode(), query
    assert client.get(url, {"format": "csv", "day": 999999}).status_code == 404
    assert RegisterDay.objects.get(pk=day.pk).is_open
