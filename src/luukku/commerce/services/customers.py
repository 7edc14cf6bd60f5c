"""Whom a sale is for: the customer found at the counter (or nobody, for a cash sale),
their customer group, and the discount proofs an agent has checked."""

import datetime as dt

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from luukku.core.locks import in_transaction, row_lock
from luukku.privacy.services import access_log_record

from ..models import CustomerGroup, DiscountProof, Order
from ..selectors.pricing import PROOF_GROUPS, proof_for

# A proof is taken for at most this long (a student card's term, a decision's period).
PROOF_LONGEST = dt.timedelta(days=5 * 366)


@in_transaction
def discount_proof_record(
    *, customer, kind: str, valid_until: dt.date | None, by, now: dt.datetime | None = None
) -> DiscountProof:
    """The agent saw the customer's proof: its kind and until when it is valid are kept
    (never a copy of the document) and reused while valid."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    if kind not in DiscountProof.Kind.values:
        raise ValidationError({"kind": _("Choose the kind of proof.")})
    if valid_until is None or valid_until < today:
        raise ValidationError({"valid_until": _("The proof must be valid today or later.")})
    if valid_until > today + PROOF_LONGEST:
        raise ValidationError({"valid_until": _("A proof is taken for five years at most.")})
    proof = DiscountProof.objects.create(
        customer=customer, kind=kind, valid_until=valid_until, checked_by=by, checked_at=now
    )
    access_log_record(
        actor=by, action="change", context="discount_proof", customer=customer, fields=["proof"]
    )
    return proof


@in_transaction
def order_customer_set(
    *,
    order: Order,
    customer=None,
    group: str = CustomerGroup.RESIDENT,
    proof_seen: bool = False,
    by,
    now: dt.datetime | None = None,
) -> Order:
    """Whom the draft is for and at which group's prices; the lines are priced again."""
    from .orders import order_reprice

    now = now or timezone.now()
    order = row_lock(Order, order.pk)
    if order.status != Order.Status.DRAFT:
        raise ValidationError(_("The order can no longer be changed."))
    if group not in CustomerGroup.values:
        raise ValidationError({"group": _("Choose a customer group.")})
    proof = None
    if group in PROOF_GROUPS:
        proof = proof_for(customer, group, timezone.localdate(now))
        if proof is None and (customer is not None or not proof_seen):
            raise ValidationError(
                {"group": _("Check the customer's proof of the discount before the sale.")}
            )
    order.customer, order.group, order.proof = customer, group, proof
    if customer is not None:
        order.contact_name = order.contact_name or customer.display_name
        order.language = customer.preferred_language or order.language
        access_log_record(actor=by, action="view", context="sale_customer", customer=customer)
    order.save(
        update_fields=["customer", "group", "proof", "contact_name", "language", "updated_at"]
    )
    return order_reprice(order=order, now=now)
