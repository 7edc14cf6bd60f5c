"""Buying online (docs/commerce.md, "Online payments"): the products sold online, an order
for the name and e-mail given, payment at the provider, and the signed return and callback
that settle it once. Works without JavaScript."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from luukku.commerce.models import CustomerGroup, OnlinePayment, Order
from luukku.commerce.paytrail.protocol import SignatureError
from luukku.commerce.paytrail.provider import ProviderError
from luukku.commerce.selectors.pricing import products_on_sale
from luukku.commerce.services.online import (
    UnknownPayment,
    online_payment_settle,
    provider_configured,
)
from luukku.commerce.services.shop import online_order_place
from luukku.core.ratelimit import retry_after
from luukku.core.service_errors import form_errors_add

from .online_pay import allow_provider, pay_redirect, payment_returned
from .views import _retry_after


class ShopForm(forms.Form):
    first_name = forms.CharField(label=gettext_lazy("First name"), max_length=100)
    last_name = forms.CharField(label=gettext_lazy("Last name"), max_length=100)
    email = forms.EmailField(
        label=gettext_lazy("E-mail"),
        help_text=gettext_lazy("The receipt and the order's link are sent here."),
    )

    def __init__(self, *args, offers=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.offers = offers
        for offer in offers:
            self.fields[f"q_{offer.product.pk}"] = forms.IntegerField(
                label=offer.product.name, min_value=0, max_value=99, initial=0, required=False
            )

    def product_fields(self):
        """(offer, its quantity field) for the template."""
        return [(offer, self[f"q_{offer.product.pk}"]) for offer in self.offers]

    def quantities(self) -> dict[int, int]:
        return {o.product.pk: self.cleaned_data.get(f"q_{o.product.pk}") or 0 for o in self.offers}


def _offers():
    return products_on_sale(group=CustomerGroup.RESIDENT, on=timezone.localdate(), online=True)


@require_http_methods(["GET", "POST"])
def shop(request):
    offers = _offers()
    form = ShopForm(request.POST or None, offers=offers)
    context = {"form": form, "offers": offers, "online": provider_configured() is not None}
    if request.method == "GET":
        return render(request, "public/shop/shop.html", context)
    wait = retry_after(request, group="public:shop", rate=settings.SHOP_ORDER_RATE_LIMIT, key="ip")
    if wait:
        form.add_error(None, _("Too many orders from here; try again in a while."))
        return _retry_after(render(request, "public/shop/shop.html", context, status=429), wait)
    if form.is_valid():
        data = form.cleaned_data
        try:
            order = online_order_place(
                quantities=form.quantities(),
                first_name=data["first_name"],
                last_name=data["last_name"],
                email=data["email"],
                language=get_language(),
            )
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            return HttpResponseRedirect(reverse("public:shop_order", args=[order.token]))
    return render(request, "public/shop/shop.html", context, status=400)


def _order_or_404(token: str) -> Order:
    order = Order.objects.filter(token=token, channel=Order.Channel.ONLINE).first()
    if order is None:
        raise Http404
    return order


def _order_page(request, order, *, error="", status=200):
    attempt = order.online_payments.order_by("-created_at", "-pk").first()
    return allow_provider(
        render(
            request,
            "public/shop/order.html",
            {
                "order": order,
                "lines": list(order.lines.select_related("product")),
                "attempt": attempt,
                "failed": attempt is not None and attempt.status == OnlinePayment.Status.FAIL,
                "online": provider_configured() is not None,
                "error": error,
            },
            status=status,
        )
    )


@require_GET
def shop_order(request, token: str):
    return _order_page(request, _order_or_404(token))


@require_POST
def shop_pay(request, token: str):
    order = _order_or_404(token)
    return pay_redirect(
        request,
        order,
        return_path=reverse("public:shop_return", args=[order.token]),
        page=lambda error, status: _order_page(request, order, error=error, status=status),
    )


@require_GET
def shop_return(request, token: str):
    """The payer back from the provider: believed only with its signature."""
    order = _order_or_404(token)
    if not payment_returned(request):
        error = _(
            "The payment's return could not be verified. If you paid, the receipt comes by e-mail."
        )
        return _order_page(request, order, error=error, status=400)
    order.refresh_from_db()
    return _order_page(request, order)


@require_GET
def shop_callback(request):
    """The provider's own call; answered 200 once it is settled (or had been)."""
    provider = provider_configured()
    if provider is None:
        raise Http404
    try:
        online_payment_settle(provider=provider, params=request.GET, callback=True)
    except UnknownPayment:
        # Signed by the provider but about nothing of ours (a refund's callback before its
        # answer was recorded): nothing to do, and nothing to send again.
        return HttpResponse("ok", content_type="text/plain")
    except (SignatureError, ValidationError, ProviderError):
        return HttpResponse("refused", status=400, content_type="text/plain")
    return HttpResponse("ok", content_type="text/plain")
