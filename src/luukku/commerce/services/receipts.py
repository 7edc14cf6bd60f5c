"""Receipts as the Act on offering a receipt (658/2013) asks: the seller and its
business ID, the date, a unique number, what was sold with its price, VAT per rate and the
total. The content is kept as issued; printing and e-mail show it as it was."""

import datetime as dt
from collections import defaultdict

from django.utils import timezone

from luukku.core.locks import row_lock
from luukku.organisation.models import Organisation

from ..models import NumberSeries, Order, Payment, Receipt
from ..selectors.pricing import vat_rows


def number_next(key: str) -> int:
    """The next number of a series, without gaps (the series' row is locked till commit)."""
    series, _created = NumberSeries.objects.get_or_create(key=key)
    series = row_lock(NumberSeries, series.pk)
    series.last += 1
    series.save(update_fields=["last"])
    return series.last


def _seller(order: Order) -> dict:
    own = Organisation.objects.filter(is_own=True).first()
    point = order.service_point
    seller = {"name": own.name if own else "", "business_id": own.business_id if own else ""}
    if point is not None:
        seller["place"] = point.name
        seller["address"] = f"{point.street_address}, {point.postal_code} {point.post_office}"
    return seller


def _vat_rows(items: list[dict]) -> list[dict]:
    by_rate: dict[str, int] = defaultdict(int)
    for item in items:
        by_rate[item["vat_percent"]] += item["total_cents"]
    return vat_rows(by_rate)


def _items(order: Order, payments: list[Payment]) -> list[dict]:
    refund = payments[0].kind == Payment.Kind.REFUND
    if refund:
        # (A fee kept of a refund leaves the line's amount below its price.)
        lines = [
            (rl.line, rl.quantity, rl.amount_cents)
            for p in payments
            for rl in p.refund_lines.select_related("line__product")
        ]
    else:
        lines = [
            (line, line.quantity, line.total_cents)
            for line in order.lines.select_related("product")
        ]
    return [receipt_item(line, quantity, amount) for line, quantity, amount in lines]


def receipt_item(line, quantity: int, amount: int) -> dict:
    """A line as the receipt keeps it (the demo's history writes the same)."""
    return {
        "name": line.name,
        # The reader's language on the receipt's page and mail (the name as sold kept).
        "names": {
            language: getattr(line.product, f"name_{language}", "") or ""
            for language in ("fi", "sv", "en")
        },
        "quantity": quantity,
        "unit_price_cents": line.unit_price_cents,
        "total_cents": amount,
        "vat_percent": str(line.vat_percent),
    }


def receipt_content(
    *, seller: dict, number: str, order: Order, payments: list[Payment], items, moment
) -> dict:
    """What a receipt holds, as issued (the demo's history writes the same)."""
    return {
        "seller": seller,
        "number": number,
        "issued_at": moment.isoformat(),
        "order": order.number,
        "refund": payments[0].kind == Payment.Kind.REFUND,
        "items": items,
        "vat": _vat_rows(items),
        "total_cents": sum(i["total_cents"] for i in items),
        "payments": [
            {
                "method": p.method,
                "amount_cents": p.amount_cents,
                "tendered_cents": p.tendered_cents,
                "change_cents": p.change_cents,
                "terminal_receipt": p.terminal_receipt,
                "voucher_provider": p.voucher_provider,
            }
            for p in payments
        ],
    }


def receipt_issue(*, order: Order, payments: list[Payment], now: dt.datetime) -> Receipt:
    """The receipt of the payments just taken (or of a refund), numbered in the year's
    series. Called inside the write that took them."""
    local = timezone.localtime(now)
    number = f"{local.year}-{number_next(f'receipt-{local.year}'):06d}"
    content = receipt_content(
        seller=_seller(order),
        number=number,
        order=order,
        payments=payments,
        items=_items(order, payments),
        moment=now,
    )
    receipt = Receipt.objects.create(number=number, order=order, issued_at=now, content=content)
    receipt.payments.set(payments)
    return receipt
