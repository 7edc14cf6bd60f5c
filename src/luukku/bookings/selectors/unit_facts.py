"""What a unit's page tells a citizen before booking: the price for each customer group (per
hour or per booking, free for the city's own units) and the week's opening hours with its
closed days (public holidays and the service point's exceptional days)."""

import datetime as dt
from dataclasses import dataclass

from luukku.commerce.models import CustomerGroup
from luukku.commerce.selectors.pricing import price_for, prices_by_group

from ..models import Unit
from .reservations import unit_hours


@dataclass(frozen=True)
class GroupPrice:
    label: str
    cents: int


@dataclass(frozen=True)
class OpenDay:
    day: dt.date
    periods: tuple
    closed: bool


def unit_prices(unit: Unit, on: dt.date) -> list[GroupPrice]:
    """The groups with a price of their own, the resident's (everyone else's) first; the
    city's internal customers book free of charge. Empty for a free unit."""
    if unit.product_id is None:
        return []
    prices = []
    found = prices_by_group(unit.product, on)
    for group in CustomerGroup:
        if group == CustomerGroup.INTERNAL:
            continue
        price = found.get(group)
        if price is not None and (price.group == group or group == CustomerGroup.RESIDENT):
            prices.append(GroupPrice(group.label, price.amount_cents))
    if prices:
        prices.append(GroupPrice(CustomerGroup.INTERNAL.label, 0))
    return prices


def unit_week(unit: Unit, day: dt.date) -> list[OpenDay]:
    """The opening hours of the week (Monday to Sunday) that `day` is in."""
    hours = unit_hours(unit)
    monday = day - dt.timedelta(days=day.weekday())
    week = []
    for offset in range(7):
        one = monday + dt.timedelta(days=offset)
        periods = tuple(sorted(hours.periods(one)))
        week.append(OpenDay(one, periods, not periods))
    return week


def unit_facts(unit: Unit, day: dt.date) -> dict:
    deposit = price_for(unit.deposit_product, CustomerGroup.RESIDENT, day) if (
        unit.deposit_product_id
    ) else None  # fmt: skip
    return {
        "prices": unit_prices(unit, day),
        "per_hour": unit.pricing == Unit.Pricing.HOUR,
        "deposit_cents": deposit.amount_cents if deposit else 0,
        "week": unit_week(unit, day),
    }
