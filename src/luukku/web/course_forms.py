"""The staff's forms on a course's page."""

from django import forms
from django.utils.translation import gettext_lazy as _


class CapacityForm(forms.Form):
    capacity = forms.IntegerField(label=_("Places"), min_value=1, max_value=5000)
    waiting_list_capacity = forms.IntegerField(
        label=_("Places on the waiting list"), min_value=0, max_value=5000
    )


class CourseMessageForm(forms.Form):
    subject = forms.CharField(label=_("Subject"), max_length=200)
    body = forms.CharField(
        label=_("Message"),
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=5000,
        help_text=_(
            "Sent to everyone registered and on the waiting list, each to the address they "
            "gave, with a greeting and their link in their language."
        ),
    )


class DecisionForm(forms.Form):
    runs = forms.TypedChoiceField(
        label=_("Decision"),
        choices=[("1", _("The course runs")), ("0", _("The course is cancelled"))],
        coerce=lambda value: value == "1",
        widget=forms.RadioSelect,
    )
