"""The month of counter sales before the demo's day (docs/commerce.md, "Demo data and
accounting export").

The month is the past, so its orders, lines, payments, refunds and receipts are written in
bulk from a seeded simulation of each business day rather than through the counter's
services one sale at a time (some thirty statements a sale); each day is opened and closed
through the services themselves (`register_day_open`, `register_day_close`), so its Z report
is the services' own, read from what was written. The receipts are what
`receipt_issue` writes, numbered in the year's series without gaps in the order they were
issued; the series continues where the history ends.
"""

import datetime as dt
import random
import secrets
from collections import defaultdict

from django.db import transaction
from django.utils import timezone
from django.utils.translation import override

from luukku.commerce.models import (
    NumberSeries,
    Order,
    OrderLine,
    Payment,
    Price,
    Product,
    Receipt,
    RefundLine,
    VatRate,
)
from luukku.commerce.services.cash import register_day_close, register_day_open
from luukku.commerce.services.receipts import receipt_content, receipt_item
from luukku.organisation.models import Organisation
from luukku.organisation.selectors import business_hours

from . import sales_data as data
from .city import HELSINKI

OPENING_FLOAT = 15000
HISTORY_DAYS = 30  # the calendar days before today whose business days have sales
HOURLY = (1.3, 1.4, 1.2, 1.0, 1.0, 0.9, 0.6, 0.4)  # from the opening hour
WEEKDAY_FACTOR = (1.35, 1.0, 0.95, 1.05, 0.85)  # Monday peaks
SPORTS_ACCOUNT = data.SPORTS[0]  # what a sports and culture voucher may pay for
LANGUAGES = (("fi", 85), ("sv", 10), ("en", 5))
# (amount to the cent, explanation) of the days whose counted cash differed.
DIFFERENCES = (
    (-500, "Vaihtorahaa annettu todennäköisesti 5 € liikaa; kuitit ja maksupääte täsmäävät."),
    (200, "Asiakas jätti 2 € vaihtorahat tiskille eikä palannut hakemaan niitä."),
)
REFUND_REASONS = {
    "AVAINPANTTI": "Avain palautettu, pantti maksettu takaisin.",
    "UH-10": "Myyty väärä kortti, asiakas osti 30 kerran kortin.",
    "UH-30": "Vanhentuneet käyntikerrat hyvitetty lautakunnan hyvitysperiaatteiden mukaan.",
    "UT-10": "Vanhentuneet käyntikerrat hyvitetty lautakunnan hyvitysperiaatteiden mukaan.",
    "BUS-30": "Kausilippu ladattu väärälle kortille, ladattu uudelleen.",
    "TILA-TUNTI": "Tilavaraus peruttu yli kaksi viikkoa ennen varausta.",
}


# -- the month of sales ----------------------------------------------------------------------


class _Catalogue:
    """The products' prices and VAT rates in memory, chosen as `commerce.selectors.pricing`
    chooses them (a group without a price of its own pays the resident's)."""

    def __init__(self, products: dict[str, Product]):
        self.products = products
        self.prices = defaultdict(list)
        for price in Price.objects.filter(product__in=products.values()):
            self.prices[price.product_id].append(price)
        self.rates = defaultdict(list)
        for rate in VatRate.objects.filter(product__in=products.values()).order_by("valid_from"):
            self.rates[rate.product_id].append(rate)

    def price(self, product: Product, group: str, on: dt.date) -> int | None:
        valid = [
            p
            for p in self.prices[product.pk]
            if p.valid_from <= on and (p.valid_until is None or p.valid_until >= on)
        ]
        for wanted in dict.fromkeys([group, "resident"]):
            chosen = sorted((p for p in valid if p.group == wanted), key=lambda p: p.valid_from)
            if chosen:
                return chosen[-1].amount_cents
        return None

    def vat(self, product: Product, on: dt.date) -> VatRate:
        return [rate for rate in self.rates[product.pk] if rate.valid_from <= on][-1]


def _count(rng: random.Random, mean: float) -> int:
    return max(0, round(rng.gauss(mean, mean**0.5))) if mean > 0 else 0


def _day_items(rng, day: dt.date) -> list[tuple[str, int]]:
    """What is bought on the day: (product code, quantity), one a sale, in random order."""
    factor = WEEKDAY_FACTOR[day.weekday()]
    items = []
    for code, per_month in data.DAILY.items():
        for _index in range(_count(rng, per_month[day.month - 1] * factor)):
            low, high = data.QUANTITIES.get(code, (1, 1))
            items.append((code, rng.randint(low, high) if rng.random() < 0.5 else low))
    rng.shuffle(items)
    return items


def _group(rng, code: str) -> str:
    if code == "SENIORI":
        return "senior"
    if code == "TILA-TUNTI":
        return rng.choices(("resident", "association", "company"), (40, 45, 15))[0]
    return rng.choices(*zip(*data.GROUP_MIX, strict=True))[0]


def _orders_of_day(rng, day, opens: dt.datetime, closes: dt.datetime, catalogue) -> list[dict]:
    """The day's sales: items grouped into orders (one in seven buys two things), each at a
    moment of the opening hours (mornings busier) and priced for its group on the day."""
    orders: list[dict] = []
    for code, quantity in _day_items(rng, day):
        product = catalogue.products[code]
        last = orders[-1] if orders else None
        joined = (
            last is not None
            and rng.random() < 0.15
            and code not in {c for c, _q in last["items"]}
            and "TILA-TUNTI" not in {code, *(c for c, _q in last["items"])}
        )
        if not joined:
            last = {"group": _group(rng, code), "items": []}
            last["language"] = rng.choices(*zip(*LANGUAGES, strict=True))[0]
            orders.append(last)
        if catalogue.price(product, last["group"], day) is None:  # the senior pass alone
            if joined:
                continue
            last["group"] = "senior"
        last["items"].append((code, quantity))
    hours = max(1, int((closes - opens).total_seconds() // 3600))
    weights = HOURLY[:hours]
    for order in orders:
        hour = rng.choices(range(len(weights)), weights)[0]
        order["at"] = opens + dt.timedelta(hours=hour, seconds=rng.randrange(60, 3540))
        order["lines"] = [
            (catalogue.products[code], quantity, catalogue.price(catalogue.products[code],
             order["group"], day), catalogue.vat(catalogue.products[code], day))
            for code, quantity in order["items"]
        ]  # fmt: skip
    orders.sort(key=lambda order: order["at"])
    return orders


def _cash_given(rng, amount: int) -> int:
    """What a customer hands over: the sum itself, or the next note up."""
    notes = [note for note in (500, 1000, 2000, 5000, 10000) if note >= amount]
    options = [amount] + [-(-amount // note) * note for note in notes[:2]]
    return rng.choice(options)


def _tenders(rng, total: int, vouchers_ok: bool, terminal) -> list[dict]:
    """How the order is paid: by card mostly, cash with change, a sports and culture voucher
    (ePassi, Smartum) for sports, now and then split between two methods."""
    draw = rng.random()
    if vouchers_ok and draw < 0.12:
        provider = rng.choices(("ePassi", "Smartum"), (60, 40))[0]
        covered = total if rng.random() < 0.7 else (total // 1000) * 1000
        tenders = [{"method": "voucher", "amount": covered, "voucher_provider": provider}]
        if covered < total:
            tenders.append(
                {"method": "card", "amount": total - covered, "terminal": next(terminal)}
            )
        return [t for t in tenders if t["amount"] > 0] or _tenders(rng, total, False, terminal)
    if draw < 0.38:
        return [{"method": "cash", "amount": total, "tendered": _cash_given(rng, total)}]
    if draw < 0.42 and total > 2000:
        cash = rng.choice([note for note in (1000, 2000) if note < total])
        return [
            {"method": "cash", "amount": cash, "tendered": cash},
            {"method": "card", "amount": total - cash, "terminal": next(terminal)},
        ]
    return [{"method": "card", "amount": total, "terminal": next(terminal)}]


def _terminal(rng):
    number = rng.randrange(1000, 9000)
    while True:
        number += 1
        yield f"{number:06d}"


def _business_days(today: dt.date) -> list[tuple[dt.date, dt.datetime, dt.datetime]]:
    """The business days of the month before `today`, with their opening and closing."""
    hours = business_hours()
    days = []
    for back in range(HISTORY_DAYS, 0, -1):
        day = today - dt.timedelta(days=back)
        periods = hours.periods(day)
        if periods:
            opens = dt.datetime.combine(day, periods[0][0], tzinfo=HELSINKI)
            closes = dt.datetime.combine(day, periods[-1][1], tzinfo=HELSINKI)
            days.append((day, opens, closes))
    return days


def _utc(moment: dt.datetime) -> dt.datetime:
    """A moment as the services write it (timezone.now() is in UTC)."""
    return moment.astimezone(dt.UTC)


class _History:
    """The month as it is written: the numbers given, the sales that may be refunded."""

    def __init__(self, rng, setup: dict, staff: dict):
        self.rng = rng
        self.point, self.register = setup["point"], setup["register"]
        self.catalogue = _Catalogue(setup["products"])
        self.staff = staff
        self.terminal = _terminal(rng)
        self.used = set(Order.objects.values_list("number", flat=True))
        self.series = dict(NumberSeries.objects.values_list("key", "last"))
        own = Organisation.objects.filter(is_own=True).first()
        point = self.point
        self.seller = {
            "name": own.name if own else "",
            "business_id": own.business_id if own else "",
            "place": point.name,
            "address": f"{point.street_address}, {point.postal_code} {point.post_office}",
        }
        self.sold: list[dict] = []  # written sales that a later day may refund
        self.returns: dict[dt.date, list[dict]] = defaultdict(list)  # keys brought back

    def number(self, year: int) -> str:
        while True:
            number = f"T-{year}-{self.rng.randrange(10**6):06d}"
            if number not in self.used:
                self.used.add(number)
                return number

    def receipt_number(self, moment: dt.datetime) -> str:
        year = timezone.localtime(moment).year
        key = f"receipt-{year}"
        self.series[key] = self.series.get(key, 0) + 1
        return f"{year}-{self.series[key]:06d}"

    def agent(self, moment: dt.datetime):
        local = moment.astimezone(HELSINKI)
        if local.weekday() == 0 and local.hour < 12 and self.rng.random() < 0.3:
            return self.staff["liisa"]
        return self.staff["aino"] if local.hour < 12 else self.staff["mikko"]

    def series_store(self) -> None:
        for key, last in self.series.items():
            if key.startswith("receipt-"):
                NumberSeries.objects.update_or_create(key=key, defaults={"last": last})


def _receipt(history: _History, order: Order, payments: list[Payment], items, moment) -> Receipt:
    """The receipt `commerce.services.receipts.receipt_issue` would have issued."""
    number = history.receipt_number(moment)
    content = receipt_content(
        seller=history.seller,
        number=number,
        order=order,
        payments=payments,
        items=items,
        moment=moment,
    )
    return Receipt(number=number, order=order, issued_at=moment, content=content)


def _item(line: OrderLine, quantity: int) -> dict:
    return receipt_item(line, quantity, line.unit_price_cents * quantity)


def _write_sales(history: _History, register_day, sales: list[dict]) -> list[tuple]:
    """The day's orders, their lines and payments in bulk; returns what the receipts need."""
    rng = history.rng
    for sale in sales:
        sale["utc"], sale["agent"] = _utc(sale["at"]), history.agent(sale["at"])
        total = sum(quantity * price for _p, quantity, price, _v in sale["lines"])
        sale["order"] = Order(
            number=history.number(sale["at"].year),
            token=secrets.token_urlsafe(32),
            status=Order.Status.PAID,
            channel=Order.Channel.COUNTER,
            service_point=history.point,
            group=sale["group"],
            language=sale["language"],
            total_cents=total,
            paid_cents=total,
            created_by=sale["agent"],
            placed_at=sale["utc"],
            paid_at=sale["utc"],
        )
    orders = Order.objects.bulk_create([sale["order"] for sale in sales])
    for sale in sales:  # (written as the moment of writing: given the sale's own)
        sale["order"].created_at = sale["utc"] - dt.timedelta(seconds=rng.randrange(40, 240))
        sale["order"].updated_at = sale["utc"]
    Order.objects.bulk_update(orders, ["created_at", "updated_at"], batch_size=500)
    lines = []
    for sale in sales:
        sale["line_objects"] = []
        for product, quantity, price, rate in sale["lines"]:
            with override(sale["language"]):
                name = product.name
            line = OrderLine(
                order=sale["order"],
                product=product,
                name=name,
                quantity=quantity,
                unit_price_cents=price,
                vat_percent=rate.percent,
                vat_code=rate.vat_code,
                cost_centre=product.cost_centre,
                account=product.account,
            )
            sale["line_objects"].append(line)
            lines.append(line)
    OrderLine.objects.bulk_create(lines)
    return _write_payments(history, register_day, sales)


def _write_payments(history: _History, register_day, sales: list[dict]) -> list[tuple]:
    payments, receipts = [], []
    for sale in sales:
        vouchers_ok = all(p.account == SPORTS_ACCOUNT for p, _q, _c, _v in sale["lines"])
        sale["payments"] = [
            Payment(
                order=sale["order"],
                method=tender["method"],
                amount_cents=tender["amount"],
                tendered_cents=tender.get("tendered"),
                terminal_receipt=tender.get("terminal", ""),
                voucher_provider=tender.get("voucher_provider", ""),
                register_day=register_day,
                at=sale["utc"],
                by=sale["agent"],
            )
            for tender in _tenders(
                history.rng, sale["order"].total_cents, vouchers_ok, history.terminal
            )
        ]
        payments += sale["payments"]
        items = [_item(line, line.quantity) for line in sale["line_objects"]]
        receipts.append((sale["utc"], sale["order"], sale["payments"], items))
    Payment.objects.bulk_create(payments)
    return receipts


def _plan_refunds(history: _History, day_index: int, days: list, sales: list[dict]) -> None:
    """Keys come back within a week (most deposits are paid back); other sales may be
    refunded on a later day."""
    rng = history.rng
    for sale in sales:
        methods = {p.method for p in sale["payments"]}
        if "voucher" in methods:
            continue
        for line in sale["line_objects"]:
            code = line.product.code
            if code == "AVAINPANTTI" and rng.random() < 0.75:
                later = day_index + rng.randint(1, 5)
                if later < len(days):
                    history.returns[days[later][0]].append({"sale": sale, "line": line})
            elif code in REFUND_REASONS:
                history.sold.append({"sale": sale, "line": line, "day": day_index})


def _refunds_of_day(history: _History, day_index: int, day: dt.date) -> list[dict]:
    refunds = history.returns.pop(day, [])
    recent = [s for s in history.sold if 0 < day_index - s["day"] <= 8]
    if recent and history.rng.random() < 0.3:
        chosen = history.rng.choice(recent)
        history.sold.remove(chosen)
        refunds.append(chosen)
    return refunds


def _write_refunds(history: _History, register_day, refunds, opens, closes) -> list[tuple]:
    """Each refund a payment out (to the card it was paid with, or in cash), its refund line
    and receipt; the line's and the order's refunded figures follow."""
    rng = history.rng
    receipts, payments = [], []
    seconds = int((closes - opens).total_seconds())
    for refund in refunds:
        sale, line = refund["sale"], refund["line"]
        moment = _utc(opens + dt.timedelta(seconds=rng.randrange(300, seconds - 300)))
        card = "card" in {p.method for p in sale["payments"]}
        amount = line.unit_price_cents * line.quantity
        payment = Payment(
            order=sale["order"],
            kind=Payment.Kind.REFUND,
            method="card" if card else "cash",
            amount_cents=amount,
            terminal_receipt=next(history.terminal) if card else "",
            register_day=register_day,
            reason=REFUND_REASONS[line.product.code],
            at=moment,
            by=history.agent(moment),
        )
        payments.append(payment)
        refund["payment"] = payment
        line.refunded_quantity = line.quantity
        sale["order"].refunded_cents += amount
        sale["order"].updated_at = moment
        receipts.append((moment, sale["order"], [payment], [_item(line, line.quantity)]))
    Payment.objects.bulk_create(payments)
    RefundLine.objects.bulk_create(
        RefundLine(
            payment=r["payment"],
            line=r["line"],
            quantity=r["line"].quantity,
            amount_cents=r["payment"].amount_cents,
        )
        for r in refunds
    )
    OrderLine.objects.bulk_update([r["line"] for r in refunds], ["refunded_quantity"])
    orders = list({r["sale"]["order"].pk: r["sale"]["order"] for r in refunds}.values())
    Order.objects.bulk_update(orders, ["refunded_cents", "updated_at"])
    return receipts


def _write_receipts(history: _History, receipts: list[tuple]) -> None:
    """The day's receipts in the order they were issued, numbered in the year's series."""
    receipts.sort(key=lambda r: r[0])
    written = Receipt.objects.bulk_create(
        _receipt(history, order, payments, items, moment)
        for moment, order, payments, items in receipts
    )
    Receipt.payments.through.objects.bulk_create(
        Receipt.payments.through(receipt_id=receipt.pk, payment_id=payment.pk)
        for receipt, (_m, _o, payments, _i) in zip(written, receipts, strict=True)
        for payment in payments
    )


def _cash_in(payments: list[Payment]) -> int:
    return sum(p.signed_cents for p in payments if p.method == Payment.Method.CASH)


@transaction.atomic
def load_sales_history(rng: random.Random, setup: dict, staff: dict, *, today: dt.date) -> int:
    """The business days of the month before `today`, each opened, sold on and closed with
    its Z report (two of them with a difference explained); returns the orders written.
    Nothing is written when the register has days already."""
    register = setup["register"]
    if register.days.exists():
        return 0
    history = _History(rng, setup, staff)
    days = _business_days(today)
    differing = dict(
        zip(rng.sample(range(len(days)), min(2, len(days))), DIFFERENCES, strict=False)
    )
    written = 0
    for index, (day, opens, closes) in enumerate(days):
        register_day = register_day_open(
            register=register,
            opening_float_cents=OPENING_FLOAT,
            by=history.agent(opens),
            now=_utc(opens - dt.timedelta(minutes=15)),
        )
        sales = _orders_of_day(rng, day, opens, closes, history.catalogue)
        receipts = _write_sales(history, register_day, sales)
        refunds = _refunds_of_day(history, index, day)
        receipts += _write_refunds(history, register_day, refunds, opens, closes)
        _write_receipts(history, receipts)
        _plan_refunds(history, index, days, sales)
        payments = [p for sale in sales for p in sale["payments"]]
        payments += [r["payment"] for r in refunds]
        difference, explanation = differing.get(index, (0, ""))
        register_day_close(
            day=register_day,
            counted_cash_cents=OPENING_FLOAT + _cash_in(payments) + difference,
            explanation=explanation,
            by=history.staff["mikko"],
            now=_utc(closes + dt.timedelta(minutes=20)),
        )
        written += len(sales)
    history.series_store()
    return written
