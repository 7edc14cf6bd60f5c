"""The feedback pages of the staff workspace (docs/feedback.md, "Feedback"): the feedback
list with its filters and ideas' fates, the topics supervisors keep, and the case page's
feedback panel. Every list of feedback writes the access log."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from luukku.cases.selectors import cases_visible_to
from luukku.feedback.models import Feedback, FeedbackTopic
from luukku.feedback.selectors import (
    FeedbackFilters,
    case_feedback,
    feedback_list,
    feedback_topics,
    idea_fate_reply,
    overdue,
)
from luukku.feedback.services import feedback_topic_save, idea_fate_decide
from luukku.privacy.services import access_log_list

from .feedback_forms import CaseFeedbackForm, FateForm, FeedbackFilterForm, TopicForm


def case_feedback_panel(case, form=None, read: bool = True) -> dict:
    """The case page's feedback panel: the record (when the case has one: `read`), its form,
    the fate's reply to offer."""
    feedback = case_feedback(case=case) if read else None
    initial = {}
    if feedback is not None:
        initial = {
            "kind": feedback.kind,
            "topic": feedback.topic_id,
            "service": feedback.service_id,
            "service_point": feedback.service_point_id,
            "handler": feedback.handler_id,
        }
        feedback.case = case
    return {
        "feedback": feedback,
        "form": form or CaseFeedbackForm(prefix="feedback", initial=initial),
        "fate_reply": idea_fate_reply(feedback) if feedback is not None else "",
        "today": timezone.localdate(),
    }


def _staff_with_cases(view):
    """Feedback is read by those who handle cases (not the data protection officer)."""

    @login_required
    def checked(request, *args, **kwargs):
        if request.user.role == "dpo":
            raise PermissionDenied
        return view(request, *args, **kwargs)

    checked.__name__ = view.__name__
    checked.__doc__ = view.__doc__
    return checked


def _filters(form: FeedbackFilterForm) -> FeedbackFilters:
    if not form.is_valid():
        return FeedbackFilters()
    data = form.cleaned_data
    return FeedbackFilters(
        kind=data["kind"],
        topic=data["topic"].pk if data["topic"] else None,
        service=data["service"].pk if data["service"] else None,
        start=data["start"],
        end=data["end"],
        fate=data["fate"],
        overdue=data["overdue"],
    )


def _list_page(request, *, fate_forms=None, status=200):
    form = FeedbackFilterForm(request.GET or None)
    rows = feedback_list(user=request.user, filters=_filters(form))
    access_log_list(actor=request.user, context="feedback_list", query=request.GET, count=len(rows))
    today = timezone.localdate()
    fate_forms = fate_forms or {}
    for row in rows:
        row.is_overdue = overdue(row, today)
        if row.kind == Feedback.Kind.IDEA:
            row.fate_form = fate_forms.get(row.pk) or FateForm(
                prefix=f"fate-{row.pk}", initial={"fate": row.fate or "considered"}
            )
    return render(
        request,
        "web/feedback_list.html",
        {"form": form, "rows": rows, "today": today, "query": request.GET.urlencode()},
        status=status,
    )


@_staff_with_cases
def feedback_list_view(request):
    return _list_page(request)


@_staff_with_cases
@require_POST
def feedback_fate(request, pk: int):
    """Decide an idea's fate from the list; back to the list as it was filtered."""
    visible = cases_visible_to(user=request.user)
    feedback = get_object_or_404(Feedback, pk=pk, case__in=visible)
    form = FateForm(request.POST, prefix=f"fate-{pk}")
    if form.is_valid():
        try:
            idea_fate_decide(
                feedback=feedback,
                actor=request.user,
                fate=form.cleaned_data["fate"],
                reason=form.cleaned_data["reason"],
            )
        except ValidationError as error:
            for field, errors in error.message_dict.items():
                form.add_error(field if field in form.fields else None, errors)
        else:
            messages.success(
                request,
                _("The fate of the idea in case %(reference)s was saved.")
                % {"reference": feedback.case.reference},
            )
            query = request.POST.get("list", "")
            return redirect(reverse("web:feedback_list") + (f"?{query}" if query else ""))
    return _list_page(request, fate_forms={pk: form}, status=400)


def _supervisor(view):
    @login_required
    def checked(request, *args, **kwargs):
        if not request.user.sees_everything:
            raise PermissionDenied
        return view(request, *args, **kwargs)

    checked.__name__ = view.__name__
    return checked


@_supervisor
def feedback_topics_view(request):
    """The topics of feedback, named in three languages; supervisors add, rename, retire."""
    new_form = TopicForm(prefix="new")
    failed = None
    status = 200
    if request.method == "POST":
        pk = request.POST.get("topic", "")
        topic = get_object_or_404(FeedbackTopic, pk=pk) if pk.isdigit() else None
        prefix = f"topic-{topic.pk}" if topic else "new"
        form = TopicForm(request.POST, prefix=prefix)
        if form.is_valid():
            data = form.cleaned_data
            try:
                feedback_topic_save(
                    actor=request.user,
                    topic=topic,
                    names={lang: data[f"name_{lang}"] for lang in ("fi", "sv", "en")},
                    active=data["active"],
                    order=data["order"],
                )
            except ValidationError as error:
                for field, errors in error.message_dict.items():
                    form.add_error(field if field in form.fields else None, errors)
            else:
                messages.success(request, _("The topic was saved."))
                return redirect("web:feedback_topics")
        status = 400
        if topic is None:
            new_form = form
        else:
            failed = (topic.pk, form)
    topics = list(feedback_topics(active_only=False))
    for topic in topics:
        if failed and failed[0] == topic.pk:
            topic.form = failed[1]
            continue
        topic.form = TopicForm(
            prefix=f"topic-{topic.pk}",
            initial={
                "name_fi": topic.name_fi,
                "name_sv": topic.name_sv,
                "name_en": topic.name_en,
                "order": topic.order,
                "active": topic.active,
            },
        )
    return render(
        request, "web/feedback_topics.html", {"topics": topics, "new_form": new_form}, status=status
    )
