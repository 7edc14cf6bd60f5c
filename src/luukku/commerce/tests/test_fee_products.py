"""A fee product kept from another app's form: created with its prices and VAT, changed
from a day on without touching the orders made before."""

import datetime as dt
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from ..models import CustomerGroup, Price, Product
from ..selectors.pricing import price_for, vat_for
from ..services.orders import order_line_add, order_place, order_start
from ..services.products import fee_product_save

pytestmark = pytest.mark.django_db

NAMES = {"fi": "Espanjan alkeet – kurssimaksu", "sv": "Spanska – kursavgift", "en": ""}
AUG = dt.date(2026, 3, 10)  # the clock fixture's day


def _save(product=None, *, on=AUG, **changes):
    fields = {
        "product": product,
        "code": "KO-101",
        "names": NAMES,
        "prices": {CustomerGroup.RESIDENT: 6000, CustomerGroup.SENIOR: 3000},
        "vat_percent": "0.0",
        "on": on,
    }
    return fee_product_save(**{**fields, **changes})


def test_a_fee_product_is_made_with_its_prices_and_vat():
    product = _save()

    assert product.kind == Product.Kind.FEE and product.sold_online and product.active
    assert price_for(product, CustomerGroup.RESIDENT, AUG).amount_cents == 6000
    assert price_for(product, CustomerGroup.SENIOR, AUG).amount_cents == 3000
    assert price_for(product, CustomerGroup.STUDENT, AUG).group == CustomerGroup.RESIDENT
    vat = vat_for(product, AUG)
    assert vat.percent == Decimal("0.0") and vat.vat_code == "VEROTON"
    with translation.override("sv"):
        assert product.name == "Spanska – kursavgift"
    with translation.override("en"):
        assert product.name == "Espanjan alkeet – kurssimaksu"


def test_a_later_fee_leaves_the_orders_made_before_as_they_were(clock, point, agent):
    product = _save()
    order = order_start(channel="counter", by=agent, service_point=point)
    order_line_add(order=order, product=product)
    order = order_place(order=order, by=agent)
    later = AUG + dt.timedelta(days=5)

    _save(
        product,
        on=later,
        prices={CustomerGroup.RESIDENT: 7000, CustomerGroup.SENIOR: None},
        vat_percent="13.5",
    )

    order.refresh_from_db()
    assert order.total_cents == 6000 and order.lines.get().unit_price_cents == 6000
    assert price_for(product, CustomerGroup.RESIDENT, AUG).amount_cents == 6000
    assert price_for(product, CustomerGroup.RESIDENT, later).amount_cents == 7000
    assert price_for(product, CustomerGroup.SENIOR, later).group == CustomerGroup.RESIDENT
    assert vat_for(product, AUG).percent == 0 and vat_for(product, later).percent == Decimal("13.5")
    assert Price.objects.get(product=product, group="resident", valid_from=AUG).valid_until == (
        later - dt.timedelta(days=1)
    )


def test_a_fee_changed_the_same_day_is_corrected_in_place():
    product = _save()
    _save(product, prices={CustomerGroup.RESIDENT: 6500})

    assert Price.objects.filter(product=product, group="resident").count() == 1
    assert price_for(product, CustomerGroup.RESIDENT, AUG).amount_cents == 6500
    # A group left out keeps its price.
    assert price_for(product, CustomerGroup.SENIOR, AUG).amount_cents == 3000


def test_a_fee_without_a_full_price_or_vat_is_refused_and_nothing_is_made():
    with pytest.raises(ValidationError) as error:
        _save(prices={CustomerGroup.RESIDENT: None}, vat_percent="7")

    assert set(error.value.message_dict) == {"prices", "vat_percent"}
    assert not Product.objects.exists()
