"""Forms of the agent's chat console (web/chat_views.py). The chat's services check the rest:
who has room, whose chat it is, what an outcome needs."""

from django import forms
from django.utils.translation import gettext_lazy as _

from luukku.chat.services.agents import AGENT_OUTCOMES
from luukku.core.forms import ModelChoiceField
from luukku.organisation.models import Team, User
from luukku.organisation.selectors import DEPARTMENTS, EXPERTS

from .appointment_forms import LocalDateTimeInput


class AvailabilityForm(forms.Form):
    available = forms.TypedChoiceField(
        label=_("Chat"),
        choices=[("1", _("On: offer me chats")), ("0", _("Off: no new chats"))],
        coerce=lambda value: value == "1",
        widget=forms.RadioSelect,
    )
    max_chats = forms.IntegerField(
        label=_("Chats at once"),
        min_value=1,
        max_value=8,
        error_messages={
            "min_value": _("Choose from one to eight chats at once."),
            "max_value": _("Choose from one to eight chats at once."),
        },
    )


class MessageForm(forms.Form):
    body = forms.CharField(
        label=_("Message"), widget=forms.Textarea(attrs={"rows": 3}), required=False
    )
    client_id = forms.CharField(widget=forms.HiddenInput, required=False)


class OwnIds:
    """A form of the console with ids of its own: the console shows it beside others with
    the same field names (a label must lead to its own field)."""

    id_prefix = ""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", f"{self.id_prefix}_%s")
        super().__init__(*args, **kwargs)


class ChatNoteForm(OwnIds, forms.Form):
    id_prefix = "note"
    body = forms.CharField(
        label=_("Internal note"),
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=20000,
        help_text=_("Only the staff see it, on the case's timeline."),
    )


def _agent_label(presence) -> str:
    user = presence.user
    name = user.get_full_name() or user.get_username()
    return _("%(name)s (%(active)s/%(max)s chats)") % {
        "name": name,
        "active": presence.active,
        "max": presence.max_chats,
    }


class ChatTransferForm(forms.Form):
    """To a colleague who is there and has room (`user:<id>`) or to a team (`team:<id>`)."""

    to = forms.ChoiceField(label=_("Transfer to"))
    note = forms.CharField(
        label=_("Note to the colleague (optional)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=2000,
    )

    def __init__(self, *args, present=(), **kwargs):
        super().__init__(*args, **kwargs)
        teams = Team.objects.order_by("name")
        self.fields["to"].choices = [
            ("", "—"),
            (
                _("A colleague who is there"),
                [(f"user:{p.user_id}", _agent_label(p)) for p in present],
            ),
            (_("A team"), [(f"team:{team.pk}", str(team)) for team in teams]),
        ]

    def target(self) -> dict:
        """The transfer's target as the service takes it: to_user or to_team."""
        kind, _sep, pk = self.cleaned_data["to"].partition(":")
        if kind == "team":
            return {"to_team": Team.objects.get(pk=pk)}
        return {"to_user": User.objects.get(pk=pk)}


class ChatEndForm(OwnIds, forms.Form):
    id_prefix = "end"
    outcome = forms.ChoiceField(
        label=_("How did the chat end?"),
        choices=[(outcome.value, outcome.label) for outcome in AGENT_OUTCOMES],
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose how the chat ended.")},
    )
    note = forms.CharField(
        label=_("Internal note (optional)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=20000,
    )
    question = forms.CharField(
        label=_("Question for the expert"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=5000,
    )
    expert = ModelChoiceField(label=_("Expert"), required=False, reference=EXPERTS, empty_label="–")
    department = ModelChoiceField(
        label=_("or a department's expert queue"),
        required=False,
        reference=DEPARTMENTS,
        empty_label="–",
    )
    window_start = forms.DateTimeField(
        label=_("Call between"), required=False, widget=LocalDateTimeInput()
    )
    window_end = forms.DateTimeField(label=_("and"), required=False, widget=LocalDateTimeInput())
    phone = forms.CharField(label=_("Phone"), required=False, max_length=40)

    EXPERT_FIELDS = ("question", "expert", "department")
    CALLBACK_FIELDS = ("window_start", "window_end", "phone")
