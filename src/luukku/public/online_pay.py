"""Paying an order online from a citizen page (the shop's order, a booking, a course
registration): the page's *Pay* form may go to the provider, *Pay* starts an attempt and
sends the payer there, and the signed return settles it (docs/commerce.md, "Online
payments"). Each page says the outcome in its own words."""

from collections.abc import Callable
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext as _

from luukku.commerce.paytrail.protocol import SignatureError
from luukku.commerce.paytrail.provider import ProviderError
from luukku.commerce.services.online import (
    online_payment_settle,
    online_payment_start,
    provider_configured,
)

# Paytrail's hosted payment page, where a provider-chosen *Pay* form may post.
PAYTRAIL_PAY_ORIGIN = "https://pay.paytrail.com"


def allow_provider(response):
    """Let the page's *Pay* form be redirected to the payment provider (form-action)."""
    parts = urlsplit(settings.PAYTRAIL_BASE_URL)
    origins = ["'self'", PAYTRAIL_PAY_ORIGIN]
    if parts.scheme and parts.netloc:
        origins.append(f"{parts.scheme}://{parts.netloc}")
    response._csp_update = {"form-action": origins}
    return response


def pay_redirect(
    request, order, *, return_path: str, page: Callable[[str, int], HttpResponse]
) -> HttpResponse:
    """Start paying `order`'s balance and send the payer to the provider; `page(error,
    status)` is the page again saying why not (nothing was paid)."""
    provider = provider_configured()
    if provider is None or order is None:
        return page(_("Online payment is not in use."), 400)
    try:
        href = online_payment_start(
            order=order,
            provider=provider,
            return_url=request.build_absolute_uri(return_path),
            callback_url=request.build_absolute_uri(reverse("public:shop_callback")),
        )
    except ValidationError as error:
        return page(" ".join(error.messages), 400)
    except ProviderError:
        return page(
            _("The payment service could not be reached. Nothing was paid; try again."), 502
        )
    return HttpResponseRedirect(href)


def payment_returned(request) -> bool:
    """The payer back from the provider, believed only with its signature: settled, or
    False when the return could not be verified. Not found while online payment is off."""
    provider = provider_configured()
    if provider is None:
        raise Http404
    try:
        online_payment_settle(provider=provider, params=request.GET)
    except (SignatureError, ValidationError, ProviderError):
        return False
    return True
