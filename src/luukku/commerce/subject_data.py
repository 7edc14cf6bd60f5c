"""What sales hold of a person, for the data-subject export and erasure (registered with
`privacy.subjects` by `CommerceConfig.ready`).

An order keeps the name and addresses given for it and a link to the customer; a discount
proof keeps its kind and validity. On erasure (or with the order's case) the order forgets
the person — its lines, payments and receipts stay, since the Accounting Act keeps the sales
records — and the proofs are deleted. An invoice is an accounting document kept as issued
with its buyer (docs/commerce.md, "Privacy")."""

from django.db import transaction
from django.db.models import Q

from luukku.privacy.subjects import ExportPart

from .models import DiscountProof, Order


def _of(customer) -> Q:
    return Q(customer=customer) | Q(customer__merged_into=customer)


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def orders_export(customer) -> ExportPart:
    orders = Order.objects.filter(_of(customer)).prefetch_related("lines").order_by("created_at")
    rows = [
        {
            "number": order.number,
            "channel": order.get_channel_display(),
            "status": order.get_status_display(),
            "customer_group": order.get_group_display(),
            "name_given": order.contact_name,
            "email_given": order.contact_email,
            "phone_given": order.contact_phone,
            "lines": [
                {
                    "product": line.name,
                    "quantity": line.quantity,
                    "unit_price_cents": line.unit_price_cents,
                }
                for line in order.lines.all()
            ],
            "total_cents": order.total_cents,
            "paid_cents": order.paid_cents,
            "refunded_cents": order.refunded_cents,
            "created_at": _iso(order.created_at),
            "paid_at": _iso(order.paid_at),
        }
        for order in orders
    ]
    return ExportPart(rows=rows)


def proofs_export(customer) -> ExportPart:
    proofs = DiscountProof.objects.filter(_of(customer)).order_by("checked_at")
    return ExportPart(
        rows=[
            {
                "proof": proof.get_kind_display(),
                "valid_until": proof.valid_until.isoformat(),
                "checked_at": _iso(proof.checked_at),
            }
            for proof in proofs
        ]
    )


def _forget(orders) -> int:
    return orders.update(
        customer=None, proof=None, contact_name="", contact_email="", contact_phone=""
    )


@transaction.atomic(savepoint=False)
def customer_orders_anonymise(customer) -> int:
    """On erasure: the person's orders forget them; their proofs are deleted."""
    count = _forget(Order.objects.filter(_of(customer)))
    deleted, _rows = DiscountProof.objects.filter(_of(customer)).delete()
    return count + deleted


@transaction.atomic(savepoint=False)
def case_orders_anonymise(case_id: int) -> None:
    """With its case: the case's orders forget the person."""
    _forget(Order.objects.filter(case_id=case_id))
