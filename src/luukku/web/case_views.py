"""The case page and the actions taken from it."""

from functools import partial
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404, HttpResponse, QueryDict
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from luukku.appointments.selectors import case_bookings
from luukku.cases.merges import MergeState, case_merge_state
from luukku.cases.models import Case, CaseEvent, OutboundMail
from luukku.cases.notifications import outbound_mail_retry
from luukku.cases.panels import case_has, case_mail_needing_attention
from luukku.cases.selectors import (
    attachment_get_for_staff,
    case_answers,
    case_consultations,
    case_get_for_view,
    case_timeline_for_staff,
    cases_visible_to,
    customer_other_cases,
    routing_rules_for,
)
from luukku.cases.services import (
    case_add_note,
    case_assign,
    case_change_status,
    case_contact_change,
    case_update,
    consultations_mark_seen,
)
from luukku.cases.work_queues import inbox_neighbour
from luukku.channels.models import InboundMessage
from luukku.channels.selectors import (
    case_inbound_mail,
    case_mail_get_for_view,
    request_is_published,
)
from luukku.commerce.selectors.packages import PACKAGES_ON_SALE, orders_of_case
from luukku.core.file_types import download_content_type
from luukku.core.http import found_or_404
from luukku.core.service_errors import form_errors_add
from luukku.customers.selectors import customer_possible_duplicates
from luukku.feedback.services import case_feedback_set
from luukku.knowledge.models import ReplyTemplate
from luukku.knowledge.selectors import (
    case_suggestions,
    reply_with_template,
    template_render,
    template_text_to_insert,
    templates_find,
)
from luukku.knowledge.services import case_reply_from_template
from luukku.servicelevels.selectors import (
    case_alerts,
    case_escalations,
    case_service_level,
    escalation_can_close,
)

from .feedback_forms import CaseFeedbackForm
from .feedback_views import case_feedback_panel
from .forms import (
    AssignForm,
    CaseContactForm,
    CaseUpdateForm,
    ConsultForm,
    EscalateForm,
    ForwardForm,
    NoteForm,
    ReplyForm,
    StatusForm,
)
from .order_forms import PackageOrderForm
from .views import inbox_filters

# The forms made for the case at hand: they offer only the statuses it may move to.
CASE_BOUND_FORMS = (ReplyForm, StatusForm)


def case_for_change(request, reference: str) -> Case:
    """A case the user may see, to change it; 404 for any other reference."""
    try:
        return cases_visible_to(user=request.user).get(reference=reference)
    except Case.DoesNotExist as error:
        raise Http404 from error


# How long a list's query string (the inbox's filters) may be to be carried along.
LIST_QUERY_LIMIT = 2000
# What the customer wrote: the newest of these is shown above the reply box.
CUSTOMER_MESSAGE_KINDS = {CaseEvent.Kind.MESSAGE_IN}


def list_query(request) -> str:
    """The inbox query string the case was opened from (`list`, in the address or a form)."""
    given = request.POST.get("list") or request.GET.get("list") or ""
    return given.strip().lstrip("?")[:LIST_QUERY_LIMIT]


def case_url(reference: str, list_query: str = "") -> str:
    """The case page, keeping the list it was opened from."""
    url = reverse("web:case", args=[reference])
    return f"{url}?{urlencode({'list': list_query})}" if list_query else url


def inbox_url(list_query: str) -> str:
    """The inbox with the list's query."""
    return reverse("web:inbox") + (f"?{list_query}" if list_query else "")


def list_neighbour(user, list_query: str, reference: str, direction: str) -> str | None:
    """The reference of the case next to (or before) `reference` in the list `list_query`."""
    _form, filters, _columns = inbox_filters(QueryDict(list_query))
    return inbox_neighbour(user=user, filters=filters, reference=reference, direction=direction)


def case_following(request, case: Case) -> str | None:
    """The reference of the case after `case` in the list it was opened from, read before an
    action that may take it out of the list (resolved, given away), so that "and open next"
    goes on from where the agent was, not from the list's start."""
    return list_neighbour(request.user, list_query(request), case.reference, "next")


def after_case_action(request, case: Case, following: str | None = None):
    """Back to the case, or with "and open next" on to `following`, the case after it in the
    list as it was before the action (`case_following`), or to the list when none followed."""
    kept = list_query(request)
    if not request.POST.get("and_next"):
        return redirect(case_url(case.reference, kept))
    if following is not None:
        return redirect(case_url(following, kept))
    messages.info(request, _("There are no more cases in this list."))
    return redirect(inbox_url(kept))


def _latest_customer_message(events) -> CaseEvent | None:
    return next((e for e in reversed(events) if e.kind in CUSTOMER_MESSAGE_KINDS), None)


def _template_chosen(value: str) -> tuple[ReplyTemplate | None, int | None]:
    """The template of a "Use" button (`<id>` or `<id>:<rank among the suggestions>`)."""
    template_id, _sep, rank = value.partition(":")
    if not template_id.isdigit():
        return None, None
    return _active_template(int(template_id)), (int(rank) if rank.isdigit() else None)


def _active_template(template_id: int) -> ReplyTemplate | None:
    return ReplyTemplate.objects.filter(pk=template_id, is_active=True).first()


def _reply_with_template(request, case: Case) -> ReplyForm | None:
    """The reply form again after "Use" without JavaScript: the text typed with the template's
    new part in it (`reply_with_template`), nothing sent; None for a template that is gone."""
    template, rank = _template_chosen(request.POST.get("use_template", ""))
    if template is None:
        return None
    typed = request.POST.get("reply-body", "")
    text = template_render(template=template, case=case, user=request.user)
    initial = {
        "body": reply_with_template(text=text, typed=typed),
        "template": template.pk,
        "suggested_rank": rank,
        "status_after": request.POST.get("reply-status_after", ""),
    }
    return ReplyForm(case=case, prefix="reply", initial=initial)


# The case page's panels from other tables, asked with the case whether they have rows.
PANELS = (
    "consultations",
    "escalations",
    "merges_in",
    "merges_out",
    "service_level_alerts",
    "appointments",
    "callbacks",
    "inbound_mail",
    "mail_attention",
    "attachments",
    "outbound_mail",
    "feedback",
    "orders",
)


def _render_case(request, case: Case, status: int = 200, **forms):
    template_query = request.GET.get("tq", "").strip()[:200]
    # A panel's table is read only when the case has rows there (`PANELS`, read with it).
    has = partial(case_has, case)
    consultations = case_consultations(case=case) if has("consultations") else []
    if consultations:
        consultations_mark_seen(case=case, user=request.user, consultations=consultations)
    escalations = case_escalations(case=case) if has("escalations") else []
    merged = has("merges_in") or has("merges_out")
    merge_state = case_merge_state(case=case) if merged else MergeState(None, [], None)
    # The timeline once, for the page and for what reads it (service level, routing,
    # suggestions).
    events = case_timeline_for_staff(
        case=case,
        merged_in=merge_state.merged_in,
        files=has("attachments"),
        mails=has("outbound_mail"),
    )
    kept = list_query(request)
    rules = routing_rules_for(case=case, events=events) if case.is_open else []
    context = {
        "service_level": case_service_level(case=case, events=events),
        "consultations": consultations,
        "escalations": escalations,
        "closable": {
            e.pk for e in escalations if escalation_can_close(escalation=e, user=request.user)
        },
        "alerts": case_alerts(case=case) if has("service_level_alerts") else [],
        "published": request_is_published(case=case),
        "routing_rules": rules,
        "suggestions": case_suggestions(case=case, events=events) if case.is_open else {},
        "template_query": template_query,
        "templates_found": (
            templates_find(text=template_query, language=case.language) if template_query else []
        ),
        **case_bookings(case=case, appointments=has("appointments"), callbacks=has("callbacks")),
        "case": case,
        "merge_state": merge_state,
        "events": events,
        "latest_message": _latest_customer_message(events),
        "list_query": kept,
        "list_param": urlencode({"list": kept}) if kept else "",
        "mail_by_event": case_inbound_mail(case=case) if has("inbound_mail") else {},
        "mail_attention": case_mail_needing_attention(case=case) if has("mail_attention") else [],
        "answers": case_answers(case=case),
        "other_cases": customer_other_cases(case=case, user=request.user),
        "possible_duplicates": (
            customer_possible_duplicates(customer=case.customer) if case.customer_id else []
        ),
        "feedback_panel": case_feedback_panel(
            case, forms.get("feedback_form"), read=has("feedback")
        ),
        **_case_orders(case, forms.get("package_form"), read=has("orders")),
        **_case_forms(case, forms, events, rules),
    }
    return render(request, "web/case_detail.html", context, status=status)


def _case_forms(case: Case, forms: dict, events: list, rules) -> dict:
    """The case page's action forms: those posted again with their errors (`forms`), the
    others new, started from the case."""
    return {
        "consult_form": forms.get("consult_form") or ConsultForm(prefix="consult"),
        "escalate_form": forms.get("escalate_form") or EscalateForm(prefix="escalate"),
        "forward_form": forms.get("forward_form") or _forward_form(case, rules),
        "contact_form": forms.get("contact_form")
        or CaseContactForm(
            initial={"email": case.contact_email, "phone": case.contact_phone}, prefix="contact"
        ),
        "reply_form": forms.get("reply_form")
        or ReplyForm(
            case=case,
            files=[file for event in events for file in event.attachments.all()],
            prefix="reply",
        ),
        "note_form": forms.get("note_form") or NoteForm(prefix="note"),
        "status_form": forms.get("status_form") or StatusForm(case=case, prefix="status"),
        "assign_form": forms.get("assign_form")
        or AssignForm(
            initial={"assignee": case.assignee_id, "team": case.team_id}, prefix="assign"
        ),
        "update_form": forms.get("update_form")
        or CaseUpdateForm(
            initial={
                "service": case.service_id,
                "priority": case.priority,
                "sensitive": case.sensitive,
            },
            prefix="update",
        ),
    }


def _case_orders(case: Case, package_form, read: bool = True) -> dict:
    """The case's orders (when it has any: `read`), and the form ordering a document package
    on an open case."""
    packages = PACKAGES_ON_SALE.all() if case.is_open else []
    return {
        "orders": list(orders_of_case(case=case)) if read else [],
        "package_form": package_form or PackageOrderForm(prefix="package", packages=packages),
    }


def _forward_form(case: Case, rules) -> ForwardForm:
    """Started from the first matching routing rule, its message in the case's language."""
    if not rules:
        return ForwardForm(prefix="forward")
    rule = rules[0]
    initial = {
        "organisation": rule.organisation_id,
        "message": rule.message_in(case.language),
        "rule": rule.pk,
    }
    return ForwardForm(prefix="forward", initial=initial)


@login_required
def case_detail(request, reference: str):
    case = found_or_404(
        case_get_for_view,
        reference=reference,
        viewer=request.user,
        context="case_page",
        present=PANELS,
    )
    return _render_case(request, case)


@login_required
def case_template_text(request, reference: str, template_id: int):
    """A reply template's text filled in for this case (the customer's name among it), as a
    fragment that the case page's "Use" puts into the reply box without a reload: posted with
    the reply box's text (`reply-body`), only the part not there yet
    (`template_text_to_insert`)."""
    case = found_or_404(
        case_get_for_view, reference=reference, viewer=request.user, context="case_template"
    )
    template = _active_template(template_id)
    if template is None:
        raise Http404
    rank = request.GET.get("rank", "")
    context = {
        "template": template,
        "rank": int(rank) if rank.isdigit() else "",
        "text": template_text_to_insert(
            text=template_render(template=template, case=case, user=request.user),
            typed=request.POST.get("reply-body", ""),
        ),
    }
    return render(request, "web/case_template_text.html", context)


@login_required
def case_mail(request, reference: str, message_id: int):
    """A received e-mail whole: headers, full text, the sanitised HTML, and the original."""
    try:
        case = cases_visible_to(user=request.user).get(reference=reference)
        message = case_mail_get_for_view(case=case, message_id=message_id, viewer=request.user)
    except (Case.DoesNotExist, InboundMessage.DoesNotExist) as error:
        raise Http404 from error
    if request.GET.get("original") == "1":
        response = HttpResponse(bytes(message.raw), content_type="message/rfc822")
        response["Content-Disposition"] = (
            f'attachment; filename="{case.reference}-{message.pk}.eml"'
        )
        return response
    context = {
        "case": case,
        "message": message,
        "parsed": message.parsed,
        "attachments": message.event.attachments.all() if message.event_id else [],
        # The sandboxed frame's one style, which the Content-Security-Policy allows by its hash.
        "mail_frame_style": settings.MAIL_FRAME_STYLE,
    }
    return render(request, "web/case_mail.html", context)


@login_required
@require_POST
def case_mail_resend(request, reference: str, mail_id: int):
    case = case_for_change(request, reference)
    try:
        mail = case.outbound_mail.get(pk=mail_id)
        outbound_mail_retry(mail=mail, actor=request.user)
    except OutboundMail.DoesNotExist as error:
        raise Http404 from error
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The message will be sent again."))
    return redirect("web:case", reference=case.reference)


def case_action(
    request,
    reference: str,
    form_class,
    action,
    success: str,
    *,
    prefix: str,
    success_next: str = "",
    form_kwargs: dict | None = None,
):
    """Run one action from the case page with the `form_class` form posted under `prefix`:
    `action(case, cleaned_data)`, then back to the case saying `success` (or, with "and open
    next", on to the list's next case saying `success_next`, which names the case changed
    through `%(reference)s`); on bad input (the form's or the service's), the page again with
    the errors."""
    case = case_for_change(request, reference)
    bound = {"case": case} if form_class in CASE_BOUND_FORMS else {}
    form = form_class(request.POST, request.FILES, prefix=prefix, **bound, **(form_kwargs or {}))
    and_next = bool(request.POST.get("and_next"))
    if form.is_valid():
        following = case_following(request, case) if and_next else None
        try:
            action(case, form.cleaned_data)
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            if and_next and success_next:
                success = success_next % {"reference": case.reference}
            messages.success(request, success)
            return after_case_action(request, case, following)
    case.refresh_from_db()
    return _render_case(request, case, status=400, **{f"{prefix}_form": form})


@login_required
@require_POST
def case_reply_view(request, reference):
    if request.POST.get("use_template"):
        # "Use" beside a template, without JavaScript: the page again with it in the box.
        case = found_or_404(
            case_get_for_view, reference=reference, viewer=request.user, context="case_page"
        )
        reply_form = _reply_with_template(request, case)
        if reply_form is None:
            raise Http404
        return _render_case(request, case, reply_form=reply_form)

    def reply(case, data):
        case_reply_from_template(
            case=case,
            actor=request.user,
            body=data["body"],
            template=data["template"],
            suggested_rank=data["suggested_rank"],
            status_after=data["status_after"] or None,
            files=data["attachments"],
            case_files=data["case_files"],
            context="case_page",
        )

    return case_action(
        request,
        reference,
        ReplyForm,
        reply,
        _("The reply was saved."),
        prefix="reply",
        success_next=_("The reply was saved in case %(reference)s."),
    )


@login_required
@require_POST
def case_note_view(request, reference):
    def note(case, data):
        case_add_note(
            case=case,
            actor=request.user,
            body=data["body"],
            files=data["attachments"],
            context="case_page",
        )

    return case_action(request, reference, NoteForm, note, _("The note was saved."), prefix="note")


@login_required
@require_POST
def case_status_view(request, reference):
    def change_status(case, data):
        case_change_status(
            case=case, actor=request.user, status=data["status"], context="case_page"
        )

    return case_action(
        request,
        reference,
        StatusForm,
        change_status,
        _("The status was changed."),
        prefix="status",
        success_next=_("The status of case %(reference)s was changed."),
    )


@login_required
@require_POST
def case_assign_view(request, reference):
    def assign(case, data):
        case_assign(
            case=case,
            actor=request.user,
            assignee=data["assignee"],
            team=data["team"],
            context="case_page",
        )

    return case_action(
        request, reference, AssignForm, assign, _("The handler was changed."), prefix="assign"
    )


@login_required
@require_POST
def case_update_view(request, reference):
    def update(case, data):
        case_update(
            case=case,
            actor=request.user,
            service=data["service"],
            priority=data["priority"],
            sensitive=data["sensitive"],
            context="case_page",
        )

    return case_action(
        request, reference, CaseUpdateForm, update, _("The case was updated."), prefix="update"
    )


@login_required
@require_POST
def case_contact_view(request, reference):
    def change_contact(case, data):
        case_contact_change(
            case=case,
            actor=request.user,
            email=data["email"],
            phone=data["phone"],
            context="case_page",
        )

    return case_action(
        request,
        reference,
        CaseContactForm,
        change_contact,
        _("Messages about the case now go to the address given."),
        prefix="contact",
    )


@login_required
@require_POST
def case_feedback_view(request, reference):
    """Mark the case as feedback, or correct its kind, topic and the service it concerns."""

    def set_feedback(case, data):
        case_feedback_set(
            case=case,
            actor=request.user,
            kind=data["kind"],
            topic=data["topic"],
            service=data["service"],
            service_point=data["service_point"],
            handler=data["handler"],
            context="case_page",
        )

    return case_action(
        request,
        reference,
        CaseFeedbackForm,
        set_feedback,
        _("The feedback was saved."),
        prefix="feedback",
    )


@login_required
def case_attachment(request, attachment_id: int):
    attachment = found_or_404(
        attachment_get_for_staff, attachment_id=attachment_id, viewer=request.user
    )
    return FileResponse(
        attachment.file.open("rb"),
        as_attachment=True,  # never rendered in the browser, whatever it is (nosniff too)
        filename=attachment.filename,
        content_type=download_content_type(attachment.filename),
    )
