"""“Customer satisfaction”: the satisfaction surveys' results per handler, service, channel
and service point (docs/feedback.md, "Metrics"). A handler sees their own, a supervisor
everyone's (the rule is `feedback.survey_selectors.surveys_visible`)."""

from django import forms
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from luukku.feedback.survey_selectors import (
    GROUPS,
    SurveyFilters,
    survey_comments,
    survey_results,
    survey_total,
    surveys_filtered,
)
from luukku.privacy.services import access_log_record

from .insights_forms import DashboardForm


class SurveyResultsForm(DashboardForm):
    group = forms.ChoiceField(
        label=_("Figures per"),
        choices=[(key, title) for key, (_field, title) in GROUPS.items()],
        required=False,
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        del self.fields["department"]
        if not user.sees_everything:
            # A handler's own results only: no one else to choose.
            del self.fields["assignee"]

    def survey_filters(self, user) -> SurveyFilters:
        data = self.cleaned_data
        handler = data.get("assignee") if user.sees_everything else None
        return SurveyFilters(
            start=data["start"],
            end=data["end"],
            service=data["service"].pk if data.get("service") else None,
            channel=data.get("channel") or "",
            service_point=data["service_point"].pk if data.get("service_point") else None,
            handler=handler.pk if handler else None,
        )


@login_required
def satisfaction(request):
    user = request.user
    if user.role == user.Role.DPO:
        raise PermissionDenied
    form = SurveyResultsForm(request.GET or None, user=user)
    if not request.GET:
        form = SurveyResultsForm({}, user=user)
    context = {"form": form, "own_only": not user.sees_everything}
    if form.is_valid():
        group = form.cleaned_data.get("group") or ("handler" if user.sees_everything else "service")
        surveys = surveys_filtered(user, form.survey_filters(user))
        comments = survey_comments(surveys)
        context |= {
            "group_title": GROUPS[group][1],
            "total": survey_total(surveys),
            "results": survey_results(surveys, group),
            "comments": comments,
        }
        access_log_record(
            actor=user,
            action="list",
            context="satisfaction_results",
            query={key: str(value) for key, value in request.GET.items() if value},
            count=len(comments),
        )
    return render(request, "web/satisfaction.html", context)
