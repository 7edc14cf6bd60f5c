"""Courses and events for the counter's staff (docs/bookings.md, "Registrations"): the
courses, a course's registrations and waiting list, its decision, a message to all its
registrants, the teacher's printable attendance list and registering someone at the
counter (who pays on the sale page). Every page of registrants is access-logged."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from luukku.bookings.forms import CounterRegistrationForm
from luukku.bookings.models import Course, Registration
from luukku.bookings.selectors.courses import (
    attendance_list,
    counts_of,
    course_decision_due,
    course_decision_outcome,
    course_registrations,
    courses_annotated,
    courses_for_staff,
    registration_cancel_outcome,
)
from luukku.bookings.services.courses import (
    course_capacity_set,
    course_decide,
    course_message_send,
)
from luukku.bookings.services.registration_changes import registration_cancel
from luukku.bookings.services.registrations import registration_start, registration_submit
from luukku.core.service_errors import form_errors_add
from luukku.privacy.services import access_log_record

from .course_edit_forms import CancelConfirmForm, DecisionConfirmForm
from .course_forms import CapacityForm, CourseMessageForm, DecisionForm
from .desk_views import front_line_required
from .responses import confirmation_page


@front_line_required
def courses(request):
    past = request.GET.get("past") == "1"
    rows = [(c, counts_of(c)) for c in courses_for_staff(include_past=past, now=timezone.now())]
    return render(request, "web/courses.html", {"rows": rows, "past": past})


def _course(pk: int) -> Course:
    return get_object_or_404(courses_annotated(), pk=pk)


def _course_page(request, course, *, forms=None, status=200):
    registrations = course_registrations(course)
    access_log_record(
        actor=request.user,
        action="list",
        context="course_page",
        query={"course": course.code},
        count=len(registrations),
    )
    counts = counts_of(course)
    forms = forms or {}
    places = [r for r in registrations if r.status in Registration.TAKES_PLACE]
    context = {
        "course": course,
        "counts": counts,
        "decision": course_decision_due(course, counts, now=timezone.now()),
        "places": places,
        "waiting": [r for r in registrations if r.status == Registration.Status.WAITING],
        "ended": [r for r in registrations if not r.is_active],
        "refunds": [r for r in registrations if r.refund_due_cents],
        "to_phone": [
            r for r in registrations if r.status == Registration.Status.OFFERED and not r.email
        ],
        "register_form": forms.get("register") or CounterRegistrationForm(course=course),
        "capacity_form": forms.get("capacity")
        or CapacityForm(
            initial={
                "capacity": course.capacity,
                "waiting_list_capacity": course.waiting_list_capacity,
            }
        ),
        "message_form": forms.get("message") or CourseMessageForm(),
        "decision_form": forms.get("decision") or DecisionForm(),
    }
    return render(request, "web/course.html", context, status=status)


@front_line_required
def course(request, pk: int):
    return _course_page(request, _course(pk))


@front_line_required
def course_attendance(request, pk: int):
    """The teacher's attendance list to print: the confirmed participants, a column a
    session."""
    found = _course(pk)
    people = attendance_list(found)
    access_log_record(
        actor=request.user,
        action="list",
        context="course_attendance",
        query={"course": found.code},
        count=len(people),
    )
    return render(
        request,
        "web/course_attendance.html",
        {"course": found, "people": people, "sessions": list(found.sessions.all())},
    )


@front_line_required
@require_POST
def course_register(request, pk: int):
    """A registration at the counter: held and sent at once; a fee is paid on the sale page."""
    found = _course(pk)
    form = CounterRegistrationForm(request.POST, course=found)
    if form.is_valid():
        try:
            registration = _counter_register(request, found, form)
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            if registration.order_id and registration.order.status == "open":
                messages.success(request, _("The place is held: take the payment now."))
                return redirect("web:sale_order", number=registration.order.number)
            if registration.status == Registration.Status.WAITING:
                messages.success(request, _("Added to the waiting list."))
            else:
                messages.success(request, _("Registered."))
            return redirect("web:course", pk=found.pk)
    return _course_page(request, found, forms={"register": form}, status=400)


def _counter_register(request, found, form) -> Registration:
    from django.db import transaction

    with transaction.atomic():
        registration = registration_start(
            course=found,
            channel=Registration.Channel.COUNTER,
            by=request.user,
            language=form.cleaned_data["language"],
        )
        return registration_submit(
            registration=registration,
            who=form.registrant(form.cleaned_data["language"]),
            by=request.user,
        )


@front_line_required
@require_POST
def course_capacity(request, pk: int):
    found = _course(pk)
    form = CapacityForm(request.POST)
    if form.is_valid():
        try:
            course_capacity_set(course=found, by=request.user, **form.cleaned_data)
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            messages.success(request, _("The places are changed."))
            return redirect("web:course", pk=found.pk)
    return _course_page(request, found, forms={"capacity": form}, status=400)


@front_line_required
@require_http_methods(["GET", "POST"])
def course_decision(request, pk: int):
    """The decision's confirmation: what will happen (registrants told, fees to refund) and
    its reason (required to cancel); saved only from this page's POST with `confirm`."""
    found = _course(pk)
    data = request.POST if request.method == "POST" else request.GET
    form = DecisionConfirmForm(data)
    if not form.is_valid() and "runs" in form.errors:
        # Nothing chosen: back on the course's page with the choice's error.
        decision = DecisionForm(data)
        return _course_page(request, found, forms={"decision": decision}, status=400)
    if request.method == "POST" and form.is_valid():
        try:
            course_decide(course=found, by=request.user, **form.cleaned_data)
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            messages.success(request, _("The decision is made and the registrants are told."))
            return redirect("web:course", pk=found.pk)
    if request.method == "GET":
        form = DecisionConfirmForm(initial={"runs": data.get("runs")})
    runs = data.get("runs") == "1"
    form.fields["reason"].marked_required = not runs
    outcome = course_decision_outcome(found, runs=runs)
    return confirmation_page(
        request,
        "web/course_decision.html",
        {"course": found, "form": form, "runs": runs, "outcome": outcome},
        log_context="course_decision",
        query={"course": found.code},
        count=outcome["told"],
    )


@front_line_required
@require_POST
def course_message(request, pk: int):
    found = _course(pk)
    form = CourseMessageForm(request.POST)
    if form.is_valid():
        try:
            sent = course_message_send(course=found, by=request.user, **form.cleaned_data)
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            messages.success(request, _("Message sent to %(n)s registrants.") % {"n": sent})
            return redirect("web:course", pk=found.pk)
    return _course_page(request, found, forms={"message": form}, status=400)


@front_line_required
@require_http_methods(["GET", "POST"])
def course_registration_cancel(request, pk: int):
    """The cancellation's confirmation: who, whether the fee is refunded, and the reason;
    cancelled only from this page's POST."""
    registration = get_object_or_404(Registration.objects.select_related("course", "order"), pk=pk)
    form = CancelConfirmForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            registration_cancel(
                registration=registration, by=request.user, reason=form.cleaned_data["reason"]
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("The registration is cancelled."))
        return redirect("web:course", pk=registration.course_id)
    context = {
        "registration": registration,
        "course": registration.course,
        "form": form,
        "outcome": registration_cancel_outcome(registration),
    }
    return confirmation_page(
        request,
        "web/course_registration_cancel.html",
        context,
        log_context="course_registration_cancel",
        query={"registration": registration.pk},
        count=1,
    )
