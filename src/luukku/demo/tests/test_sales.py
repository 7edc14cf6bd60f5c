"""The demo's counter sales: the products with their prices and VAT history, the builder's
package, and a month of sales whose Z reports balance, loaded on two dates (one across the
VAT change of 1.1.2026, one in July) and written as the services would have written them."""

import datetime as dt
import statistics
from collections import Counter, defaultdict
from decimal import Decimal

import pytest
import time_machine
from django.db import transaction
from django.db.models import Count, Q

from luukku.commerce.models import (
    NumberSeries,
    Order,
    OrderLine,
    Payment,
    Product,
    Receipt,
    RegisterDay,
)
from luukku.commerce.selectors.cash import day_report
from luukku.commerce.selectors.pricing import price_for, vat_for
from luukku.commerce.services.receipts import receipt_issue
from luukku.core.calendar import HELSINKI
from luukku.core.testing.clock import at
from luukku.demo.loader import load_demo

# Every test sets the clock for its whole length (`make test-dates` skips them).
pytestmark = [pytest.mark.django_db, pytest.mark.clock_set, pytest.mark.usefixtures("clock")]

CLOSING_KEYS = {"z_number", "counted_cash_cents", "difference_cents", "explanation", "closed_at"}


@pytest.fixture
def clock():
    """A fixed moment around the loads, each of which travels to its own."""
    with time_machine.travel(at(2026, 12, 1, 12, 0), tick=False):
        yield


def _load(moment: dt.datetime) -> None:
    with time_machine.travel(moment, tick=False):
        load_demo(cases=0, customers=0)


def _days() -> list[RegisterDay]:
    return list(RegisterDay.objects.order_by("business_date"))


def _assert_z_reports_balance(days: list[RegisterDay], today: dt.date) -> None:
    *past, current = days
    assert current.business_date == today and current.is_open
    assert [day.z_number for day in past] == list(range(1, len(past) + 1))
    assert all(day.business_date.weekday() < 5 for day in past)
    differences = []
    for day in past:
        z = day.z_report
        # The figures as the selector reads them now are those fixed at closing.
        assert {k: v for k, v in z.items() if k not in CLOSING_KEYS} == day_report(day)
        assert sum(m["net_cents"] for m in z["methods"]) == z["sales_cents"] - z["refunds_cents"]
        assert sum(v["gross_cents"] for v in z["sales_vat"]) == z["sales_cents"]
        assert sum(v["gross_cents"] for v in z["refunds_vat"]) == z["refunds_cents"]
        assert sum(p["gross_cents"] for p in z["products"]) == z["sales_cents"] - z["refunds_cents"]
        cash = next((m["net_cents"] for m in z["methods"] if m["method"] == "cash"), 0)
        assert z["expected_cash_cents"] == z["opening_float_cents"] + cash
        assert z["counted_cash_cents"] - z["expected_cash_cents"] == z["difference_cents"]
        if z["difference_cents"]:
            assert z["explanation"]
            differences.append(z["difference_cents"])
    assert sorted(differences) == [-500, 200]


def _assert_receipts_numbered_without_gaps() -> None:
    by_year = defaultdict(list)
    for number in Receipt.objects.order_by("issued_at", "pk").values_list("number", flat=True):
        year, serial = number.split("-")
        by_year[year].append(int(serial))
    for year, serials in by_year.items():
        assert serials == list(range(1, len(serials) + 1)), year
        assert NumberSeries.objects.get(key=f"receipt-{year}").last == len(serials)


def _assert_receipts_are_what_the_service_writes() -> None:
    """A split payment's receipt and a refund's, issued again by `receipt_issue` (in a
    savepoint rolled back), are the same but for their number."""
    split = (
        Order.objects.filter(payments__register_day__closed_at__isnull=False)
        .annotate(paid=Count("payments", filter=Q(payments__kind="payment")))
        .filter(paid=2)
        .first()
    )
    refunded = Order.objects.filter(refunded_cents__gt=0).first()
    for order in (split, refunded):
        receipts = list(order.receipts.order_by("issued_at"))
        assert len(receipts) == (2 if order == refunded else 1)
        for receipt in receipts:
            payments = list(receipt.payments.order_by("pk"))
            with transaction.atomic():
                again = receipt_issue(order=order, payments=payments, now=receipt.issued_at)
                transaction.set_rollback(True)
            expected = {k: v for k, v in receipt.content.items() if k != "number"}
            assert {k: v for k, v in again.content.items() if k != "number"} == expected


def test_the_products_prices_and_vat_follow_the_law_and_the_catalogue():
    _load(at(2026, 1, 14, 9, 30))
    card = Product.objects.get(code="UH-10")
    assert (card.name_fi, card.name_sv, card.name_en) == (
        "Uimahallin sarjakortti, 10 kertaa",
        "Simhallens seriekort, 10 gånger",
        "Swimming hall card, 10 visits",
    )
    rates = {(r.valid_from, r.percent) for r in card.vat_rates.all()}
    assert {(d, p) for d, p in rates if d.year >= 2025} == {
        (dt.date(2025, 1, 1), Decimal("14.0")),
        (dt.date(2026, 1, 1), Decimal("13.5")),
    }
    assert vat_for(card, dt.date(2024, 12, 31)).percent == Decimal("10.0")
    guide = Product.objects.get(code="KARTTA-OPAS")
    assert vat_for(guide, dt.date(2024, 8, 31)).percent == Decimal("24.0")
    assert vat_for(guide, dt.date(2024, 9, 1)).percent == Decimal("25.5")
    for code, percent in (("LEHTI", "10.0"), ("ARKISTOKOPIO", "0.0"), ("AVAINPANTTI", "0.0")):
        assert vat_for(Product.objects.get(code=code), dt.date(2026, 6, 1)).percent == Decimal(
            percent
        )
    assert price_for(card, "resident", dt.date(2026, 1, 1)).amount_cents == 4500
    assert price_for(card, "resident", dt.date(2025, 12, 31)).amount_cents == 4200
    assert price_for(card, "senior", dt.date(2026, 1, 1)).amount_cents == 3200
    assert price_for(Product.objects.get(code="SENIORI"), "resident", dt.date(2026, 1, 1)) is None
    assert all(p.account and p.cost_centre for p in Product.objects.all())
    package = Product.objects.get(code="RAKENTAJA")
    parts = list(package.parts.select_related("department"))
    assert [p.name_fi.split(" (")[0] for p in parts] == [
        "Karttaote",
        "Asemakaavaote ja kaavamääräykset",
        "Rakennuslupien arkistokopiot",
    ]
    assert {p.department.code for p in parts} == {"city-development"}
    assert price_for(package, "resident", dt.date(2026, 1, 14)).amount_cents == 8000
    # The month before: December's sales at 14 % and last year's price, January's at 13.5 %.
    sold = OrderLine.objects.filter(product=card).select_related("order")
    for line in sold:
        paid = line.order.paid_at.astimezone(HELSINKI).date()
        if line.order.group == "resident":
            assert line.unit_price_cents == (4200 if paid.year == 2025 else 4500)
        assert line.vat_percent == (Decimal("14.0") if paid.year == 2025 else Decimal("13.5"))
    assert {line.vat_percent for line in sold} == {Decimal("14.0"), Decimal("13.5")}
    _assert_z_reports_balance(_days(), dt.date(2026, 1, 14))
    _assert_receipts_numbered_without_gaps()
    assert {n.split("-")[0] for n in Receipt.objects.values_list("number", flat=True)} == {
        "2025",
        "2026",
    }


def test_a_month_of_counter_sales_in_july_balances_and_is_written_as_the_services_write():
    _load(at(2026, 7, 15, 12, 0))
    days = _days()
    past = [day for day in days if not day.is_open]
    assert len(past) >= 20 and past[-1].business_date == dt.date(2026, 7, 14)
    assert past[0].business_date >= dt.date(2026, 6, 15)
    _assert_z_reports_balance(days, dt.date(2026, 7, 15))
    _assert_receipts_numbered_without_gaps()
    _assert_receipts_are_what_the_service_writes()
    history = Order.objects.filter(payments__register_day__in=past).distinct()
    per_day = Counter(o.paid_at.astimezone(HELSINKI).date() for o in history)
    july = [n for day, n in per_day.items() if day.month == 7]
    june = [n for day, n in per_day.items() if day.month == 6]
    assert statistics.mean(july) < statistics.mean(june)  # the summer holidays
    mondays = [n for day, n in per_day.items() if day.weekday() == 0]
    others = [n for day, n in per_day.items() if day.weekday() != 0]
    assert statistics.mean(mondays) > statistics.mean(others)
    payments = Payment.objects.filter(register_day__in=past)
    methods = Counter(payments.filter(kind="payment").values_list("method", flat=True))
    assert methods["card"] > methods["cash"] > methods["voucher"] > 0
    vouchers = payments.filter(method="voucher")
    assert set(vouchers.values_list("voucher_provider", flat=True)) == {"ePassi", "Smartum"}
    assert not vouchers.exclude(order__lines__account="3050").exists()  # sports only
    cash = payments.filter(method="cash", kind="payment")
    assert any(p.tendered_cents > p.amount_cents for p in cash)  # change given
    assert all(p.terminal_receipt for p in payments.filter(method="card"))
    split = Counter(payments.filter(kind="payment").values_list("order", flat=True))
    assert max(split.values()) == 2
    refunds = payments.filter(kind="refund")
    assert refunds.exists() and all(r.reason and r.refund_lines.exists() for r in refunds)
    assert not refunds.filter(method="voucher").exists()
    # Loaded again: nothing is added.
    counts = (Order.objects.count(), Payment.objects.count(), RegisterDay.objects.count())
    _load(at(2026, 7, 15, 12, 30))
    assert counts == (Order.objects.count(), Payment.objects.count(), RegisterDay.objects.count())
