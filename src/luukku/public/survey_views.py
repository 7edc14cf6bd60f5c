"""The satisfaction survey's answer page (docs/feedback.md, "Satisfaction surveys"): by its
private link, without signing in or JavaScript, once."""

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods

from luukku.feedback.survey_models import Survey
from luukku.feedback.surveys import COMMENT_MAX_CHARS, survey_answer, survey_open

SCALE = (
    (5, _("5 – Very satisfied")),
    (4, _("4 – Satisfied")),
    (3, _("3 – Neither satisfied nor dissatisfied")),
    (2, _("2 – Dissatisfied")),
    (1, _("1 – Very dissatisfied")),
)


class SurveyForm(forms.Form):
    score = forms.TypedChoiceField(
        label=_("How satisfied are you with the service you got?"),
        choices=SCALE,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose how satisfied you are, from 1 to 5.")},
    )
    comment = forms.CharField(
        label=_("Would you like to tell us more? (optional)"),
        help_text=_("Please do not write personal details such as your identity code."),
        required=False,
        max_length=COMMENT_MAX_CHARS,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


def _survey_or_404(token: str) -> Survey:
    survey = (
        Survey.objects.select_related("case__service", "service", "ticket", "service_point")
        .filter(token=token)
        .exclude(status__in=[Survey.Status.PENDING, Survey.Status.CANCELLED, Survey.Status.SKIPPED])
        .first()
    )
    if survey is None:
        raise Http404
    return survey


@require_http_methods(["GET", "POST"])
def survey(request, token: str):
    survey = _survey_or_404(token)
    context = {"survey": survey, "service": survey.service or getattr(survey.case, "service", None)}
    if survey.status == Survey.Status.ANSWERED:
        return render(request, "public/survey.html", {**context, "state": "answered"})
    if not survey_open(survey):
        return render(request, "public/survey.html", {**context, "state": "closed"}, status=410)
    form = SurveyForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            survey_answer(
                token=token,
                score=form.cleaned_data["score"],
                comment=form.cleaned_data["comment"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Thank you for your answer!"))
            return redirect("public:survey", token=token)
    status = 400 if request.method == "POST" else 200
    return render(request, "public/survey.html", {**context, "form": form}, status=status)
