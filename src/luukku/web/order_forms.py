"""The forms of orders: a document package ordered on a case, a part marked ready."""

from django import forms
from django.utils.translation import gettext_lazy as _

from luukku.commerce.models import CustomerGroup, Order
from luukku.commerce.services.packages import PACKAGE_DELIVERIES


class PackageOrderForm(forms.Form):
    product = forms.TypedChoiceField(label=_("Document package"), coerce=int)
    group = forms.ChoiceField(
        label=_("Customer group"), choices=CustomerGroup.choices, initial=CustomerGroup.RESIDENT
    )
    delivery = forms.ChoiceField(
        label=_("Delivery"),
        choices=[(value, Order.Delivery(value).label) for value in PACKAGE_DELIVERIES],
        initial=Order.Delivery.PICKUP,
    )
    contact_email = forms.EmailField(
        label=_("E-mail for the order"),
        required=False,
        help_text=_("Leave empty to use the case's reply address."),
    )

    def __init__(self, *args, packages=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["product"].choices = [(p.pk, p.name) for p in packages]


class PartReadyForm(forms.Form):
    note = forms.CharField(
        label=_("Note to the customer service (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
