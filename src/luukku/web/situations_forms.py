"""The forms of documented hard situations (web/situations_views.py); the feedback app's
services check the rest (docs/feedback.md, "Documented hard situations")."""

import datetime as dt

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from luukku.core.calendar import HELSINKI
from luukku.feedback.situation_models import HardSituation
from luukku.feedback.situations_selectors import staff_choices
from luukku.feedback.situations_services import (
    SituationInput,
    situation_place_problem,
    situation_time_problem,
)
from luukku.organisation.models import ServicePoint

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
TIME = forms.TimeInput(attrs={"type": "time"}, format="%H:%M")


class StaffChoices(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return str(obj)


class SituationForm(forms.Form):
    day = forms.DateField(label=_("Day"), widget=DATE)
    time = forms.TimeField(label=_("Time"), widget=TIME)
    channel = forms.ChoiceField(label=_("Channel"), choices=HardSituation.Channel.choices)
    service_point = forms.ModelChoiceField(
        label=_("Service point"),
        queryset=ServicePoint.objects.order_by("name"),
        required=False,
        help_text=_("Needed for a situation at the counter."),
    )
    kind = forms.ChoiceField(
        label=_("What happened"),
        choices=HardSituation.Kind.choices,
        widget=forms.RadioSelect,
    )
    severity = forms.ChoiceField(
        label=_("Severity"), choices=HardSituation.Severity.choices, widget=forms.RadioSelect
    )
    description = forms.CharField(
        label=_("Description"),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=5000,
        help_text=_("What was said and done, and how it ended. Facts, not judgements."),
    )
    staff_involved = StaffChoices(
        label=_("Other staff present"),
        queryset=staff_choices(),
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 5}),
    )
    customer_note = forms.CharField(
        label=_("The customer, without identifying them"),
        max_length=300,
        required=False,
        help_text=_("For example: a man of about 40, a regular visitor. No names."),
    )
    case_reference = forms.CharField(
        label=_("Case reference, if the situation concerned a case"),
        max_length=20,
        required=False,
        help_text=_("Links the case and its customer. Not shown on the customer's page."),
    )
    debriefing = forms.BooleanField(label=_("Debriefing held or needed"), required=False)
    occupational_health = forms.BooleanField(
        label=_("Occupational health contacted"), required=False
    )
    police_report = forms.BooleanField(label=_("Report made to the police"), required=False)
    security_called = forms.BooleanField(label=_("Security guard called"), required=False)
    support_note = forms.CharField(
        label=_("Support given or needed"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        required=False,
    )
    follow_up = forms.CharField(
        label=_("Follow-up actions proposed"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        required=False,
    )

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["staff_involved"].queryset = staff_choices(exclude=user)

    def clean(self):
        """The time and the place checked with the other fields, not after them."""
        data = super().clean()
        day, time = data.get("day"), data.get("time")
        if day and time:
            occurred = dt.datetime.combine(day, time, tzinfo=HELSINKI)
            if problem := situation_time_problem(occurred, timezone.now()):
                self.add_error("day", problem)
        if problem := situation_place_problem(data.get("channel"), data.get("service_point")):
            self.add_error("service_point", problem)
        return data

    def situation_input(self) -> SituationInput:
        data = self.cleaned_data
        occurred = dt.datetime.combine(data["day"], data["time"], tzinfo=HELSINKI)
        return SituationInput(
            occurred_at=occurred,
            channel=data["channel"],
            kind=data["kind"],
            severity=data["severity"],
            description=data["description"],
            service_point=data["service_point"],
            staff_involved=list(data["staff_involved"]),
            case_reference=data["case_reference"],
            customer_note=data["customer_note"],
            debriefing=data["debriefing"],
            occupational_health=data["occupational_health"],
            police_report=data["police_report"],
            security_called=data["security_called"],
            support_note=data["support_note"],
            follow_up=data["follow_up"],
        )


class ReviewForm(forms.Form):
    review_note = forms.CharField(
        label=_("What the review found"), widget=forms.Textarea(attrs={"rows": 3}), max_length=2000
    )
    measures = forms.CharField(
        label=_("Measures agreed"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        required=False,
    )
