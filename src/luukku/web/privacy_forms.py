"""Forms of the data-subject requests."""

from django import forms
from django.utils.translation import gettext_lazy as _

from luukku.customers.models import Customer


class SubjectExportForm(forms.Form):
    language = forms.ChoiceField(
        label=_("Language of the summary"),
        choices=Customer.Language.choices,
        help_text=_("The customer's own language is chosen; the data itself is as written."),
    )


class SubjectErasureForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "The request and its date, e.g. “Customer's written request 30.11.2026”. Do not "
            "write the person's details here: the reason is kept after the erasure."
        ),
    )
    confirm = forms.BooleanField(
        label=_("I have checked that the person's data may be erased"), required=True
    )
