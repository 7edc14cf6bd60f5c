"""A receipt by e-mail, to the address the customer gives for it."""

import datetime as dt

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override

from luukku.cases.models import Channel, OutboundMail
from luukku.cases.notifications import mail_queue
from luukku.cases.services.handling import case_resolve_at_first_contact
from luukku.cases.services.intake import case_create_for_contact
from luukku.core.locks import in_transaction, row_lock

from ..models import Order, Payment, Receipt


def receipt_context(receipt: Receipt) -> dict:
    content = receipt.content
    payments = [
        {**p, "label": Payment.Method(p["method"]).label} for p in content.get("payments", [])
    ]
    return {
        "receipt": content,
        "payments": payments,
        "issued_at": dt.datetime.fromisoformat(content["issued_at"]),
    }


def receipt_text(receipt: Receipt, language: str) -> str:
    with override(language):
        return render_to_string("commerce/receipt.txt", receipt_context(receipt))


def _case_for(order: Order, email: str, by, now):
    """The order's case when the customer gave this address on it; otherwise a counter
    contact opened for the address given now (the receipt goes only there)."""
    if order.case is not None and order.case.contact_email.lower() == email.lower():
        return order.case
    services = [line.product.service for line in order.lines.select_related("product__service")]
    service = next((s for s in services if s is not None), None)
    if service is None:
        raise ValidationError(_("This sale has no service to record the e-mail under."))
    case = case_create_for_contact(
        email=email,
        language=order.language,
        context="receipt_email",
        service=service,
        channel=Channel.COUNTER,
        subject=_("Receipt of order %(number)s") % {"number": order.number},
        author=by,
        service_point=order.service_point,
        received_at=now,
    )
    case_resolve_at_first_contact(case=case, actor=by, context="receipt_email", at=now)
    if order.case_id is None:
        order.case = case
        order.save(update_fields=["case", "updated_at"])
    return case


@in_transaction
def receipt_email(
    *, receipt: Receipt, email: str, by, language: str = "", now: dt.datetime | None = None
) -> OutboundMail:
    """Send the receipt to the address given, in the language chosen (and keep where it
    went)."""
    now = now or timezone.now()
    email = (email or "").strip()
    try:
        validate_email(email)
    except ValidationError as error:
        raise ValidationError({"email": _("Enter a valid e-mail address.")}) from error
    order = row_lock(Order, receipt.order_id)
    case = _case_for(order, email, by, now)
    language = language or order.language
    with override(language):
        subject = _("Receipt %(number)s") % {"number": receipt.number}
    mail = mail_queue(
        case, kind=OutboundMail.Kind.RECEIPT, subject=subject, body=receipt_text(receipt, language)
    )
    Receipt.objects.filter(pk=receipt.pk).update(emailed_to=email)
    return mail
