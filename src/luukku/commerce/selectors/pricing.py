"""What a product costs, for whom and on which day, and what the counter sells."""

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Q

from ..models import CustomerGroup, DiscountProof, Price, Product, VatRate


def price_for(product: Product, group: str, on: dt.date) -> Price | None:
    """The group's price valid on the day; a group without a price of its own pays the
    resident's."""
    prices = Price.objects.filter(product=product, valid_from__lte=on).filter(
        Q(valid_until__isnull=True) | Q(valid_until__gte=on)
    )
    for wanted in dict.fromkeys([group, CustomerGroup.RESIDENT]):
        price = prices.filter(group=wanted).order_by("-valid_from").first()
        if price is not None:
            return price
    return None


def prices_by_group(product: Product, on: dt.date) -> dict[str, Price]:
    """Each group's price valid on the day (as `price_for` gives it), in one query."""
    prices = list(
        Price.objects.filter(product=product, valid_from__lte=on).filter(
            Q(valid_until__isnull=True) | Q(valid_until__gte=on)
        )
    )
    found = {group: _price_among(prices, group, on) for group in CustomerGroup.values}
    return {group: price for group, price in found.items() if price is not None}


def vat_for(product: Product, on: dt.date) -> VatRate | None:
    """The VAT rate in force for the product on the day."""
    return product.vat_rates.filter(valid_from__lte=on).order_by("-valid_from").first()


def vat_of(gross_cents: int, percent: Decimal) -> int:
    """The VAT included in a gross amount, to the cent (half up)."""
    vat = Decimal(gross_cents) * percent / (Decimal(100) + percent)
    return int(vat.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def vat_rows(gross_by_rate: dict[str, int]) -> list[dict]:
    """VAT per rate (highest first) of the gross amounts sold at each: with VAT, the VAT in
    it, and without VAT, in cents — as a receipt and a register's report show them."""
    rows = []
    for percent in sorted(gross_by_rate, key=Decimal, reverse=True):
        gross = gross_by_rate[percent]
        vat = vat_of(gross, Decimal(percent))
        rows.append(
            {
                "vat_percent": percent,
                "gross_cents": gross,
                "vat_cents": vat,
                "net_cents": gross - vat,
            }
        )
    return rows


@dataclass(frozen=True)
class Offer:
    """A product as the counter offers it to a customer group today."""

    product: Product
    price_cents: int
    group: str
    vat_percent: Decimal


def products_on_sale(*, service_point=None, group: str, on: dt.date, online=False) -> list[Offer]:
    """The active products sold at the point (or online) with their price for the group."""
    products = Product.objects.filter(active=True).prefetch_related("prices", "vat_rates")
    if online:
        products = products.filter(sold_online=True)
    if service_point is not None:
        products = products.filter(
            Q(service_points=service_point) | Q(service_points__isnull=True)
        ).distinct()
    offers = []
    for product in products:
        price = _price_among(list(product.prices.all()), group, on)
        vat = next((r for r in product.vat_rates.all() if r.valid_from <= on), None)
        if price is None or vat is None:
            continue
        offers.append(Offer(product, price.amount_cents, price.group, vat.percent))
    return offers


def _price_among(prices: list[Price], group: str, on: dt.date) -> Price | None:
    valid = [
        p for p in prices if p.valid_from <= on and (p.valid_until is None or p.valid_until >= on)
    ]
    for wanted in dict.fromkeys([group, CustomerGroup.RESIDENT]):
        chosen = sorted((p for p in valid if p.group == wanted), key=lambda p: p.valid_from)
        if chosen:
            return chosen[-1]
    return None


# The discount groups that need a proof the agent has checked.
PROOF_GROUPS = set(DiscountProof.GROUPS.values())


def proof_for(customer, group: str, on: dt.date) -> DiscountProof | None:
    """A checked proof of the customer's right to the group's price, valid on the day."""
    if customer is None:
        return None
    kinds = [kind for kind, g in DiscountProof.GROUPS.items() if g == group]
    return (
        DiscountProof.objects.filter(customer=customer, kind__in=kinds, valid_until__gte=on)
        .order_by("-valid_until")
        .first()
    )
