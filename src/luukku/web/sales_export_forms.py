"""What the accounting export of register days is asked for: one closed day, or a period
of at most a year, of one register or of all (web/sales_exports.py)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from luukku.commerce.models import Register
from luukku.commerce.selectors.accounting import MAX_DAYS


class SalesExportForm(forms.Form):
    format = forms.ChoiceField(
        label=_("File"),
        choices=[("csv", _("CSV for the ledger")), ("xlsx", _("Excel workbook (XLSX)"))],
    )
    day = forms.IntegerField(label=_("Register day"), required=False, min_value=1)
    start = forms.DateField(label=_("First day"), required=False)
    end = forms.DateField(label=_("Last day"), required=False)
    register = forms.ModelChoiceField(
        label=_("Register"), queryset=Register.objects.all(), required=False
    )

    def clean(self):
        data = super().clean()
        if data.get("day"):
            return data
        start, end = data.get("start"), data.get("end")
        if start is None or end is None:
            raise forms.ValidationError(
                _("Choose a closed register day, or the first and last day.")
            )
        if start > end:
            raise forms.ValidationError(_("The first day must not be after the last."))
        if (end - start).days >= MAX_DAYS:
            raise forms.ValidationError(
                _("Export at most %(days)d days at a time.") % {"days": MAX_DAYS}
            )
        return data
