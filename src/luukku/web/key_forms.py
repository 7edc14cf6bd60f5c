"""Forms of the key register's staff pages (web/key_views.py); the keys services check the
rest (docs/keys.md)."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from luukku.commerce.models import RegisterDay
from luukku.keys.models import WEEKDAYS, Area, Key, Loan
from luukku.organisation.models import User

from .chat_forms import OwnIds

WEEKDAY_CHOICES = [
    ("1", _("Monday")),
    ("2", _("Tuesday")),
    ("3", _("Wednesday")),
    ("4", _("Thursday")),
    ("5", _("Friday")),
    ("6", _("Saturday")),
    ("7", _("Sunday")),
]
DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
TIME = forms.TimeInput(attrs={"type": "time"}, format="%H:%M")


class KeyFilterForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=[("", _("All")), *Key.Status.choices]
    )
    area = forms.TypedChoiceField(label=_("Opens"), required=False, coerce=int, empty_value=None)
    overdue = forms.BooleanField(label=_("Overdue only"), required=False)

    def __init__(self, *args, areas=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.areas = {area.pk: area for area in areas}
        self.fields["area"].choices = [("", _("All"))] + [
            (area.pk, f"{area.building} · {area.name}") for area in areas
        ]

    def area_chosen(self) -> Area | None:
        return self.areas.get(self.cleaned_data.get("area"))


class HolderSearchForm(OwnIds, forms.Form):
    id_prefix = "find"
    q = forms.CharField(label=_("Find the customer (name, e-mail, phone)"), max_length=100)


def open_days():
    return RegisterDay.objects.filter(closed_at__isnull=True).select_related(
        "register__service_point"
    )


class RegisterDayField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.register.name} · {obj.register.service_point}"


def register_days_offer(form: forms.Form) -> None:
    """The open register days to pay or refund at; the only one chosen already."""
    field = form.fields["day"]
    field.queryset = open_days()
    days = list(field.queryset[:2])
    if len(days) == 1:
        field.initial = days[0].pk


class LendForm(OwnIds, forms.Form):
    id_prefix = "lend"
    holder_kind = forms.ChoiceField(label=_("Holder"), choices=Loan.HolderKind.choices)
    employee = forms.ModelChoiceField(
        label=_("Employee"), required=False, queryset=User.objects.none()
    )
    customer = forms.IntegerField(label=_("Customer"), required=False, widget=forms.HiddenInput)
    contact_name = forms.CharField(label=_("Name of the person taking the key"), required=False)
    contact_email = forms.EmailField(
        label=_("E-mail given"),
        required=False,
        help_text=_("E-mail or phone: either is enough for a customer's loan."),
    )
    contact_phone = forms.CharField(label=_("Phone given"), required=False, max_length=40)
    language = forms.ChoiceField(label=_("Language of the reminders"), choices=settings.LANGUAGES)
    purpose = forms.CharField(
        label=_("Purpose"),
        max_length=300,
        help_text=_("For example: the association's booked turns on Tuesdays 18–20."),
    )
    due_on = forms.DateField(label=_("Due day"), required=False, widget=DATE)
    deposit = forms.ChoiceField(
        label=_("Deposit"),
        required=False,
        widget=forms.RadioSelect,
        choices=[
            ("counter", _("Paid now at the counter")),
            ("open", _("Left to be paid (an open order)")),
        ],
        initial="counter",
    )
    day = RegisterDayField(label=_("Register"), required=False, queryset=RegisterDay.objects.none())
    method = forms.ChoiceField(
        label=_("Paid by"), required=False, choices=[("cash", _("Cash")), ("card", _("Card"))]
    )
    terminal_receipt = forms.CharField(
        label=_("Card terminal's receipt number"), required=False, max_length=40
    )
    lock_change_confirmed = forms.BooleanField(
        label=_("The holder knows the key must be exchanged when the locks are changed"),
        required=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["employee"].queryset = User.objects.filter(is_active=True).order_by(
            "last_name", "first_name"
        )
        register_days_offer(self)
        # Required for a customer's loan (not an employee's): marked so, checked by key_lend.
        # E-mail or phone, either one, so neither is marked (the help says so).
        for name in ("contact_name", "due_on"):
            self.fields[name].marked_required = True


class ReturnForm(OwnIds, forms.Form):
    id_prefix = "return"
    day = RegisterDayField(label=_("Register"), required=False, queryset=RegisterDay.objects.none())
    # Asked for (by key_return) only when a paid deposit is refunded: a key whose deposit
    # was never paid, is on an invoice or was none is taken back with the note only.
    method = forms.ChoiceField(
        label=_("Deposit refunded"),
        required=False,
        choices=[("cash", _("In cash")), ("card", _("To the card"))],
    )
    terminal_receipt = forms.CharField(
        label=_("Card terminal's receipt number"), required=False, max_length=40
    )
    note = forms.CharField(label=_("Note"), required=False, max_length=500)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        register_days_offer(self)
        self.fields["method"].marked_required = True


class LostForm(OwnIds, forms.Form):
    id_prefix = "lost"
    note = forms.CharField(
        label=_("How and when was it lost?"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class DueForm(OwnIds, forms.Form):
    id_prefix = "due"
    due_on = forms.DateField(label=_("New due day"), widget=DATE)


class RightForm(OwnIds, forms.Form):
    id_prefix = "right"
    area = forms.ModelChoiceField(label=_("Area"), queryset=Area.objects.none())
    weekdays = forms.MultipleChoiceField(
        label=_("Weekdays"), choices=WEEKDAY_CHOICES, widget=forms.CheckboxSelectMultiple
    )
    starts = forms.TimeField(label=_("From"), widget=TIME)
    ends = forms.TimeField(label=_("Until"), widget=TIME)
    valid_from = forms.DateField(label=_("Valid from"), widget=DATE)
    valid_until = forms.DateField(label=_("Valid until"), required=False, widget=DATE)

    def __init__(self, *args, card=None, **kwargs):
        super().__init__(*args, **kwargs)
        # Only the doors the card's series may open.
        self.fields["area"].queryset = card.series.areas.all() if card else Area.objects.none()

    def weekday_string(self) -> str:
        return "".join(d for d in WEEKDAYS if d in self.cleaned_data["weekdays"])
