import datetime as dt
from decimal import Decimal

import factory

from ..models import CustomerGroup, Price, Product, ProductPart, Register, VatRate


class ProductFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Product

    code = factory.Sequence(lambda n: f"P{n:04d}")
    name = factory.Sequence(lambda n: f"Tuote {n}")
    name_fi = factory.SelfAttribute("name")
    kind = Product.Kind.GOODS


def product_priced(
    *,
    cents: int,
    vat: str = "13.5",
    group: str = CustomerGroup.RESIDENT,
    since: dt.date = dt.date(2026, 1, 1),
    **fields,
) -> Product:
    """A product with a price for the group and a VAT rate from `since` on."""
    product = ProductFactory(**fields)
    Price.objects.create(product=product, group=group, amount_cents=cents, valid_from=since)
    VatRate.objects.create(product=product, percent=Decimal(vat), valid_from=since)
    return product


class RegisterFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Register

    name = factory.Sequence(lambda n: f"Kassa {n}")


def builders_package(*, service, parts, cents: int = 9000, **fields) -> Product:
    """A builder's package (rakentajapaketti) sold for `cents`, VAT 25.5 %, with `parts`:
    (name, department, expert or None, working days) each."""
    fields.setdefault("code", "RAKPAKETTI")
    fields.setdefault("name", "Rakentajapaketti")
    product = product_priced(
        cents=cents, vat="25.5", kind=Product.Kind.PACKAGE, service=service, **fields
    )
    for position, (name, department, expert, days) in enumerate(parts):
        ProductPart.objects.create(
            product=product,
            name=name,
            name_fi=name,
            department=department,
            expert=expert,
            days=days,
            position=position,
        )
    return product
