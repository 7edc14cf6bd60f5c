"""The forms of the inbox as a work queue: bulk actions and saved views."""

from django import forms
from django.utils.translation import gettext_lazy as _

from luukku.cases.models import Status
from luukku.cases.services.work_queue import BULK_LIMIT
from luukku.core.forms import ModelChoiceField
from luukku.organisation.models import Team
from luukku.organisation.selectors import STAFF, TEAMS

BULK_ACTIONS = [
    ("assign", _("Assign")),
    ("status", _("Change status")),
    ("note", _("Add note")),
    ("merge", _("Merge")),
]


class BulkForm(forms.Form):
    """The chosen cases (`cases`, or every case of the page with `all_on_page`) and the
    action's own fields; the action is the submit button pressed."""

    action = forms.ChoiceField(label=_("Action"), choices=BULK_ACTIONS)
    cases = forms.MultipleChoiceField(label=_("Cases"), required=False)
    page_cases = forms.MultipleChoiceField(label=_("Cases on this page"), required=False)
    all_on_page = forms.BooleanField(label=_("Select all on this page"), required=False)
    assignee = ModelChoiceField(
        label=_("Handler"), required=False, reference=STAFF, empty_label=_("Nobody")
    )
    team = ModelChoiceField(
        label=_("Team"), required=False, reference=TEAMS, empty_label=_("No team")
    )
    status = forms.ChoiceField(
        label=_("New status"), required=False, choices=[("", "–"), *Status.choices]
    )
    body = forms.CharField(
        label=_("Internal note"),
        required=False,
        max_length=20000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Any reference may be sent: the view reads them in the person's scope
        # (cases.work_queues.cases_chosen) and the services decide who may change which case.
        for name in ("cases", "page_cases"):
            self.fields[name].valid_value = lambda value: True

    def clean(self):
        data = super().clean()
        chosen = data.get("page_cases") if data.get("all_on_page") else data.get("cases")
        references = list(dict.fromkeys(chosen or []))
        if not references:
            raise forms.ValidationError(_("Choose at least one case."))
        if len(references) > BULK_LIMIT:
            raise forms.ValidationError(
                _("Choose at most %(limit)s cases at a time.") % {"limit": BULK_LIMIT}
            )
        action = data.get("action")
        if action == "status" and not data.get("status"):
            self.add_error("status", _("Choose the new status."))
        if action == "note" and not (data.get("body") or "").strip():
            self.add_error("body", _("Write the note first."))
        if action == "merge" and len(references) < 2:
            raise forms.ValidationError(_("Choose at least two cases to merge."))
        data["references"] = references
        return data


class SavedViewForm(forms.Form):
    name = forms.CharField(label=_("Name of the view"), max_length=80, required=False)
    team = forms.ModelChoiceField(
        label=_("Share with team"),
        queryset=Team.objects.none(),
        required=False,
        empty_label=_("Only for me"),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        # A supervisor shares with any team, others with their own (cases.services).
        teams = Team.objects.all() if user.sees_everything else user.teams.all()
        self.fields["team"].queryset = teams


class SavedViewRenameForm(forms.Form):
    name = forms.CharField(label=_("New name"), max_length=80, required=False)
