"""The staff's forms for setting up a course: its details in three languages with its
sessions one a line, the weekly sessions' generator, and the confirmations of a decision
and of a cancelled registration."""

import datetime as dt
import re
from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _

from luukku.bookings.models import Course
from luukku.bookings.selectors.courses import CourseFee, course_fee
from luukku.bookings.services.course_setup import course_rule_errors
from luukku.catalogue.models import Service
from luukku.core.calendar import HELSINKI
from luukku.core.forms import ModelChoiceField
from luukku.organisation.models import ServicePoint, Weekday

from .appointment_forms import LocalDateTimeInput
from .sale_forms import EuroField, euros_to_cents

LANGS = ("fi", "sv", "en")
FKS = ("service", "service_point")
LANG_LABELS = {"fi": _("in Finnish"), "sv": _("in Swedish"), "en": _("in English")}
# "6.9.2027 18.00–19.30" (or 2027-09-06 18:00-19:30): a session a line.
SESSION_LINE = re.compile(
    r"^\s*(?:(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})\.(\d{1,2})\.(\d{4}))\s+"
    r"(\d{1,2})[.:](\d{2})\s*[-–]\s*(\d{1,2})[.:](\d{2})\s*$"
)


def sessions_text(sessions) -> str:
    lines = []
    for begins, ends in sessions:
        begins, ends = begins.astimezone(HELSINKI), ends.astimezone(HELSINKI)
        lines.append(f"{begins.day}.{begins.month}.{begins.year} {begins:%H.%M}–{ends:%H.%M}")
    return "\n".join(lines)


def _session(line: str, number: int):
    match = SESSION_LINE.match(line)
    if match is None:
        raise ValidationError(
            _("Line %(n)s: write a session as 6.9.2027 18.00–19.30.") % {"n": number}
        )
    g = match.groups()
    year, month, day = (g[0], g[1], g[2]) if g[0] else (g[5], g[4], g[3])
    try:
        date = dt.date(int(year), int(month), int(day))
        begins = dt.datetime.combine(date, dt.time(int(g[6]), int(g[7])), HELSINKI)
        ends = dt.datetime.combine(date, dt.time(int(g[8]), int(g[9])), HELSINKI)
    except ValueError as error:
        raise ValidationError(
            _("Line %(n)s: there is no such day or time.") % {"n": number}
        ) from error
    return begins, ends


class SessionsField(forms.CharField):
    widget = forms.Textarea(attrs={"rows": 6})

    def clean(self, value):
        value = super().clean(value)
        lines = [line for line in (value or "").splitlines() if line.strip()]
        return [_session(line, n) for n, line in enumerate(lines, start=1)]


class CourseForm(forms.Form):
    code = forms.CharField(label=_("Course code"), max_length=30)
    service = ModelChoiceField(label=_("Service"), queryset=Service.objects.none())
    service_point = ModelChoiceField(label=_("Service point"), queryset=ServicePoint.objects.none())
    teacher_name = forms.CharField(label=_("Teacher"), max_length=200, required=False)
    sessions = SessionsField(
        label=_("Sessions"),
        help_text=_("One a line, as 6.9.2027 18.00–19.30. Or generate weekly ones below."),
    )
    enrolment_opens = forms.DateTimeField(
        label=_("Registration opens"), widget=LocalDateTimeInput()
    )
    enrolment_closes = forms.DateTimeField(
        label=_("Registration closes"), widget=LocalDateTimeInput()
    )
    capacity = forms.IntegerField(label=_("Places"), min_value=1, max_value=5000)
    waiting_list_capacity = forms.IntegerField(
        label=_("Places on the waiting list"), min_value=0, max_value=5000, initial=0
    )
    min_age = forms.IntegerField(label=_("Minimum age"), min_value=0, max_value=120, required=False)
    max_age = forms.IntegerField(label=_("Maximum age"), min_value=0, max_value=120, required=False)
    minimum_participants = forms.IntegerField(
        label=_("Minimum participants"), min_value=0, max_value=5000, initial=0
    )
    decision_date = forms.DateField(
        label=_("Decision date"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("The course runs only if it has its minimum participants by this day."),
    )
    fee = EuroField(
        label=_("Fee (€)"),
        max_value=10000,
        required=False,
        help_text=_("The full price, VAT included. Leave empty when the course is free of charge."),
    )
    fee_reduced = EuroField(
        label=_("Reduced fee for seniors, students and the unemployed (€)"),
        max_value=10000,
        required=False,
        help_text=_(
            "Leave empty when everyone pays the full fee. The proof is checked at the "
            "first session."
        ),
    )
    fee_vat = forms.ChoiceField(
        label=_("VAT of the fee"),
        choices=[
            ("0.0", _("0 % – outside VAT (the city's education, an authority's fee)")),
            ("13.5", _("13.5 % – admission to a cultural or sports event")),
            ("25.5", _("25.5 % – general rate")),
        ],
        initial="0.0",
        required=False,
        help_text=_("A changed fee applies from today; registrations made before keep theirs."),
    )
    free_cancellation_until = forms.DateField(
        label=_("Free cancellation until"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("After this day a registration is binding: cancelled, it is not refunded."),
    )
    published = forms.BooleanField(label=_("Shown to citizens"), required=False, initial=True)

    def __init__(self, *args, editing: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if not editing:  # a new course has no fee to change
            self.fields["fee_vat"].help_text = ""
        self.fields["service"].queryset = Service.objects.filter(is_published=True)
        self.fields["service_point"].queryset = ServicePoint.objects.all()
        self.translated = []
        for name, label, kind in (
            ("name", _("Name"), "line"),
            ("place", _("Venue"), "line"),
            ("description", _("Description"), "text"),
            ("terms", _("Registration terms"), "text"),
        ):
            group = []
            for lang in LANGS:
                field = (
                    forms.CharField(max_length=200, required=name == "name" and lang == "fi")
                    if kind == "line"
                    else forms.CharField(
                        widget=forms.Textarea(attrs={"rows": 3}), required=False, max_length=5000
                    )
                )
                field.label = f"{label} ({LANG_LABELS[lang]})"
                self.fields[f"{name}_{lang}"] = field
                group.append(f"{name}_{lang}")
            self.translated.append(group)

    def clean(self):
        """The course's rules (the window's order, the ages', the sessions', the decision
        date) checked with the fields, so every error shows in one round."""
        data = super().clean()
        if data.get("fee") is None and data.get("fee_reduced") is not None:
            self.add_error("fee_reduced", _("Give the full fee too, or neither."))
        elif data.get("fee_reduced") is not None and data["fee_reduced"] > data["fee"]:
            self.add_error("fee_reduced", _("The reduced fee cannot be above the full fee."))
        if data.get("fee") is not None and not data.get("fee_vat"):
            self.add_error("fee_vat", _("Choose the VAT of the fee."))
        sessions = data.get("sessions") if "sessions" not in self.errors else None
        for name, message in course_rule_errors(data, sessions).items():
            if name not in self.errors:
                self.add_error(name, message)
        return data

    def course_fee(self) -> CourseFee:
        data = self.cleaned_data
        cents = [
            None if data[name] is None else euros_to_cents(data[name])
            for name in ("fee", "fee_reduced")
        ]
        return CourseFee(*cents, vat_percent=data["fee_vat"] or "0.0")

    def model_fields(self) -> dict:
        data = dict(self.cleaned_data)
        for name in ("sessions", "fee", "fee_reduced", "fee_vat"):
            data.pop(name)
        for name in ("teacher_name",):
            data[name] = data[name] or ""
        for key in list(data):
            if key.endswith(("_sv", "_en")) and not data[key]:
                data[key] = None if key.startswith(("name", "place")) else ""
        data["minimum_participants"] = data["minimum_participants"] or 0
        return data

    @classmethod
    def initial_of(cls, course: Course) -> dict:
        names = [f"{f}_{lang}" for f in ("name", "place", "description", "terms") for lang in LANGS]
        plain = [
            "code", "service", "service_point", "teacher_name", "capacity",
            "waiting_list_capacity", "min_age", "max_age", "minimum_participants",
            "decision_date", "free_cancellation_until", "published",
        ]  # fmt: skip
        initial = {name: getattr(course, name) for name in names + plain if name not in FKS}
        initial |= {name: getattr(course, f"{name}_id") for name in FKS}
        for name in ("enrolment_opens", "enrolment_closes"):
            initial[name] = timezone.localtime(getattr(course, name))
        fee = course_fee(course, timezone.localdate())
        for name, cents in (("fee", fee.cents), ("fee_reduced", fee.reduced_cents)):
            # In the reader's format (60,00 in Finnish and Swedish); EuroField reads either.
            initial[name] = None if cents is None else number_format(Decimal(cents).scaleb(-2), 2)
        initial["fee_vat"] = fee.vat_percent
        initial["sessions"] = sessions_text((s.starts_at, s.ends_at) for s in course.sessions.all())
        return initial


class WeeklyForm(forms.Form):
    """Weekly sessions laid out into the sessions' box (Finnish public holidays skipped)."""

    prefix = "weekly"
    first = forms.DateField(
        label=_("From"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    weekday = forms.TypedChoiceField(label=_("Weekday"), choices=Weekday.choices, coerce=int)
    start = forms.TimeField(
        label=_("Starts at"), widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M")
    )
    minutes = forms.IntegerField(label=_("Length in minutes"), min_value=1, max_value=24 * 60)
    count = forms.IntegerField(label=_("How many sessions"), min_value=1, max_value=60)


class DecisionConfirmForm(forms.Form):
    runs = forms.TypedChoiceField(
        choices=[("1", _("The course runs")), ("0", _("The course is cancelled"))],
        coerce=lambda value: value == "1",
        widget=forms.HiddenInput,
    )
    reason = forms.CharField(
        label=_("Reason"),
        max_length=500,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Recorded on each registrant's case. Required when the course is cancelled."),
    )

    def clean(self):
        data = super().clean()
        if data.get("runs") is False and not (data.get("reason") or "").strip():
            self.add_error("reason", _("Give the reason the course is cancelled."))
        return data


class CancelConfirmForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        max_length=200,
        help_text=_("Recorded on the registrant's case."),
    )
