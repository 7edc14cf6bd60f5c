"""The city hall's key register in miniature, for the tests."""

import datetime as dt
from decimal import Decimal

from luukku.commerce.models import CustomerGroup, Price, Product, VatRate

from ..models import Area, Building, Key, KeySeries


def deposit_product(*, code: str = "AVAINPANTTI", cents: int = 5000) -> Product:
    """A key deposit: the same price for every group that pays one, no VAT (a deposit is
    not a sale)."""
    product = Product.objects.create(
        code=code,
        name="Avainpantti",
        name_fi="Avainpantti",
        name_sv="Nyckelpant",
        name_en="Key deposit",
        kind=Product.Kind.DEPOSIT,
    )
    since = dt.date(2026, 1, 1)
    for group in (CustomerGroup.RESIDENT, CustomerGroup.ASSOCIATION, CustomerGroup.COMPANY):
        Price.objects.create(product=product, group=group, amount_cents=cents, valid_from=since)
    VatRate.objects.create(product=product, percent=Decimal("0"), valid_from=since)
    return product


def city_hall(*, service=None, service_point=None) -> Building:
    building = Building.objects.create(
        code="KT",
        name="Kaupungintalo",
        name_fi="Kaupungintalo",
        name_sv="Stadshuset",
        name_en="City hall",
        service=service,
        service_point=service_point,
    )
    for position, (code, name) in enumerate(
        (("PO", "Pääovi"), ("K2", "2. kerroksen toimistot"), ("VS", "Valtuustosali"))
    ):
        Area.objects.create(
            building=building, code=code, name=name, name_fi=name, position=position
        )
    return building


def series(building, *, code: str, kind=KeySeries.Kind.MECHANICAL, areas=(), deposit=None):
    made = KeySeries.objects.create(
        building=building,
        code=code,
        name=f"Sarja {code}",
        name_fi=f"Sarja {code}",
        kind=kind,
        deposit_product=deposit,
    )
    made.areas.set(building.areas.filter(code__in=areas))
    return made


def key(series_, copy_number: int = 1, **fields) -> Key:
    return Key.objects.create(
        series=series_,
        copy_number=copy_number,
        serial=fields.pop("serial", f"{series_.code}-{copy_number:03d}"),
        **fields,
    )
