"""Forms of the walk-in queue's staff pages: a number for a visitor, the visit's log, a
transfer. The queue's services check the rest (web/desk_views.py)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from luukku.catalogue.models import Service
from luukku.queueing.models import Desk, ServiceGroup
from luukku.queueing.selectors.desk import desk_staffing


class StaffTicketForm(forms.Form):
    group = forms.ModelChoiceField(
        label=_("Service group"), queryset=ServiceGroup.objects.none(), empty_label=None
    )

    def __init__(self, *args, service_point, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["group"].queryset = ServiceGroup.objects.filter(
            service_point=service_point, is_active=True
        )


class VisitContactForm(forms.Form):
    """One service the visit was about; the group's services are offered first."""

    service = forms.TypedChoiceField(label=_("Service"), coerce=int)
    note = forms.CharField(
        label=_("What was it about?"), widget=forms.Textarea(attrs={"rows": 3}), max_length=5000
    )
    resolved = forms.BooleanField(label=_("Resolved at first contact"), required=False)

    def __init__(self, *args, own=(), others=(), **kwargs):
        super().__init__(*args, **kwargs)
        choices = [("", "—")]
        if own:
            choices.append((_("Services of this group"), [(s.pk, s.name) for s in own]))
        choices.append((_("All services"), [(s.pk, s.name) for s in others]))
        self.fields["service"].choices = choices

    def clean_service(self):
        service = Service.objects.filter(pk=self.cleaned_data["service"]).first()
        if service is None:
            raise forms.ValidationError(_("Choose a service."))
        return service


def desk_label(desk: Desk, agent) -> str:
    """A desk as the transfer offers it, with who is at it: a visitor sent to a desk nobody
    sits at waits until someone does."""
    name = f"{desk.number} {desk.name}".strip()
    if agent is None:
        return _("%(desk)s – nobody at it") % {"desk": name}
    return f"{name} – {agent.get_full_name() or agent.get_username()}"


class TransferForm(forms.Form):
    """To a group of the point (`group:<id>`) or to another desk (`desk:<id>`)."""

    to = forms.ChoiceField(label=_("Transfer to"))

    def __init__(self, *args, desk: Desk, **kwargs):
        super().__init__(*args, **kwargs)
        groups = ServiceGroup.objects.filter(service_point_id=desk.service_point_id, is_active=True)
        desks = list(
            Desk.objects.filter(service_point_id=desk.service_point_id, is_active=True)
            .exclude(pk=desk.pk)
            .order_by("number")
        )
        staffing = desk_staffing(desks)
        self.fields["to"].choices = [
            ("", "—"),
            (_("Service group"), [(f"group:{g.pk}", str(g)) for g in groups]),
            (_("Desk"), [(f"desk:{d.pk}", desk_label(d, staffing.get(d.pk))) for d in desks]),
        ]

    def target(self) -> dict:
        """The transfer's target as the service takes it: to_group or to_desk."""
        kind, _sep, pk = self.cleaned_data["to"].partition(":")
        if kind == "group":
            return {"to_group": ServiceGroup.objects.get(pk=pk)}
        return {"to_desk": Desk.objects.get(pk=pk)}
