"""Money that came too late: an online payment that settled after its order was cancelled
(a booking's hold lapsed, a course was cancelled) or paid otherwise is never applied to the
order; the worker gives it back to the payer's account through the provider and tells the
citizen (docs/commerce.md, "Online payments")."""

import datetime as dt
import logging

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override

from luukku.cases.models import OutboundMail
from luukku.cases.notifications import mail_queue
from luukku.core.locks import in_transaction, row_lock

from ..models import OnlinePayment
from ..paytrail.provider import PaymentProvider, ProviderError, RefundRequest
from ..templatetags.commerce_labels import euros
from .orders import order_event

log = logging.getLogger(__name__)


def online_late_refund(
    *, attempt: OnlinePayment, provider: PaymentProvider, now: dt.datetime | None = None
) -> bool:
    """Give a late payment back in full. True when the provider took the refund; False
    when it refused or could not be reached (the payment stays to be refunded and the
    worker tries again). The refund's stamp is derived from the payment's, so the provider
    refuses a second refund of the same payment."""
    now = now or timezone.now()
    if attempt.status != OnlinePayment.Status.LATE:
        return False
    order = attempt.order
    request = RefundRequest(
        refund_stamp=f"late-{attempt.stamp}"[:64],
        refund_reference=order.number,
        amount_cents=attempt.amount_cents,
        callback_success_url=_callback_url(),
        callback_cancel_url=_callback_url(),
        email=order.contact_email,
    )
    try:
        result = provider.refund(attempt.transaction_id, request)
    except ProviderError:
        log.warning("The payment service could not refund late payment %s", attempt.stamp)
        return False
    if result.status not in ("ok", "pending"):
        log.warning("The payment service refused to refund late payment %s", attempt.stamp)
        return False
    return _late_refund_record(attempt.pk, result.transaction_id, now)


@in_transaction
def _late_refund_record(pk: int, transaction_id: str, now: dt.datetime) -> bool:
    attempt = row_lock(OnlinePayment, pk)
    if attempt.status != OnlinePayment.Status.LATE:
        return False
    attempt.status = OnlinePayment.Status.REFUNDED
    attempt.refund_transaction_id = transaction_id
    attempt.refunded_at = now
    attempt.save(update_fields=["status", "refund_transaction_id", "refunded_at"])
    order = attempt.order
    order_event(order, "late_refunded", now=now, amount_cents=attempt.amount_cents)
    if order.case is not None:
        # To the address given with the order (the case's), in the citizen's language.
        with override(order.language):
            subject = _("Your payment for order %(number)s was returned") % {"number": order.number}
            body = _(
                "Your payment of %(amount)s for order %(number)s arrived after the order "
                "had been closed, so it was not taken. It has been returned to the account "
                "it came from; the bank may take a few days to show it."
            ) % {"amount": euros(attempt.amount_cents), "number": order.number}
        mail_queue(order.case, kind=OutboundMail.Kind.RECEIPT, subject=subject, body=body)
    return True


def online_late_refunds_run(now: dt.datetime | None = None) -> int:
    """The worker's round: refund every late payment; how many the provider took."""
    from .online import provider_configured

    provider = provider_configured()
    if provider is None:
        return 0
    done = 0
    late = OnlinePayment.objects.filter(status=OnlinePayment.Status.LATE).select_related(
        "order__case"
    )
    for attempt in late.order_by("settled_at", "pk"):
        # Each refund is its own unit: one the provider refuses stops no other.
        done += online_late_refund(attempt=attempt, provider=provider, now=now)
    return done


def _callback_url() -> str:
    return settings.SITE_URL + reverse("public:shop_callback")
