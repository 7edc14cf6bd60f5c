"""Forms of the feedback pages (web/feedback_views.py); the feedback services check the rest
(docs/feedback.md, "Feedback")."""

from django import forms
from django.utils.translation import gettext_lazy as _

from luukku.catalogue.selectors import SERVICES
from luukku.core.forms import ModelChoiceField
from luukku.feedback.models import Feedback, FeedbackTopic
from luukku.feedback.selectors import FEEDBACK_TOPICS
from luukku.organisation.selectors import SERVICE_POINTS, STAFF

from .forms import CasePageForm

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class CaseFeedbackForm(CasePageForm):
    """What the case is as feedback, on the case page's side panel."""

    kind = forms.ChoiceField(label=_("Kind of feedback"), choices=Feedback.Kind.choices)
    topic = ModelChoiceField(label=_("Topic"), reference=FEEDBACK_TOPICS, required=False)
    service = ModelChoiceField(label=_("Service it concerns"), reference=SERVICES, required=False)
    service_point = ModelChoiceField(
        label=_("Service point it concerns"), reference=SERVICE_POINTS, required=False
    )
    handler = ModelChoiceField(label=_("Staff member it concerns"), reference=STAFF, required=False)


class FeedbackFilterForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Kind"), required=False, choices=[("", _("All")), *Feedback.Kind.choices]
    )
    topic = ModelChoiceField(
        label=_("Topic"),
        queryset=FeedbackTopic.objects.all(),
        required=False,
        empty_label=_("All"),
    )
    service = ModelChoiceField(
        label=_("Service it concerns"), reference=SERVICES, required=False, empty_label=_("All")
    )
    start = forms.DateField(label=_("Received from"), required=False, widget=DATE)
    end = forms.DateField(label=_("Received until"), required=False, widget=DATE)
    fate = forms.ChoiceField(
        label=_("Idea's fate"),
        required=False,
        choices=[("", _("All")), ("undecided", _("Not decided")), *Feedback.Fate.choices],
    )
    overdue = forms.BooleanField(label=_("Overdue complaints only"), required=False)


class FateForm(forms.Form):
    fate = forms.ChoiceField(label=_("Fate"), choices=Feedback.Fate.choices)
    reason = forms.CharField(
        label=_("Reason (told to the citizen)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class TopicForm(forms.Form):
    name_fi = forms.CharField(label=_("Name in Finnish"), max_length=100, required=False)
    name_sv = forms.CharField(label=_("Name in Swedish"), max_length=100, required=False)
    name_en = forms.CharField(label=_("Name in English"), max_length=100, required=False)
    order = forms.IntegerField(label=_("Order"), min_value=0, max_value=999, initial=0)
    active = forms.BooleanField(label=_("In use"), required=False, initial=True)
