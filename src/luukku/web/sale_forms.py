"""Forms of the counter's sales pages (web/sale_views.py); the commerce services check the
rest."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from luukku.commerce.models import CustomerGroup, DiscountProof, Payment, Register
from luukku.commerce.services.payments import VOUCHER_PROVIDERS, Tender

from .chat_forms import OwnIds


def euros_to_cents(value) -> int:
    return int((value * 100).to_integral_value())


class EuroField(forms.DecimalField):
    """An amount in euros, with a decimal comma or point whatever the page's language (and
    spaces, a € sign), given to the services in cents."""

    def __init__(self, **kwargs):
        kwargs.setdefault("max_digits", 9)
        kwargs.setdefault("decimal_places", 2)
        kwargs.setdefault("min_value", 0)
        super().__init__(**kwargs)
        self.widget = forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"})

    def to_python(self, value):
        if isinstance(value, str):
            value = value.replace("€", "").replace("\xa0", "").replace(" ", "").replace(",", ".")
        return super().to_python(value)


class DayOpenForm(OwnIds, forms.Form):
    id_prefix = "open"
    opening_float = EuroField(label=_("Float in the drawer (€)"), max_value=10000)


class DayCloseForm(OwnIds, forms.Form):
    id_prefix = "close"
    counted_cash = EuroField(label=_("Cash counted in the drawer (€)"), max_value=1000000)
    explanation = forms.CharField(
        label=_("Explanation of a difference"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class SaleCustomerForm(OwnIds, forms.Form):
    id_prefix = "who"
    customer = forms.IntegerField(required=False, widget=forms.HiddenInput)
    group = forms.ChoiceField(label=_("Customer group"), choices=CustomerGroup.choices)
    proof_seen = forms.BooleanField(
        label=_("I checked the proof of the discount (anonymous sale)"), required=False
    )


class ProofForm(OwnIds, forms.Form):
    id_prefix = "proof"
    kind = forms.ChoiceField(label=_("Proof"), choices=DiscountProof.Kind.choices)
    valid_until = forms.DateField(
        label=_("Valid until"), widget=forms.DateInput(attrs={"type": "date"})
    )


class LineForm(forms.Form):
    product = forms.IntegerField(widget=forms.HiddenInput)
    quantity = forms.IntegerField(label=_("Quantity"), min_value=1, max_value=999, initial=1)


class PayForm(OwnIds, forms.Form):
    """One form for a split payment: cash, card and voucher parts, any of them empty."""

    id_prefix = "pay"
    register = forms.ModelChoiceField(
        label=_("Register"), queryset=Register.objects.none(), empty_label=None
    )
    cash = EuroField(label=_("Cash part (€)"), required=False)
    cash_given = EuroField(label=_("Cash given (€)"), required=False)
    card = EuroField(label=_("Card part (€)"), required=False)
    terminal_receipt = forms.CharField(
        label=_("Terminal receipt number"), required=False, max_length=40
    )
    voucher = EuroField(label=_("Voucher part (€)"), required=False)
    voucher_provider = forms.ChoiceField(
        label=_("Voucher"),
        required=False,
        choices=[("", "—"), *[(p, p) for p in VOUCHER_PROVIDERS]],
    )

    def __init__(self, *args, registers, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["register"].queryset = registers

    def tenders(self) -> list[Tender]:
        data = self.cleaned_data
        tenders = []
        if data.get("cash"):
            given = data.get("cash_given")
            tenders.append(
                Tender(
                    Payment.Method.CASH,
                    euros_to_cents(data["cash"]),
                    tendered_cents=euros_to_cents(given) if given else None,
                )
            )
        if data.get("card"):
            tenders.append(
                Tender(
                    Payment.Method.CARD,
                    euros_to_cents(data["card"]),
                    terminal_receipt=data["terminal_receipt"],
                )
            )
        if data.get("voucher"):
            tenders.append(
                Tender(
                    Payment.Method.VOUCHER,
                    euros_to_cents(data["voucher"]),
                    voucher_provider=data["voucher_provider"],
                )
            )
        return tenders


class RefundForm(OwnIds, forms.Form):
    id_prefix = "refund"
    register = forms.ModelChoiceField(
        label=_("Register"), queryset=Register.objects.none(), empty_label=None
    )
    method = forms.ChoiceField(
        label=_("Refund as"),
        choices=[(Payment.Method.CASH, _("Cash")), (Payment.Method.CARD, _("To the card"))],
    )
    terminal_receipt = forms.CharField(
        label=_("Terminal's refund receipt number"), required=False, max_length=40
    )
    reason = forms.CharField(label=_("Reason"), max_length=200)

    def __init__(self, *args, registers, lines, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["register"].queryset = registers
        self.lines = lines
        for line in lines:
            left = line.quantity - line.refunded_quantity
            self.fields[f"line_{line.pk}"] = forms.TypedChoiceField(
                label=line.name,
                coerce=int,
                choices=[(n, str(n)) for n in range(0, left + 1)],
                initial=0,
            )

    def quantities(self) -> dict[int, int]:
        return {line.pk: self.cleaned_data.get(f"line_{line.pk}", 0) for line in self.lines}

    def clean(self):
        data = super().clean()
        if self.lines and not any(self.quantities().values()):
            raise ValidationError(_("Choose what the customer returns."))
        return data


class ReceiptEmailForm(OwnIds, forms.Form):
    id_prefix = "mail"
    email = forms.EmailField(label=_("E-mail address for the receipt"))
    language = forms.ChoiceField(label=_("Language of the receipt"), choices=settings.LANGUAGES)
