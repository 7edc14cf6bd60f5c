"""Forms of the staff calendar: availability, phone hours, bookings and callbacks."""

from django import forms
from django.utils.translation import gettext_lazy as _

from luukku.appointments.models import BookableService, CallbackAttempt, MeetingType
from luukku.cases.models import Channel
from luukku.catalogue.models import Service
from luukku.core.forms import ModelChoiceField, ModelMultipleChoiceField
from luukku.organisation.models import ServicePoint, User, Weekday


class LocalDateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format="%Y-%m-%dT%H:%M")


def _bookable_services():
    return Service.objects.filter(
        pk__in=BookableService.objects.values("service_id"), is_published=True
    )


class AvailabilityRuleForm(forms.Form):
    services = ModelMultipleChoiceField(
        label=_("Services"), queryset=Service.objects.none(), widget=forms.CheckboxSelectMultiple
    )
    meeting_type = forms.ChoiceField(
        label=_("Meeting type"), choices=MeetingType.choices, widget=forms.RadioSelect
    )
    service_point = ModelChoiceField(
        label=_("Service point"),
        queryset=ServicePoint.objects.all(),
        required=False,
        help_text=_("For meetings at a service point."),
    )
    weekday = forms.TypedChoiceField(
        label=_("Every week on"),
        choices=[("", "—"), *Weekday.choices],
        coerce=int,
        empty_value=None,
        required=False,
    )
    date = forms.DateField(
        label=_("Or once, on"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    starts = forms.TimeField(label=_("From"), widget=forms.TimeInput(attrs={"type": "time"}))
    ends = forms.TimeField(label=_("Until"), widget=forms.TimeInput(attrs={"type": "time"}))
    valid_until = forms.DateField(
        label=_("Valid until"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("Optional: the last day of a weekly time."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["services"].queryset = _bookable_services()


class BlockedTimeForm(forms.Form):
    starts_at = forms.DateTimeField(label=_("From"), widget=LocalDateTimeInput())
    ends_at = forms.DateTimeField(label=_("Until"), widget=LocalDateTimeInput())
    reason = forms.CharField(label=_("Reason"), max_length=200, required=False)


class PhoneHoursForm(forms.Form):
    weekday = forms.TypedChoiceField(label=_("Weekday"), choices=Weekday.choices, coerce=int)
    starts = forms.TimeField(label=_("From"), widget=forms.TimeInput(attrs={"type": "time"}))
    ends = forms.TimeField(label=_("Until"), widget=forms.TimeInput(attrs={"type": "time"}))
    phone = forms.CharField(label=_("Phone"), max_length=40)
    services = ModelMultipleChoiceField(
        label=_("Shown on the pages of"),
        queryset=Service.objects.filter(is_published=True),
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 6}),
    )
    callbacks = forms.BooleanField(label=_("Offer callbacks in these hours"), required=False)


class StaffBookingForm(forms.Form):
    """Booking for a customer: without a case, a counter or phone contact is logged."""

    channel = forms.ChoiceField(
        label=_("Contact"),
        choices=[(Channel.COUNTER, Channel.COUNTER.label), (Channel.PHONE, Channel.PHONE.label)],
        widget=forms.RadioSelect,
        initial=Channel.COUNTER,
    )
    note = forms.CharField(
        label=_("Note: what the appointment is about"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=5000,
    )


class SlotFilterForm(forms.Form):
    service = ModelChoiceField(
        label=_("Service"), queryset=Service.objects.none(), empty_label=None
    )
    type = forms.ChoiceField(
        label=_("Meeting type"), choices=[("", _("Any way")), *MeetingType.choices], required=False
    )
    staff = ModelChoiceField(
        label=_("Staff member"),
        queryset=User.objects.filter(availability_rules__isnull=False).distinct(),
        required=False,
        empty_label=_("Anyone"),
    )
    week = forms.DateField(
        label=_("Week from"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["service"].queryset = _bookable_services()


class CallbackForm(forms.Form):
    window_start = forms.DateTimeField(label=_("Call between"), widget=LocalDateTimeInput())
    window_end = forms.DateTimeField(label=_("and"), widget=LocalDateTimeInput())
    phone = forms.CharField(label=_("Phone"), max_length=40)
    assignee = ModelChoiceField(
        label=_("Caller"),
        queryset=User.objects.filter(is_active=True),
        required=False,
        empty_label=_("Whoever is free"),
    )


class CallbackAttemptForm(forms.Form):
    outcome = forms.ChoiceField(
        label=_("Outcome"), choices=CallbackAttempt.Outcome.choices, widget=forms.RadioSelect
    )
    note = forms.CharField(
        label=_("Note"), widget=forms.Textarea(attrs={"rows": 3}), max_length=2000, required=False
    )
    next_start = forms.DateTimeField(
        label=_("Next attempt between"),
        widget=LocalDateTimeInput(),
        required=False,
        help_text=_("If not reached. Empty: within the next two hours."),
    )
    next_end = forms.DateTimeField(label=_("and"), widget=LocalDateTimeInput(), required=False)
