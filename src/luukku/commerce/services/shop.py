"""An order a citizen places online: the products sold online at the resident's price, for
the name and e-mail given (its receipt and messages go there), on a case of its own that
Luukku resolves at once (the order needs no handling)."""

import datetime as dt

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from luukku.cases.models import Channel, Status
from luukku.cases.services.handling import case_change_status
from luukku.cases.services.intake import case_create_for_contact
from luukku.core.locks import in_transaction

from ..models import CustomerGroup, Order, Product
from .orders import order_line_add, order_place, order_start

MAX_LINES = 20


@in_transaction
def online_order_place(
    *,
    quantities: dict[int, int],
    first_name: str,
    last_name: str,
    email: str,
    language: str = "fi",
    now: dt.datetime | None = None,
) -> Order:
    """The citizen's order, open for payment, with a case for the contact given."""
    now = now or timezone.now()
    wanted = {pk: q for pk, q in quantities.items() if q}
    if not wanted:
        raise ValidationError(_("Choose at least one product."))
    if len(wanted) > MAX_LINES:
        raise ValidationError(_("Choose at most %(n)s products at once.") % {"n": MAX_LINES})
    products = {
        p.pk: p for p in Product.objects.filter(pk__in=wanted, active=True, sold_online=True)
    }
    if len(products) != len(wanted):
        raise ValidationError(_("A product you chose is no longer on sale online."))
    first = next(iter(products.values()))
    service = next((p.service for p in products.values() if p.service_id), None)
    if service is None:
        raise ValidationError(_("These products cannot be ordered online."))
    case = case_create_for_contact(
        first_name=first_name,
        last_name=last_name,
        email=email,
        language=language,
        context="shop_order",
        service=service,
        channel=Channel.WEB,
        subject=_("Order: %(product)s") % {"product": first.name},
        received_at=now,
    )
    order = order_start(
        channel=Order.Channel.ONLINE,
        case=case,
        group=CustomerGroup.RESIDENT,
        contact_name=f"{first_name} {last_name}".strip(),
        contact_email=case.contact_email,
        language=language,
        now=now,
    )
    for pk, quantity in wanted.items():
        order_line_add(order=order, product=products[pk], quantity=quantity, now=now)
    order = order_place(order=order, now=now)
    # The order is the contact's record, not work for anyone: Luukku resolves its case (a
    # message from the citizen on the case opens it again).
    case_change_status(case=case, actor=None, status=Status.RESOLVED, context="shop_order", at=now)
    return order
