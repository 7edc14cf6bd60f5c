"""Forms of customer plans and their annual clock (web/plan_views.py); the relationships
services check the rest (docs/relationships.md)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from luukku.catalogue.models import Service
from luukku.core.forms import ModelChoiceField, ModelMultipleChoiceField
from luukku.organisation.models import User
from luukku.relationships.models import MeetingSeries

from .appointment_forms import LocalDateTimeInput

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class PlanForm(forms.Form):
    goals = forms.CharField(
        label=_("Goals"), widget=forms.Textarea(attrs={"rows": 4}), max_length=5000
    )
    services = ModelMultipleChoiceField(
        label=_("Agreed services"),
        queryset=Service.objects.filter(is_published=True).order_by("name"),
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 8}),
    )
    service_levels = forms.CharField(
        label=_("Agreed service levels"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=5000,
        required=False,
        help_text=_("What was promised, in plain words: answer times, opening hours, contacts."),
    )
    handler = ModelChoiceField(
        label=_("Responsible handler"),
        queryset=User.objects.filter(is_active=True).order_by("first_name", "last_name"),
        required=False,
        empty_label=_("The customer's named handler"),
    )
    valid_from = forms.DateField(label=_("Valid from"), widget=DATE)
    valid_until = forms.DateField(label=_("Valid until"), widget=DATE, required=False)
    review_on = forms.DateField(label=_("Review date"), widget=DATE, required=False)


class ContactForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=200, required=False)
    role = forms.CharField(label=_("Role"), max_length=200, required=False)
    phone = forms.CharField(label=_("Phone"), max_length=40, required=False)
    email = forms.CharField(label=_("E-mail"), max_length=254, required=False)


ContactFormSet = forms.formset_factory(ContactForm, extra=2, max_num=20)


class SeriesForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    kind = forms.ChoiceField(label=_("Kind"), choices=MeetingSeries.Kind.choices)
    frequency = forms.ChoiceField(label=_("Repeats"), choices=MeetingSeries.Frequency.choices)
    first_at = forms.DateTimeField(label=_("First meeting"), widget=LocalDateTimeInput())
    until = forms.DateField(label=_("Repeats until"), widget=DATE, required=False)


class MoveForm(forms.Form):
    to = forms.DateTimeField(label=_("New time"), widget=LocalDateTimeInput())


class CancelForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), max_length=500, required=False)


class MinutesForm(forms.Form):
    minutes = forms.CharField(
        label=_("Minutes"), widget=forms.Textarea(attrs={"rows": 6}), max_length=20000
    )


class AnnualClockForm(forms.Form):
    year = forms.IntegerField(label=_("Year"), min_value=2000, max_value=2100, required=False)
    handler = ModelChoiceField(
        label=_("Handler"), queryset=User.objects.none(), required=False, empty_label=_("All")
    )

    def __init__(self, *args, handlers=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["handler"].queryset = User.objects.filter(pk__in=[u.pk for u in handlers])
