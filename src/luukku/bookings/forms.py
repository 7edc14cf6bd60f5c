"""The registration form, shared by the citizen's page and the counter's (which adds the
agent's check of a discount proof)."""

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from luukku.commerce.models import CustomerGroup
from luukku.commerce.templatetags.commerce_labels import euros

from .selectors.courses import ONLINE_GROUPS, course_group_prices
from .services.registrations import Registrant, registrant_rule_errors

GROUPS_HELP = _(
    "A discount's proof (such as a pensioner's, student or unemployment card) is checked at "
    "the first session."
)


class RegistrationForm(forms.Form):
    first_name = forms.CharField(label=_("First name"), max_length=100)
    last_name = forms.CharField(label=_("Last name"), max_length=100)
    email = forms.EmailField(
        label=_("E-mail"),
        help_text=_("The confirmation and the link to your registration are sent here."),
    )
    phone = forms.CharField(label=_("Phone"), max_length=40, required=False)
    birth_year = forms.IntegerField(
        label=_("Year of birth"),
        required=False,
        min_value=1900,
        help_text=_("Needed when the course has an age limit."),
    )
    group = forms.ChoiceField(
        label=_("Price group"),
        choices=[(g.value, g.label) for g in ONLINE_GROUPS],
        initial=CustomerGroup.RESIDENT,
        help_text=GROUPS_HELP,
    )
    groups = ONLINE_GROUPS
    terms_accepted = forms.BooleanField(
        label=_("I have read and accept the registration terms."), required=False
    )

    def __init__(self, *args, course=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.course = course
        self.fields["birth_year"].max_value = timezone.localdate().year
        self.fields["birth_year"].widget.attrs.update(inputmode="numeric")
        if course is not None and (course.min_age is not None or course.max_age is not None):
            self.fields["birth_year"].required = True
        if course is not None and not course.product_id:
            del self.fields["group"]
        elif course is not None:
            # Only the groups the course has a price for, each with its price.
            prices = course_group_prices(course, now=timezone.now(), groups=self.groups)
            self.fields["group"].choices = [
                (p.group, f"{p.label} – {euros(p.cents)}") for p in prices
            ]
        if course is not None and not course.terms:
            del self.fields["terms_accepted"]
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["first_name"].widget.attrs["autocomplete"] = "given-name"
        self.fields["last_name"].widget.attrs["autocomplete"] = "family-name"
        self.fields["phone"].widget.attrs["autocomplete"] = "tel"

    def clean(self):
        """The course's age limits and terms checked with the other fields, so that every
        error shows in one round (the service checks them again when the form is sent)."""
        data = super().clean()
        if self.course is None:
            return data
        errors = registrant_rule_errors(
            self.course,
            birth_year=data.get("birth_year"),
            terms_accepted=bool(data.get("terms_accepted")),
        )
        for name, message in errors.items():
            if name in self.fields and name not in self.errors:
                self.add_error(name, message)
        return data

    def registrant(self, language: str) -> Registrant:
        data = self.cleaned_data
        return Registrant(
            first_name=data["first_name"],
            last_name=data["last_name"],
            email=data.get("email") or "",
            phone=data.get("phone") or "",
            birth_year=data.get("birth_year"),
            group=data.get("group") or CustomerGroup.RESIDENT,
            language=language,
            terms_accepted=bool(data.get("terms_accepted")),
            proof_seen=bool(data.get("proof_seen")),
        )


class CounterRegistrationForm(RegistrationForm):
    """At the counter: e-mail or phone, every group, the proof seen, the language."""

    language = forms.ChoiceField(
        label=_("Language of messages"),
        choices=settings.LANGUAGES,
    )
    proof_seen = forms.BooleanField(label=_("I saw the proof of the discount"), required=False)
    groups = tuple(CustomerGroup)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].required = False
        self.fields["email"].help_text = _("Messages about the registration go here.")
        if "group" in self.fields:
            self.fields["group"].help_text = ""
