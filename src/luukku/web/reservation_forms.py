"""Forms of the staff's reservation pages (web/reservation_views.py); the bookings services
check the rules."""

import datetime as dt

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import BLANK_CHOICE_DASH
from django.utils.translation import gettext_lazy as _

from luukku.bookings.models import DenyReason
from luukku.bookings.selectors.reservations import unit_groups
from luukku.bookings.services.reservation_handling import DENIAL_REASONS
from luukku.commerce.models import CustomerGroup
from luukku.core.calendar import HELSINKI
from luukku.customers.models import Customer


class TimeRangeForm(forms.Form):
    day = forms.DateField(
        label=_("Day"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    starts = forms.TimeField(label=_("From"), widget=forms.TimeInput(attrs={"type": "time"}))
    ends = forms.TimeField(label=_("Until"), widget=forms.TimeInput(attrs={"type": "time"}))

    def clean(self):
        data = super().clean()
        if {"day", "starts", "ends"} <= data.keys():
            data["starts_at"] = dt.datetime.combine(data["day"], data["starts"], tzinfo=HELSINKI)
            data["ends_at"] = dt.datetime.combine(data["day"], data["ends"], tzinfo=HELSINKI)
            if data["ends_at"] <= data["starts_at"]:
                raise ValidationError(_("The end must be after the start."))
        return data


class BlockForm(TimeRangeForm):
    note = forms.CharField(label=_("Why the time is blocked"), max_length=500)
    # Asked only when the time clashes with bookings that staff choose to cancel.
    reason = forms.ChoiceField(
        label=_("Reason told to the bookers"),
        choices=BLANK_CHOICE_DASH
        + [(value, label) for value, label in DenyReason.choices if value in DENIAL_REASONS],
        required=False,
    )
    message = forms.CharField(label=_("Explanation to the bookers"), max_length=500, required=False)

    TIME_FIELDS = ("day", "starts", "ends", "note")


class CustomerField(forms.ModelChoiceField):
    """The customer chosen by the search above the form (a hidden field)."""

    def __init__(self):
        super().__init__(queryset=Customer.objects.all(), required=False, widget=forms.HiddenInput)


class ConfirmationMailMixin:
    """A booking staff make for a customer of `unit` (only the customer groups it has a price
    for are offered), and where its confirmation goes. The address on the chosen customer's
    record is never used silently: it is offered, and used only when the agent chooses it
    (having confirmed it with the customer); otherwise the address typed, or no mail at all."""

    RECORD, OTHER, NONE = "record", "other", "none"

    def __init__(self, *args, unit=None, **kwargs):
        super().__init__(*args, **kwargs)
        self._mail_choices_set()
        if unit is not None:
            self.fields["group"].choices = unit_groups(unit)

    def clean(self):
        data = super().clean()
        self._mail_clean(data)
        return data

    def _mail_choices_set(self) -> None:
        customer = self.initial.get("customer")
        if self.is_bound:
            pk = str(self.data.get(self.add_prefix("customer"), ""))
            customer = Customer.objects.filter(pk=pk).first() if pk.isdigit() else None
        self.record_email = getattr(customer, "email", "") or ""
        choices = [
            (self.OTHER, _("Send to the address typed below")),
            (self.NONE, _("No confirmation mail")),
        ]
        if self.record_email:
            text = _("Send to %(address)s (on the customer's record): confirm it with the customer")
            choices.insert(0, (self.RECORD, text % {"address": self.record_email}))
        self.fields["mail_to"].choices = choices
        self.fields["mail_to"].initial = None if self.record_email else self.OTHER

    def _mail_clean(self, data: dict) -> None:
        choice = data.get("mail_to")
        if not choice:
            return  # the field's own error says to choose
        customer = data.get("customer")
        if choice == self.RECORD:
            if customer is None or not customer.email:
                self.add_error("mail_to", _("The customer's record has no e-mail address."))
            else:
                data["contact_email"] = customer.email
        elif choice == self.NONE:
            data["contact_email"] = ""
        elif not data.get("contact_email"):
            self.add_error("contact_email", _("Type the address the confirmation goes to."))


def mail_to_field():
    return forms.ChoiceField(
        label=_("Confirmation mail"),
        widget=forms.RadioSelect,
        help_text=_("Choose where the confirmation goes, or that none is sent."),
        error_messages={
            "required": _("Choose where the confirmation goes, or “No confirmation mail”.")
        },
    )


class CounterBookingForm(ConfirmationMailMixin, TimeRangeForm):
    customer = CustomerField()
    contact_name = forms.CharField(label=_("Customer's name"), max_length=200, required=False)
    mail_to = mail_to_field()
    contact_email = forms.EmailField(
        label=_("E-mail"),
        required=False,
        help_text=_("The confirmation goes to the address the customer gives."),
    )
    contact_phone = forms.CharField(label=_("Phone"), max_length=40, required=False)
    organisation_name = forms.CharField(
        label=_("Association or company"), max_length=200, required=False
    )
    group = forms.ChoiceField(
        label=_("Customer group"), choices=CustomerGroup.choices, initial=CustomerGroup.RESIDENT
    )
    proof_seen = forms.BooleanField(label=_("I saw the proof of the discount"), required=False)
    purpose = forms.CharField(label=_("Purpose of use"), max_length=500, required=False)
    language = forms.TypedChoiceField(
        label=_("Language of messages"),
        choices=settings.LANGUAGES,
        initial="fi",
        required=False,
        empty_value="fi",
    )


class DenyForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("Reason"),
        choices=BLANK_CHOICE_DASH
        + [(value, label) for value, label in DenyReason.choices if value in DENIAL_REASONS],
    )
    note = forms.CharField(label=_("Explanation to the customer"), max_length=500, required=False)

    def clean(self):
        data = super().clean()
        if data.get("reason") == DenyReason.OTHER and not data.get("note", "").strip():
            self.add_error("note", _("Explain the other reason to the customer."))
        return data


class CancelForm(DenyForm):
    reason = forms.ChoiceField(
        label=_("Reason"), choices=DenyReason.choices, initial=DenyReason.CUSTOMER
    )
    method = forms.ChoiceField(
        label=_("Refund of a counter payment"),
        choices=[("cash", _("Cash")), ("card", _("Card"))],
        required=False,
    )


class SeriesForm(ConfirmationMailMixin, forms.Form):
    weekday = forms.TypedChoiceField(
        label=_("Weekday"),
        coerce=int,
        choices=[
            (0, _("Monday")),
            (1, _("Tuesday")),
            (2, _("Wednesday")),
            (3, _("Thursday")),
            (4, _("Friday")),
            (5, _("Saturday")),
            (6, _("Sunday")),
        ],
    )
    starts = forms.TimeField(label=_("From"), widget=forms.TimeInput(attrs={"type": "time"}))
    ends = forms.TimeField(label=_("Until"), widget=forms.TimeInput(attrs={"type": "time"}))
    first_day = forms.DateField(
        label=_("First day"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    last_day = forms.DateField(
        label=_("Last day"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    customer = CustomerField()
    contact_name = forms.CharField(label=_("Customer's name"), max_length=200, required=False)
    mail_to = mail_to_field()
    contact_email = forms.EmailField(label=_("E-mail"), required=False)
    organisation_name = forms.CharField(
        label=_("Association or company"), max_length=200, required=False
    )
    group = forms.ChoiceField(
        label=_("Customer group"),
        choices=CustomerGroup.choices,
        initial=CustomerGroup.ASSOCIATION,
    )
    proof_seen = forms.BooleanField(label=_("I saw the proof of the discount"), required=False)
    contact_phone = forms.CharField(label=_("Phone"), max_length=40, required=False)
    language = forms.TypedChoiceField(
        label=_("Language of messages"),
        choices=settings.LANGUAGES,
        initial="fi",
        required=False,
        empty_value="fi",
    )
