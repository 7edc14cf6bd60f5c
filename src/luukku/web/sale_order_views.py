"""A sale at the counter, on one page: whom it is for (or nobody), the products at the
customer group's prices, a split payment, then the receipt to print or e-mail, and later a
refund (docs/commerce.md, "At the counter")."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from luukku.commerce.models import Order, Payment, Product, Receipt
from luukku.commerce.paytrail.provider import ProviderError
from luukku.commerce.selectors.cash import open_day, open_registers_at
from luukku.commerce.selectors.pricing import products_on_sale, proof_for
from luukku.commerce.services.customers import discount_proof_record, order_customer_set
from luukku.commerce.services.online import online_refund, provider_configured
from luukku.commerce.services.orders import order_cancel, order_line_add, order_line_remove
from luukku.commerce.services.payments import counter_pay, order_refund
from luukku.commerce.services.receipt_mail import receipt_context, receipt_email
from luukku.core.service_errors import form_errors_add
from luukku.customers.models import Customer
from luukku.customers.selectors import customer_search
from luukku.privacy.services import access_log_list, access_log_record

from .desk_views import front_line_required
from .invoice_forms import invoice_context
from .sale_forms import (
    LineForm,
    PayForm,
    ProofForm,
    ReceiptEmailForm,
    RefundForm,
    SaleCustomerForm,
)
from .sale_views import SESSION_REGISTER


def _order_or_404(number: str) -> Order:
    order = (
        Order.objects.filter(number=number)
        .select_related("customer", "service_point", "proof")
        .first()
    )
    if order is None:
        raise Http404
    return order


def _registers(request, order):
    """The point's registers open for payments (for the forms' choice), the one the agent
    last used if it is among them, and whether there is any."""
    registers = open_registers_at(order.service_point).select_related("service_point")
    ids = [register.pk for register in registers]
    chosen = request.session.get(SESSION_REGISTER)
    return registers, (chosen if chosen in ids else None), bool(ids)


def _customer_matches(request, order):
    query = (request.GET.get("q") or "").strip()
    if not query or order.status != Order.Status.DRAFT:
        return query, []
    found = list(Paginator(customer_search(query=query), 10).get_page(1).object_list)
    access_log_list(
        actor=request.user, context="sale_customer", query=request.GET, count=len(found)
    )
    return query, found


def _euros_input(cents: int) -> str:
    """Cents as the page's language writes an amount to type over ("100,00")."""
    return number_format(cents / 100, decimal_pos=2) if cents else ""


def _order_page(request, order, *, forms=None, status=200):
    forms = forms or {}
    registers, chosen, any_open = _registers(request, order)
    today = timezone.localdate()
    lines = list(order.lines.select_related("product"))
    if order.customer_id:
        access_log_record(
            actor=request.user, action="view", context="sale_order", customer=order.customer
        )
    query, matches = _customer_matches(request, order)
    payments = list(order.payments.all())
    offers = (
        products_on_sale(service_point=order.service_point, group=order.group, on=today)
        if order.status == Order.Status.DRAFT
        else []
    )
    context = {
        "order": order,
        "lines": lines,
        "offers": offers,
        "query": query,
        "matches": matches,
        "proof": proof_for(order.customer, order.group, today) if order.customer_id else None,
        "payments": payments,
        "receipts": list(order.receipts.all()),
        "customer_form": forms.get("customer")
        or SaleCustomerForm(initial={"group": order.group, "customer": order.customer_id}),
        "proof_form": forms.get("proof") or ProofForm(),
        "pay_form": forms.get("pay")
        or PayForm(
            registers=registers,
            initial={"register": chosen, "cash": _euros_input(order.balance_cents)},
        ),
        "refund_form": forms.get("refund")
        or RefundForm(
            registers=registers,
            lines=lines,
            online=any(_online_payment(p) for p in payments),
            initial={"register": chosen},
        ),
        "registers_open": any_open,
        "line_error": forms.get("line_error"),
        **invoice_context(order, forms.get("invoice")),
    }
    return render(request, "web/sale_order.html", context, status=status)


@front_line_required
def sale_order(request, number: str):
    return _order_page(request, _order_or_404(number))


@front_line_required
@require_POST
def sale_customer(request, number: str):
    order = _order_or_404(number)
    form = SaleCustomerForm(request.POST)
    if form.is_valid():
        customer_id = form.cleaned_data["customer"]
        customer = Customer.objects.filter(pk=customer_id).first() if customer_id else None
        try:
            order_customer_set(
                order=order,
                customer=customer,
                group=form.cleaned_data["group"],
                proof_seen=form.cleaned_data["proof_seen"],
                by=request.user,
            )
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            return redirect("web:sale_order", number=order.number)
    return _order_page(request, order, forms={"customer": form}, status=400)


@front_line_required
@require_POST
def sale_proof(request, number: str):
    order = _order_or_404(number)
    if order.customer is None:
        raise Http404
    form = ProofForm(request.POST)
    if form.is_valid():
        try:
            discount_proof_record(
                customer=order.customer,
                kind=form.cleaned_data["kind"],
                valid_until=form.cleaned_data["valid_until"],
                by=request.user,
            )
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            messages.success(request, _("The proof is recorded."))
            return redirect("web:sale_order", number=order.number)
    return _order_page(request, order, forms={"proof": form}, status=400)


@front_line_required
@require_POST
def sale_line_add(request, number: str):
    order = _order_or_404(number)
    form = LineForm(request.POST)
    product = None
    if form.is_valid():
        product = Product.objects.filter(pk=form.cleaned_data["product"]).first()
    if product is None:
        return _order_page(
            request, order, forms={"line_error": _("Choose a product and a quantity.")}, status=400
        )
    try:
        order_line_add(order=order, product=product, quantity=form.cleaned_data["quantity"])
    except ValidationError as error:
        return _order_page(
            request, order, forms={"line_error": " ".join(error.messages)}, status=400
        )
    return redirect(f"{order_url(order)}#lines")


def order_url(order: Order) -> str:
    return reverse("web:sale_order", kwargs={"number": order.number})


@front_line_required
@require_POST
def sale_line_remove(request, number: str, line: int):
    order = _order_or_404(number)
    try:
        order_line_remove(order=order, line_id=line)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect(f"{order_url(order)}#lines")


@front_line_required
@require_POST
def sale_cancel(request, number: str):
    order = _order_or_404(number)
    try:
        order_cancel(order=order, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("web:sale_order", number=order.number)
    messages.success(request, _("The sale was cancelled."))
    return redirect("web:sales")


@front_line_required
@require_POST
def sale_pay(request, number: str):
    order = _order_or_404(number)
    registers, _chosen, _any = _registers(request, order)
    form = PayForm(request.POST, registers=registers)
    if form.is_valid():
        register = form.cleaned_data["register"]
        try:
            receipt = counter_pay(
                order=order, day=open_day(register), tenders=form.tenders(), by=request.user
            )
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            request.session[SESSION_REGISTER] = register.pk
            return redirect("web:sale_receipt", number=receipt.number)
    return _order_page(request, order, forms={"pay": form}, status=400)


def _online_payment(payment: Payment) -> bool:
    return payment.method == Payment.Method.ONLINE and payment.kind == Payment.Kind.PAYMENT


def _paid_online(order: Order) -> bool:
    return any(_online_payment(p) for p in order.payments.all())


def _refund(request, order, form) -> Receipt:
    data = form.cleaned_data
    if data["method"] == Payment.Method.ONLINE:
        provider = provider_configured()
        if provider is None:
            raise ValidationError(_("Online payment is not in use."))
        return online_refund(
            order=order,
            quantities=form.quantities(),
            reason=data["reason"],
            by=request.user,
            provider=provider,
            callback_url=request.build_absolute_uri(reverse("public:shop_callback")),
        )
    register = data.get("register")
    return order_refund(
        order=order,
        quantities=form.quantities(),
        method=data["method"],
        day=open_day(register) if register else None,
        by=request.user,
        reason=data["reason"],
        terminal_receipt=data.get("terminal_receipt", ""),
    )


@front_line_required
@require_POST
def sale_refund(request, number: str):
    order = _order_or_404(number)
    registers, _chosen, _any = _registers(request, order)
    form = RefundForm(
        request.POST,
        registers=registers,
        lines=list(order.lines.all()),
        online=_paid_online(order),
    )
    if form.is_valid():
        try:
            receipt = _refund(request, order, form)
        except ValidationError as error:
            form_errors_add(form, error)
        except ProviderError:
            form.add_error(
                None, _("The payment service could not be reached. Nothing was refunded.")
            )
        else:
            messages.success(request, _("Refunded."))
            return redirect("web:sale_receipt", number=receipt.number)
    return _order_page(request, order, forms={"refund": form}, status=400)


def _receipt_or_404(number: str) -> Receipt:
    return get_object_or_404(Receipt.objects.select_related("order__customer"), number=number)


def _receipt_page(request, receipt, *, form=None, status=200):
    context = receipt_context(receipt)
    if receipt.order.customer_id:
        access_log_record(
            actor=request.user,
            action="view",
            context="sale_receipt",
            customer=receipt.order.customer,
        )
    context.update(
        {
            "receipt_row": receipt,
            "order": receipt.order,
            "change_cents": sum(p.get("change_cents") or 0 for p in context["payments"]),
            "form": form
            or ReceiptEmailForm(
                initial={"email": receipt.order.contact_email, "language": receipt.order.language}
            ),
        }
    )
    return render(request, "web/sale_receipt.html", context, status=status)


@front_line_required
def sale_receipt(request, number: str):
    return _receipt_page(request, _receipt_or_404(number))


@front_line_required
@require_POST
def sale_receipt_email(request, number: str):
    receipt = _receipt_or_404(number)
    form = ReceiptEmailForm(request.POST)
    if form.is_valid():
        try:
            receipt_email(
                receipt=receipt,
                email=form.cleaned_data["email"],
                language=form.cleaned_data["language"],
                by=request.user,
            )
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            messages.success(
                request,
                _("The receipt is on its way to %(email)s.")
                % {"email": form.cleaned_data["email"]},
            )
            return redirect("web:sale_receipt", number=receipt.number)
    return _receipt_page(request, receipt, form=form, status=400)
