"""Handling beyond the front line: consultations, escalations, forwarding and handlers."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from luukku.cases.models import Consultation, RoutingRule
from luukku.cases.named_handlers import customers_handler_move
from luukku.cases.selectors import (
    case_answers,
    consultation_can_answer,
    consultation_context_for_view,
    consultation_get_for_change,
    consultation_get_for_view,
    consultation_neighbours,
    consultation_next_for_expert,
    consultations_asked_by,
    consultations_for_expert,
)
from luukku.cases.services import (
    case_forward,
    consultation_answer,
    consultation_ask,
    consultation_take_over,
    consultation_withdraw,
)
from luukku.commerce.selectors.packages import part_of_consultation
from luukku.core.http import found_or_404
from luukku.core.service_errors import form_errors_add
from luukku.customers.selectors import handler_pots
from luukku.organisation.models import Absence
from luukku.organisation.selectors import absences_current
from luukku.organisation.services import absence_add, absence_remove
from luukku.privacy.services import access_log_list
from luukku.servicelevels.selectors import (
    escalation_can_close,
    escalation_get_for_change,
    escalations_for_holder,
)
from luukku.servicelevels.services import case_escalate, escalation_close

from .case_views import case_action
from .forms import (
    AbsenceForm,
    ConsultationAnswerForm,
    ConsultForm,
    EscalateForm,
    EscalationCloseForm,
    ForwardForm,
    PotMoveForm,
    TakeOverForm,
)


@login_required
@require_POST
def case_consult(request, reference):
    def ask(case, data):
        consultation_ask(
            case=case,
            actor=request.user,
            question=data["question"],
            expert=data["expert"],
            department=data["department"],
            context="case_page",
        )

    return case_action(
        request,
        reference,
        ConsultForm,
        ask,
        _("The question was sent to the expert."),
        prefix="consult",
    )


@login_required
@require_POST
def case_escalate_view(request, reference):
    def escalate(case, data):
        case_escalate(case=case, actor=request.user, reason=data["reason"])

    return case_action(
        request, reference, EscalateForm, escalate, _("The case was escalated."), prefix="escalate"
    )


@login_required
@require_POST
def case_forward_view(request, reference):
    def forward(case, data):
        rule = RoutingRule.objects.filter(pk=data["rule"]).first() if data["rule"] else None
        case_forward(
            case=case,
            actor=request.user,
            organisation=data["organisation"],
            message=data["message"],
            rule=rule,
            context="case_page",
        )

    return case_action(
        request, reference, ForwardForm, forward, _("The case was forwarded."), prefix="forward"
    )


@login_required
def requests(request):
    """The person's own worklist beyond the inbox: consultations waiting for their answer,
    answers to their questions, escalations at their step."""
    user = request.user
    context = {
        "for_me": list(consultations_for_expert(user=user)) if user.role != "agent" else [],
        "asked": list(consultations_asked_by(user=user)),
        "escalations": list(escalations_for_holder(user=user)),
        "now": timezone.now(),
    }
    context["overdue"] = sum(1 for c in context["for_me"] if c.due_at < context["now"])
    access_log_list(
        actor=user,
        context="requests",
        query={},
        count=sum(len(context[name]) for name in ("for_me", "asked", "escalations")),
    )
    return render(request, "web/requests.html", context)


def _consultation(request, pk: int, *, for_change: bool = False) -> Consultation:
    """The consultation, or 404; an action (`for_change`) shows no page, so logs no view."""
    get = consultation_get_for_change if for_change else consultation_get_for_view
    return found_or_404(get, pk=pk, viewer=request.user)


@login_required
def consultation_detail(request, pk: int, status: int = 200, **forms):
    """The question in its context: the case's messages, and, for a viewer who may open the
    case (whose page shows them too), a link to it and the customer's contact details."""
    consultation = _consultation(request, pk)
    case = consultation.case
    can_answer = consultation_can_answer(consultation=consultation, user=request.user)
    about = consultation_context_for_view(consultation=consultation, viewer=request.user)
    previous, following = (
        consultation_neighbours(consultation=consultation, user=request.user)
        if can_answer
        else (None, None)
    )
    context = {
        "consultation": consultation,
        "case": case,
        "events": about.events,
        "opening": about.opening,
        "attachments": about.attachments,
        "previous": previous,
        "next": following,
        "may_open_case": about.may_open_case,
        "show_contact": about.show_contact,
        "answers": case_answers(case=case),
        "package_part": part_of_consultation(consultation=consultation),
        "now": timezone.now(),
        "can_answer": can_answer and consultation.is_open,
        "can_withdraw": consultation.is_open
        and (consultation.asked_by_id == request.user.pk or request.user.sees_everything),
        "answer_form": forms.get("answer_form") or ConsultationAnswerForm(prefix="answer"),
        "take_over_form": forms.get("take_over_form") or TakeOverForm(prefix="take"),
    }
    return render(request, "web/consultation.html", context, status=status)


def _consultation_action(request, pk, form_name, form, action, success, done=None):
    """Run one action from the consultation page; on bad input show the page again with the
    errors. `done(consultation)` is where to go next (the worklist by default)."""
    consultation = _consultation(request, pk, for_change=True)
    if form.is_valid():
        try:
            action(consultation, form.cleaned_data)
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            messages.success(request, success)
            return redirect(*(done(consultation) if done else ("web:requests",)))
    return consultation_detail(request, pk, status=400, **{form_name: form})


@login_required
@require_POST
def consultation_answer_view(request, pk: int):
    return _consultation_action(
        request,
        pk,
        "answer_form",
        ConsultationAnswerForm(request.POST, prefix="answer"),
        lambda consultation, data: consultation_answer(
            consultation=consultation, actor=request.user, answer=data["answer"]
        ),
        _("The answer was sent to the customer service."),
        done=_after_answer(request),
    )


def _after_answer(request):
    """With "answer and open next", the next consultation of the expert's list, or the
    list with a word that none is waiting; otherwise the list."""
    if not request.POST.get("and_next"):
        return None

    def done(consultation):
        following = consultation_next_for_expert(user=request.user, after=consultation)
        if following is not None:
            return ("web:consultation", following)
        messages.info(request, _("No other questions are waiting for your answer."))
        return ("web:requests",)

    return done


@login_required
@require_POST
def consultation_take_over_view(request, pk: int):
    return _consultation_action(
        request,
        pk,
        "take_over_form",
        TakeOverForm(request.POST, prefix="take"),
        lambda consultation, data: consultation_take_over(
            consultation=consultation, actor=request.user, note=data["note"]
        ),
        _("The case is now yours."),
        done=lambda consultation: ("web:case", consultation.case.reference),
    )


@login_required
@require_POST
def consultation_withdraw_view(request, pk: int):
    consultation = _consultation(request, pk, for_change=True)
    try:
        consultation_withdraw(consultation=consultation, actor=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The question was withdrawn."))
    return redirect("web:case", reference=consultation.case.reference)


@login_required
@require_POST
def escalation_close_view(request, pk: int):
    escalation = found_or_404(escalation_get_for_change, pk=pk, viewer=request.user)
    if escalation.is_open and not escalation_can_close(escalation=escalation, user=request.user):
        raise PermissionDenied
    form = EscalationCloseForm(request.POST, prefix=f"close-{pk}")
    if form.is_valid():
        try:
            escalation_close(
                escalation=escalation, actor=request.user, outcome=form.cleaned_data["outcome"]
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("The escalation was closed."))
    else:
        messages.error(request, _("Say what was done."))
    return redirect("web:case", reference=escalation.case.reference)


def _supervisor(request) -> None:
    if not request.user.sees_everything:
        raise PermissionDenied


@login_required
def handlers(request, status: int = 200, **forms):
    """Named handlers' pots and absences: move a pot in one action, mark someone away."""
    _supervisor(request)
    context = {
        "pots": handler_pots(),
        "absences": absences_current(today=timezone.localdate()),
        "move_form": forms.get("move_form") or PotMoveForm(prefix="move"),
        "absence_form": forms.get("absence_form") or AbsenceForm(prefix="absence"),
    }
    return render(request, "web/handlers.html", context, status=status)


@login_required
@require_POST
def handlers_move(request):
    _supervisor(request)
    form = PotMoveForm(request.POST, prefix="move")
    if form.is_valid():
        data = form.cleaned_data
        try:
            result = customers_handler_move(
                actor=request.user,
                from_user=data["from_user"],
                to_user=data["to_user"],
                open_cases=data["open_cases"],
            )
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            messages.success(
                request,
                _("%(customers)d customers and %(cases)d open cases moved to %(name)s.")
                % {"customers": result.customers, "cases": result.cases, "name": data["to_user"]},
            )
            return redirect("web:handlers")
    return handlers(request, status=400, move_form=form)


@login_required
@require_POST
def absence_new(request):
    _supervisor(request)
    form = AbsenceForm(request.POST, prefix="absence")
    if form.is_valid():
        data = form.cleaned_data
        try:
            absence_add(
                actor=request.user,
                user=data["user"],
                starts_on=data["starts_on"],
                ends_on=data["ends_on"],
                reason=data["reason"],
            )
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            messages.success(request, _("The absence was saved."))
            return redirect("web:handlers")
    return handlers(request, status=400, absence_form=form)


@login_required
@require_POST
def absence_delete(request, pk: int):
    _supervisor(request)
    try:
        absence = Absence.objects.get(pk=pk)
    except Absence.DoesNotExist as error:
        raise Http404 from error
    absence_remove(actor=request.user, absence=absence)
    messages.success(request, _("The absence was removed."))
    return redirect("web:handlers")
