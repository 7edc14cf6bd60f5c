"""Forms of the invoice pages (web/invoice_views.py); commerce.services.invoices checks the
rest."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from luukku.commerce.models import Invoice, Order
from luukku.commerce.selectors.invoices import STATES
from luukku.commerce.services.invoices import buyer_initial

from .chat_forms import OwnIds

# A bank's file of a day's payments is a few hundred kilobytes at most.
BANK_FILE_MAX_BYTES = 5 * 1024 * 1024


class InvoiceForm(OwnIds, forms.Form):
    """The buyer an order is invoiced to (prefilled from the sale's customer)."""

    id_prefix = "invoice"
    name = forms.CharField(label=_("Buyer's name"), max_length=70)
    street = forms.CharField(label=_("Street address"), max_length=35)
    postal_code = forms.CharField(label=_("Postal code"), max_length=5)
    town = forms.CharField(label=_("Post office"), max_length=35)
    business_id = forms.CharField(
        label=_("Business ID"),
        required=False,
        max_length=9,
        help_text=_("For a company or an association."),
    )
    email = forms.CharField(label=_("E-mail"), required=False, max_length=70)
    due_days = forms.IntegerField(
        label=_("Days to pay"),
        min_value=1,
        max_value=90,
        initial=settings.COMMERCE_INVOICE_DUE_DAYS,
    )


class InvoiceFilterForm(forms.Form):
    state = forms.ChoiceField(
        label=_("Show"),
        required=False,
        choices=list(zip(STATES, [_("Open"), _("Overdue"), _("Paid"), _("All")], strict=True)),
    )
    q = forms.CharField(
        label=_("Invoice number, reference or buyer"), required=False, max_length=100
    )


class BankFileForm(forms.Form):
    file = forms.FileField(
        label=_("The bank's file (camt.054 or reference payments)"),
        help_text=_("A file is read once: payments imported before are skipped."),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > BANK_FILE_MAX_BYTES:
            raise forms.ValidationError(_("The file is too large for a bank's payment file."))
        return upload


class BankPaymentMatchForm(OwnIds, forms.Form):
    invoice = forms.CharField(label=_("Invoice number or reference"), max_length=30)

    def __init__(self, *args, payment_id: int, **kwargs):
        self.id_prefix = f"match{payment_id}"
        super().__init__(*args, **kwargs)


def invoice_context(order: Order, form: InvoiceForm | None) -> dict:
    """The sale page's invoice section: the form for a draft or a counter order waiting
    for payment, with lines (the buyer's details from the customer), or the invoice made."""
    if order.status in (Order.Status.INVOICED, Order.Status.PAID):
        return {"invoice": Invoice.objects.filter(order=order).first(), "invoice_form": None}
    # An order placed at the counter (a booking's, waiting for its payment) is invoiced
    # too; an online order waits for its online payment.
    invoiceable = order.status == Order.Status.DRAFT or (
        order.status == Order.Status.OPEN and order.channel != Order.Channel.ONLINE
    )
    if not invoiceable or not order.total_cents:
        return {"invoice": None, "invoice_form": None}
    return {"invoice": None, "invoice_form": form or InvoiceForm(initial=buyer_initial(order))}
