"""The city hall's key register in miniature, for the tests."""

import datetime as dt
from decimal import Decimal
from types import SimpleNamespace

from luukku.commerce.models import CustomerGroup, Price, Product, RegisterDay, VatRate
from luukku.customers.models import Customer

from ..models import Area, Building, Key, KeySeries
from ..services import Deposit, access_right_add, key_lend, key_report_lost, key_return


def deposit_product(*, code: str = "AVAINPANTTI", cents: int = 5000) -> Product:
    """A key deposit: the same price for every group that pays one, no VAT (a deposit is
    not a sale)."""
    product = Product.objects.create(
        code=code,
        name="Avainpantti",
        name_fi="Avainpantti",
        name_sv="Nyckeldeposition",
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


def counted_register(point, service, agent, now) -> SimpleNamespace:
    """The register the pages' query counts are taken on (web/tests/test_query_counts.py):
    the council chamber's key lent to a chess club with its deposit paid at the point's
    open register day, a copy in store, a card lent to an employee with two rights, a key
    returned and one lost with its lock change."""
    building = city_hall(service=service, service_point=point)
    deposit = deposit_product()
    chamber = series(building, code="KT-3", areas=("PO", "VS"), deposit=deposit)
    cards = series(
        building, code="KK", kind=KeySeries.Kind.CARD, areas=("PO", "K2"), deposit=deposit
    )
    club = Customer.objects.create(kind="organisation", organisation_name="Shakkikerho ry")
    day = RegisterDay.objects.get(register__service_point=point, closed_at__isnull=True)
    common = {"contact_name": "Aino", "contact_email": "aino@example.fi", "by": agent, "now": now}
    club_loan = {"holder_kind": "association", "customer": club, "purpose": "Kerho"}
    lent = key_lend(
        key=key(chamber, 1),
        due_on=now.date() + dt.timedelta(days=30),
        deposit=Deposit("counter", day=day),
        **club_loan,
        **common,
    )
    back = key_lend(
        key=key(chamber, 2), due_on=now.date(), deposit=Deposit("open"), **club_loan, **common
    )
    key_return(loan=back, by=agent, now=now)
    lost = key_lend(
        key=key(chamber, 3), due_on=now.date(), deposit=Deposit("open"), **club_loan, **common
    )
    key_report_lost(loan=lost, by=agent, note="Kadonnut", now=now)
    card = key(cards, 1)
    for area in building.areas.all()[:2]:
        access_right_add(
            card=card,
            area=area,
            weekdays="12345",
            starts=dt.time(7),
            ends=dt.time(17),
            valid_from=now.date(),
            by=agent,
            now=now,
        )
    key_lend(key=card, holder_kind="employee", employee=agent, purpose="Työ", by=agent, now=now)
    return SimpleNamespace(lent=lent, in_store=key(chamber, 4), card=card)
