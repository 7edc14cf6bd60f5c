"""The citizen's application form for seasonal turns: the applicant and up to three wished
weekly turns, each a row of fields (no JavaScript needed)."""

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from luukku.bookings.models import AgeGroup
from luukku.bookings.models.rounds import WEEKDAYS
from luukku.bookings.services.rounds import business_id_error, wish_problems

ROWS = 3
WISH_FIELDS = ("unit", "weekday", "starts", "ends", "priority")


def _time_field(label):
    return forms.TimeField(
        label=label,
        required=False,
        widget=forms.TimeInput(attrs={"type": "time", "step": 900}, format="%H:%M"),
    )


class ApplicationForm(forms.Form):
    organisation_name = forms.CharField(
        label=gettext_lazy("Association or company"),
        max_length=200,
        required=False,
        help_text=gettext_lazy("Leave empty when you apply as a resident."),
    )
    business_id = forms.CharField(label=gettext_lazy("Business ID"), max_length=20, required=False)
    contact_name = forms.CharField(label=gettext_lazy("Contact person"), max_length=200)
    email = forms.EmailField(
        label=gettext_lazy("E-mail"),
        help_text=gettext_lazy("The confirmation and the results are sent here."),
    )
    phone = forms.CharField(label=gettext_lazy("Phone"), max_length=40, required=False)
    purpose = forms.CharField(
        label=gettext_lazy("What are the turns for?"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    group_size = forms.IntegerField(label=gettext_lazy("Group size"), min_value=1, max_value=10000)
    age_group = forms.ChoiceField(
        label=gettext_lazy("Age group"),
        choices=[("", "—"), *AgeGroup.choices],
        required=False,
    )

    def __init__(self, *args, units=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.units = {str(u.pk): u for u in units}
        unit_choices = [("", "—"), *((str(u.pk), u.name) for u in units)]
        for n in range(1, ROWS + 1):
            self.fields[f"wish{n}_unit"] = forms.ChoiceField(
                label=_("Unit"), choices=unit_choices, required=False
            )
            self.fields[f"wish{n}_weekday"] = forms.TypedChoiceField(
                label=_("Weekday"),
                choices=[("", "—"), *WEEKDAYS],
                coerce=int,
                required=False,
            )
            self.fields[f"wish{n}_starts"] = _time_field(_("Starts"))
            self.fields[f"wish{n}_ends"] = _time_field(_("Ends"))
            self.fields[f"wish{n}_priority"] = forms.TypedChoiceField(
                label=_("Order of preference"),
                choices=[(1, "1"), (2, "2"), (3, "3")],
                coerce=int,
                initial=n,
                required=False,
            )

    def wish_rows(self):
        """The rows' bound fields and the turn's own errors, for the template."""
        turn_errors = getattr(self, "turn_errors", {})
        return [
            {
                "fields": [self[f"wish{n}_{name}"] for name in WISH_FIELDS],
                "errors": turn_errors.get(n, []),
            }
            for n in range(1, ROWS + 1)
        ]

    def clean_business_id(self):
        business_id = self.cleaned_data["business_id"]
        problem = business_id_error(business_id)
        if problem:
            raise forms.ValidationError(problem)
        return business_id

    def _time_check(self, n: int, row: dict, group_size) -> None:
        """The turn against the unit's capacity, rules and opening hours, every problem
        told with the other errors at once, under the turn (the service checks it again)."""
        for problem in wish_problems(row["unit"], row, group_size):
            message = _("Turn %(n)s: %(problem)s") % {"n": n, "problem": problem}
            self.add_error(None, message)
            self.turn_errors.setdefault(n, []).append(message)

    def clean(self):
        data = super().clean()
        self.turn_errors: dict[int, list[str]] = {}
        wishes = []
        for n in range(1, ROWS + 1):
            row = {name: data.get(f"wish{n}_{name}") for name in WISH_FIELDS}
            given = [
                name
                for name in ("unit", "weekday", "starts", "ends")
                if row[name] not in (None, "")
            ]
            if not given:
                continue
            for name in ("unit", "weekday", "starts", "ends"):
                if name not in given and not self.has_error(f"wish{n}_{name}"):
                    self.add_error(
                        f"wish{n}_{name}",
                        _("Turn %(n)s: fill in every part of the turn.") % {"n": n},
                    )
            if len(given) == 4:
                row["unit"] = self.units[row["unit"]]
                row["priority"] = row["priority"] or 1
                wishes.append(row)
                self._time_check(n, row, data.get("group_size"))
        data["wishes"] = wishes
        if not wishes and not self.errors:
            self.add_error("wish1_unit", _("Wish at least one turn."))
        return data
