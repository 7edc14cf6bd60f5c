"""The city hall point's counter sales (docs/commerce.md, "Demo data and accounting export"):
the products of `sales_data` with their prices and VAT history, the builder's package with
its three parts, the point's cash register, a month of sales before the demo's day and
today's register day open.

The month is written in bulk (`sales_history`); today's two sales are made through the
services, at the moment of loading, as the counter would.
"""

import datetime as dt
from decimal import Decimal

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from luukku.commerce.models import Order, Price, Product, ProductPart, Register, VatRate
from luukku.commerce.services.cash import register_day_open
from luukku.commerce.services.orders import order_line_add, order_start
from luukku.commerce.services.payments import Tender, counter_pay
from luukku.organisation.models import Department, ServicePoint

from . import sales_data as data
from .city import HELSINKI, add_translations
from .sales_history import OPENING_FLOAT, load_sales_history

__all__ = ["load_sales_history", "load_sales_setup", "load_sales_today"]

REGISTER_NAME = "Kassa 1"


@transaction.atomic
def load_sales_setup(point: ServicePoint, services: dict) -> dict:
    """The products with their prices and VAT rates, the builder's package with its parts,
    and the point's register (all matched on their codes and names)."""
    products = {}
    for code, kind, vat, (account, centre), service, online, names, prices in data.PRODUCTS:
        fields = {"kind": kind, "cost_centre": centre, "account": account}
        fields |= {"service": services.get(service), "sold_online": online, "active": True}
        fields["sort_order"] = len(products) * 10
        add_translations(fields, "name", names)
        products[code] = _product(code, fields, vat, prices)
    code, names, descriptions, prices = data.PACKAGE
    fields = {"kind": Product.Kind.PACKAGE, "cost_centre": data.PLANS[1]}
    fields |= {"account": data.PLANS[0], "service": services.get("builder-package")}
    fields |= {"sold_online": True, "active": True, "sort_order": 5}
    add_translations(fields, "name", names)
    add_translations(fields, "description", descriptions)
    package = _product(code, fields, "authority", prices)
    department = Department.objects.get(code=data.PACKAGE_DEPARTMENT)
    for position, (names, days) in enumerate(data.PACKAGE_PARTS):
        fields = {"department": department, "days": days}
        add_translations(fields, "name", names)
        ProductPart.objects.update_or_create(product=package, position=position, defaults=fields)
    register, _ = Register.objects.update_or_create(
        service_point=point, name=REGISTER_NAME, defaults={"active": True}
    )
    return {"products": products, "package": package, "register": register, "point": point}


def _product(code: str, fields: dict, vat: str, prices: dict) -> Product:
    product, _ = Product.objects.update_or_create(code=code, defaults=fields)
    for valid_from, percent, vat_code in data.VAT[vat]:
        VatRate.objects.update_or_create(
            product=product,
            valid_from=valid_from,
            defaults={"percent": Decimal(percent), "vat_code": vat_code},
        )
    for group, (old, new) in prices.items():
        if old == new:
            periods = ((data.FOREVER, None, new),)
        else:
            before = data.NEW_PRICES - dt.timedelta(days=1)
            periods = ((data.FOREVER, before, old), (data.NEW_PRICES, None, new))
        for valid_from, valid_until, cents in periods:
            Price.objects.update_or_create(
                product=product,
                group=group,
                valid_from=valid_from,
                defaults={"amount_cents": cents, "valid_until": valid_until},
            )
    return product


@transaction.atomic
def load_sales_today(setup: dict, staff: dict, *, now: dt.datetime) -> None:
    """Today's register day open since half an hour ago, with two sales through the
    counter's services: a senior pass and a series card paid half in cash and half by card,
    and a bus card top-up in cash with change."""
    register = setup["register"]
    today = timezone.localdate(now)
    if register.days.filter(Q(closed_at__isnull=True) | Q(business_date=today)).exists():
        return
    start = dt.datetime.combine(today, dt.time(0), tzinfo=HELSINKI)
    opened = max(start, now - dt.timedelta(minutes=30))
    day = register_day_open(
        register=register, opening_float_cents=OPENING_FLOAT, by=staff["aino"], now=opened
    )
    products = setup["products"]
    for minutes, group, codes, tenders in (
        (20, "senior", ("SENIORI", "UH-10"), (("cash", 5000, 5000), ("card", None, None))),
        (8, "resident", ("BUS-ARVO20",), (("cash", None, 5000),)),
    ):
        moment = max(opened, now - dt.timedelta(minutes=minutes))
        order = order_start(
            channel=Order.Channel.COUNTER,
            by=staff["aino"],
            service_point=setup["point"],
            group=group,
            proof_seen=True,
            now=moment,
        )
        for code in codes:
            order_line_add(order=order, product=products[code], now=moment)
        order.refresh_from_db()
        rest = order.total_cents - sum(amount or 0 for _m, amount, _t in tenders)
        counter_pay(
            order=order,
            day=day,
            tenders=[
                Tender(method, amount or rest, tendered_cents=given)
                if method == "cash"
                else Tender(method, amount or rest, terminal_receipt="004211")
                for method, amount, given in tenders
            ],
            by=staff["aino"],
            now=moment,
        )
