"""The forms of the citizen's own page and of "tell me when it's fixed"."""

from django import forms
from django.utils.translation import gettext_lazy as _

from luukku.relationships.models import ResolvedNoticeRequest


class OwnPageForm(forms.Form):
    """The address whose requests, bookings and the rest the citizen wants to see."""

    email = forms.EmailField(
        label=_("E-mail"),
        max_length=254,
        help_text=_("The address you gave with your requests, bookings or registrations."),
        error_messages={
            "required": _("Enter your e-mail address."),
            "invalid": _("Enter an e-mail address in the form name@example.fi."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )


class ResolvedNoticeForm(forms.Form):
    """How the citizen wants to be told that the request was resolved."""

    channel = forms.ChoiceField(
        label=_("Tell me by"),
        choices=ResolvedNoticeRequest.Channel.choices,
        initial=ResolvedNoticeRequest.Channel.EMAIL,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose e-mail or text message.")},
    )
    email = forms.EmailField(
        label=_("E-mail"),
        max_length=254,
        required=False,
        help_text=_("Leave empty to use the address you gave with the request."),
        error_messages={"invalid": _("Enter an e-mail address in the form name@example.fi.")},
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    phone = forms.CharField(
        label=_("Mobile phone"),
        max_length=40,
        required=False,
        help_text=_("For a text message, for example 040 123 4567."),
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
    )
