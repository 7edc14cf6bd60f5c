"""Selling at the counter: prices for the group, split payments, refunds, the Z report."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from luukku.customers.tests.factories import CustomerFactory

from ..models import CustomerGroup, DiscountProof, Order, Payment, Price, Receipt, RegisterDay
from ..selectors.cash import day_report
from ..services.cash import register_day_close, register_day_open
from ..services.orders import order_line_add, order_start
from ..services.payments import Tender, counter_pay, order_refund, payment_correct

pytestmark = pytest.mark.django_db


def _sale(point, agent, *products, group=CustomerGroup.RESIDENT, **start):
    order = order_start(channel="counter", by=agent, service_point=point, group=group, **start)
    for product in products:
        order_line_add(order=order, product=product)
    order.refresh_from_db()
    return order


def test_split_payment_gives_change_and_a_lawful_receipt(point, agent, day, series_card, map_print):
    order = _sale(point, agent, series_card, map_print)
    assert order.total_cents == 7250
    receipt = counter_pay(
        order=order,
        day=day,
        tenders=[
            Tender("cash", 2250, tendered_cents=5000),
            Tender("card", 5000, terminal_receipt="004217"),
        ],
        by=agent,
    )
    order.refresh_from_db()
    assert order.status == Order.Status.PAID and order.paid_cents == 7250
    content = receipt.content
    assert content["seller"]["business_id"] == "0162193-3"
    assert content["number"] == receipt.number and receipt.number.startswith("2026-")
    assert [i["name"] for i in content["items"]] == ["Uimahallin sarjakortti", "Opaskartta"]
    # VAT per rate: 60 € at 13.5 % holds 7.14 €, 12.50 € at 25.5 % holds 2.54 €.
    assert [(v["vat_percent"], v["vat_cents"]) for v in content["vat"]] == [
        ("25.5", 254),
        ("13.5", 714),
    ]
    cash = next(p for p in content["payments"] if p["method"] == "cash")
    assert cash["change_cents"] == 2750


def test_payments_that_do_not_add_up_change_nothing(point, agent, day, series_card):
    order = _sale(point, agent, series_card)
    with pytest.raises(ValidationError, match="add up to the total"):
        counter_pay(order=order, day=day, tenders=[Tender("cash", 5000)], by=agent)
    for typed in ("4111111111111111", "4111 1111 1111 1111", "4111-1111-1111-1111"):
        with pytest.raises(ValidationError, match="never the card number"):
            counter_pay(
                order=order,
                day=day,
                tenders=[Tender("card", 6000, terminal_receipt=typed)],
                by=agent,
            )
    order.refresh_from_db()
    assert order.status == Order.Status.DRAFT and order.paid_cents == 0
    assert not Payment.objects.exists() and not Receipt.objects.exists()


def test_a_discount_needs_a_checked_proof_which_is_reused(point, agent, senior_pass, clock):
    customer = CustomerFactory()
    with pytest.raises(ValidationError, match="proof of the discount"):
        order_start(channel="counter", by=agent, customer=customer, group=CustomerGroup.SENIOR)
    DiscountProof.objects.create(
        customer=customer,
        kind=DiscountProof.Kind.PENSIONER,
        valid_until=dt.date(2027, 1, 31),
        checked_by=agent,
        checked_at=dt.datetime(2026, 2, 1, tzinfo=dt.UTC),
    )
    order = _sale(point, agent, senior_pass, group=CustomerGroup.SENIOR, customer=customer)
    assert order.total_cents == 4000 and order.proof is not None
    resident = _sale(point, agent, senior_pass)
    assert resident.total_cents == 8000


def test_an_old_order_keeps_its_price(point, agent, series_card, clock):
    order = _sale(point, agent, series_card)
    Price.objects.filter(product=series_card).update(valid_until=dt.date(2026, 3, 10))
    Price.objects.create(
        product=series_card, group="resident", amount_cents=6500, valid_from=dt.date(2026, 3, 11)
    )
    clock.move_to(dt.datetime(2026, 3, 11, 8, 0, tzinfo=dt.UTC))
    later = _sale(point, agent, series_card)
    order.refresh_from_db()
    assert (order.total_cents, later.total_cents) == (6000, 6500)


def test_refund_of_one_line_and_the_z_report_balances(point, agent, day, series_card, senior_pass):
    order = _sale(point, agent, series_card, senior_pass)
    counter_pay(
        order=order,
        day=day,
        by=agent,
        tenders=[
            Tender("cash", 4000, tendered_cents=4000),
            Tender("card", 10000, terminal_receipt="77"),
        ],
    )
    line = order.lines.get(product=senior_pass)
    with pytest.raises(ValidationError, match="more than was bought"):
        order_refund(
            order=order,
            quantities={line.pk: 2},
            method="cash",
            day=day,
            by=agent,
            reason="Ostettu väärä kortti",
        )
    refund = order_refund(
        order=order,
        quantities={line.pk: 1},
        method="cash",
        day=day,
        by=agent,
        reason="Ostettu väärä kortti",
    )
    assert refund.content["refund"] and refund.content["total_cents"] == 8000
    report = day_report(day)
    methods = {m["method"]: m for m in report["methods"]}
    assert methods["cash"]["net_cents"] == 4000 - 8000
    assert report["expected_cash_cents"] == 10000 - 4000
    with pytest.raises(ValidationError, match="explain the difference"):
        register_day_close(day=day, counted_cash_cents=5990, by=agent)
    closed = register_day_close(day=day, counted_cash_cents=6000, by=agent)
    assert closed.z_number == 1 and closed.z_report["difference_cents"] == 0
    products = {p["code"]: p for p in closed.z_report["products"]}
    assert products["SEN"]["quantity"] == 0 and products["UI10"]["gross_cents"] == 6000
    # A closed day takes nothing more.
    other = _sale(point, agent, series_card)
    with pytest.raises(ValidationError, match="day is closed"):
        counter_pay(order=other, day=closed, tenders=[Tender("cash", 6000)], by=agent)


def test_a_wrong_method_is_corrected_on_a_new_day(point, agent, register, day, series_card, clock):
    order = _sale(point, agent, series_card)
    counter_pay(order=order, day=day, tenders=[Tender("cash", 6000)], by=agent)
    payment = order.payments.get()
    register_day_close(day=day, counted_cash_cents=10000, explanation="Kortilla maksettu", by=agent)
    clock.move_to(dt.datetime(2026, 3, 11, 8, 0, tzinfo=dt.UTC))
    next_day = register_day_open(register=register, opening_float_cents=10000, by=agent)
    payment_correct(
        payment=payment,
        method="card",
        terminal_receipt="1234",
        day=next_day,
        by=agent,
        reason="Maksettu kortilla",
    )
    first = RegisterDay.objects.get(pk=day.pk)
    assert first.z_report["expected_cash_cents"] == 16000
    methods = {m["method"]: m["net_cents"] for m in day_report(next_day)["methods"]}
    assert methods == {"cash": -6000, "card": 6000}


def test_vouchers_are_not_refunded(point, agent, day, series_card):
    order = _sale(point, agent, series_card)
    counter_pay(
        order=order, day=day, by=agent, tenders=[Tender("voucher", 6000, voucher_provider="ePassi")]
    )
    line = order.lines.get()
    with pytest.raises(ValidationError, match="Vouchers are not refunded"):
        order_refund(
            order=order, quantities={line.pk: 1}, method="cash", day=day, by=agent, reason="Ei käy"
        )


@pytest.mark.parametrize(
    ("language", "short"),
    [
        ("fi", r"\d{1,2}\.\d{1,2}\.\d{4} \d{1,2}\.\d{2} · Tilaus"),
        ("sv", r"\d{1,2}\.\d{1,2}\.\d{4} \d{1,2}\.\d{2} · Beställning"),
    ],
)
def test_the_e_mailed_receipt_writes_its_time_short(point, agent, day, map_print, language, short):
    """6.12.2026 19.01, as every other page and message, not "6. joulukuuta 2026 kello 19.01"."""
    import re

    from ..services.receipt_mail import receipt_text

    receipt = counter_pay(
        order=_sale(point, agent, map_print), day=day, tenders=[Tender("cash", 1250)], by=agent
    )

    text = receipt_text(receipt, language)
    assert re.search(short, text), text
    assert "kello" not in text and " kl. " not in text
