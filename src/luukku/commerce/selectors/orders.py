"""A customer's orders and discount proofs, as their record shows them."""

import datetime as dt

from ..models import DiscountProof, Order


def customer_orders(customer, *, limit: int = 20) -> list[Order]:
    """The customer's latest orders (not drafts), newest first."""
    return list(
        Order.objects.filter(customer=customer)
        .exclude(status=Order.Status.DRAFT)
        .order_by("-created_at", "-pk")[:limit]
    )


def customer_proofs(customer, on: dt.date) -> list[DiscountProof]:
    """The customer's discount proofs still valid on the day."""
    return list(customer.discount_proofs.filter(valid_until__gte=on).order_by("valid_until"))
