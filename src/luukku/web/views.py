"""The staff workspace. Views translate between HTTP and the services/selectors."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from luukku.appointments.selectors import case_bookings
from luukku.cases.models import Attachment, Case, OutboundMail
from luukku.cases.notifications import outbound_mail_retry
from luukku.cases.selectors import (
    InboxFilters,
    attachment_get_for_staff,
    case_answers,
    case_consultations,
    case_get_for_view,
    case_mail_needing_attention,
    case_timeline_for_staff,
    cases_visible_to,
    customer_cases,
    customer_cases_all_visible,
    customer_other_cases,
    inbox_cases,
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
from luukku.channels.models import InboundMessage
from luukku.channels.selectors import (
    case_inbound_mail,
    case_mail_get_for_view,
    quarantine_list,
    quarantined_message_get_for_view,
    request_is_published,
)
from luukku.channels.services import contact_log, mail_retry
from luukku.core.file_types import download_content_type
from luukku.core.pagination import CappedPaginator
from luukku.customers.models import Customer
from luukku.customers.selectors import (
    customer_get_for_view,
    customer_identity_code_reveal,
    customer_may_reveal_identity_code,
    customer_possible_duplicates,
    customer_possible_duplicates_for_view,
    customer_search,
)
from luukku.customers.services import DuplicateCustomer, customer_create, customer_update
from luukku.knowledge.models import ReplyTemplate
from luukku.knowledge.selectors import case_suggestions, template_render, templates_find
from luukku.knowledge.services import case_reply_from_template
from luukku.privacy.selectors import access_log_for_customer, may_handle_subject_requests
from luukku.privacy.services import access_log_list
from luukku.servicelevels.selectors import (
    case_alerts,
    case_escalations,
    case_service_level,
    escalation_can_close,
)

from .forms import (
    AssignForm,
    CaseContactForm,
    CaseUpdateForm,
    ConsultForm,
    ContactLogForm,
    CustomerForm,
    CustomerSearchForm,
    EscalateForm,
    ForwardForm,
    InboxFilterForm,
    NoteForm,
    ReplyForm,
    StatusForm,
)

PAGE_SIZES = (25, 50, 100)


def _add_errors(form, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for key, errors in error.message_dict.items():
            form.add_error(key if key in form.fields else None, errors)
    else:
        form.add_error(None, error.messages)


@login_required
def inbox(request):
    form = InboxFilterForm(request.GET or None)
    data = form.cleaned_data if form.is_valid() else {}
    filters = InboxFilters(
        status=data.get("status") or "",
        service=data["service"].pk if data.get("service") else None,
        department=data["department"].pk if data.get("department") else None,
        assignee=data.get("assignee") or "",
        channel=data.get("channel") or "",
        overdue=bool(data.get("overdue")),
        service_level=data.get("service_level") or "",
        query=data.get("q") or "",
        sort=data.get("sort") or "newest",
    )
    try:
        per_page = int(request.GET.get("per_page", PAGE_SIZES[0]))
    except ValueError:
        per_page = PAGE_SIZES[0]
    per_page = per_page if per_page in PAGE_SIZES else PAGE_SIZES[0]
    page = CappedPaginator(inbox_cases(user=request.user, filters=filters), per_page).get_page(
        request.GET.get("page")
    )
    access_log_list(
        actor=request.user, context="inbox", query=request.GET, count=len(page.object_list)
    )
    return render(request, "web/inbox.html", {"form": form, "page_obj": page, "per_page": per_page})


def _case_for_change(request, reference: str) -> Case:
    try:
        return cases_visible_to(user=request.user).get(reference=reference)
    except Case.DoesNotExist as error:
        raise Http404 from error


def _reply_form(request, case: Case) -> ReplyForm:
    """The reply form, started from a template when the agent picked one (`?template=`)."""
    initial = {}
    template_id = request.GET.get("template", "")
    if template_id.isdigit():
        template = ReplyTemplate.objects.filter(pk=template_id, is_active=True).first()
        if template is not None:
            rank = request.GET.get("rank", "")
            initial = {
                "body": template_render(template=template, case=case, user=request.user),
                "template": template.pk,
                "suggested_rank": int(rank) if rank.isdigit() else None,
            }
    return ReplyForm(case=case, prefix="reply", initial=initial)


def _render_case(request, case: Case, status: int = 200, **forms):
    template_query = request.GET.get("tq", "").strip()[:200]
    consultations = case_consultations(case=case)
    consultations_mark_seen(case=case, user=request.user, consultations=consultations)
    escalations = case_escalations(case=case)
    # The timeline once, for the page and for what reads it (service level, routing,
    # suggestions).
    events = case_timeline_for_staff(case=case)
    rules = routing_rules_for(case=case, events=events) if case.is_open else []
    context = {
        "service_level": case_service_level(case=case, events=events),
        "consultations": consultations,
        "escalations": escalations,
        "closable": {
            e.pk for e in escalations if escalation_can_close(escalation=e, user=request.user)
        },
        "alerts": case_alerts(case=case),
        "published": request_is_published(case=case),
        "routing_rules": rules,
        "consult_form": forms.get("consult_form") or ConsultForm(prefix="consult"),
        "escalate_form": forms.get("escalate_form") or EscalateForm(prefix="escalate"),
        "forward_form": forms.get("forward_form") or _forward_form(case, rules),
        "suggestions": case_suggestions(case=case, events=events) if case.is_open else {},
        "template_query": template_query,
        "templates_found": (
            templates_find(text=template_query, language=case.language) if template_query else []
        ),
        **case_bookings(case=case),
        "case": case,
        "events": events,
        "mail_by_event": case_inbound_mail(case=case),
        "mail_attention": case_mail_needing_attention(case=case),
        "answers": case_answers(case=case),
        "other_cases": customer_other_cases(case=case, user=request.user),
        "possible_duplicates": (
            customer_possible_duplicates(customer=case.customer) if case.customer_id else []
        ),
        "contact_form": forms.get("contact_form")
        or CaseContactForm(
            initial={"email": case.contact_email, "phone": case.contact_phone}, prefix="contact"
        ),
        "reply_form": forms.get("reply_form") or _reply_form(request, case),
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
    return render(request, "web/case_detail.html", context, status=status)


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
    try:
        case = case_get_for_view(reference=reference, viewer=request.user, context="case_page")
    except Case.DoesNotExist as error:
        raise Http404 from error
    return _render_case(request, case)


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
    case = _case_for_change(request, reference)
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


def _case_action(request, case, form_name, form, action, success):
    """Run one action from the case page: on bad input, show the page again with the errors."""
    if form.is_valid():
        try:
            action(case, form.cleaned_data)
        except ValidationError as error:
            _add_errors(form, error)
        else:
            messages.success(request, success)
            return redirect("web:case", reference=case.reference)
    case.refresh_from_db()
    return _render_case(request, case, status=400, **{form_name: form})


@login_required
@require_POST
def case_reply_view(request, reference):
    case = _case_for_change(request, reference)
    form = ReplyForm(request.POST, request.FILES, case=case, prefix="reply")
    return _case_action(
        request,
        case,
        "reply_form",
        form,
        lambda case, data: case_reply_from_template(
            case=case,
            actor=request.user,
            body=data["body"],
            template=data["template"],
            suggested_rank=data["suggested_rank"],
            status_after=data["status_after"] or None,
            files=data["attachments"],
            context="case_page",
        ),
        _("The reply was saved."),
    )


@login_required
@require_POST
def case_note_view(request, reference):
    case = _case_for_change(request, reference)
    form = NoteForm(request.POST, request.FILES, prefix="note")
    return _case_action(
        request,
        case,
        "note_form",
        form,
        lambda case, data: case_add_note(
            case=case,
            actor=request.user,
            body=data["body"],
            files=data["attachments"],
            context="case_page",
        ),
        _("The note was saved."),
    )


@login_required
@require_POST
def case_status_view(request, reference):
    case = _case_for_change(request, reference)
    form = StatusForm(request.POST, case=case, prefix="status")
    return _case_action(
        request,
        case,
        "status_form",
        form,
        lambda case, data: case_change_status(
            case=case, actor=request.user, status=data["status"], context="case_page"
        ),
        _("The status was changed."),
    )


@login_required
@require_POST
def case_assign_view(request, reference):
    case = _case_for_change(request, reference)
    form = AssignForm(request.POST, prefix="assign")
    return _case_action(
        request,
        case,
        "assign_form",
        form,
        lambda case, data: case_assign(
            case=case,
            actor=request.user,
            assignee=data["assignee"],
            team=data["team"],
            context="case_page",
        ),
        _("The handler was changed."),
    )


@login_required
@require_POST
def case_update_view(request, reference):
    case = _case_for_change(request, reference)
    form = CaseUpdateForm(request.POST, prefix="update")
    return _case_action(
        request,
        case,
        "update_form",
        form,
        lambda case, data: case_update(
            case=case,
            actor=request.user,
            service=data["service"],
            priority=data["priority"],
            sensitive=data["sensitive"],
            context="case_page",
        ),
        _("The case was updated."),
    )


@login_required
@require_POST
def case_contact_view(request, reference):
    case = _case_for_change(request, reference)
    form = CaseContactForm(request.POST, prefix="contact")
    return _case_action(
        request,
        case,
        "contact_form",
        form,
        lambda case, data: case_contact_change(
            case=case,
            actor=request.user,
            email=data["email"],
            phone=data["phone"],
            context="case_page",
        ),
        _("Messages about the case now go to the address given."),
    )


@login_required
def case_attachment(request, attachment_id: int):
    try:
        attachment = attachment_get_for_staff(attachment_id=attachment_id, viewer=request.user)
    except Attachment.DoesNotExist as error:
        raise Http404 from error
    return FileResponse(
        attachment.file.open("rb"),
        as_attachment=True,  # never rendered in the browser, whatever it is (nosniff too)
        filename=attachment.filename,
        content_type=download_content_type(attachment.filename),
    )


@login_required
def contact_new(request):
    initial = {}
    customer = None
    customer_id = request.GET.get("customer") or request.POST.get("customer")
    if customer_id and str(customer_id).isdigit():
        try:
            customer = customer_get_for_view(
                customer_id=int(customer_id), viewer=request.user, context="contact_log"
            )
        except Customer.DoesNotExist as error:
            raise Http404 from error
        initial["customer"] = customer
    form = ContactLogForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            case = contact_log(
                actor=request.user,
                channel=data["channel"],
                service=data["service"],
                note=data["note"],
                customer=data["customer"],
                resolved=data["resolved"],
            )
        except ValidationError as error:
            _add_errors(form, error)
        else:
            messages.success(
                request, _("Contact logged as %(reference)s.") % {"reference": case.reference}
            )
            if data["customer"]:
                return redirect("web:customer", customer_id=data["customer"].pk)
            return redirect("web:contact_new")
    return render(
        request,
        "web/contact_form.html",
        {"form": form, "customer": customer},
        status=400 if request.method == "POST" else 200,
    )


@login_required
def customers(request):
    form = CustomerSearchForm(request.GET or None)
    query = form.cleaned_data["q"] if form.is_valid() else ""
    page = Paginator(customer_search(query=query), 25).get_page(request.GET.get("page"))
    if query:
        access_log_list(
            actor=request.user,
            context="customer_search",
            query=request.GET,
            count=len(page.object_list),
        )
    return render(request, "web/customers.html", {"form": form, "page_obj": page, "query": query})


@login_required
def customer_new(request):
    form = CustomerForm(request.POST or None)
    candidates = []
    if request.method == "POST" and form.is_valid():
        data = {k: v for k, v in form.cleaned_data.items() if k != "confirm_duplicate"}
        try:
            customer = customer_create(
                actor=request.user,
                context="customer_form",
                allow_duplicate=form.cleaned_data["confirm_duplicate"],
                **data,
            )
        except DuplicateCustomer as error:
            candidates = error.candidates
            form.add_error(None, error.messages)
            # The records that may be the same person are shown: a list of personal data.
            access_log_list(
                actor=request.user,
                context="customer_form",
                query=None,
                count=len(candidates),
            )
        except ValidationError as error:
            _add_errors(form, error)
        else:
            messages.success(request, _("Customer created."))
            return redirect("web:customer", customer_id=customer.pk)
    return render(
        request,
        "web/customer_form.html",
        {"form": form, "candidates": candidates, "customer": None},
        status=400 if request.method == "POST" else 200,
    )


@login_required
def customer_detail(request, customer_id: int):
    try:
        customer = customer_get_for_view(
            customer_id=customer_id, viewer=request.user, context="customer_page"
        )
    except Customer.DoesNotExist as error:
        raise Http404 from error
    if customer.merged_into_id:
        messages.info(
            request,
            _("This record was merged into %(name)s: its cases are there now.")
            % {"name": customer.merged_into.display_name},
        )
        return redirect("web:customer", customer_id=customer.merged_into_id)
    return render(
        request,
        "web/customer_detail.html",
        {
            "customer": customer,
            "duplicates": customer_possible_duplicates_for_view(
                customer=customer, viewer=request.user
            ),
            "cases": customer_cases(customer_id=customer.pk, user=request.user),
            "revealed": request.session.pop(f"reveal:{customer.pk}", False),
            "subject_requests": may_handle_subject_requests(request.user)
            and customer_cases_all_visible(customer_id=customer.pk, user=request.user),
            "may_reveal": customer_may_reveal_identity_code(customer=customer, user=request.user),
        },
    )


@login_required
def customer_edit(request, customer_id: int):
    try:
        customer = customer_get_for_view(
            customer_id=customer_id, viewer=request.user, context="customer_edit"
        )
    except Customer.DoesNotExist as error:
        raise Http404 from error
    may_reveal = customer_may_reveal_identity_code(customer=customer, user=request.user)
    form = CustomerForm(
        request.POST or None,
        instance=customer,
        identity_code=may_reveal or not customer.identity_code,
    )
    if request.method == "POST" and form.is_valid():
        data = {k: v for k, v in form.cleaned_data.items() if k != "confirm_duplicate"}
        customer.refresh_from_db()
        try:
            customer_update(customer=customer, actor=request.user, context="customer_form", **data)
        except ValidationError as error:
            _add_errors(form, error)
        else:
            messages.success(request, _("Customer details saved."))
            return redirect("web:customer", customer_id=customer.pk)
    return render(
        request,
        "web/customer_form.html",
        {"form": form, "customer": customer, "candidates": []},
        status=400 if request.method == "POST" else 200,
    )


@login_required
@require_POST
def customer_reveal(request, customer_id: int):
    """Show the full identity code once, on the next page view."""
    try:
        customer_identity_code_reveal(
            customer_id=customer_id, viewer=request.user, context="customer_page"
        )
    except Customer.DoesNotExist as error:
        raise Http404 from error
    request.session[f"reveal:{customer_id}"] = True
    return redirect("web:customer", customer_id=customer_id)


@login_required
def customer_log(request, customer_id: int):
    customer = Customer.objects.filter(pk=customer_id).first()
    if customer is None:
        raise Http404
    entries = access_log_for_customer(customer=customer, viewer=request.user)
    page = Paginator(entries, 50).get_page(request.GET.get("page"))
    access_log_list(
        actor=request.user,
        customer=customer,
        context="customer_log",
        query=request.GET,
        count=len(page.object_list),
    )
    return render(request, "web/customer_log.html", {"customer": customer, "page_obj": page})


@login_required
def quarantine(request):
    page = Paginator(quarantine_list(viewer=request.user), 50).get_page(request.GET.get("page"))
    access_log_list(
        actor=request.user, context="quarantine_list", query=request.GET, count=len(page)
    )
    return render(request, "web/quarantine.html", {"page_obj": page})


@login_required
def quarantine_detail(request, message_id: int):
    try:
        message = quarantined_message_get_for_view(message_id=message_id, viewer=request.user)
    except InboundMessage.DoesNotExist as error:
        raise Http404 from error
    if request.method == "POST":
        result = mail_retry(message=message, actor=request.user)
        if result.status == InboundMessage.Status.PROCESSED:
            messages.success(
                request,
                _("The message was added to case %(reference)s.")
                % {"reference": result.case.reference},
            )
            return redirect("web:case", reference=result.case.reference)
        messages.error(
            request, _("The message is still in quarantine: %(error)s") % {"error": result.error}
        )
        return redirect("web:quarantine_detail", message_id=result.pk)
    text = bytes(message.raw).decode("utf-8", errors="replace")
    return render(request, "web/quarantine_detail.html", {"message": message, "text": text})
