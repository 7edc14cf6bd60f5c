"""Invoices to follow: open, overdue and paid ones, found by number, reference or buyer,
and the bank's payments no invoice was found for."""

import datetime as dt

from django.db.models import Q, QuerySet

from ..invoicing.references import reference_compact
from ..models import BankPayment, Invoice

STATES = ("open", "overdue", "paid", "all")


def invoices_list(*, state: str = "open", query: str = "", today: dt.date) -> QuerySet[Invoice]:
    """Invoices in a state ("open" includes the overdue ones, "overdue" are open past their
    due date), newest first, matching the query (number, reference or buyer's name)."""
    invoices = Invoice.objects.select_related("order")
    if state == "open":
        invoices = invoices.filter(status=Invoice.Status.OPEN)
    elif state == "overdue":
        invoices = invoices.filter(status=Invoice.Status.OPEN, due_on__lt=today)
    elif state == "paid":
        invoices = invoices.filter(status=Invoice.Status.PAID)
    query = query.strip()
    if query:
        compact = reference_compact(query)
        found = Q(buyer__name__icontains=query) | Q(reference=compact) | Q(rf_reference=compact)
        if compact.isdigit() and len(compact) <= 9:
            found |= Q(number=int(compact))
        invoices = invoices.filter(found)
    return invoices.order_by("-number")


def bank_payments_unmatched() -> QuerySet[BankPayment]:
    """Payments from the bank's files that wait for a person to match them, oldest first."""
    return BankPayment.objects.filter(invoice__isnull=True, amount_cents__gt=0).order_by(
        "booked_on", "pk"
    )
