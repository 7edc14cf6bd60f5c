"""A customer's orders and discount proofs, as their record shows them."""

import datetime as dt

from django.db.models import Count, F, Sum

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


def customer_amount_due(customer) -> tuple[int, int]:
    """What the customer still owes: the number of their orders waiting for payment (placed
    or invoiced, not fully paid) and the amount left on them, in cents."""
    due = Order.objects.filter(
        customer=customer,
        status__in=(Order.Status.OPEN, Order.Status.INVOICED),
        total_cents__gt=F("paid_cents"),
    ).aggregate(orders=Count("pk"), cents=Sum(F("total_cents") - F("paid_cents")))
    return due["orders"], due["cents"] or 0
