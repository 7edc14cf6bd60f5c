"""The forms of segments and announcements (docs/relationships.md): the services check
what the rule needs and what a language's text needs; these only take the input."""

from django import forms
from django.utils.translation import gettext_lazy as _

from luukku.customers.models import Customer
from luukku.organisation.models import Department, User
from luukku.relationships.models import Segment


def _choices(choices) -> list:
    return [("", "—"), *choices]


class SegmentForm(forms.Form):
    name_fi = forms.CharField(label=_("Name in Finnish"), max_length=200, required=False)
    name_sv = forms.CharField(label=_("Name in Swedish"), max_length=200, required=False)
    name_en = forms.CharField(label=_("Name in English"), max_length=200, required=False)
    description = forms.CharField(
        label=_("Description"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    rule = forms.ChoiceField(
        label=_("Who belongs to it"), choices=Segment.Rule.choices, widget=forms.RadioSelect
    )
    kind = forms.ChoiceField(
        label=_("Kind of customer"), choices=_choices(Customer.Kind.choices), required=False
    )
    sector = forms.ChoiceField(
        label=_("Sector"), choices=_choices(Customer.Sector.choices), required=False
    )
    department = forms.ModelChoiceField(
        label=_("Department"), queryset=Department.objects.order_by("name"), required=False
    )
    handler = forms.ModelChoiceField(
        label=_("Named handler"),
        queryset=User.objects.filter(is_active=True).order_by("first_name", "last_name"),
        required=False,
    )
    language = forms.ChoiceField(
        label=_("Preferred language"),
        choices=_choices(Customer.Language.choices),
        required=False,
    )

    @classmethod
    def of(cls, segment: Segment) -> "SegmentForm":
        names = ("name_fi", "name_sv", "name_en", "description", "rule", "kind", "sector")
        initial = {name: getattr(segment, name) for name in names}
        initial.update(
            department=segment.department_id,
            handler=segment.handler_id,
            language=segment.language,
        )
        return cls(initial=initial)


class AnnouncementForm(forms.Form):
    subject_fi = forms.CharField(label=_("Subject in Finnish"), required=False)
    body_fi = forms.CharField(
        label=_("Text in Finnish"), required=False, widget=forms.Textarea(attrs={"rows": 6})
    )
    subject_sv = forms.CharField(label=_("Subject in Swedish"), required=False)
    body_sv = forms.CharField(
        label=_("Text in Swedish"), required=False, widget=forms.Textarea(attrs={"rows": 6})
    )
    subject_en = forms.CharField(label=_("Subject in English"), required=False)
    body_en = forms.CharField(
        label=_("Text in English"), required=False, widget=forms.Textarea(attrs={"rows": 6})
    )


class ExportForm(forms.Form):
    format = forms.ChoiceField(
        label=_("File format"),
        choices=[("xlsx", _("Excel workbook (XLSX)")), ("csv", _("Comma-separated (CSV)"))],
    )


class PickSearchForm(forms.Form):
    q = forms.CharField(label=_("Find a customer to add"), max_length=200, required=False)
