"""A fee product kept from another app's form (a course's fee set on the course's page):
created with its names, its prices per customer group and its VAT rate, and changed from a
day on. A change never rewrites history: the price or rate in force ends the day before and
a new row starts on the day (one set the same day is corrected in place), so an order keeps
what its lines copied at the sale, and a report of the past reads the rows of the past."""

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.translation import gettext as _

from luukku.core.locks import in_transaction

from ..models import CustomerGroup, Price, Product, VatRate


@dataclass(frozen=True)
class FeeVat:
    """A VAT class a fee is sold with: its percent and its code in the ledger."""

    percent: Decimal
    code: str


# The classes a fee set outside the admin may have (docs/commerce.md, "Products, prices and
# VAT"): outside VAT (an authority's fee; education by a municipality, VAT Act § 39),
# the reduced rate (admission to cultural and sports events, § 85) and the general rate.
FEE_VATS = {
    "0.0": FeeVat(Decimal("0.0"), "VEROTON"),
    "13.5": FeeVat(Decimal("13.5"), "ALV135"),
    "25.5": FeeVat(Decimal("25.5"), "ALV255"),
}


def _current(rows, on: dt.date):
    return (
        rows.filter(valid_from__lte=on)
        .filter(Q(valid_until__isnull=True) | Q(valid_until__gte=on))
        .order_by("-valid_from")
        .first()
    )


def _price_set(product: Product, group: str, cents: int | None, on: dt.date) -> None:
    """The group's price from `on` (None: the group has none of its own from then)."""
    rows = Price.objects.filter(product=product, group=group)
    current = _current(rows, on)
    later = rows.filter(valid_from__gt=on)
    if current is not None and current.amount_cents == cents and not later.exists():
        return
    later.delete()  # a change planned for later is replaced by this one
    if current is not None:
        if current.valid_from == on:
            current.delete()
        else:
            current.valid_until = on - dt.timedelta(days=1)
            current.save(update_fields=["valid_until"])
    if cents is not None:
        Price.objects.create(product=product, group=group, amount_cents=cents, valid_from=on)


def _vat_set(product: Product, vat: FeeVat, on: dt.date) -> None:
    current = product.vat_rates.filter(valid_from__lte=on).order_by("-valid_from").first()
    product.vat_rates.filter(valid_from__gt=on).delete()
    if current is not None and current.percent == vat.percent:
        return
    VatRate.objects.update_or_create(
        product=product,
        valid_from=on,
        defaults={"percent": vat.percent, "vat_code": vat.code},
    )


@in_transaction
def fee_product_save(
    *,
    product: Product | None,
    code: str,
    names: dict[str, str],
    service=None,
    prices: dict[str, int | None],
    vat_percent: str,
    on: dt.date,
) -> Product:
    """A fee product (`product` None: a new one, code `code`) with its names by language
    (fi required), sold online, its prices in cents VAT included by customer group from
    `on` (None: the group pays the resident's), the resident's required, and its VAT class
    (a key of FEE_VATS) from `on`. Orders already made keep their lines' prices."""
    errors = {}
    if prices.get(CustomerGroup.RESIDENT) is None:
        errors["prices"] = _("Give the full price.")
    elif any(c is not None and c < 0 for c in prices.values()):
        errors["prices"] = _("A price cannot be negative.")
    if any(group not in CustomerGroup.values for group in prices):
        errors["prices"] = _("Choose a customer group.")
    if vat_percent not in FEE_VATS:
        errors["vat_percent"] = _("Choose a VAT rate.")
    if not (names.get("fi") or "").strip():
        errors["names"] = _("Give the name in Finnish.")
    if product is None and Product.objects.filter(code=code).exists():
        errors["code"] = _("A product has this code already.")
    if errors:
        raise ValidationError(errors)
    if product is None:
        product = Product(code=code, kind=Product.Kind.FEE, sold_online=True, active=True)
    else:
        product = Product.objects.get(pk=product.pk)
    for lang in ("fi", "sv", "en"):
        setattr(product, f"name_{lang}", (names.get(lang) or "").strip()[:200] or None)
    if service is not None:
        product.service = service
    product.full_clean()
    product.save()
    for group, cents in prices.items():
        _price_set(product, group, cents, on)
    _vat_set(product, FEE_VATS[vat_percent], on)
    return product
