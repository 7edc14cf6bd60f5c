"""Invoices at the counter: a sale invoiced to its buyer, the invoice with its PDF and
Finvoice message, the list of open, overdue and paid invoices, and the bank's files of
payments with those no invoice was found for (docs/commerce.md, "Invoices")."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from luukku.commerce.models import BankPayment, Invoice
from luukku.commerce.selectors.invoices import bank_payments_unmatched, invoices_list
from luukku.commerce.services.invoice_pdf import invoice_pdf
from luukku.commerce.services.invoices import (
    Buyer,
    bank_file_import,
    bank_payment_match,
    invoice_finvoice,
    order_invoice,
    reference_lookup,
)
from luukku.core.service_errors import form_errors_add
from luukku.privacy.services import access_log_list, access_log_record

from .desk_views import front_line_required
from .invoice_forms import BankFileForm, BankPaymentMatchForm, InvoiceFilterForm, InvoiceForm
from .sale_order_views import _order_or_404, _order_page


@front_line_required
@require_POST
def sale_invoice_new(request, number: str):
    """The sale invoiced to the buyer given instead of paid at the counter."""
    order = _order_or_404(number)
    form = InvoiceForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        try:
            invoice = order_invoice(
                order=order,
                buyer=Buyer(
                    data["name"],
                    data["street"],
                    data["postal_code"],
                    data["town"],
                    data["business_id"],
                    data["email"],
                ),
                due_days=data["due_days"],
                by=request.user,
            )
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            messages.success(request, _("Invoice %(number)s made.") % {"number": invoice.number})
            return redirect("web:sale_invoice", number=invoice.number)
    return _order_page(request, order, forms={"invoice": form}, status=400)


def _invoice_or_404(number: int) -> Invoice:
    return get_object_or_404(Invoice.objects.select_related("order__customer"), number=number)


def _log_view(request, invoice: Invoice, context: str) -> None:
    access_log_record(
        actor=request.user, action="view", context=context, customer=invoice.order.customer
    )


@front_line_required
def sale_invoice(request, number: int):
    invoice = _invoice_or_404(number)
    _log_view(request, invoice, "invoice")
    order = invoice.order
    return render(
        request,
        "web/sale_invoice.html",
        {
            "invoice": invoice,
            "order": order,
            "lines": list(order.lines.all()),
            "bank_payments": list(invoice.bank_payments.all()),
            "overdue": invoice.status == Invoice.Status.OPEN
            and invoice.due_on < timezone.localdate(),
        },
    )


@front_line_required
def sale_invoice_pdf(request, number: int):
    invoice = _invoice_or_404(number)
    language = request.GET.get("language") or invoice.order.language
    _log_view(request, invoice, "invoice_pdf")
    response = HttpResponse(invoice_pdf(invoice, language), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="invoice-{invoice.number}.pdf"'
    return response


@front_line_required
@require_POST
def sale_invoice_finvoice(request, number: int):
    """The Finvoice message to download for the financial system (the invoice is marked
    exported the first time)."""
    invoice = _invoice_or_404(number)
    try:
        content = invoice_finvoice(invoice)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("web:sale_invoice", number=invoice.number)
    _log_view(request, invoice, "invoice_export")
    response = HttpResponse(content, content_type="application/xml; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="finvoice-{invoice.number}.xml"'
    return response


@front_line_required
def sale_invoices(request):
    form = InvoiceFilterForm(request.GET or None)
    state, query = "open", ""
    if form.is_valid():
        state = form.cleaned_data["state"] or "open"
        query = form.cleaned_data["q"]
    invoices = invoices_list(state=state, query=query, today=timezone.localdate())
    page = Paginator(invoices, 50).get_page(request.GET.get("page"))
    access_log_list(
        actor=request.user, context="invoice_list", query=request.GET, count=len(page.object_list)
    )
    return render(
        request,
        "web/sale_invoices.html",
        {"form": form, "page_obj": page, "state": state, "today": timezone.localdate()},
    )


def _bank_page(request, *, form=None, result=None, match_forms=None, status=200):
    unmatched = list(bank_payments_unmatched()[:100])
    access_log_list(
        actor=request.user, context="bank_payments", query=request.GET, count=len(unmatched)
    )
    match_forms = match_forms or {}
    rows = [
        (payment, match_forms.get(payment.pk) or BankPaymentMatchForm(payment_id=payment.pk))
        for payment in unmatched
    ]
    return render(
        request,
        "web/sale_bank_files.html",
        {"form": form or BankFileForm(), "result": result, "rows": rows},
        status=status,
    )


@front_line_required
def sale_bank_files(request):
    if request.method != "POST":
        return _bank_page(request)
    form = BankFileForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            result = bank_file_import(data=form.cleaned_data["file"].read(), by=request.user)
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            return _bank_page(request, result=result)
    return _bank_page(request, form=form, status=400)


@front_line_required
@require_POST
def sale_bank_payment_match(request, pk: int):
    payment = get_object_or_404(BankPayment, pk=pk, invoice__isnull=True)
    form = BankPaymentMatchForm(request.POST, payment_id=payment.pk)
    if form.is_valid():
        invoice = reference_lookup(form.cleaned_data["invoice"])
        if invoice is None:
            form.add_error("invoice", _("No invoice has this number or reference."))
        else:
            try:
                bank_payment_match(bank_payment=payment, invoice=invoice, by=request.user)
            except ValidationError as error:
                form_errors_add(form, error)
            else:
                messages.success(
                    request,
                    _("The payment is matched to invoice %(number)s.") % {"number": invoice.number},
                )
                return redirect("web:sale_bank_files")
    return _bank_page(request, match_forms={payment.pk: form}, status=400)
